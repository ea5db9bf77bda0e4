// Verdeelsleutels (UP-3, decision 35): how the cost of a regionaal product is split over the
// deelnemers of a regio in a year. Each key is kept per year, so a later year's change never
// rewrites an earlier budget. The default key is inwonertal: the inhabitants of each deelnemer as
// the register records them when the key is made for the year. Pure; thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/governance/types.hpp"

namespace regie::programma {

using governance::Id;

struct Aandeel {
  Id organisatie_id = 0;
  std::int64_t gewicht = 0;  // inwonertal: inhabitants

  friend bool operator==(const Aandeel&, const Aandeel&) = default;
};

struct Verdeelsleutel {
  Id id = 0;
  Id regio_id = 0;
  std::int32_t jaar = 0;
  std::string code;  // "inwonertal", or another key of the regio
  std::string naam;
  std::vector<Aandeel> aandelen;  // by deelnemer name (the order of every split)

  friend bool operator==(const Verdeelsleutel&, const Verdeelsleutel&) = default;
};

// The inwonertal key of `jaar` from the deelnemers (sorted by name by the caller): their
// gemeenten, since a provincie's inhabitants are those of its gemeenten. A gemeente
// without an inwonertal is kInvalid "fout.inwonertal_ontbreekt" with its name as the field; no
// gemeente among them is "fout.verdeelsleutel_leeg".
Result<Verdeelsleutel> inwonertal_sleutel(Id regio_id, std::int32_t jaar,
                                          const std::vector<governance::Organisatie>& deelnemers);

}  // namespace regie::programma
