// The opdracht port: opdrachten with their overgangen (status history), versies (fixed
// snapshots, OPD-5) and wijzigingsverzoeken. get/update fail with kNotFound when the record is
// gone; update takes the versie the user read and fails with kStale when it changed since. A
// versie is unique per (opdracht, nummer): a second create fails with kConflict
// "fout.bestaat_al". Overgangen and versies are listed oldest first, wijzigingsverzoeken newest
// first.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"
#include "domain/opdrachten/bewerking.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "domain/repository.hpp"

namespace regie {

struct OpdrachtQuery {
  Id regio_id = 0;
  std::optional<opdrachten::Status> status;
  std::optional<Id> deelnemer_id;  // maatwerk for this deelnemer
  std::optional<std::int32_t> jaar;
};

class OpdrachtRepository {
 public:
  virtual ~OpdrachtRepository() = default;

  // Ordered by jaar (newest first), then titel, then id.
  virtual Result<std::vector<opdrachten::Opdracht>> list(const OpdrachtQuery& q) = 0;
  virtual Result<opdrachten::Opdracht> get(Id id) = 0;
  virtual Result<Id> create(const opdrachten::Opdracht& o) = 0;
  // Every field including status and inhoudsversie, from the version the user saw.
  virtual Result<void> update(const opdrachten::Opdracht& o) = 0;

  virtual Result<Id> create_overgang(const opdrachten::Overgang& o) = 0;
  virtual Result<std::vector<opdrachten::Overgang>> list_overgangen(Id opdracht_id) = 0;

  // Edits before acceptance (OPD-3), oldest first.
  virtual Result<Id> create_bewerking(const opdrachten::Bewerking& b) = 0;
  virtual Result<std::vector<opdrachten::Bewerking>> list_bewerkingen(Id opdracht_id) = 0;

  virtual Result<Id> create_versie(const opdrachten::Versie& v) = 0;
  virtual Result<std::vector<opdrachten::Versie>> list_versies(Id opdracht_id) = 0;
  virtual Result<opdrachten::Versie> get_versie(Id opdracht_id, std::int32_t nummer) = 0;

  virtual Result<Id> create_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) = 0;
  // Status, afstemming and besluit, from the version the user saw.
  virtual Result<void> update_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) = 0;
  virtual Result<opdrachten::Wijzigingsverzoek> get_wijzigingsverzoek(Id id) = 0;
  virtual Result<std::vector<opdrachten::Wijzigingsverzoek>> list_wijzigingsverzoeken(
      Id opdracht_id) = 0;
};

}  // namespace regie
