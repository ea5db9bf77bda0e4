#include "service/meting_service.hpp"

#include <algorithm>

#include "domain/monitoring/bron.hpp"
#include "domain/monitoring/meting_repository.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/programma/programma_repository.hpp"
#include "domain/validation.hpp"
#include "service/monitoring_service.hpp"
#include "service/realisatie_service.hpp"

namespace regie::service {
namespace {

Result<void> mag_vastleggen(const Context& ctx) {
  if (!monitoring::mag_metingen_vastleggen(ctx.actor)) {
    return Error::forbidden("metingen vastleggen");
  }
  return Ok();
}

// The programme the indicators of `jaar` come from; kInvalid "jaar" without one.
Result<programma::Uitvoeringsprogramma> programma_van(UnitOfWork& uow, Id regio_id,
                                                      std::int32_t jaar) {
  REGIE_ASSIGN_OR_RETURN(auto plan, jaarplan(uow, regio_id, jaar));
  if (!plan.programma_id) return Error::invalid({{"jaar", "fout.geen_programma"}});
  return uow.programmas().get_programma(*plan.programma_id);
}

// A meting of the actor's regio; another regio's is not found.
Result<monitoring::Indicatormeting> eigen_indicatormeting(UnitOfWork& uow, const Context& ctx,
                                                          Id id) {
  REGIE_ASSIGN_OR_RETURN(auto m, uow.metingen().get_indicatormeting(id));
  if (m.regio_id != ctx.actor.regio_id) {
    return Error::not_found("indicatormeting " + std::to_string(id));
  }
  return m;
}

// ... and of a deelnemer, only for whoever sees that deelnemer's figures.
Result<monitoring::Procesmeting> eigen_procesmeting(UnitOfWork& uow, const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto m, uow.metingen().get_procesmeting(id));
  if (m.regio_id != ctx.actor.regio_id ||
      (m.deelnemer_id != 0 && !monitoring::ziet_deelnemer(ctx.actor, m.deelnemer_id))) {
    return Error::not_found("procesmeting " + std::to_string(id));
  }
  return m;
}

std::string meting_object(const Context& ctx, std::string_view soort, Id id) {
  return "regio/" + std::to_string(ctx.actor.regio_id) + "/" + std::string(soort) + "/" +
         std::to_string(id);
}

}  // namespace

Result<Indicatoren> MetingService::indicatoren(const Context& ctx,
                                               std::optional<std::int32_t> jaar) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  Indicatoren out;
  out.jaar = jaar.value_or(audit_->clock().vandaag().jaar());
  out.mag_vastleggen = monitoring::mag_metingen_vastleggen(ctx.actor);
  auto p = programma_van(*uow, ctx.actor.regio_id, out.jaar);
  if (!p.ok()) {
    if (p.error().code == ErrorCode::kInvalid) return out;  // no programme: nothing to measure
    return p.error();
  }
  out.programma_id = p->id;
  REGIE_ASSIGN_OR_RETURN(auto metingen,
                         uow->metingen().indicatormetingen(ctx.actor.regio_id, out.jaar));
  for (const auto& d : p->doelen) {
    DoelOverzicht doel{d, {}, ""};
    std::vector<monitoring::Indicatorstand> standen;
    for (const auto& i : d.indicatoren) {
      IndicatorOverzicht io{i, {}, {}};
      for (const auto& m : metingen) {
        if (m.doel_nummer == d.nummer && m.indicator == i.naam) io.metingen.push_back(m);
      }
      io.stand = monitoring::stand(i, io.metingen);
      standen.push_back(io.stand);
      doel.indicatoren.push_back(std::move(io));
    }
    doel.antwoord = monitoring::antwoord(standen);
    out.doelen.push_back(std::move(doel));
  }
  return out;
}

