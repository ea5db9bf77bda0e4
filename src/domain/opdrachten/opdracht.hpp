// De opdracht (OPD-1..OPD-3, OPD-5): the eleven parts of the opdrachtformulering as structured
// fields, the quality check per part, collectief versus maatwerk, and the lifecycle as a state
// machine that knows which side may take which step. Pure: no I/O, no clock; the caller passes
// the actor's side and stores the outcome. Thread-compatible.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/governance/types.hpp"

namespace regie::opdrachten {

using governance::Id;

// OPD-1: the eleven parts, in the guide's order.
enum class Deel {
  kAanleiding,
  kScope,
  kDoel,
  kActiviteiten,
  kResultaat,
  kPlanning,
  kBemensing,
  kFinancien,
  kMonitoring,
  kStakeholders,
  kRisicos,
};
inline constexpr std::size_t kAantalDelen = 11;
const std::array<Deel, kAantalDelen>& alle_delen();
std::string_view code(Deel deel);  // "aanleiding", …, "risicos"
std::optional<Deel> deel_from_code(std::string_view code);
std::string_view label(Deel deel);  // "Aanleiding", …
// The guide's own explanation of what belongs in the part (help text in the form).
std::string_view toelichting(Deel deel);

// OPD-2: collectief (regional, the default) or maatwerk for one deelnemer.
enum class Soort { kCollectief, kMaatwerk };
std::string_view code(Soort soort);
std::string_view label(Soort soort);
std::optional<Soort> soort_from_code(std::string_view code);

// OPD-3
enum class Status {
  kConcept,
  kAangeboden,
  kAanvaard,
  kTeruggelegd,
  kInUitvoering,
  kAfgerond,
  kGeevalueerd,
};
std::string_view code(Status status);  // "concept", …, "in_uitvoering", "geevalueerd"
std::string_view label(Status status);
std::optional<Status> status_from_code(std::string_view code);

enum class Niveau { kLaag, kMiddel, kHoog };
std::string_view code(Niveau niveau);
std::string_view label(Niveau niveau);
std::optional<Niveau> niveau_from_code(std::string_view code);

struct Mijlpaal {
  std::string omschrijving;
  std::optional<Datum> datum;
};

// Financiën per jaar, in euro cents.
struct Bedrag {
  std::int32_t jaar = 0;
  std::int64_t cents = 0;
  std::string omschrijving;
};

// Bemensing: a role with its hours (optionally a named persoon).
struct Inzet {
  std::string rol;
  std::int32_t uren = 0;
  std::optional<Id> persoon_id;
};

struct Stakeholder {
  std::string naam;  // organisatie or persoon as written
  std::optional<Id> organisatie_id;
  std::optional<Id> persoon_id;
  std::string rol;  // their role or interest
};

struct Risico {
  std::string omschrijving;
  Niveau kans = Niveau::kMiddel;
  Niveau impact = Niveau::kMiddel;
  std::string beheersmaatregel;
  std::string eigenaar;
};

// The longest text of an opdracht's parts and of the texts written about it (an afstemming).
inline constexpr std::size_t kMaxOpdrachttekst = 20'000;

struct Opdracht {
  Id id = 0;
  Id regio_id = 0;
  Id opdrachtgever_id = 0;  // the organisatie that gives the opdracht
  std::string titel;
  std::int32_t jaar = 0;
  Soort soort = Soort::kCollectief;
  std::optional<Id> deelnemer_id;  // maatwerk: the deelnemer it is for
  // OPD-2: what maatwerk adds on top of the collective opdracht.
  std::int32_t extra_uren = 0;
  std::int64_t extra_financiering_cents = 0;

  // OPD-1 text parts (simple formatting: paragraphs and "- " lists).
  std::string aanleiding;
  std::string scope;
  std::string doel;
  std::string activiteiten;
  std::string resultaat;
  std::string sturingsvorm;  // with bemensing: rolverdeling and interne sturingsvorm
  std::string monitoring;    // wijze, frequentie, afsluiting
  std::string governance;    // with stakeholders: how they are involved
  // OPD-1 structured parts.
  std::vector<Mijlpaal> planning;
  std::vector<Inzet> bemensing;
  std::vector<Bedrag> financien;
  std::vector<Stakeholder> stakeholders;
  std::vector<Risico> risicos;

