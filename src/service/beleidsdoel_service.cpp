#include "service/beleidsdoel_service.hpp"

#include <algorithm>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/opdrachten/beleidsdoel_repository.hpp"
#include "service/opdracht_service.hpp"

namespace regie::service {
namespace {

// OPD-7: the policy products of the regio, newest first.
Result<std::vector<Beleidsproduct>> beleidsproducten(UnitOfWork& uow, Id regio_id) {
  std::vector<Beleidsproduct> out;
  REGIE_ASSIGN_OR_RETURN(auto stappen, uow.cyclus().list_stappen(regio_id));
  for (const auto& stap : stappen) {
    REGIE_ASSIGN_OR_RETURN(auto documenten, uow.cyclus().list_documenten(stap.id));
    for (auto& d : documenten) {
      if (opdrachten::is_beleidsproduct(d.soort)) out.push_back({std::move(d), stap});
    }
  }
  std::sort(out.begin(), out.end(), [](const Beleidsproduct& a, const Beleidsproduct& b) {
    return a.document.id > b.document.id;
  });
  return out;
}

const Beleidsproduct* vind(const std::vector<Beleidsproduct>& producten, Id document_id) {
  auto it = std::find_if(producten.begin(), producten.end(),
                         [&](const Beleidsproduct& p) { return p.document.id == document_id; });
  return it == producten.end() ? nullptr : &*it;
}

}  // namespace

Result<Beleidsdoelen> BeleidsdoelService::beleidsdoelen(const Context& ctx, Id opdracht_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(*uow, ctx.actor, opdracht_id));
  REGIE_ASSIGN_OR_RETURN(auto producten, beleidsproducten(*uow, o.regio_id));
  REGIE_ASSIGN_OR_RETURN(auto doelen, uow->beleidsdoelen().list(opdracht_id));
  Beleidsdoelen out;
  for (auto& d : doelen) {
    const auto* product = vind(producten, d.document_id);
    if (!product) {
      return Error::storage("opdracht_beleidsdoelen " + std::to_string(d.id) +
                            ": document buiten de regio");
    }
    out.doelen.push_back({std::move(d), *product});
  }
  for (const auto& p : producten) {
    bool genoemd = std::any_of(out.doelen.begin(), out.doelen.end(),
                               [&](const auto& r) { return r.doel.document_id == p.document.id; });
    if (!genoemd) out.keuzes.push_back(p);
  }
  out.mag_wijzigen =
      opdrachten::mag_beleidsdoel_wijzigen(o, OpdrachtService::kant(ctx.actor, o)).ok();
  return out;
}

Result<opdrachten::Beleidsdoel> BeleidsdoelService::koppelen(const Context& ctx, Id opdracht_id,
                                                             const Fields& velden) {
  return audit_->write<opdrachten::Beleidsdoel>(
      ctx, "opdracht.beleidsdoel_koppelen", object_id("opdracht", opdracht_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<opdrachten::Beleidsdoel> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, opdracht_id));
        REGIE_TRY(opdrachten::mag_beleidsdoel_wijzigen(o, OpdrachtService::kant(ctx.actor, o)));
        REGIE_ASSIGN_OR_RETURN(auto doel, opdrachten::parse_beleidsdoel(velden));
        REGIE_ASSIGN_OR_RETURN(auto producten, beleidsproducten(uow, o.regio_id));
        if (!vind(producten, doel.document_id)) {
          return Error::invalid({{"documentId", "fout.onbekende_keuze"}});
        }
        REGIE_ASSIGN_OR_RETURN(auto bestaand, uow.beleidsdoelen().list(opdracht_id));
        bool dubbel = std::any_of(bestaand.begin(), bestaand.end(),
                                  [&](const auto& b) { return b.document_id == doel.document_id; });
        if (dubbel) return Error::invalid({{"documentId", "fout.beleidsdoel_al_genoemd"}});
        doel.opdracht_id = opdracht_id;
        doel.door = OpdrachtService::wie(ctx.actor, o);
        doel.op = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(doel.id, uow.beleidsdoelen().create(doel));
        object = object_id("opdracht", opdracht_id) + "/beleidsdoel/" + std::to_string(doel.id);
        return doel;
      });
}

Result<bool> BeleidsdoelService::ontkoppelen(const Context& ctx, Id opdracht_id,
                                             Id beleidsdoel_id) {
  return audit_->write<bool>(
      ctx, "opdracht.beleidsdoel_ontkoppelen",
      object_id("opdracht", opdracht_id) + "/beleidsdoel/" + std::to_string(beleidsdoel_id),
      [&](UnitOfWork& uow, std::string&) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, opdracht_id));
        REGIE_TRY(opdrachten::mag_beleidsdoel_wijzigen(o, OpdrachtService::kant(ctx.actor, o)));
        REGIE_ASSIGN_OR_RETURN(auto bestaand, uow.beleidsdoelen().list(opdracht_id));
        bool van_deze = std::any_of(bestaand.begin(), bestaand.end(),
                                    [&](const auto& b) { return b.id == beleidsdoel_id; });
        if (!van_deze) return Error::not_found("beleidsdoel " + std::to_string(beleidsdoel_id));
        REGIE_TRY(uow.beleidsdoelen().remove(beleidsdoel_id));
        return true;
      });
}

Result<std::vector<DienendeOpdracht>> BeleidsdoelService::dienende_opdrachten(const Context& ctx,
                                                                              Id document_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto doelen, uow->beleidsdoelen().list_voor_document(document_id));
  std::vector<DienendeOpdracht> out;
  for (auto& d : doelen) {
    auto o = zichtbare_opdracht(*uow, ctx.actor, d.opdracht_id);
    if (!o.ok() && o.error().code == ErrorCode::kNotFound) continue;  // not the reader's to see
    if (!o.ok()) return std::move(o).error();
    out.push_back({std::move(d), std::move(o).value()});
  }
  return out;
}

}  // namespace regie::service
