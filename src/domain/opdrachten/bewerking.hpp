// Bewerkingen (OPD-3): before an opdracht is accepted both sides may still edit it; each edit
// that changes something leaves a trace in the timeline: who, when, in which status, and which
// parts changed. Pure: no I/O, no clock. Thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/opdrachten/opdracht.hpp"

namespace regie::opdrachten {

struct Bewerking {
  Id id = 0;
  Id opdracht_id = 0;
  std::string door;                  // who, with the hat worn
  std::string tijdstip;              // UTC ISO 8601
  Status status = Status::kConcept;  // the status it was edited in
  // How many lifecycle steps (overgangen) preceded it: its place in the timeline.
  std::int32_t na_stappen = 0;
  // The codes of the changed parts, in form order: "titel", "jaar", "soort", "deelnemerId",
  // "extraUren", "extraFinanciering" and the Deel codes.
  std::vector<std::string> onderdelen;
};

// The codes of the parts that differ between `van` and `naar`, in form order; empty when nothing
// changed.
std::vector<std::string> gewijzigde_onderdelen(const Opdracht& van, const Opdracht& naar);
// Whether `code` names a part of an opdracht as gewijzigde_onderdelen writes it.
bool is_onderdeel(std::string_view code);
// The Dutch name of a part ("Bemensing, rolverdeling en sturingsvorm", "Titel", …).
std::string onderdeel_label(std::string_view code);

}  // namespace regie::opdrachten
