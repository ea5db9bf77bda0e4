#include "service/afwijking_service.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/monitoring/afwijking_repository.hpp"
#include "domain/monitoring/bron.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/validation.hpp"
#include "service/monitoring_service.hpp"
#include "service/opdracht_service.hpp"
#include "service/realisatie_service.hpp"

namespace regie::service {
namespace {

using monitoring::Afwijkingssignaal;

std::string afwijking_object(Id id) { return "afwijking/" + std::to_string(id); }

AfwijkingRegel regel_van(const auth::Actor& actor, Afwijkingssignaal s,
                         const std::map<Id, std::string>& namen) {
  AfwijkingRegel r;
  auto naam = namen.find(s.deelnemer_id);
  r.deelnemer_naam = naam == namen.end() ? "" : naam->second;
  r.mag_voorstellen = monitoring::is_lopend(s.status) && monitoring::mag_voorstellen(actor, s);
  r.beslisser = monitoring::beslisser(actor, s.deelnemer_id);
  r.mag_beslissen = r.beslisser.has_value() && s.status == monitoring::SignaalStatus::kVoorstel;
  r.signaal = std::move(s);
  return r;
}

Result<std::map<Id, std::string>> deelnemernamen(UnitOfWork& uow, Id regio_id) {
  REGIE_ASSIGN_OR_RETURN(auto deelnemers, regio_deelnemers(uow, regio_id));
  std::map<Id, std::string> out;
  for (const auto& d : deelnemers) out.emplace(d.id, d.naam);
  return out;
}

Result<Afwijkingssignaal> zichtbaar_signaal(UnitOfWork& uow, const auth::Actor& actor, Id id) {
  auto s = uow.afwijkingen().get(id);
  if (!s.ok()) return s;
  if (s->regio_id != actor.regio_id || !monitoring::ziet_deelnemer(actor, s->deelnemer_id)) {
    return Error::not_found("afwijkingssignaal " + std::to_string(id));
  }
  return s;
}

Result<std::vector<AfwijkingRegel>> regels_van(UnitOfWork& uow, const auth::Actor& actor,
                                               std::vector<Afwijkingssignaal> lijst) {
  REGIE_ASSIGN_OR_RETURN(auto namen, deelnemernamen(uow, actor.regio_id));
  std::vector<AfwijkingRegel> out;
  for (auto it = lijst.rbegin(); it != lijst.rend(); ++it) {
    if (!monitoring::ziet_deelnemer(actor, it->deelnemer_id)) continue;
    out.push_back(regel_van(actor, std::move(*it), namen));
  }
  return out;
}

constexpr std::size_t kMaxToelichting = 20'000;

}  // namespace

Result<std::int64_t> signaleer_afwijkingen(UnitOfWork& uow, Id regio_id, std::int32_t van_jaar,
                                           std::int32_t tot_jaar, Datum vandaag,
                                           const std::string& nu) {
  REGIE_ASSIGN_OR_RETURN(auto regio, uow.registry().get_regio(regio_id));
  std::int64_t nieuw = 0;
  for (std::int32_t jaar = van_jaar; jaar <= tot_jaar; ++jaar) {
    REGIE_ASSIGN_OR_RETURN(auto plan, jaarplan(uow, regio_id, jaar));
    if (!plan.programma_id) continue;  // nothing to compare with
    const int peil = monitoring::peilmaand(jaar, vandaag);
    REGIE_ASSIGN_OR_RETURN(
        auto regels, deelnemerregels(uow, regio_id, jaar, plan, peil, regio.tolerantie_procent));
    REGIE_ASSIGN_OR_RETURN(auto bestaand,
                           uow.afwijkingen().list(AfwijkingQuery{regio_id, jaar, {}, false}));
    auto s =
        monitoring::signaleer(regio_id, jaar, peil, regio.tolerantie_procent, regels, bestaand);
    for (auto& b : s.bijgewerkt) {
      b.bijgewerkt_op = nu;
      REGIE_TRY(uow.afwijkingen().update(b));
    }
    for (auto& n : s.nieuw) {
      n.gesignaleerd_op = nu;
      n.bijgewerkt_op = nu;
      REGIE_TRY(uow.afwijkingen().create(n));
      ++nieuw;
    }
  }
  return nieuw;
}

Result<std::vector<AfwijkingRegel>> AfwijkingService::afwijkingen(const Context& ctx,
                                                                  const AfwijkingVraag& vraag) {
  if (vraag.deelnemer && !monitoring::ziet_deelnemer(ctx.actor, *vraag.deelnemer)) {
    return Error::forbidden("afwijkingen van een andere deelnemer");
  }
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(
      auto lijst, uow->afwijkingen().list(AfwijkingQuery{ctx.actor.regio_id, vraag.jaar,
                                                         vraag.deelnemer, vraag.alleen_lopend}));
  return regels_van(*uow, ctx.actor, std::move(lijst));
}

Result<AfwijkingDetail> AfwijkingService::afwijking(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto s, zichtbaar_signaal(*uow, ctx.actor, id));
  REGIE_ASSIGN_OR_RETURN(auto namen, deelnemernamen(*uow, ctx.actor.regio_id));
  AfwijkingDetail out;
  out.regel = regel_van(ctx.actor, std::move(s), namen);
  REGIE_ASSIGN_OR_RETURN(auto opdrachten,
                         uow->opdrachten().list(OpdrachtQuery{.regio_id = ctx.actor.regio_id}));
  for (const auto& o : opdrachten) {
    if (monitoring::hoort_bij_opdracht(out.regel.signaal, o) &&
        OpdrachtService::zichtbaar(ctx.actor, o)) {
      out.opdrachten.push_back({o.id, o.titel});
    }
  }
  return out;
}

