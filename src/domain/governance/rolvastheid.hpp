// Rolvastheid: the governance checks GOV-4..GOV-8 as pure functions of the register and a
// peildatum. No I/O, no clock, no storage; the caller loads the register and passes the date.
// Every check returns ALL its findings (never stops at the first); an empty vector means the
// register is in order on that date. Findings carry message keys, not Dutch text: the web edge
// turns uitleg_key/remedie_key into Dutch (see the proposed texts at the end of this header),
// filling in `waarden`. Periods are inclusive at both ends (Periode::bevat).
// Thread-compatible: the functions only read their arguments.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datum.hpp"
#include "domain/governance/types.hpp"

namespace regie::governance {

enum class Ernst { kFout, kWaarschuwing, kMelding };

// GOV-7: the hat a finding (and an agenda item, a decision) belongs to, so eigenaar and
// opdrachtgever stay apart; opdrachtnemer is the OD's side.
enum class Pet { kEigenaar, kOpdrachtgever, kOpdrachtnemer };

std::string_view code(Ernst ernst);  // "fout" | "waarschuwing" | "melding"
std::string_view label(Ernst ernst);
std::string_view code(Pet pet);  // "eigenaar" | "opdrachtgever" | "opdrachtnemer"
std::string_view label(Pet pet);

// One finding of a governance check. `organisaties` and `personen` are the ids concerned, in
// register order, without duplicates. `waarden` holds the values the Dutch text needs; dates
// in it are ISO ("2026-12-31"), hours are whole numbers.
struct Bevinding {
  std::string requirement;  // "GOV-4"
  Ernst ernst = Ernst::kFout;
  Pet pet = Pet::kOpdrachtgever;
  std::vector<Id> organisaties;
  std::vector<Id> personen;
  std::string uitleg_key;   // "gov4.geen_ambtelijk_opdrachtgever"
  std::string remedie_key;  // "gov4.geen_ambtelijk_opdrachtgever.remedie"
  std::map<std::string, std::string> waarden;
};

// GOV-6: the mandate a represented deelnemer gives the representing opdrachtgever. Complete
// when every field is set (scope not empty); valid on a date when complete and periode holds it.
struct Mandaat {
  std::optional<Id> verleend_door;  // persoon id, e.g. the bestuurlijk opdrachtgever
  std::optional<Datum> verleend_op;
  std::string scope;
  std::optional<Periode> periode;
};

// GOV-6 collectief opdrachtgeverschap: the ambtelijk opdrachtgever of `opdrachtgever_id`
// also represents `vertegenwoordigde_id`.
// Recorded incomplete on purpose when needed: an incomplete mandaat is a GOV-6 finding, not
// an input error.
struct Vertegenwoordiging {
  Id id = 0;
  Id opdrachtgever_id = 0;      // organisatie that represents
  Id vertegenwoordigde_id = 0;  // organisatie represented
  Mandaat mandaat;
  Omvang omvang = Omvang::kVolledig;
  Id regio_id = 0;
  std::int64_t versie = 0;
};

// GOV-8: who leads the projectgroep, and who appointed that regisseur when ("benoemd door de
// bestuurlijk opdrachtgever").
struct RegisseurBenoeming {
  std::optional<Id> persoon_id;
  std::optional<Id> benoemd_door;  // persoon
  std::optional<Datum> benoemd_op;
};

// GOV-8: the projectgroep the regisseur beleidscyclus leads: "alle deelnemers en overige
// partijen" (a waterschap, a veiligheidsregio: organisaties of soort kOverig).
struct Projectgroep {
  struct Lid {
    Id persoon_id = 0;
    Id organisatie_id = 0;  // the deelnemer or overige partij the lid represents
    Id id = 0;
  };
  std::optional<Id> regisseur_persoon_id;
  std::vector<Lid> leden;
  Id regio_id = 0;
  std::int64_t versie = 0;
  std::optional<Id> regisseur_benoemd_door;
  std::optional<Datum> regisseur_benoemd_op;
};

// Everything the checks read for one regio.
struct Register {
  Regio regio;
  std::vector<Organisatie> organisaties;
  std::vector<Deelnemerschap> deelnemerschappen;
  std::vector<Persoon> personen;
  std::vector<Rol> rollen;
  std::vector<Vertegenwoordiging> vertegenwoordigingen;
  std::optional<Projectgroep> projectgroep;
};

// GOV-1: the organisaties with a deelnemerschap of relatie deelnemer holding the date, in
// register order.
std::vector<Id> deelnemers_op(const Register& reg, Datum peildatum);

bool is_compleet(const Mandaat& mandaat);
bool is_geldig_op(const Mandaat& mandaat, Datum peildatum);

// GOV-6: who can grant the mandaat of a representation of `vertegenwoordigde_id`: a persoon
// holding that organisatie's bestuurlijk opdrachtgever rol on `verleend_op`. While the day is not
// recorded (an incomplete mandaat, a finding of its own) a bestuurlijk opdrachtgever rol for
// that organisatie in any period will do.
bool is_mandaatgever(const Register& reg, Id persoon_id, Id vertegenwoordigde_id,
                     std::optional<Datum> verleend_op);

// OPD-2, GOV-6: the deelnemers `opdrachtgever_id` represents on `dag` (either omvang) under
// a valid mandate, in the order recorded, without duplicates.
std::vector<Id> vertegenwoordigd_door(const std::vector<Vertegenwoordiging>& vertegenwoordigingen,
                                      Id opdrachtgever_id, Datum dag);

// The opdrachtgevers on the date: organisaties with a deelnemerschap (deelnemer or
// niet-deelnemer) whose periode holds the date, in register order.
std::vector<Id> opdrachtgevers_op(const Register& reg, Datum peildatum);

// GOV-2: the bestuursorganen of the GR on the date: every deelnemer has a seat in the AB (an AB-
// lid rol for it), and every DB-lid is also AB-lid for the same deelnemer (DB ⊂ AB). Both are
// errors.
std::vector<Bevinding> controleer_bestuur(const Register& reg, Datum peildatum);

// GOV-4: each opdrachtgever has exactly one ambtelijk opdrachtgever and exactly one
// accountmanager on the date. Rollen are counted, so two overlapping rollen of one persoon
// count as two. A Vertegenwoordiging whose mandaat periode holds the date stands in for the
// ambtelijk opdrachtgever of a deelnemer without one (its completeness is GOV-6's concern).
std::vector<Bevinding> controleer_aanspreekpunten(const Register& reg, Datum peildatum);

// GOV-5: accountmanager plus beleidsadviseur in one persoon is a kFout; AB/DB-lid plus
// bestuurlijk opdrachtgever or portefeuillehouder milieu is a kMelding (pettenscheiding).
std::vector<Bevinding> controleer_rolzuiverheid(const Register& reg, Datum peildatum);

// GOV-6: each ambtelijk opdrachtgever (per persoon, the sum of the hours of its rollen for
// that opdrachtgever) has at least regio.minimum_uren_ambtelijk_opdrachtgever; a valid
// mandate for the deelnemer removes the finding. A current or undated representation
// with an incomplete mandate is a finding by itself.
std::vector<Bevinding> controleer_capaciteit(const Register& reg, Datum peildatum);

// GOV-6, collectief opdrachtgeverschap: an organisatie whose ambtelijk opdrachtgever represents
// n deelnemers under a valid mandate needs, per persoon, at least
// minimum_uren_ambtelijk_opdrachtgever + n × uren_per_vertegenwoordigde hours (its ambtelijk
// opdrachtgever rollen for itself and for those it represents), so that it "die betreffende
// gemeenten even goed vertegenwoordigt". Part of controleer_capaciteit.

// GOV-11: per persoon with accountmanager rollen on the date: each deelnemer served has at least
// minimum_uren_accountmanager_per_deelnemer of its hours, and its accountmanager hours together
// lie between minimum_uren_accountmanager ("een volwaardige functie") and
// maximum_uren_accountmanager ("voldoende tijd"). Every finding is a waarschuwing.
std::vector<Bevinding> controleer_accountmanagers(const Register& reg, Datum peildatum);

// GOV-12: every current rol that carries a decision mandate (ambtelijk opdrachtgever,
// accountmanager) has it recorded; a melding per rol without one.
std::vector<Bevinding> controleer_beslismandaten(const Register& reg, Datum peildatum);

// GOV-8: a current regisseur beleidscyclus (appointed for a fixed period), and a projectgroep
// led by that regisseur in which every deelnemer on the date has a lid. Who appointed the
// regisseur leading it is recorded, and was a bestuurlijk opdrachtgever on that day (a
// waterschap or other partij in it is welcome and not counted).
std::vector<Bevinding> controleer_regisseur(const Register& reg, Datum peildatum);

// GOV-2, 4, 5, 6, 11, 12 and 8 in that order; GOV-7 is the Pet every finding carries.
std::vector<Bevinding> controleer(const Register& reg, Datum peildatum);

// Proposed Dutch texts for src/web/messages.cpp ({naam} = a key of `waarden`):
//   gov4.geen_ambtelijk_opdrachtgever       "Deze opdrachtgever heeft op {peildatum} geen
//                                            ambtelijk opdrachtgever."
//   gov4.geen_ambtelijk_opdrachtgever.remedie "Benoem één ambtelijk opdrachtgever, of leg
//                                            collectief opdrachtgeverschap met mandaat vast."
//   gov4.meerdere_ambtelijk_opdrachtgevers  "Deze opdrachtgever heeft op {peildatum} {aantal}
//                                            ambtelijk opdrachtgevers; het moet er één zijn."
//   gov4.meerdere_ambtelijk_opdrachtgevers.remedie "Laat één aanspreekpunt over: beëindig de
//                                            andere rollen of laat de perioden aansluiten."
//   gov4.geen_accountmanager                "Deze opdrachtgever heeft op {peildatum} geen
//                                            accountmanager bij de omgevingsdienst."
//   gov4.geen_accountmanager.remedie        "De omgevingsdienst benoemt één accountmanager."
//   gov4.meerdere_accountmanagers           "Deze opdrachtgever heeft op {peildatum} {aantal}
//                                            accountmanagers; het moet er één zijn."
//   gov4.meerdere_accountmanagers.remedie   "De omgevingsdienst laat één accountmanager over."
//   gov5.accountmanager_en_beleidsadviseur  "Deze persoon is op {peildatum} zowel
//                                            accountmanager als beleidsadviseur."
//   gov5.accountmanager_en_beleidsadviseur.remedie "Beleg de beleidsadvisering bij een ander
//                                            dan de accountmanager (rolzuiverheid)."
//   gov5.pettenscheiding                    "Deze bestuurder combineert {rollen}: let bij de
//                                            voorbereiding op pettenscheiding."
//   gov5.pettenscheiding.remedie            "Maak in de advisering per onderwerp expliciet
//                                            met welke pet (eigenaar of opdrachtgever) de
//                                            bestuurder spreekt."
//   gov6.te_weinig_uren                     "De ambtelijk opdrachtgever heeft {uren} uur per
//                                            jaar voor deze opdrachtgever; minimaal {minimum}."
//   gov6.te_weinig_uren.remedie             "Maak minimaal {minimum} uur vrij, of kies voor
//                                            collectief opdrachtgeverschap met een vastgelegd
//                                            mandaat."
//   gov6.mandaat_verlopen                   "De ambtelijk opdrachtgever heeft {uren} uur
//                                            (minimaal {minimum}) en het mandaat voor
//                                            collectief opdrachtgeverschap liep af op {tot}."
//   gov6.mandaat_verlopen.remedie           "Verleng het mandaat of maak minimaal {minimum}
//                                            uur vrij."
//   gov6.mandaat_onvolledig                 "Het mandaat voor collectief opdrachtgeverschap
//                                            is niet volledig vastgelegd: {ontbreekt}."
//   gov6.mandaat_onvolledig.remedie         "Leg vast wie het mandaat verleende, wanneer,
//                                            waarvoor en voor welke periode."
//   gov8.geen_regisseur                     "Er is op {peildatum} geen regisseur
//                                            beleidscyclus benoemd."
//   gov8.geen_regisseur.remedie             "De bestuurlijk opdrachtgever benoemt een
//                                            regisseur beleidscyclus voor bepaalde tijd."
//   gov8.regisseur_verlopen                 "De benoeming van de regisseur beleidscyclus
//                                            liep af op {tot}."
//   gov8.regisseur_verlopen.remedie         "Verleng de benoeming of benoem een nieuwe
//                                            regisseur."
//   gov8.regisseur_zonder_einddatum         "De regisseur beleidscyclus is benoemd zonder
//                                            einddatum."
//   gov8.regisseur_zonder_einddatum.remedie "Benoem de regisseur voor bepaalde tijd."
//   gov8.geen_projectgroep                  "Er is geen projectgroep beleidscyclus."
//   gov8.geen_projectgroep.remedie          "De regisseur stelt een projectgroep samen waarin
//                                            alle deelnemers vertegenwoordigd zijn."
//   gov8.projectgroep_onvolledig            "{aantal} deelnemer(s) zijn niet vertegenwoordigd
//                                            in de projectgroep."
//   gov8.projectgroep_onvolledig.remedie    "Vraag deze deelnemers een lid aan te wijzen."
//   gov8.projectgroep_zonder_regisseur      "De projectgroep wordt niet geleid door de
//                                            regisseur beleidscyclus."
//   gov8.projectgroep_zonder_regisseur.remedie "Laat de huidige regisseur de projectgroep
//                                            leiden."
//   gov8.benoeming_onbekend                 "Niet vastgelegd is wie de regisseur benoemde."
//   gov8.benoemd_door_geen_bestuurder       "De regisseur is benoemd door iemand die toen geen
//                                            bestuurlijk opdrachtgever was."
//   gov2.deelnemer_zonder_ab_lid            "Deze deelnemer heeft op {peildatum} geen zetel in het
//                                            Algemeen Bestuur."
//   gov2.db_lid_niet_in_ab                  "Dit DB-lid is op {peildatum} geen AB-lid voor
//                                            dezelfde deelnemer; het DB komt uit het AB."
// Every finding also has {peildatum} in `waarden`. {ontbreekt} is a comma-separated list of
// "verleend_door", "verleend_op", "scope", "periode"; {rollen} of RolSoort codes.

}  // namespace regie::governance
