// The begroting per deelnemer (UP-2, decision 37): what each deelnemer contributes to a
// programme, explained line by line. A kental line is number × price per unit (normuren ×
// uurtarief); a maatwerk line its agreed hours and amount; a regionaal line is split over the
// deelnemers by its verdeelsleutel with the largest-remainder method (verdeling.hpp), and each
// share names its key, its weight and whether it received a remainder cent. Collective lines
// (basistaken paid by kental or regionaal) and specific ones (plustaken and maatwerk, the
// deelnemer's own additions) are kept apart in every total. The sum over the deelnemers is the
// programme's total to the cent. Pure; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/governance/types.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/programma/uitvoeringsprogramma.hpp"
#include "domain/programma/verdeelsleutel.hpp"

namespace regie::programma {

enum class RegelSoort { kCollectief, kSpecifiek };
std::string_view label(RegelSoort soort);
// "collectief", "specifiek" (stored and in the API).
std::string_view code(RegelSoort soort);
std::optional<RegelSoort> regel_soort_from_code(std::string_view code);
// UP-2: a basistaak paid by kental or regionaal is collective; a plustaak or maatwerk specific.
RegelSoort soort_van(const Product& product);

// One line worked out against its product.
struct RegelBerekening {
  std::int64_t uren = 0;            // hundredths
  std::int64_t berekend_cents = 0;  // from the catalogue (maatwerk: uren × uurtarief, if any)
  std::int64_t bedrag_cents = 0;    // the line's amount: the override or agreed amount, if any
  bool handmatig = false;           // a kental or regionaal amount set by hand (with a reden)
  RegelSoort soort = RegelSoort::kCollectief;
};

// kInvalid with every field that does not fit the product's afrekenwijze: a kental line needs a
// deelnemer and an aantal (its hours follow from the normuren); a regionaal line is for the
// whole regio (no deelnemer) and needs uren; maatwerk needs a deelnemer and an amount (or uren
// and a product with an uurtarief). An amount on a kental or regionaal line overrides the
// calculation and needs a reden.
Result<RegelBerekening> bereken_regel(const Programmaregel& regel, const Product& product);

// kInvalid at field "regel N" (the line's index + 1), the way every check of a programme names
// the line.
Error regel_fout(std::size_t index, const std::string& key);

// One line of a deelnemer's begroting.
struct Post {
  std::size_t regel = 0;  // index in the programme's regels
  std::string productcode;
  std::string productnaam;
  std::string taakveld;
  Afrekenwijze afrekenwijze = Afrekenwijze::kKental;
  RegelSoort soort = RegelSoort::kCollectief;
  std::int64_t aantal = 0;
  std::int64_t normuren = 0;
  std::int64_t uren = 0;  // the whole line's
  std::int64_t uurtarief_cents = 0;
  std::int64_t prijs_per_eenheid_cents = 0;
  std::int64_t regel_bedrag_cents = 0;  // the whole line's (regionaal: before the split)
  bool handmatig = false;
  std::string reden;
  // regionaal: the key, this deelnemer's weight and the key's total weight.
  std::string sleutel;
  SleutelSoort sleutel_soort = SleutelSoort::kInwonertal;
  std::string sleutel_eenheid;  // gewicht: what the weight counts
  std::int64_t gewicht = 0;
  std::int64_t gewicht_totaal = 0;
  bool restcent = false;
  std::int64_t bedrag_cents = 0;  // this deelnemer's part
};

// How a post's amount comes about, in Dutch, the same on the page and in every export:
// "17 × € 1.231,25 (12,5 normuren × € 98,50)", "45.210 van 471.915 (inwonertal) van
// € 182.225,00, met 1 restcent", "12,50 % (vast-aandeel) van …", "40 van 310 bedrijven
// (bedrijven) van …", "120 uur, afgesproken bedrag"; an amount set by hand adds
// "met de hand vastgesteld: <reden>".
std::string uitleg(const Post& post);

struct Totaal {
  std::string taakveld;
  std::int64_t collectief_cents = 0;
  std::int64_t specifiek_cents = 0;
};

struct DeelnemerBegroting {
  Id organisatie_id = 0;
  std::string naam;
  std::vector<Post> posten;  // by taakveld, then productcode
  std::vector<Totaal> per_taakveld;
  std::int64_t collectief_cents = 0;
  std::int64_t specifiek_cents = 0;
  std::int64_t totaal_cents = 0;
};

struct Begroting {
  std::vector<DeelnemerBegroting> deelnemers;  // in the order given (by name)
  std::vector<Totaal> per_taakveld;
  std::int64_t collectief_cents = 0;
  std::int64_t specifiek_cents = 0;
  std::int64_t totaal_cents = 0;  // the sum of the regels
  std::int64_t restcenten = 0;    // handed out by remainder over all regionaal lines
};

// kInvalid with field "regel N" (1-based) for a line whose product is not in `catalogus`, that
// does not fit it (bereken_regel's key), names a deelnemer not among `deelnemers`
// ("fout.geen_deelnemer_in_jaar") or a key the year does not have
// ("fout.verdeelsleutel_ontbreekt").
Result<Begroting> maak_begroting(const Uitvoeringsprogramma& programma,
                                 const std::vector<Product>& catalogus,
                                 const std::vector<Verdeelsleutel>& sleutels,
                                 const std::vector<governance::Organisatie>& deelnemers);

// The begroting of one deelnemer only: its posten, and as totals its own (per taakveld,
// collective, specific, all). kNotFound when it is not among the deelnemers.
Result<Begroting> alleen_deelnemer(const Begroting& begroting, Id organisatie_id);

// A deelnemer's contribution compared with the year before, per product: what changed.
struct PostVergelijking {
  std::string productcode;
  std::string productnaam;
  std::int64_t vorig_cents = 0;
  std::int64_t nu_cents = 0;
  bool volume = false;   // aantal or uren
  bool tarief = false;   // uurtarief or price per unit
  bool sleutel = false;  // the share of the key
  bool nieuw = false;
  bool vervallen = false;
};
struct DeelnemerVergelijking {
  Id organisatie_id = 0;
  std::string naam;
  std::int64_t vorig_cents = 0;
  std::int64_t nu_cents = 0;
  std::vector<PostVergelijking> posten;  // changed ones only, by productcode
};
// "VV-01 Omgevingsvergunning: € 12.000,00 → € 14.500,00 (volume en tarief)", "… nieuw",
// "… vervallen".
std::string uitleg(const PostVergelijking& v);

// One per deelnemer of `nu`, in its order; a deelnemer absent from `vorig` starts from 0.
std::vector<DeelnemerVergelijking> vergelijk_met_vorig_jaar(const Begroting& vorig,
                                                            const Begroting& nu);

}  // namespace regie::programma
