#include "service/beleidscyclus_service.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/beleidscyclus/ronde_repository.hpp"
#include "domain/governance/register_repository.hpp"

#include <algorithm>

namespace regie::service {

// GOV-10: the persoon with the hat that lets it keep the cycle (B8-1, decision 24).
// B8-4: an opdrachtgever who contributes, with that hat.
std::string cyclus_door(const auth::Actor& actor) {
  using governance::RolSoort;
  return auth::wie(
      actor,
      auth::eerste_hoed(actor, {RolSoort::kRegisseurBeleidscyclus, RolSoort::kDirectieOd,
                                RolSoort::kAccountmanager, RolSoort::kAmbtelijkOpdrachtgever,
                                RolSoort::kBestuurlijkOpdrachtgever, RolSoort::kBeleidsadviseur}));
}

namespace {

using beleidscyclus::Stap;

std::string cyclus_object(Id regio_id, Id stap_id = 0) {
  std::string out = "regio/" + std::to_string(regio_id) + "/beleidscyclus";
  if (stap_id > 0) out += "/stap/" + std::to_string(stap_id);
  return out;
}

Result<void> eigen_regio(const Context& ctx, Id regio_id) {
  if (regio_id != ctx.actor.regio_id) return Error::not_found("andere regio");
  return Ok();
}

Result<Stap> stap_in_regio(UnitOfWork& uow, Id regio_id, Id stap_id) {
  auto stap = uow.cyclus().get_stap(stap_id);
  if (!stap.ok()) return stap;
  if (stap->regio_id != regio_id) return Error::not_found("cyclusstap buiten regio");
  return stap;
}

Result<void> cyclus_mag_wijzigen(const Context& ctx) {
  if (!beleidscyclus::mag_cyclus_wijzigen(ctx.actor)) return Error::forbidden("cyclus wijzigen");
  return Ok();
}

// The owner must be a persoon of the regio.
Result<void> check_eigenaar(UnitOfWork& uow, Id regio_id, const std::optional<Id>& persoon_id) {
  if (!persoon_id) return Ok();
  auto persoon = uow.registry().get_persoon(*persoon_id);
  if (!persoon.ok() && persoon.error().code != ErrorCode::kNotFound) {
    return std::move(persoon).error();
  }
  if (!persoon.ok() || persoon->regio_id != regio_id) {
    return Error::invalid({{"eigenaarPersoonId", "fout.onbekende_keuze"}});
  }
  return Ok();
}

}  // namespace

Result<std::vector<Stap>> BeleidscyclusService::stappen(const Context& ctx, Id regio_id) {
  REGIE_TRY(eigen_regio(ctx, regio_id));
  {
    REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
    REGIE_ASSIGN_OR_RETURN(auto bestaand, uow->cyclus().list_stappen(regio_id));
    if (!bestaand.empty()) return bestaand;
  }
  // B8-1: the first use of the cycle gives the regio the eight default steps.
  int jaar = audit_->clock().vandaag().jaar();
  auto gemaakt = audit_->write<bool>(
      ctx, "beleidscyclus.aanmaken", cyclus_object(regio_id),
      [&](UnitOfWork& uow, std::string&) -> Result<bool> {
        REGIE_TRY(uow.registry().get_regio(regio_id));
        REGIE_ASSIGN_OR_RETURN(auto bestaand, uow.cyclus().list_stappen(regio_id));
        if (!bestaand.empty()) return false;
        for (const auto& stap : beleidscyclus::standaard_stappen(regio_id, jaar)) {
          REGIE_TRY(uow.cyclus().create_stap(stap));
        }
        return true;
      });
  // Another request may have made them at the same moment; its steps are as good.
  if (!gemaakt.ok() && gemaakt.error().key != "fout.bestaat_al") return std::move(gemaakt).error();
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->cyclus().list_stappen(regio_id);
}

Result<Cyclus> BeleidscyclusService::cyclus(const Context& ctx, Id regio_id) {
  REGIE_ASSIGN_OR_RETURN(auto alle, stappen(ctx, regio_id));
  Cyclus out;
  out.regio_id = regio_id;
  out.peildatum = audit_->clock().vandaag();
  out.huidige_stap_id = beleidscyclus::huidige_positie(alle);
  out.te_laat = beleidscyclus::te_late_stappen(alle, out.peildatum);
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  for (const auto& s : alle) {
    if (!s.eigenaar_persoon_id || out.eigenaar_namen.count(*s.eigenaar_persoon_id)) continue;
    REGIE_ASSIGN_OR_RETURN(auto persoon, uow->registry().get_persoon(*s.eigenaar_persoon_id));
    out.eigenaar_namen[persoon.id] = persoon.naam;
  }
  REGIE_ASSIGN_OR_RETURN(out.evaluatieconclusies, uow->cyclus().list_evaluatieconclusies(regio_id));
  out.stappen = std::move(alle);
  return out;
}

Result<StapDetail> BeleidscyclusService::stap(const Context& ctx, Id regio_id, Id stap_id) {
  REGIE_ASSIGN_OR_RETURN(auto alle, stappen(ctx, regio_id));
  auto it = std::find_if(alle.begin(), alle.end(), [&](const Stap& s) { return s.id == stap_id; });
  if (it == alle.end()) return Error::not_found("cyclusstap buiten regio");
  StapDetail out;
  out.stap = *it;
  out.huidig = beleidscyclus::huidige_positie(alle) == stap_id;
  out.te_laat = beleidscyclus::is_te_laat(*it, audit_->clock().vandaag());
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  if (it->eigenaar_persoon_id) {
    REGIE_ASSIGN_OR_RETURN(auto persoon, uow->registry().get_persoon(*it->eigenaar_persoon_id));
    out.eigenaar_naam = persoon.naam;
  }
  REGIE_ASSIGN_OR_RETURN(out.documenten, uow->cyclus().list_documenten(stap_id));
  REGIE_ASSIGN_OR_RETURN(out.besluiten, uow->cyclus().list_besluiten(stap_id));
  REGIE_ASSIGN_OR_RETURN(out.heropeningen, uow->cyclus().list_heropeningen(stap_id));
  REGIE_ASSIGN_OR_RETURN(auto conclusies, uow->cyclus().list_evaluatieconclusies(regio_id));
  for (auto& c : conclusies) {
    if (c.raakt_stap_id == stap_id) out.conclusies.push_back(std::move(c));
  }
  REGIE_ASSIGN_OR_RETURN(out.rondes, uow->rondes().list_rondes(stap_id));
  REGIE_ASSIGN_OR_RETURN(out.planwijzigingen, uow->rondes().list_planwijzigingen(stap_id));
  if (const auto* product = beleidscyclus::vastgesteld_product(*it, out.documenten)) {
    out.product = *product;
  }
  if (beleidscyclus::is_beleidsstap(it->code)) {
    out.geraakt_bij_heropenen = beleidscyclus::geraakte_stappen(alle, *it);
  }
  return out;
}

Result<Stap> BeleidscyclusService::update_stap(const Context& ctx, Id regio_id, Id stap_id,
                                               std::int64_t versie, const Fields& f) {
  return audit_->write<Stap>(
      ctx, "cyclusstap.wijzigen", cyclus_object(regio_id, stap_id),
      [&](UnitOfWork& uow, std::string&) -> Result<Stap> {
        REGIE_TRY(eigen_regio(ctx, regio_id));
        REGIE_ASSIGN_OR_RETURN(auto huidig, stap_in_regio(uow, regio_id, stap_id));
        REGIE_TRY(cyclus_mag_wijzigen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto gelezen, beleidscyclus::parse_stap_wijziging(f, huidig));
        if (gelezen.periode != huidig.periode) {
          REGIE_ASSIGN_OR_RETURN(auto rondes, uow.rondes().list_rondes(stap_id));
          if (beleidscyclus::is_eerdere_ronde(rondes, gelezen.periode)) {
            return Error::invalid({{"periode", "fout.ronde_terug"}});
          }
        }
        REGIE_ASSIGN_OR_RETURN(auto documenten, uow.cyclus().list_documenten(stap_id));
        REGIE_ASSIGN_OR_RETURN(auto wijziging,
                               beleidscyclus::beoordeel_wijziging(huidig, gelezen, f, documenten));
        auto& nieuw = wijziging.stap;
        REGIE_TRY(check_eigenaar(uow, regio_id, nieuw.eigenaar_persoon_id));
        nieuw.versie = versie;
        REGIE_TRY(uow.cyclus().update_stap(nieuw));
        // B8-4: the round left and a moved planned end are kept, with who and when.
        if (wijziging.vorige_ronde) {
          wijziging.vorige_ronde->door = cyclus_door(ctx.actor);
          wijziging.vorige_ronde->afgesloten = audit_->clock().now_iso();
          REGIE_TRY(uow.rondes().create_ronde(*wijziging.vorige_ronde));
        }
        if (wijziging.planwijziging) {
          wijziging.planwijziging->door = cyclus_door(ctx.actor);
          wijziging.planwijziging->tijdstip = audit_->clock().now_iso();
          REGIE_TRY(uow.rondes().create_planwijziging(*wijziging.planwijziging));
        }
        if (nieuw.volgorde != huidig.volgorde) {
          // The step that held the new position takes the old one: the order stays 1..8.
          REGIE_ASSIGN_OR_RETURN(auto alle, uow.cyclus().list_stappen(regio_id));
          for (auto& ander : alle) {
            if (ander.id == stap_id || ander.volgorde != nieuw.volgorde) continue;
            ander.volgorde = huidig.volgorde;
            REGIE_TRY(uow.cyclus().update_stap(ander));
          }
        }
        return uow.cyclus().get_stap(stap_id);
      });
}

Result<beleidscyclus::Document> BeleidscyclusService::create_document(const Context& ctx,
                                                                      Id regio_id, Id stap_id,
                                                                      const Fields& f) {
  return audit_->write<beleidscyclus::Document>(
      ctx, "cyclusdocument.aanmaken", cyclus_object(regio_id, stap_id),
      [&](UnitOfWork& uow, std::string&) -> Result<beleidscyclus::Document> {
        REGIE_TRY(eigen_regio(ctx, regio_id));
        REGIE_ASSIGN_OR_RETURN(auto stap, stap_in_regio(uow, regio_id, stap_id));
        if (!beleidscyclus::mag_bijdragen(ctx.actor)) return Error::forbidden("cyclus bijdragen");
        REGIE_ASSIGN_OR_RETURN(auto document, beleidscyclus::parse_document(f));
        if (auto fout = beleidscyclus::document_fout(ctx.actor, stap, document.soort)) {
          return Error::invalid({{"soort", *fout}});
        }
        document.stap_id = stap_id;
        document.periode = stap.periode;
        document.door = cyclus_door(ctx.actor);
        document.toegevoegd = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(document.id, uow.cyclus().create_document(document));
        return document;
      });
}

Result<beleidscyclus::Besluit> BeleidscyclusService::create_besluit(const Context& ctx, Id regio_id,
                                                                    Id stap_id, const Fields& f) {
  return audit_->write<beleidscyclus::Besluit>(
      ctx, "cyclusbesluit.aanmaken", cyclus_object(regio_id, stap_id),
      [&](UnitOfWork& uow, std::string&) -> Result<beleidscyclus::Besluit> {
        REGIE_TRY(eigen_regio(ctx, regio_id));
        REGIE_TRY(stap_in_regio(uow, regio_id, stap_id));
        REGIE_TRY(cyclus_mag_wijzigen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto besluit, beleidscyclus::parse_besluit(f));
        besluit.stap_id = stap_id;
        besluit.door = cyclus_door(ctx.actor);
        REGIE_ASSIGN_OR_RETURN(besluit.id, uow.cyclus().create_besluit(besluit));
        return besluit;
      });
}

Result<beleidscyclus::Heropening> BeleidscyclusService::heropenen(const Context& ctx, Id regio_id,
                                                                  Id stap_id, const Fields& f) {
  return audit_->write<beleidscyclus::Heropening>(
      ctx, "cyclusstap.heropenen", cyclus_object(regio_id, stap_id),
      [&](UnitOfWork& uow, std::string&) -> Result<beleidscyclus::Heropening> {
        REGIE_TRY(eigen_regio(ctx, regio_id));
        REGIE_ASSIGN_OR_RETURN(auto huidig, stap_in_regio(uow, regio_id, stap_id));
        REGIE_TRY(cyclus_mag_wijzigen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto heropend,
                               beleidscyclus::heropenen(huidig, f, audit_->clock().vandaag()));
        REGIE_TRY(uow.cyclus().update_stap(heropend.stap));
        auto& heropening = heropend.heropening;
        heropening.door = cyclus_door(ctx.actor);
        heropening.tijdstip = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(heropening.id, uow.cyclus().create_heropening(heropening));
        return heropening;
      });
}

Result<std::vector<beleidscyclus::Evaluatieconclusie>> BeleidscyclusService::evaluatieconclusies(
    const Context& ctx, Id regio_id) {
  REGIE_TRY(stappen(ctx, regio_id));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->cyclus().list_evaluatieconclusies(regio_id);
}

Result<beleidscyclus::Evaluatieconclusie> BeleidscyclusService::create_evaluatieconclusie(
    const Context& ctx, Id regio_id, const Fields& f) {
  REGIE_TRY(stappen(ctx, regio_id));
  return audit_->write<beleidscyclus::Evaluatieconclusie>(
      ctx, "evaluatieconclusie.aanmaken", cyclus_object(regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<beleidscyclus::Evaluatieconclusie> {
        REGIE_TRY(cyclus_mag_wijzigen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto conclusie, beleidscyclus::parse_evaluatieconclusie(f));
        auto raakt = stap_in_regio(uow, regio_id, conclusie.raakt_stap_id);
        if (!raakt.ok() && raakt.error().code != ErrorCode::kNotFound) {
          return std::move(raakt).error();
        }
        if (!raakt.ok()) return Error::invalid({{"raaktStapId", "fout.onbekende_keuze"}});
        REGIE_TRY(beleidscyclus::check_raakt(*raakt, conclusie.raakt_periode));
        REGIE_ASSIGN_OR_RETURN(auto actueel, uow.cyclus().list_stappen(regio_id));
        auto evaluatie = std::find_if(actueel.begin(), actueel.end(), [](const Stap& s) {
          return s.code == beleidscyclus::StapCode::kRapportageEnEvaluatie;
        });
        if (evaluatie == actueel.end()) return Error::not_found("geen evaluatiestap");
        conclusie.regio_id = regio_id;
        conclusie.stap_id = evaluatie->id;
        conclusie.periode = evaluatie->periode;
        conclusie.door = cyclus_door(ctx.actor);
        REGIE_ASSIGN_OR_RETURN(conclusie.id, uow.cyclus().create_evaluatieconclusie(conclusie));
        object = cyclus_object(regio_id) + "/evaluatieconclusie/" + std::to_string(conclusie.id);
        return conclusie;
      });
}

}  // namespace regie::service
