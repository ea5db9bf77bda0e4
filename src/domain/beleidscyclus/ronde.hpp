// B8-4: the rounds of the Big 8. A step is in one round at a time (its periode); when it moves to
// a later round, the round it leaves is kept as a Ronde with its status and dates, and its
// documents stay with their own periode. Each step has at most one required product
// (vereist_product); it is afgerond only once that product is there and adopted in its round.
// Moving the planned end within a round keeps the original planning and asks a reason; a
// reopening warns about the later steps it affects. Plain values and pure rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/beleidscyclus/beleidscyclus.hpp"

namespace regie::beleidscyclus {

// A round a step has left: what it was when the next round began.
struct Ronde {
  Id id = 0;
  Id stap_id = 0;
  std::string periode;
  Status status = Status::kNietGestart;
  std::optional<Datum> gepland_begin;
  std::optional<Datum> gepland_eind;
  std::optional<Datum> oorspronkelijk_eind;
  std::optional<Datum> werkelijk_begin;
  std::optional<Datum> werkelijk_eind;
  std::optional<Id> eigenaar_persoon_id;
  std::string afgesloten;  // UTC ISO 8601, when the next round began
  std::string door;        // who started the next round
};

// A move of the planned end within a round: from, to, and why.
struct Planwijziging {
  Id id = 0;
  Id stap_id = 0;
  std::string periode;
  std::optional<Datum> van;
  std::optional<Datum> naar;
  std::string reden;
  std::string door;
  std::string tijdstip;  // UTC ISO 8601
};

// The product a step must have before it is afgerond: risicoanalyse (1), strategie (3),
// uitvoeringsprogramma (4), jaarverslag (8); nullopt for the steps whose work is recorded in
// decisions and documents without one typed product (2, 5, 6, 7).
std::optional<ProductSoort> vereist_product(StapCode code);
// Which kinds of document a step takes: its own product, an evaluatie on step 8, and a bijdrage
// or another document on every step.
bool past_bij_stap(ProductSoort soort, StapCode code);
std::vector<ProductSoort> soorten_voor(StapCode code);

// The adopted product of `stap` in its current round: the latest document of the required kind
// in that periode with a vastgesteld door; nullptr when there is none (or none is required).
const Document* vastgesteld_product(const Stap& stap, const std::vector<Document>& documenten);

// An edit of a step as the rules of the rounds see it.
struct Wijziging {
  Stap stap;                                   // as saved, with oorspronkelijk eind settled
  std::optional<Ronde> vorige_ronde;           // the round left, when a new one begins
  std::optional<Planwijziging> planwijziging;  // a moved planned end within the round
};

// Checks `nieuw` (from parse_stap_wijziging) against `huidig` and the step's documents:
// - a new periode that is not later than a round that has begun: "fout.ronde_terug" (periode);
// - afgerond without the adopted required product of its round: "fout.afgerond_zonder_product";
// - a planned end moved within the round without a reason in field "redenPlanwijziging":
//   "fout.reden_planwijziging".
// Who and when of the records are the caller's.
Result<Wijziging> beoordeel_wijziging(const Stap& huidig, Stap nieuw, const Fields& fields,
                                      const std::vector<Document>& documenten);

// A periode the step has already had a round in, or an earlier one: a step does not go back to
// it (the demo's relabelling of a round never started stays possible).
bool is_eerdere_ronde(const std::vector<Ronde>& rondes, const std::string& periode);

// The planned end moved later than first planned in this round.
bool is_verschoven(const Stap& stap);

// A reopening of `stap` affects the later steps (by volgorde) that are bezig or afgerond:
// their work builds on the step that is reopened.
std::vector<Stap> geraakte_stappen(const std::vector<Stap>& alle, const Stap& stap);

// The opdrachtgevers contribute to the cycle (the handreiking's "sparringpartner"): an ambtelijk
// or bestuurlijk opdrachtgever or a beleidsadviseur adds bijdragen to any step. Those who keep
// the cycle (mag_cyclus_wijzigen) add every kind.
bool mag_bijdragen(const auth::Actor& actor);
// Whether `actor` may add a document of `soort` on `stap`: the message key why not, or nullopt.
std::optional<std::string> document_fout(const auth::Actor& actor, const Stap& stap,
                                         ProductSoort soort);

}  // namespace regie::beleidscyclus
