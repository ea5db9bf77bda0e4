// Who acts: the account roles of regie and the authorization policy of the register.
// Deny by default: every function answers "may" only for the cases it lists. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/governance/types.hpp"

namespace regie::auth {

using governance::Id;

enum class Gebruikersrol {
  kBeheerder,       // all of a regio
  kAccountmanager,  // OD: all deelnemers of the OD
  kDirectie,        // OD
  kMedewerker,      // OD, read-only on the register
  kOpdrachtgever,   // own organisatie plus what is collective to the regio
  kBestuurder,      // read-only, like an opdrachtgever
};

std::string_view code(Gebruikersrol rol);
std::string_view label(Gebruikersrol rol);
std::optional<Gebruikersrol> gebruikersrol_from_code(std::string_view code);
const std::vector<Gebruikersrol>& alle_gebruikersrollen();
bool is_od_rol(Gebruikersrol rol);

struct Actor {
  Id gebruiker_id = 0;
  std::string naam;
  Gebruikersrol rol = Gebruikersrol::kBestuurder;
  Id organisatie_id = 0;
  std::string organisatie_naam;
  Id regio_id = 0;
};

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
// GOV-8: a lid representing deelnemer `organisatie_id` (the beheerder, or that deelnemer's own
// opdrachtgever).
bool mag_projectgroeplid_wijzigen(const Actor& actor, Id organisatie_id);

}  // namespace regie::auth
