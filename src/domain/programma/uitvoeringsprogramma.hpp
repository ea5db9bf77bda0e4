// The regional uitvoeringsprogramma (UP-1, UP-2, UP-4; decision 37): per regio and year, the
// doelen with their intended effect and indicatoren, and the programmaregels — product ×
// deelnemer (or the whole regio for a regionaal product) with the planned number, hours and
// amount derived from that year's catalogue. A programme is kept as one whole: its doelen and
// regels are saved with it and guarded by its versie.
//
// Vaststelling: a concept is vastgesteld by a body on a date and is read-only from then on; a
// bijstelling is a new concept version (with its reason) of a vastgesteld programme, and the
// version it replaces is marked vervangen when the new one is vastgesteld. Pure: no I/O, no
// clock. Thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/beleidscyclus/product.hpp"
#include "domain/governance/types.hpp"

namespace regie::programma {

using governance::Id;

enum class ProgrammaStatus { kConcept, kVastgesteld, kVervangen };

std::string_view code(ProgrammaStatus status);
std::string_view label(ProgrammaStatus status);
std::optional<ProgrammaStatus> programma_status_from_code(std::string_view code);

// UP-1: a measurable indicator of a doel. Values in hundredths (85,5 % is 8550).
struct Indicator {
  std::string naam;
  std::string eenheid;  // "%", "aantal", "dagen"
  std::int64_t nulwaarde = 0;
  std::int64_t streefwaarde = 0;
  std::string meetmethode;

  friend bool operator==(const Indicator&, const Indicator&) = default;
};

// UP-1: what the programme means to achieve (outcome, not output).
struct Doel {
  std::int64_t nummer = 0;  // 1, 2, … within the programme; regels point at it
  std::string titel;
  std::string beoogd_effect;
  std::vector<Indicator> indicatoren;

  friend bool operator==(const Doel&, const Doel&) = default;
};

// UP-2: one planned line. deelnemer_id 0: the whole regio (a regionaal product, split by its
// verdeelsleutel in the begroting). aantal: units of a kental product; uren in hundredths for
// regionaal and maatwerk; bedrag_cents: the agreed amount of maatwerk, or a manual override of
// the derived amount, which needs a reden.
struct Programmaregel {
  std::string productcode;
  Id deelnemer_id = 0;
  std::int64_t aantal = 0;
  std::int64_t uren = 0;
  std::optional<std::int64_t> bedrag_cents;
  std::string reden;
  std::int64_t doel = 0;  // Doel::nummer, 0: none

  friend bool operator==(const Programmaregel&, const Programmaregel&) = default;
};

// A line as versions and opdrachten know it: by product and deelnemer (0: the whole regio).
struct Regelsleutel {
  std::string productcode;
  Id deelnemer_id = 0;

  friend bool operator<(const Regelsleutel& a, const Regelsleutel& b) {
    return std::tie(a.productcode, a.deelnemer_id) < std::tie(b.productcode, b.deelnemer_id);
  }
  friend bool operator==(const Regelsleutel&, const Regelsleutel&) = default;
};

struct Uitvoeringsprogramma {
  Id id = 0;
  Id regio_id = 0;
  std::int32_t jaar = 0;
  std::int32_t tot_jaar = 0;  // the last year it covers (multi-year); == jaar for one year
  std::int32_t versienummer = 1;
  std::string titel;
  ProgrammaStatus status = ProgrammaStatus::kConcept;
  std::optional<beleidscyclus::Orgaan> vastgesteld_door;
  std::optional<Datum> vastgesteld_op;
  std::string reden_bijstelling;  // versienummer > 1
  std::vector<Doel> doelen;
  std::vector<Programmaregel> regels;
  std::int64_t versie = 1;

  friend bool operator==(const Uitvoeringsprogramma&, const Uitvoeringsprogramma&) = default;
};

// Reads titel, jaar and totJaar (default jaar) of a new programme.
Result<Uitvoeringsprogramma> parse_programma(const Fields& fields);
// Reads titel, beoogdEffect and up to five indicatoren as indicator1Naam, indicator1Eenheid,
// indicator1Nulwaarde, indicator1Streefwaarde, indicator1Meetmethode, … (an indicator whose
// five fields are all empty is left out).
Result<Doel> parse_doel(const Fields& fields);
// Reads productcode, deelnemer (an organisatie id; empty or 0 for the whole regio), aantal,
// uren, bedrag, reden and doel. Whether the line fits its product is checked by
// bereken_regel (begroting.hpp), which knows the catalogue.
Result<Programmaregel> parse_regel(const Fields& fields);

inline constexpr std::size_t kMaxIndicatoren = 5;

// Who keeps a programme and records its vaststelling: the same people as the catalogue.
bool mag_programma_wijzigen(const auth::Actor& actor);

// UP-4: kConflict "fout.programma_vastgesteld" unless the programme is a concept.
Result<void> bewerkbaar(const Uitvoeringsprogramma& p);

// UP-4: the programme vastgesteld by `orgaan` on `datum`. Only a concept; a programme without
// regels is kInvalid "fout.programma_zonder_regels".
Result<Uitvoeringsprogramma> vaststellen(Uitvoeringsprogramma p, beleidscyclus::Orgaan orgaan,
                                         Datum datum);

// UP-4: a new concept version of a vastgesteld programme, with the same doelen and regels and
// `reden` (required, "fout.verplicht" at "reden"). Id 0, versie 1.
Result<Uitvoeringsprogramma> bijstelling(const Uitvoeringsprogramma& p, const std::string& reden);

// The programme in force for a year among a regio's programmes: its vastgesteld version, or
// else its newest version (a concept); nullptr when the year has none.
const Uitvoeringsprogramma* geldend_programma(const std::vector<Uitvoeringsprogramma>& alle,
                                              std::int32_t jaar);

// UP-4: versions compared line by line, a line being known by product and deelnemer.
enum class Verschil { kToegevoegd, kVervallen, kGewijzigd };
struct RegelVerschil {
  Verschil soort = Verschil::kGewijzigd;
  std::string productcode;
  Id deelnemer_id = 0;
  std::optional<Programmaregel> oud;
  std::optional<Programmaregel> nieuw;
};
// In the order of `nieuw`, then the lines only `oud` has; unchanged lines are left out.
std::vector<RegelVerschil> vergelijk(const Uitvoeringsprogramma& oud,
                                     const Uitvoeringsprogramma& nieuw);

}  // namespace regie::programma
