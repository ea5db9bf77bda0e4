#include "service/volgende_stap.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "domain/auth/hoedanigheid.hpp"
#include "domain/governance/register_repository.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

// The rollen of `soort` on `dag` (for `organisatie_id` when given), as "naam, hoed".
Result<std::vector<RolRegel>> rollen_op(UnitOfWork& uow, Id regio_id, RolSoort soort,
                                        std::optional<Id> organisatie_id, Datum dag) {
  RolQuery q;
  q.regio_id = regio_id;
  q.soort = soort;
  q.organisatie_id = organisatie_id;
  q.peildatum = dag;
  q.page.limit = kAlleRijen;
  REGIE_ASSIGN_OR_RETURN(auto page, uow.registry().list_rollen(q));
  return std::move(page.items);
}

std::string naam_met_hoed(const RolRegel& r) {
  auth::Hoedanigheid hoed{r.rol.soort, r.rol.organisatie_id, r.organisatie_naam,
                          r.rol.id,    r.rol.mandaat_cents,  r.rol.mandaat_scope};
  return r.persoon_naam + ", " + auth::tekst(hoed);
}

// Each persoon once, with the first hat found (Thomas Bakker is accountmanager for four).
void voeg_toe(Wacht& w, std::vector<Id>& gezien, const RolRegel& r) {
  if (std::find(gezien.begin(), gezien.end(), r.rol.persoon_id) != gezien.end()) return;
  gezien.push_back(r.rol.persoon_id);
  w.wie.push_back(naam_met_hoed(r));
}

}  // namespace

Result<std::vector<Wacht>> wacht_op(UnitOfWork& uow, const opdrachten::Opdracht& o, Datum dag) {
  std::vector<Wacht> out;
  for (const auto& volgende : opdrachten::volgende_stappen(o.status)) {
    Wacht w{volgende.stap, volgende.kant, {}};
    std::vector<Id> gezien;
    if (volgende.kant == opdrachten::Kant::kOpdrachtgever) {
      REGIE_ASSIGN_OR_RETURN(auto ao, rollen_op(uow, o.regio_id, RolSoort::kAmbtelijkOpdrachtgever,
                                                o.opdrachtgever_id, dag));
      for (const auto& r : ao) voeg_toe(w, gezien, r);
    } else {
      // Every accountmanager acts on a collectieve opdracht (OpdrachtService::kant); the one
      // for the opdrachtgever first, with that hat.
      std::vector<std::optional<Id>> voor = {o.opdrachtgever_id};
      if (o.soort == opdrachten::Soort::kCollectief) voor.emplace_back(std::nullopt);
      if (o.deelnemer_id && *o.deelnemer_id != o.opdrachtgever_id) voor.push_back(*o.deelnemer_id);
      for (const auto& organisatie : voor) {
        REGIE_ASSIGN_OR_RETURN(
            auto am, rollen_op(uow, o.regio_id, RolSoort::kAccountmanager, organisatie, dag));
        for (const auto& r : am) {
          // GOV-12: beyond the accountmanager's mandate the directie accepts.
          if (volgende.stap == opdrachten::Stap::kAanvaarden &&
              !opdrachten::binnen_mandaat(o, r.rol.mandaat_cents)) {
            continue;
          }
          voeg_toe(w, gezien, r);
        }
      }
      REGIE_ASSIGN_OR_RETURN(auto directie,
                             rollen_op(uow, o.regio_id, RolSoort::kDirectieOd, std::nullopt, dag));
      for (const auto& r : directie) voeg_toe(w, gezien, r);
    }
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace regie::service
