#include "service/namens.hpp"

#include "core/text.hpp"
#include "domain/governance/collectief_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/rolvastheid.hpp"

namespace regie::service {

Result<std::vector<std::string>> namens_namen(UnitOfWork& uow, const opdrachten::Opdracht& opdracht,
                                              Datum dag) {
  std::vector<Id> ids{opdracht.opdrachtgever_id};
  if (opdracht.soort == opdrachten::Soort::kCollectief) {
    REGIE_ASSIGN_OR_RETURN(auto lijst,
                           uow.collectief().list_vertegenwoordigingen(opdracht.regio_id));
    for (Id id : governance::vertegenwoordigd_door(lijst, opdracht.opdrachtgever_id, dag)) {
      if (id != opdracht.opdrachtgever_id) ids.push_back(id);
    }
  }
  std::vector<std::string> namen;
  for (Id id : ids) {
    REGIE_ASSIGN_OR_RETURN(auto org, uow.registry().get_organisatie(id));
    namen.push_back(org.naam);
  }
  return namen;
}

Result<std::string> namens(UnitOfWork& uow, const opdrachten::Opdracht& opdracht, Datum dag) {
  if (opdracht.soort != opdrachten::Soort::kCollectief) return std::string();
  REGIE_ASSIGN_OR_RETURN(auto namen, namens_namen(uow, opdracht, dag));
  return opsomming(namen);
}

}  // namespace regie::service
