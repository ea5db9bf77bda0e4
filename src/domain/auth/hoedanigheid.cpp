#include "domain/auth/hoedanigheid.hpp"

namespace regie::auth {

using governance::RolSoort;

std::vector<Hoedanigheid> hoedanigheden_op(const std::vector<GehoudenRol>& rollen, Datum dag) {
  std::vector<Hoedanigheid> out;
  for (const auto& r : rollen) {
    if (!r.rol.periode.bevat(dag)) continue;
    out.push_back(Hoedanigheid{r.rol.soort, r.rol.organisatie_id, r.organisatie_naam, r.rol.id,
                               r.rol.mandaat_cents, r.rol.mandaat_scope});
  }
  return out;
}

std::string tekst(const Hoedanigheid& hoed) {
  const std::string& org = hoed.organisatie_naam;
  switch (hoed.soort) {
    case RolSoort::kBestuurlijkOpdrachtgever:
      return "bestuurlijk opdrachtgever " + org;
    case RolSoort::kAmbtelijkOpdrachtgever:
      return "ambtelijk opdrachtgever " + org;
    case RolSoort::kAccountmanager:
      return "accountmanager voor " + org;
    case RolSoort::kBeleidsadviseur:
      return "beleidsadviseur " + org;
    case RolSoort::kPortefeuillehouderMilieu:
      return "portefeuillehouder milieu " + org;
    case RolSoort::kRegisseurBeleidscyclus:
      return "regisseur beleidscyclus";
    case RolSoort::kAbLid:
      return "AB-lid namens " + org;
    case RolSoort::kDbLid:
      return "DB-lid namens " + org;
    case RolSoort::kDirectieOd:
      return "directie " + org;
    case RolSoort::kCoordinator:
      return "coördinator " + org;
    case RolSoort::kMedewerker:
      return "medewerker " + org;
  }
  return std::string(governance::label(hoed.soort)) + " " + org;
}

bool is_regiobrede_hoed(RolSoort soort) {
  switch (soort) {
    case RolSoort::kAccountmanager:
    case RolSoort::kDirectieOd:
    case RolSoort::kCoordinator:
    case RolSoort::kMedewerker:
    case RolSoort::kRegisseurBeleidscyclus:
      return true;
    case RolSoort::kBestuurlijkOpdrachtgever:
    case RolSoort::kAmbtelijkOpdrachtgever:
    case RolSoort::kBeleidsadviseur:
    case RolSoort::kPortefeuillehouderMilieu:
    case RolSoort::kAbLid:
    case RolSoort::kDbLid:
      return false;
  }
  return false;
}

}  // namespace regie::auth