// MON-4
Result<monitoring::Indicatormeting> MetingService::indicator_vastleggen(const Context& ctx,
                                                                        const Fields& velden) {
  return audit_->write<monitoring::Indicatormeting>(
      ctx, "meting.indicator", "regio/" + std::to_string(ctx.actor.regio_id) + "/indicatormeting",
      [&](UnitOfWork& uow, std::string& object) -> Result<monitoring::Indicatormeting> {
        REGIE_TRY(mag_vastleggen(ctx));
        validation::Reader r(velden);
        auto jaar = r.required_int("jaar", programma::kEersteJaar, programma::kLaatsteJaar);
        if (!r.ok()) return r.error();
        REGIE_ASSIGN_OR_RETURN(
            auto p, programma_van(uow, ctx.actor.regio_id, static_cast<std::int32_t>(jaar)));
        REGIE_ASSIGN_OR_RETURN(auto m, monitoring::parse_indicatormeting(velden, p));
        m.door = auth::wie(ctx.actor);
        m.op = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(m.id, uow.metingen().create_indicatormeting(m));
        object = meting_object(ctx, "indicatormeting", m.id);
        return m;
      });
}

Result<Procesoverzicht> MetingService::procesmetingen(const Context& ctx,
                                                      std::optional<std::int32_t> jaar) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  Procesoverzicht out;
  out.jaar = jaar.value_or(audit_->clock().vandaag().jaar());
  out.mag_vastleggen = monitoring::mag_metingen_vastleggen(ctx.actor);
  REGIE_ASSIGN_OR_RETURN(out.deelnemers, regio_deelnemers(*uow, ctx.actor.regio_id));
  REGIE_ASSIGN_OR_RETURN(
      auto alle,
      uow->metingen().procesmetingen(ctx.actor.regio_id, out.jaar * 100 + 1, out.jaar * 100 + 12));
  for (auto& m : alle) {
    if (m.deelnemer_id == 0 || monitoring::ziet_deelnemer(ctx.actor, m.deelnemer_id)) {
      out.metingen.push_back(std::move(m));
    }
  }
  return out;
}

// MON-5
Result<monitoring::Procesmeting> MetingService::proces_vastleggen(const Context& ctx,
                                                                  const Fields& velden) {
  return audit_->write<monitoring::Procesmeting>(
      ctx, "meting.proces", "regio/" + std::to_string(ctx.actor.regio_id) + "/procesmeting",
      [&](UnitOfWork& uow, std::string& object) -> Result<monitoring::Procesmeting> {
        REGIE_TRY(mag_vastleggen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto deelnemers, regio_deelnemers(uow, ctx.actor.regio_id));
        REGIE_ASSIGN_OR_RETURN(auto m, monitoring::parse_procesmeting(velden, deelnemers));
        m.regio_id = ctx.actor.regio_id;
        m.door = auth::wie(ctx.actor);
        m.op = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(m.id, uow.metingen().create_procesmeting(m));
        object = meting_object(ctx, "procesmeting", m.id);
        return m;
      });
}

Result<monitoring::Indicatormeting> MetingService::indicatormeting(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return eigen_indicatormeting(*uow, ctx, id);
}

// MON-4
Result<monitoring::Indicatormeting> MetingService::indicator_verwijderen(const Context& ctx,
                                                                         Id id) {
  return audit_->write<monitoring::Indicatormeting>(
      ctx, "meting.indicator_verwijderen", meting_object(ctx, "indicatormeting", id),
      [&](UnitOfWork& uow, std::string&) -> Result<monitoring::Indicatormeting> {
        REGIE_TRY(mag_vastleggen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto m, eigen_indicatormeting(uow, ctx, id));
        REGIE_TRY(uow.metingen().delete_indicatormeting(id));
        return m;
      });
}

Result<monitoring::Procesmeting> MetingService::procesmeting(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return eigen_procesmeting(*uow, ctx, id);
}

// MON-5
Result<monitoring::Procesmeting> MetingService::proces_verwijderen(const Context& ctx, Id id) {
  return audit_->write<monitoring::Procesmeting>(
      ctx, "meting.proces_verwijderen", meting_object(ctx, "procesmeting", id),
      [&](UnitOfWork& uow, std::string&) -> Result<monitoring::Procesmeting> {
        REGIE_TRY(mag_vastleggen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto m, eigen_procesmeting(uow, ctx, id));
        REGIE_TRY(uow.metingen().delete_procesmeting(id));
        return m;
      });
}

}  // namespace regie::service
