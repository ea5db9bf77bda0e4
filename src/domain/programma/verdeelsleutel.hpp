// Verdeelsleutels (UP-3, decision 35): how the cost of a regionaal product is split over the
// deelnemers of a regio in a year. Each key is kept per year, so a later year's change never
// rewrites an earlier budget. The default key is inwonertal: the inhabitants of each deelnemer as
// the register records them when the key is made for the year. Beside it a regio keeps its own
// keys (decision 44): a fixed percentage table (the shares add up to exactly 100 %) or another
// weight per deelnemer, such as the number of companies, with its unit. Pure; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/governance/types.hpp"

namespace regie::programma {

using governance::Id;

// inwonertal: from the register; percentage: a fixed share per deelnemer in hundredths of a
// percent (10.000 in all); gewicht: a weight per deelnemer agreed in the regio.
enum class SleutelSoort { kInwonertal, kPercentage, kGewicht };

std::string_view code(SleutelSoort soort);
std::string_view label(SleutelSoort soort);
std::optional<SleutelSoort> sleutel_soort_from_code(std::string_view code);

// The weights of a percentage key add up to this (100,00 % in hundredths).
inline constexpr std::int64_t kHeelPercentage = 10000;

struct Aandeel {
  Id organisatie_id = 0;
  // inwonertal: inhabitants; percentage: hundredths of a percent; gewicht: the agreed weight.
  std::int64_t gewicht = 0;

  friend bool operator==(const Aandeel&, const Aandeel&) = default;
};

struct Verdeelsleutel {
  Id id = 0;
  Id regio_id = 0;
  std::int32_t jaar = 0;
  std::string code;  // "inwonertal", or another key of the regio
  std::string naam;
  SleutelSoort soort = SleutelSoort::kInwonertal;
  std::string eenheid;            // gewicht: what is counted ("bedrijven"); empty otherwise
  std::vector<Aandeel> aandelen;  // by deelnemer name (the order of every split)
  std::int64_t versie = 1;

  friend bool operator==(const Verdeelsleutel&, const Verdeelsleutel&) = default;
};

// The inwonertal key of `jaar` from the deelnemers (sorted by name by the caller): their
// gemeenten, since a provincie's inhabitants are those of its gemeenten. A gemeente
// without an inwonertal is kInvalid "fout.inwonertal_ontbreekt" with its name as the field; no
// gemeente among them is "fout.verdeelsleutel_leeg".
Result<Verdeelsleutel> inwonertal_sleutel(Id regio_id, std::int32_t jaar,
                                          const std::vector<governance::Organisatie>& deelnemers);

// The form field of a deelnemer's share: "aandeel-12".
std::string aandeel_veld(Id organisatie_id);

// A key of the regio's own (UP-3, decision 44) from fields sleutelcode (unless `code` is given: a
// key keeps its code once made), naam, soort (percentage or gewicht), eenheid (gewicht only) and
// aandeel-<id> for each of `deelnemers` (in their order; an empty or absent share is 0).
// Percentage: a number with at most two decimals from 0 to 100 ("12,5"; from JSON 12.5), the
// shares together exactly 100 ("fout.percentages_niet_100" on field "aandelen"). Gewicht: a
// whole number from 0, together more than 0 ("fout.verdeelsleutel_leeg"). The code "inwonertal"
// is the register's ("fout.sleutelcode_gereserveerd"); an aandeel-<id> field of an organisatie
// that is not a deelnemer is "fout.geen_deelnemer_in_jaar". Every error at once.
Result<Verdeelsleutel> parse_sleutel(const Fields& velden, const std::vector<Id>& deelnemers,
                                     std::optional<std::string> code = std::nullopt);

// A share as the form shows it again: percentage "12,5"; a weight as a whole number "120".
std::string aandeel_invoer(SleutelSoort soort, std::int64_t gewicht);

// Whether the key's weights are set by hand (its own key) rather than from the register.
inline bool is_eigen_sleutel(const Verdeelsleutel& k) {
  return k.soort != SleutelSoort::kInwonertal;
}

}  // namespace regie::programma
