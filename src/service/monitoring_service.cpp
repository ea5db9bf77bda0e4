#include "service/monitoring_service.hpp"

#include <algorithm>

#include "domain/governance/register_repository.hpp"
#include "domain/monitoring/bron.hpp"
#include "domain/monitoring/realisatie_repository.hpp"
#include "domain/programma/catalogus_repository.hpp"
#include "domain/programma/programma_repository.hpp"
#include "service/programma_service.hpp"
#include "service/realisatie_service.hpp"

namespace regie::service {

using monitoring::Niveau;

Result<Jaarplan> jaarplan(UnitOfWork& uow, Id regio_id, std::int32_t jaar) {
  Jaarplan out;
  REGIE_ASSIGN_OR_RETURN(auto programmas, uow.programmas().list_programmas(regio_id));
  const programma::Uitvoeringsprogramma* bron = nullptr;
  for (const auto& p : programmas) {
    if (std::find(out.jaren.begin(), out.jaren.end(), p.jaar) == out.jaren.end()) {
      out.jaren.push_back(p.jaar);
    }
    if (p.jaar != jaar) continue;
    const bool vastgesteld = p.status == programma::ProgrammaStatus::kVastgesteld;
    if (bron == nullptr ||
        (vastgesteld && bron->status != programma::ProgrammaStatus::kVastgesteld)) {
      bron = &p;
    }
  }
  std::sort(out.jaren.rbegin(), out.jaren.rend());
  if (bron != nullptr) {
    out.programma_id = bron->id;
    out.vastgesteld = bron->status == programma::ProgrammaStatus::kVastgesteld;
    auto begroting = begroting_van(uow, *bron);
    if (begroting.ok()) out.regels = monitoring::planregels(*begroting);
  }
  return out;
}

Result<std::vector<monitoring::Vergelijking>> deelnemerregels(UnitOfWork& uow, Id regio_id,
                                                              std::int32_t jaar,
                                                              const Jaarplan& plan, int peilmaand,
                                                              std::int32_t tolerantie) {
  REGIE_ASSIGN_OR_RETURN(auto cellen, uow.realisaties().cellen(regio_id, (jaar - 1) * 100 + 1,
                                                               jaar * 100 + 12, std::nullopt));
  std::vector<monitoring::Vergelijking> out;
  for (const auto& r : monitoring::reeksen_uit_cellen(Niveau::kDeelnemer, jaar, plan.regels, cellen,
                                                      std::nullopt)) {
    out.push_back(monitoring::vergelijk(r, peilmaand, tolerantie));
  }
  return out;
}

Result<PlanRealisatie> MonitoringService::plan_realisatie(const Context& ctx,
                                                          const PlanRealisatieVraag& vraag) {
  const Id regio = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  PlanRealisatie out;
  const Datum vandaag = clock_->vandaag();
  out.jaar = vraag.jaar.value_or(vandaag.jaar());
  out.peilmaand = monitoring::peilmaand(out.jaar, vandaag);
  out.niveau = vraag.niveau;
  out.deelnemer = vraag.deelnemer;

  // Who may see which deelnemer.
  REGIE_ASSIGN_OR_RETURN(auto deelnemers, regio_deelnemers(*uow, regio));
  const bool alles = monitoring::ziet_alle_deelnemers(ctx.actor);
  for (const auto& d : deelnemers) {
    out.deelnemernamen.emplace(d.id, d.naam);
    if (alles || auth::hoort_bij(ctx.actor, d.id)) out.deelnemers.push_back(d);
  }
  const bool per_deelnemer = out.niveau == Niveau::kDeelnemer || out.niveau == Niveau::kProduct;
  if (!alles) {
    if (out.deelnemer && !auth::hoort_bij(ctx.actor, *out.deelnemer)) {
      return Error::forbidden("monitoring van een andere deelnemer");
    }
    if (per_deelnemer && !out.deelnemer) {
      if (out.deelnemers.empty()) return Error::forbidden("monitoring per deelnemer");
      out.deelnemer = out.deelnemers.front().id;
    }
  }

  // The plan and the band.
  REGIE_ASSIGN_OR_RETURN(auto jp, jaarplan(*uow, regio, out.jaar));
  const std::vector<monitoring::Planregel>& plan = jp.regels;
  out.jaren = jp.jaren;
  out.programma_id = jp.programma_id;
  out.programma_vastgesteld = jp.vastgesteld;
  REGIE_ASSIGN_OR_RETURN(auto regiogegevens, uow->registry().get_regio(regio));
  out.tolerantie = regiogegevens.tolerantie_procent;
  REGIE_ASSIGN_OR_RETURN(auto producten, uow->catalogus().list_producten(regio, out.jaar));
  for (const auto& p : producten) out.productnamen.emplace(p.code, p.naam);

  const monitoring::Maand van = (out.jaar - 1) * 100 + 1;
  const monitoring::Maand tot = out.jaar * 100 + 12;
  auto vergelijk_alle = [&](const std::vector<monitoring::Reeks>& reeksen) {
    std::vector<monitoring::Vergelijking> v;
    v.reserve(reeksen.size());
    for (const auto& r : reeksen)
      v.push_back(monitoring::vergelijk(r, out.peilmaand, out.tolerantie));
    return v;
  };
  if (out.deelnemer) {
    REGIE_ASSIGN_OR_RETURN(auto cellen, uow->realisaties().cellen(regio, van, tot, out.deelnemer));
    out.totaal = vergelijk_alle(
        monitoring::reeksen_uit_cellen(Niveau::kDeelnemer, out.jaar, plan, cellen, out.deelnemer));
    if (per_deelnemer) {
      out.regels = vergelijk_alle(
          monitoring::reeksen_uit_cellen(out.niveau, out.jaar, plan, cellen, out.deelnemer));
    } else {
      // The deelnemer's own plan and cells, by taakveld.
      std::vector<monitoring::Planregel> eigen;
      for (const auto& p : plan) {
        if (p.deelnemer_id == *out.deelnemer) eigen.push_back(p);
      }
      out.regels = vergelijk_alle(monitoring::reeksen_uit_taakvelden(
          out.niveau, out.jaar, eigen, monitoring::per_taakveld(cellen)));
    }
    return out;
  }
  REGIE_ASSIGN_OR_RETURN(auto taakvelden, uow->realisaties().taakveldcellen(regio, van, tot));
  out.totaal = vergelijk_alle(
      monitoring::reeksen_uit_taakvelden(Niveau::kRegio, out.jaar, plan, taakvelden));
  if (per_deelnemer) {
    REGIE_ASSIGN_OR_RETURN(auto cellen, uow->realisaties().cellen(regio, van, tot, std::nullopt));
    out.regels = vergelijk_alle(
        monitoring::reeksen_uit_cellen(out.niveau, out.jaar, plan, cellen, std::nullopt));
  } else {
    out.regels =
        vergelijk_alle(monitoring::reeksen_uit_taakvelden(out.niveau, out.jaar, plan, taakvelden));
  }
  return out;
}

}  // namespace regie::service
