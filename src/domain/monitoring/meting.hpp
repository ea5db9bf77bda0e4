// Metingen (MON-4, MON-5; decision 49). MON-4: the indicators of the programme's doelen are
// measured over time (a peildatum and a value), and each doel answers "dragen de resultaten bij
// aan het beoogde effect?" from its indicators' latest measurement against nulwaarde and
// streefwaarde. MON-5: quality and process measures — decisions on time, backlog, lead time —
// recorded per month for the regio or one deelnemer, next to the quantities. An indicator is
// known by (jaar, doel nummer, naam), so a bijstelling of the programme keeps its measurements.
// Values are hundredths. Pure: no I/O, no clock. Thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/monitoring/realisatie.hpp"
#include "domain/programma/uitvoeringsprogramma.hpp"

namespace regie::monitoring {

// MON-4
struct Indicatormeting {
  Id id = 0;
  Id regio_id = 0;
  std::int32_t jaar = 0;
  std::int64_t doel_nummer = 0;
  std::string indicator;  // its naam in the programme
  Datum peildatum{0};
  std::int64_t waarde = 0;  // hundredths
  std::string toelichting;
  std::string door;
  std::string op;  // UTC ISO 8601
};

// Reads jaar, doel, indicator, peildatum (ISO or dd-mm-jjjj), waarde (Dutch decimal in a form,
// a number in JSON) and toelichting (optional); the indicator must be one of that doel in
// `programma` ("indicator", "fout.onbekende_indicator"). Every error at once.
Result<Indicatormeting> parse_indicatormeting(const Fields& velden,
                                              const programma::Uitvoeringsprogramma& programma);

enum class Koers { kGeenMeting, kBereikt, kOpWeg, kNietOpWeg };
std::string_view code(Koers k);  // "geen_meting", "bereikt", "op_weg", "niet_op_weg"

// The answer for one indicator: where its latest measurement stands between nulwaarde and
// streefwaarde (either direction: a streefwaarde below the nulwaarde means lower is better).
struct Indicatorstand {
  std::optional<Indicatormeting> laatste;
  Koers koers = Koers::kGeenMeting;
  // Per cent of the way from nulwaarde to streefwaarde (0 … 100, and beyond; negative when it
  // moved away); none without a measurement or when nulwaarde equals streefwaarde.
  std::optional<std::int64_t> aandeel;
};
Indicatorstand stand(const programma::Indicator& indicator,
                     const std::vector<Indicatormeting>& metingen_van_indicator);

// A doel's answer to "dragen de resultaten bij aan het beoogde effect?": ja when every measured
// indicator has reached its target or is on its way, nee when none is, deels otherwise; nog niet
// gemeten without any measurement.
std::string antwoord(const std::vector<Indicatorstand>& standen);

// MON-5
enum class Procesmaat { kTijdigBesloten, kAchterstand, kDoorlooptijd };
const std::vector<Procesmaat>& alle_procesmaten();
std::string_view code(Procesmaat m);     // "tijdig_besloten", "achterstand", "doorlooptijd"
std::string_view label(Procesmaat m);    // "Besluiten binnen de termijn"
std::string_view eenheid(Procesmaat m);  // "%", "zaken", "dagen"
std::optional<Procesmaat> procesmaat_from_code(std::string_view code);

struct Procesmeting {
  Id id = 0;
  Id regio_id = 0;
  Id deelnemer_id = 0;  // 0: the whole regio
  Procesmaat maat = Procesmaat::kTijdigBesloten;
  Maand maand = 0;
  std::int64_t waarde = 0;  // hundredths
  std::string toelichting;
  std::string door;
  std::string op;  // UTC ISO 8601
};

// Reads maat, maand (jjjj-mm), deelnemerId (absent or empty: the regio; else one of
// `deelnemers`), waarde (a percentage at most 100 for tijdig_besloten; never negative) and
// toelichting. Every error at once.
Result<Procesmeting> parse_procesmeting(const Fields& velden,
                                        const std::vector<Deelnemer>& deelnemers);

// Who records metingen: those who keep the realisaties (mag_realisaties_beheren).
bool mag_metingen_vastleggen(const auth::Actor& actor);

}  // namespace regie::monitoring
