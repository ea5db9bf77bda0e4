#include "service/governance_service.hpp"

#include <algorithm>

namespace regie::service {
namespace {

constexpr std::int64_t kAlles = 1'000'000;

}  // namespace

Result<Gezondheid> GovernanceService::bevindingen(const Context& ctx, Id regio_id,
                                                  Datum peildatum) {
  if (regio_id != ctx.actor.regio_id) return Error::not_found("andere regio");
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  governance::Register reg;
  REGIE_ASSIGN_OR_RETURN(reg.regio, uow->get_regio(regio_id));
  OrganisatieQuery oq;
  oq.regio_id = regio_id;
  oq.page.limit = kAlles;
  REGIE_ASSIGN_OR_RETURN(auto orgs, uow->list_organisaties(oq));
  reg.organisaties = std::move(orgs.items);
  REGIE_ASSIGN_OR_RETURN(reg.deelnemerschappen, uow->list_deelnemerschappen_regio(regio_id));
  PersoonQuery pq;
  pq.regio_id = regio_id;
  pq.page.limit = kAlles;
  REGIE_ASSIGN_OR_RETURN(auto personen, uow->list_personen(pq));
  for (auto& regel : personen.items) reg.personen.push_back(regel.persoon);
  RolQuery rq;
  rq.regio_id = regio_id;
  rq.page.limit = kAlles;
  REGIE_ASSIGN_OR_RETURN(auto rollen, uow->list_rollen(rq));
  for (auto& regel : rollen.items) reg.rollen.push_back(regel.rol);
  // Representations (GOV-6) and the projectgroep (GOV-8) are not stored yet: none recorded.

  Gezondheid out;
  out.bevindingen = governance::controleer(reg, peildatum);
  // Errors first, then warnings, then notices; within each, the order of the checks.
  std::stable_sort(out.bevindingen.begin(), out.bevindingen.end(),
                   [](const governance::Bevinding& a, const governance::Bevinding& b) {
                     return static_cast<int>(a.ernst) < static_cast<int>(b.ernst);
                   });
  bool alles = ctx.actor.rol == auth::Gebruikersrol::kBeheerder || auth::is_od_rol(ctx.actor.rol);
  if (!alles) {
    out.eigen_weergave = true;
    std::erase_if(out.bevindingen, [&](const governance::Bevinding& b) {
      return std::find(b.organisaties.begin(), b.organisaties.end(), ctx.actor.organisatie_id) ==
             b.organisaties.end();
    });
  }
  for (const auto& o : reg.organisaties) out.organisatie_namen[o.id] = o.naam;
  for (const auto& b : out.bevindingen) {
    for (Id p : b.personen) {
      for (const auto& persoon : reg.personen) {
        if (persoon.id == p) out.persoon_namen[p] = persoon.naam;
      }
    }
  }
  return out;
}

}  // namespace regie::service
