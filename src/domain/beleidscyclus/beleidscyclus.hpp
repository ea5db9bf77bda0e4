// The Big 8 policy cycle of a regio (B8-1..B8-3): eight steps, the policy side (1–3) run every
// four years and the hinge and execution side (4–8) every year; each step with a status,
// planned and actual dates, an owner, documents and decisions. Evaluation conclusions recorded
// on step 8 point at the step and period they change (B8-2); a policy step can be reopened
// mid-cycle with a reason (B8-3). Plain values and pure rules: no I/O, no clock.
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
#include "domain/beleidscyclus/product.hpp"
#include "domain/governance/types.hpp"

namespace regie::beleidscyclus {

using governance::Id;

// B8-1: the eight steps of the handreiking, by their role in the cycle. The label (naam) and
// the position (volgorde) of each step can differ per regio; the code stays.
enum class StapCode {
  kStrategischBeleidskader,   // (1) probleem- en omgevingsanalyse incl. risicoanalyse
  kDoelenEnPrioriteiten,      // (2)
  kOperationeelBeleidskader,  // (3) uitvoerings- en handhavingsstrategie
  kPlanningEnControl,         // (4) uitvoeringsprogramma with capaciteit en middelen
  kVoorbereiden,              // (5) werkprocessen
  kUitvoering,                // (6)
  kMonitoring,                // (7)
  kRapportageEnEvaluatie,     // (8) jaarverslag, evaluatie
};

enum class Kant { kBeleid, kScharnier, kUitvoering };
enum class Ritme { kVierjaarlijks, kJaarlijks };
enum class Status { kNietGestart, kBezig, kAfgerond, kHeropend };

inline constexpr int kAantalStappen = 8;

struct Stap {
  Id id = 0;
  Id regio_id = 0;
  StapCode code = StapCode::kStrategischBeleidskader;
  int volgorde = 1;  // 1..8, unique within the regio
  std::string naam;
  // The round this step is in: "2027-2030" (vierjaarlijks) or "2027" (jaarlijks).
  std::string periode;
  Status status = Status::kNietGestart;
  std::optional<Datum> gepland_begin;
  std::optional<Datum> gepland_eind;
  std::optional<Datum> werkelijk_begin;
  std::optional<Datum> werkelijk_eind;
  std::optional<Id> eigenaar_persoon_id;  // a persoon of the register
  std::int64_t versie = 1;
  // B8-4: the planned end as first set in this round; a later move keeps it (ronde.hpp).
  std::optional<Datum> oorspronkelijk_eind;
};

// A document that belongs to a step in one round: a title and a link to where it is kept; B8-4:
// its kind (risicoanalyse, strategie, uitvoeringsprogramma, …, or an opdrachtgever's bijdrage)
// and, for a product, the body that adopted it and when.
struct Document {
  Id id = 0;
  Id stap_id = 0;
  std::string titel;
  std::string link;
  std::string door;        // account name of who added it
  std::string toegevoegd;  // UTC ISO 8601
  std::string periode;     // the round of the step it was added in
  ProductSoort soort = ProductSoort::kOverig;
  std::optional<Orgaan> vastgesteld_door;
  std::optional<Datum> vastgesteld_op;
};

// A decision taken on a step (e.g. "AB stelt de strategie vast").
struct Besluit {
  Id id = 0;
  Id stap_id = 0;
  std::string tekst;
  Datum datum{0};
  std::string door;
};

// B8-3: one reopening of a policy step: who, when, why, and the status before.
struct Heropening {
  Id id = 0;
  Id stap_id = 0;
  std::string door;
  std::string tijdstip;  // UTC ISO 8601
  std::string reden;
  Status vorige_status = Status::kAfgerond;
  std::string periode;  // the period that was reopened
  // B8-4: the new deadline asked at reopening (none for reopenings recorded before it was).
  std::optional<Datum> nieuw_eind;
};

// B8-2: a conclusion of the evaluation (step 8) and the step and period it changes.
struct Evaluatieconclusie {
  Id id = 0;
  Id regio_id = 0;
  Id stap_id = 0;       // the evaluation step it was recorded on
  std::string periode;  // the evaluation's period (of that step when recorded)
  std::string tekst;
  Datum datum{0};
  Id raakt_stap_id = 0;
  std::string raakt_periode;
  std::string door;
};

// Codes as stored and used in the API; labels in Dutch for the UI.
std::string_view code(StapCode code);
std::optional<StapCode> stap_code_from_code(std::string_view code);
std::string_view standaard_naam(StapCode code);
std::string_view code(Kant kant);
std::string_view label(Kant kant);
std::string_view code(Ritme ritme);
std::string_view label(Ritme ritme);
std::string_view code(Status status);
std::string_view label(Status status);
std::optional<Status> status_from_code(std::string_view code);
const std::vector<Status>& alle_statussen();

Kant kant(StapCode code);
Ritme ritme(StapCode code);
inline bool is_beleidsstap(StapCode code) { return kant(code) == Kant::kBeleid; }

// B8-1: the eight default steps of a regio, in order, each in the period that starts in
// `jaar` (policy steps: jaar..jaar+3; the others: jaar). Status niet gestart, no dates.
std::vector<Stap> standaard_stappen(Id regio_id, int jaar);

// Whether `periode` is a period of this rhythm: "2027-2030" (four consecutive years) or "2027".
bool is_geldige_periode(Ritme ritme, std::string_view periode);
// The first year of a valid period; nullopt otherwise.
std::optional<int> begin_jaar(std::string_view periode);

// The message key why a status may not change from `van` to `naar` through an ordinary edit,
// or nullopt when it may. `nieuwe_periode`: the edit also moves the step to another period (a
// new round starts, so a finished step may start over). Reopening is not an edit (B8-3).
std::optional<std::string> statusovergang_fout(Status van, Status naar, bool nieuwe_periode);

// Reads an edit of `huidig` from the fields (naam, volgorde, periode, status, geplandBegin,
// geplandEind, werkelijkBegin, werkelijkEind, eigenaarPersoonId) and checks it: every field
// error at once. Code, regio and id stay those of `huidig`; versie is left to the caller.
Result<Stap> parse_stap_wijziging(const Fields& fields, const Stap& huidig);
// titel, link; B8-4: soort (default overig), vastgesteldDoor and vastgesteldOp (both or neither;
// never on a bijdrage).
Result<Document> parse_document(const Fields& fields);
Result<Besluit> parse_besluit(const Fields& fields);
// B8-3: a reopening: the step as it is after it (status heropend, werkelijk eind cleared) and
// the record of it (stap, reden, vorige status, periode; who and when are the caller's).
struct Heropend {
  Stap stap;
  Heropening heropening;
};
// B8-3: checks a reopening of `stap` with the reason in field "reden". Only a policy step that
// is afgerond can be reopened, and only with a reason. B8-4: with a new deadline in field
// "geplandEind", not before `vandaag`, which becomes the step's planned end.
Result<Heropend> heropenen(const Stap& stap, const Fields& fields, Datum vandaag);
// B8-2: reads tekst, datum, raaktStapId and raaktPeriode (syntax only).
Result<Evaluatieconclusie> parse_evaluatieconclusie(const Fields& fields);
// B8-2: checks the period a conclusion changes against the step it points at: a period of
// that step's rhythm, not before the step's current period.
Result<void> check_raakt(const Stap& raakt, const std::string& raakt_periode);

// The current position: the first step, in order, that is not afgerond; nullopt when every
// step is afgerond. `stappen` in any order.
std::optional<Id> huidige_positie(const std::vector<Stap>& stappen);
// Late: planned to end before `vandaag` and not afgerond.
bool is_te_laat(const Stap& stap, Datum vandaag);
std::vector<Id> te_late_stappen(const std::vector<Stap>& stappen, Datum vandaag);

// Everyone of the regio may read the cycle; the beheerder, the regisseur beleidscyclus, the
// OD's directie and its accountmanagers (who hold the process, per the handreiking) may change
// it, by the hats they wear on the day (decision 24). Deny by default.
bool mag_cyclus_wijzigen(const auth::Actor& actor);

}  // namespace regie::beleidscyclus
