// GOV-10: a hoedanigheid ("hat") is one rol a persoon holds on a given day, for one
// organisatie. What an account may do follows from the hats of its persoon on the day
// (decision 24); a rol that has ended gives no hat. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "domain/governance/types.hpp"

namespace regie::auth {

using governance::Id;

struct Hoedanigheid {
  governance::RolSoort soort = governance::RolSoort::kMedewerker;
  Id organisatie_id = 0;
  std::string organisatie_naam;
  Id rol_id = 0;
  // GOV-12: the decision mandate of the rol (see governance::Rol).
  std::optional<std::int64_t> mandaat_cents;
  bool mandaat_scope = false;
};

// A rol as the register lists it, with the name of the organisatie it is for.
struct GehoudenRol {
  governance::Rol rol;
  std::string organisatie_naam;
};

// The hats of the rollen whose period contains `dag`, in the order given.
std::vector<Hoedanigheid> hoedanigheden_op(const std::vector<GehoudenRol>& rollen, Datum dag);

// "ambtelijk opdrachtgever Gemeente Beekdal".
std::string tekst(const Hoedanigheid& hoed);

// The hats that read and work for the whole regio on the opdrachtnemer side: accountmanager,
// directie OD, coördinator, medewerker OD; and the regisseur beleidscyclus, who works for the
// regio as a whole.
bool is_regiobrede_hoed(governance::RolSoort soort);

}  // namespace regie::auth
