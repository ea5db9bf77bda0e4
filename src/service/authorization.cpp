#include "service/authorization.hpp"

#include "domain/governance/register_repository.hpp"
#include "domain/validation.hpp"

namespace regie::service {

Id target_organisatie(UnitOfWork& uow, const auth::Actor& actor, const Fields& fields,
                      const std::string& veld) {
  auto id = validation::peek_id(fields, veld);
  if (!id) return actor.organisatie_id;
  auto org = uow.registry().get_organisatie(*id);
  return org.ok() && org->regio_id == actor.regio_id ? *id : actor.organisatie_id;
}

}  // namespace regie::service
