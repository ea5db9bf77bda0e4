// Programmakoppelingen (OPD-4, OPD-7 with UP-2): an opdracht names the programmaregels it
// carries out — by product and deelnemer (0: the whole regio) in the uitvoeringsprogramma of
// its regio and year — and so the programme's doelen it serves. Its own money and hours are
// checked against those lines: the difference is shown, never hidden. A line is known by its
// key, so a bijstelling of the programme (a new version with the same lines) keeps the links.
//
// The collective opdracht carries out collective lines; a maatwerk opdracht the specific lines
// (plustaken and maatwerk) of its own deelnemer. Pure: no I/O, no clock. Thread-compatible.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/programma/begroting.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/programma/uitvoeringsprogramma.hpp"

namespace regie::programma {

// One stored link.
struct Programmakoppeling {
  Id id = 0;
  Id opdracht_id = 0;
  Regelsleutel regel;
  std::string door;  // who linked it, with the hat worn
  std::string op;    // UTC ISO 8601
};

// "regel:VV-01:3" (a form's checkbox name) ⇄ the key. nullopt for anything else.
std::string veldnaam(const Regelsleutel& sleutel);
std::optional<Regelsleutel> sleutel_uit_veldnaam(const std::string& naam);

// The keys of an API body's "regels": each item's productcode and deelnemer (absent or 0: the
// whole regio), every error at once at "regels[N].<field>"; a key twice is "fout.dubbel".
Result<std::vector<Regelsleutel>> parse_sleutels(const std::vector<Fields>& regels);

// The keys a form chose: every field "regel:<code>:<deelnemer>" with the value "ja", in key
// order, each once.
std::vector<Regelsleutel> gekozen_sleutels(const Fields& fields);

// Either side of the opdracht links or unlinks lines until it is afgerond: kForbidden for no
// side, kInvalid "fout.koppeling_afgerond" after.
Result<void> mag_koppeling_wijzigen(const opdrachten::Opdracht& opdracht, opdrachten::Kant kant);

// One line of the programme as an opdracht may carry it out.
struct Regelkeuze {
  Regelsleutel sleutel;
  std::string productnaam;
  std::string taakveld;
  RegelSoort soort = RegelSoort::kCollectief;
  std::int64_t aantal = 0;           // kental units, summed over the lines with this key
  std::int64_t uren = 0;             // hundredths
  std::int64_t bedrag_cents = 0;     // the lines' amount (regionaal: before the split)
  std::vector<std::int64_t> doelen;  // Doel::nummer of the programme's doelen, ascending
};

// The lines of `programma` with this key summed, worked out against the catalogue; in the order
// of taakveld, product and deelnemer. kInvalid "regel N" as maak_begroting for a line that does
// not fit (a vastgesteld programme always fits).
Result<std::vector<Regelkeuze>> regelkeuzes(const Uitvoeringsprogramma& programma,
                                            const std::vector<Product>& catalogus);

// Whether the opdracht may carry out a line: collective lines for a collective opdracht, the
// specific lines of its own deelnemer for maatwerk.
bool past_bij(const opdrachten::Opdracht& opdracht, const Regelkeuze& keuze);

// kInvalid with field "regel:<code>:<deelnemer>" for each chosen key that is not in the
// programme ("fout.regel_niet_in_programma") or does not fit the opdracht
// ("fout.regel_past_niet_bij_opdracht").
Result<void> controleer_keuze(const opdrachten::Opdracht& opdracht,
                              const std::vector<Regelkeuze>& keuzes,
                              const std::vector<Regelsleutel>& gekozen);

// OPD-4: the opdracht's own means beside the lines it carries out. Uren in hundredths.
struct Dekking {
  std::vector<Regelkeuze> regels;        // the linked lines found in the programme
  std::vector<Regelsleutel> ontbrekend;  // linked keys the programme no longer has
  std::vector<Doel> doelen;              // OPD-7: the doelen those lines serve, by nummer
  std::int64_t programma_uren = 0;
  std::int64_t programma_cents = 0;
  std::int64_t opdracht_uren = 0;   // bemensing and extra uren
  std::int64_t opdracht_cents = 0;  // financiën and extra financiering
  std::int64_t verschil_uren = 0;   // opdracht − programma
  std::int64_t verschil_cents = 0;
};
Dekking dekking(const opdrachten::Opdracht& opdracht, const Uitvoeringsprogramma& programma,
                const std::vector<Regelkeuze>& keuzes, const std::vector<Regelsleutel>& gekozen);

// OPD-4: a line carried out by two opdrachten is counted in the comparison of both; that is
// shown, not hidden. Each line that another opdracht than `opdracht_id` chose among `alle` (the
// links of the opdrachten of the same regio and year), with those opdrachten by id.
std::map<Regelsleutel, std::vector<Id>> ook_gekozen(const std::vector<Programmakoppeling>& alle,
                                                    Id opdracht_id);

}  // namespace regie::programma
