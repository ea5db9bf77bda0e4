#include "service/regio_organisaties.hpp"

#include <algorithm>

#include "core/datum.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/rolvastheid.hpp"

namespace regie::service {

Result<RegioOrganisaties> regio_organisaties(UnitOfWork& uow, Id regio_id, std::int32_t jaar) {
  OrganisatieQuery q;
  q.regio_id = regio_id;
  q.page = PageRequest{0, 100000};
  REGIE_ASSIGN_OR_RETURN(auto pagina, uow.registry().list_organisaties(q));
  governance::Register reg;
  reg.organisaties = pagina.items;
  REGIE_ASSIGN_OR_RETURN(reg.deelnemerschappen,
                         uow.registry().list_deelnemerschappen_regio(regio_id));
  RegioOrganisaties out;
  out.alle = std::move(pagina.items);
  const auto ids = governance::deelnemers_op(reg, *Datum::from_ymd(jaar, 1, 1));
  for (const auto& o : out.alle) {
    if (std::find(ids.begin(), ids.end(), o.id) != ids.end()) out.deelnemers.push_back(o);
  }
  return out;
}

}  // namespace regie::service
