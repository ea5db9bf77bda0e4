// Who acts, and the authorization policy of the register (decision 24).
// Deny by default: every function answers "may" only for the cases it lists. Pure.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/auth/hoedanigheid.hpp"
#include "domain/governance/types.hpp"

namespace regie::auth {

using governance::Id;

// Who acts (GOV-10, decision 24): the technical beheerder (an account without a persoon), or a
// persoon of the register wearing the hats of its rollen on the day. `organisatie_id` is the
// persoon's werkgever (for the beheerder: the organisatie its account was made for).
struct Actor {
  Id gebruiker_id = 0;
  std::string naam;  // the login name
  bool beheerder = false;
  std::optional<Id> persoon_id;
  std::string persoon_naam;
  std::vector<Hoedanigheid> hoedanigheden;
  Id organisatie_id = 0;
  std::string organisatie_naam;
  Id regio_id = 0;
};

// The actor of work regie does itself (the CLI, loading the demo): a beheerder named "systeem".
Actor systeem_actor(Id regio_id = 0);

// Whether the actor wears a hat of `soort` (for `organisatie_id`, when given).
bool draagt(const Actor& actor, governance::RolSoort soort);
bool draagt(const Actor& actor, governance::RolSoort soort, Id organisatie_id);
// The organisaties the actor wears a hat of `soort` for, in the order of its hats.
std::vector<Id> organisaties_als(const Actor& actor, governance::RolSoort soort);
// Whether the actor works for `organisatie_id` (its werkgever) or wears a hat for it.
bool hoort_bij(const Actor& actor, Id organisatie_id);
// The name the pages greet the actor by: the persoon's, or the beheerder's login.
std::string weergavenaam(const Actor& actor);
// The beheerder and whoever wears a regio-wide hat (is_regiobrede_hoed) read the whole regio.
bool leest_hele_regio(const Actor& actor);
// Wears a hat of the omgevingsdienst's side: accountmanager, directie OD, coördinator,
// medewerker OD.
bool draagt_od_hoed(const Actor& actor);
// Wears a hat that decides as opdrachtgever: ambtelijk opdrachtgever of some organisatie.
bool is_opdrachtgeverkant(const Actor& actor);

// The hats as one line for the page header: "ambtelijk opdrachtgever Gemeente Beekdal" or
// "beheerder"; "geen rol op deze dag" for a persoon without a rol on the day.
std::string hoeden_tekst(const Actor& actor);
// Who acts, as records name them: "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal",
// with the hat worn for the act, or with every hat the persoon wears when `hoed` is null; the
// beheerder and systeem by login name.
std::string wie(const Actor& actor, const Hoedanigheid* hoed = nullptr);
// Who acts, as the audit log names it: the login name, with the persoon and its hats when it is
// one ("opdrachtgever (Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal)").
std::string audit_naam(const Actor& actor);
// The actor's first hat of one of `soorten`, tried in that order; null when it wears none.
const Hoedanigheid* eerste_hoed(const Actor& actor,
                                std::initializer_list<governance::RolSoort> soorten);
// The actor's hat of `soort` for `organisatie_id`; null when it wears none.
const Hoedanigheid* hoed(const Actor& actor, governance::RolSoort soort, Id organisatie_id);

// The organisaties whose people data (personen employed there, rollen held for it) the actor
// may read, given the regio's omgevingsdienst organisaties. Empty optional: all of the regio.
std::optional<std::vector<Id>> zichtbare_organisaties(const Actor& actor,
                                                      const std::vector<Id>& od_organisaties);

bool mag_regio_wijzigen(const Actor& actor);
bool mag_organisatie_wijzigen(const Actor& actor);
// Personen employed by `werkgever_id`.
bool mag_persoon_wijzigen(const Actor& actor, Id werkgever_id);
// Whether the actor may record any rol at all (opens the form to add one).
bool mag_rollen_vastleggen(const Actor& actor);
// A rol of `soort` for organisatie `organisatie_id`, held by a persoon of `werkgever_id`.
bool mag_rol_wijzigen(const Actor& actor, Id organisatie_id, Id werkgever_id,
                      governance::RolSoort soort);

// Whether the actor may record vertegenwoordigingen at all (opens the form to add one).
bool mag_vertegenwoordigingen_vastleggen(const Actor& actor);
// GOV-6: a vertegenwoordiging of `vertegenwoordigde_id`. The mandaat is that organisatie's to
// give: the beheerder or the vertegenwoordigde's own opdrachtgever records, changes and removes
// it, never the representing side.
bool mag_vertegenwoordiging_wijzigen(const Actor& actor, Id vertegenwoordigde_id);
// GOV-8: who leads the projectgroep (the beheerder records the regisseur).
bool mag_projectgroep_wijzigen(const Actor& actor);
// GOV-8: a lid representing deelnemer `organisatie_id` (the beheerder, the regisseur
// beleidscyclus, or that deelnemer's own ambtelijk opdrachtgever).
bool mag_projectgroeplid_wijzigen(const Actor& actor, Id organisatie_id);

}  // namespace regie::auth
