#include "service/regio_organisaties.hpp"

#include <algorithm>
#include <set>

#include "core/datum.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/rolvastheid.hpp"

namespace regie::service {

Result<RegioOrganisatiesPerJaar> regio_organisaties(UnitOfWork& uow, Id regio_id,
                                                    const std::vector<std::int32_t>& jaren) {
  OrganisatieQuery q;
  q.regio_id = regio_id;
  q.page = PageRequest{0, 100000};
  REGIE_ASSIGN_OR_RETURN(auto pagina, uow.registry().list_organisaties(q));
  governance::Register reg;
  reg.organisaties = pagina.items;
  REGIE_ASSIGN_OR_RETURN(reg.deelnemerschappen,
                         uow.registry().list_deelnemerschappen_regio(regio_id));
  RegioOrganisatiesPerJaar out;
  out.alle = std::move(pagina.items);
  for (const std::int32_t jaar : jaren) {
    const auto lijst = governance::deelnemers_op(reg, *Datum::from_ymd(jaar, 1, 1));
    const std::set<Id> ids(lijst.begin(), lijst.end());
    auto& deelnemers = out.deelnemers_per_jaar.emplace_back();
    for (const auto& o : out.alle) {
      if (ids.count(o.id) != 0) deelnemers.push_back(o);
    }
  }
  return out;
}

Result<RegioOrganisaties> regio_organisaties(UnitOfWork& uow, Id regio_id, std::int32_t jaar) {
  REGIE_ASSIGN_OR_RETURN(auto per_jaar, regio_organisaties(uow, regio_id, std::vector{jaar}));
  RegioOrganisaties out;
  out.alle = std::move(per_jaar.alle);
  out.deelnemers = std::move(per_jaar.deelnemers_per_jaar.front());
  return out;
}

}  // namespace regie::service