  Status status = Status::kConcept;
  std::int32_t inhoudsversie = 1;  // OPD-5: raised when an accepted wijzigingsverzoek changes it
  std::int64_t versie = 0;         // optimistic concurrency of the record
};

// OPD-4: the planned means of an opdracht.
std::int64_t totaal_cents(const Opdracht& opdracht);
// GOV-12: whether accepting the opdracht lies within an accountmanager's mandate: its money
// (financiën and extra financiering together) at most `mandaat_cents`. No amount recorded is no
// limit.
bool binnen_mandaat(const Opdracht& opdracht, std::optional<std::int64_t> mandaat_cents);
std::int64_t totaal_uren(const Opdracht& opdracht);
// OPD-4: the opdracht's money. A collective opdracht's financiën; for maatwerk the extra
// financiering OPD-2 asks for (its financiën break that amount down by year, so adding them
// would count it twice), or its financiën while the extra financiering is not filled in yet.
std::int64_t middelen_cents(const Opdracht& opdracht);
// OPD-4: its hours the same way: bemensing, or for maatwerk its extra uren; whole hours.
std::int64_t middelen_uren(const Opdracht& opdracht);

// the quality check per part (OPD-1)

enum class Oordeel { kLeeg, kVaag, kInOrde };
std::string_view code(Oordeel oordeel);

struct DeelOordeel {
  Deel deel;
  Oordeel oordeel = Oordeel::kLeeg;
  std::string reden_key;  // "opd.leeg", "opd.doel_niet_meetbaar", …; empty when in order
};

// One verdict per part, in the order of alle_delen(). Empty parts are kLeeg; a part that is
// filled but too thin for the opdrachtnemer to take on is kVaag (a doel without anything
// measurable, a planning without dates, financiën without an amount, a risico without a
// beheersmaatregel, …).
std::vector<DeelOordeel> controleer(const Opdracht& opdracht);

// OPD-1, OPD-2: what an opdracht needs before it can be offered, and what the voorstel of a
// wijzigingsverzoek must keep (OPD-5): every part filled (an empty part is an error at its code,
// "opd.leeg") and, for maatwerk, a deelnemer ("deelnemerId"), extra uren ("extraUren",
// "opd.maatwerk_zonder_uren") and extra financiering ("extraFinanciering",
// "opd.maatwerk_zonder_financiering"). Empty when the opdracht is complete. A part that is
// filled but vague is not an error here; the checklist reports it.
std::vector<FieldError> controleer_volledig(const Opdracht& opdracht);

// the lifecycle (OPD-3)

// Which side the actor is on for this opdracht.
enum class Kant { kOpdrachtgever, kOpdrachtnemer, kGeen };

enum class Stap {
  kAanbieden,    // concept → aangeboden (opdrachtgever)
  kAanvaarden,   // aangeboden → aanvaard (opdrachtnemer)
  kTerugleggen,  // aangeboden → teruggelegd (opdrachtnemer, with a motivation)
  kHerzien,      // teruggelegd → concept (opdrachtgever, to revise and offer again)
  kStarten,      // aanvaard → in uitvoering (opdrachtnemer)
  kAfronden,     // in uitvoering → afgerond (opdrachtnemer)
  kEvalueren,    // afgerond → geëvalueerd (opdrachtgever)
};
std::string_view code(Stap stap);  // "aanbieden", …
std::string_view label(Stap stap);
std::optional<Stap> stap_from_code(std::string_view code);

// The steps the side may take from the status (for buttons).
std::vector<Stap> mogelijke_stappen(Status status, Kant kant);

// OPD-3: the steps that can follow the status, each with the side that takes it, in lifecycle
// order (what waits for whom); none once the opdracht is evaluated.
struct VolgendeStap {
  Stap stap = Stap::kAanbieden;
  Kant kant = Kant::kGeen;
};
std::vector<VolgendeStap> volgende_stappen(Status status);

// One recorded step of the lifecycle: who took it, when and why (OPD-3 timeline).
struct Overgang {
  Id id = 0;
  Id opdracht_id = 0;
  Stap stap = Stap::kAanbieden;
  Status van = Status::kConcept;
  Status naar = Status::kConcept;
  std::string door;      // account name
  std::string tijdstip;  // UTC ISO 8601
  std::string reden;
  // On a collectieve opdracht, a step of the opdrachtgever: on whose behalf (OPD-2, GOV-6).
  std::string namens;
};

// Whether the side takes this step at all (every step belongs to one side, whatever the status).
bool mag_stap_zetten(Kant kant, Stap stap);

// Takes a step: the new status, or
//  - kForbidden when the side may not take it (first: every step belongs to one side);
//  - kConflict "fout.stap_niet_mogelijk" when the step does not start from this status;
//  - kInvalid with field errors when a motivation is required and missing ("reden"), or when
//    offering an opdracht that is not complete (controleer_volledig).
Result<Status> status_na(const Opdracht& opdracht, Stap stap, Kant kant, const std::string& reden);

}  // namespace regie::opdrachten