// MON-3: drafted by the accountmanager together with the opdrachtgever it names.
Result<Afwijkingssignaal> AfwijkingService::voorstellen(const Context& ctx, Id id,
                                                        std::int64_t versie, const Fields& velden) {
  return audit_->write<Afwijkingssignaal>(
      ctx, "afwijking.voorstellen", afwijking_object(id),
      [&](UnitOfWork& uow, std::string&) -> Result<Afwijkingssignaal> {
        REGIE_ASSIGN_OR_RETURN(auto huidig, zichtbaar_signaal(uow, ctx.actor, id));
        const bool mag = monitoring::mag_voorstellen(ctx.actor, huidig);
        if (!mag) return Error::forbidden("bijsturingsvoorstel opstellen");
        if (huidig.versie != versie) return Error::stale("afwijkingssignaal versie is verouderd");
        REGIE_ASSIGN_OR_RETURN(auto voorstel, monitoring::parse_voorstel(velden));
        voorstel.door = auth::wie(
            ctx.actor,
            auth::hoed(ctx.actor, governance::RolSoort::kAccountmanager, huidig.deelnemer_id));
        voorstel.op = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(auto s, monitoring::stel_voor(huidig, mag, std::move(voorstel)));
        REGIE_TRY(uow.afwijkingen().update(s));
        return uow.afwijkingen().get(id);
      });
}

// MON-3, GOV-12: decided by the deelnemer's opdrachtgever, on the mandate of its rol.
Result<Afwijkingssignaal> AfwijkingService::beslissen(const Context& ctx, Id id,
                                                      std::int64_t versie, const Fields& velden) {
  return audit_->write<Afwijkingssignaal>(
      ctx, "afwijking.beslissen", afwijking_object(id),
      [&](UnitOfWork& uow, std::string&) -> Result<Afwijkingssignaal> {
        REGIE_ASSIGN_OR_RETURN(auto huidig, zichtbaar_signaal(uow, ctx.actor, id));
        const auto wie = monitoring::beslisser(ctx.actor, huidig.deelnemer_id);
        if (!wie) return Error::forbidden("besluiten over een bijsturingsvoorstel");
        if (huidig.versie != versie) return Error::stale("afwijkingssignaal versie is verouderd");
        validation::Reader r(velden);
        auto besluit = r.required_choice("besluit", monitoring::besluit_from_code);
        auto toelichting =
            r.optional_text("toelichting", kMaxToelichting, validation::Regels::kMeer);
        if (!r.ok()) {
          auto fouten = r.errors();
          if (trim(toelichting).empty()) fouten.push_back({"toelichting", "fout.verplicht"});
          return Error::invalid(std::move(fouten));
        }
        REGIE_ASSIGN_OR_RETURN(auto s, monitoring::beslis(huidig, wie, *besluit, toelichting));
        s.besluit->door =
            auth::wie(ctx.actor, auth::hoed(ctx.actor,
                                            wie->laag == opdrachten::Laag::kAmbtelijk
                                                ? governance::RolSoort::kAmbtelijkOpdrachtgever
                                                : governance::RolSoort::kBestuurlijkOpdrachtgever,
                                            huidig.deelnemer_id));
        s.besluit->op = audit_->clock().now_iso();
        REGIE_TRY(uow.afwijkingen().update(s));
        return uow.afwijkingen().get(id);
      });
}

Result<std::vector<AfwijkingRegel>> AfwijkingService::lopend_voor(const Context& ctx) {
  using governance::RolSoort;
  const auth::Actor& a = ctx.actor;
  const bool directie = auth::draagt(a, RolSoort::kDirectieOd);
  if (!directie && !auth::draagt(a, RolSoort::kAccountmanager) &&
      !auth::draagt(a, RolSoort::kAmbtelijkOpdrachtgever) &&
      !auth::draagt(a, RolSoort::kBestuurlijkOpdrachtgever)) {
    return std::vector<AfwijkingRegel>{};
  }
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(
      auto lijst, uow->afwijkingen().list(AfwijkingQuery{a.regio_id, std::nullopt, {}, true}));
  std::erase_if(lijst, [&](const Afwijkingssignaal& s) {
    return !directie && !monitoring::mag_voorstellen(a, s) &&
           !monitoring::beslisser(a, s.deelnemer_id);
  });
  return regels_van(*uow, a, std::move(lijst));
}

Result<std::vector<AfwijkingRegel>> AfwijkingService::voor_opdracht(
    const Context& ctx, const opdrachten::Opdracht& opdracht) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto lijst, uow->afwijkingen().list(AfwijkingQuery{
                                         ctx.actor.regio_id, opdracht.jaar, {}, false}));
  std::erase_if(lijst, [&](const Afwijkingssignaal& s) {
    return !monitoring::hoort_bij_opdracht(s, opdracht);
  });
  return regels_van(*uow, ctx.actor, std::move(lijst));
}

}  // namespace regie::service
