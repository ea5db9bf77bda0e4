#include "service/interne_afstemming_service.hpp"

#include "domain/opdrachten/interne_afstemming_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "service/opdracht_service.hpp"

namespace regie::service {

Result<std::optional<std::string>> InterneAfstemmingService::aanvaarden_wacht(UnitOfWork& uow,
                                                                              Id opdracht_id) {
  REGIE_ASSIGN_OR_RETURN(auto afstemmingen, uow.interne_afstemmingen().list(opdracht_id));
  REGIE_ASSIGN_OR_RETURN(auto tijdlijn, uow.opdrachten().list_overgangen(opdracht_id));
  return opdrachten::aanvaarden_wacht_op_afstemming(afstemmingen, tijdlijn);
}

Result<InterneAfstemmingen> InterneAfstemmingService::afstemmingen(const Context& ctx,
                                                                   Id opdracht_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(*uow, ctx.actor, opdracht_id));
  InterneAfstemmingen out;
  REGIE_ASSIGN_OR_RETURN(out.afstemmingen, uow->interne_afstemmingen().list(opdracht_id));
  REGIE_ASSIGN_OR_RETURN(auto tijdlijn, uow->opdrachten().list_overgangen(opdracht_id));
  if (const auto* g = opdrachten::geldende_afstemming(out.afstemmingen, tijdlijn)) out.geldend = *g;
  if (opdrachten::interne_afstemming_mogelijk(o.status)) {
    out.aanvaarden_wacht = opdrachten::aanvaarden_wacht_op_afstemming(out.afstemmingen, tijdlijn);
  }
  out.mag_vastleggen =
      opdrachten::mag_interne_afstemming_vastleggen(o, OpdrachtService::kant(ctx.actor, o)).ok();
  return out;
}

Result<opdrachten::InterneAfstemming> InterneAfstemmingService::afstemming(const Context& ctx,
                                                                           Id opdracht_id,
                                                                           Id afstemming_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, opdracht_id));
  REGIE_ASSIGN_OR_RETURN(auto lijst, uow->interne_afstemmingen().list(opdracht_id));
  for (auto& a : lijst) {
    if (a.id == afstemming_id) return std::move(a);
  }
  return Error::not_found("interne afstemming " + std::to_string(afstemming_id));
}

// OPD-8: recorded by the opdrachtnemer while the opdracht is aangeboden; who may comes before
// the input is judged.
Result<opdrachten::InterneAfstemming> InterneAfstemmingService::vastleggen(const Context& ctx,
                                                                           Id opdracht_id,
                                                                           const Fields& velden) {
  return audit_->write<opdrachten::InterneAfstemming>(
      ctx, "opdracht.interne_afstemming", "opdracht/" + std::to_string(opdracht_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<opdrachten::InterneAfstemming> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, opdracht_id));
        REGIE_TRY(
            opdrachten::mag_interne_afstemming_vastleggen(o, OpdrachtService::kant(ctx.actor, o)));
        REGIE_ASSIGN_OR_RETURN(auto a, opdrachten::parse_interne_afstemming(velden));
        a.opdracht_id = opdracht_id;
        a.door = OpdrachtService::wie(ctx.actor, o);
        a.op = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(a.id, uow.interne_afstemmingen().create(a));
        object = "opdracht/" + std::to_string(opdracht_id) + "/interne-afstemming/" +
                 std::to_string(a.id);
        return a;
      });
}

}  // namespace regie::service
