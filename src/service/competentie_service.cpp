#include "service/competentie_service.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "domain/governance/register_repository.hpp"

namespace regie::service {
namespace {

using competenties::Zelfbeoordeling;

// The persoon of the actor's account, when linked and in the actor's regio.
Result<std::optional<Id>> eigen_persoon_id(UnitOfWork& uow, const auth::Actor& actor) {
  if (actor.gebruiker_id <= 0) return std::optional<Id>();
  REGIE_ASSIGN_OR_RETURN(auto persoon_id, uow.accounts().persoon_of(actor.gebruiker_id));
  if (!persoon_id) return persoon_id;
  REGIE_ASSIGN_OR_RETURN(auto persoon, uow.registry().get_persoon(*persoon_id));
  if (persoon.regio_id != actor.regio_id) return std::optional<Id>();
  return persoon_id;
}

// The actor's own self-assessment; someone else's is not found (not even its existence shows).
Result<Zelfbeoordeling> eigen_zelfbeoordeling(UnitOfWork& uow, const auth::Actor& actor, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto persoon_id, eigen_persoon_id(uow, actor));
  REGIE_ASSIGN_OR_RETURN(auto z, uow.zelfbeoordelingen().get(id));
  if (!persoon_id || z.persoon_id != *persoon_id) {
    return Error::not_found("zelfbeoordeling van een ander");
  }
  return z;
}

}  // namespace

std::int32_t CompetentieService::huidig_jaar() const {
  return static_cast<std::int32_t>(audit_->clock().vandaag().jaar());
}

Result<std::optional<governance::Persoon>> CompetentieService::eigen_persoon(const Context& ctx) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto persoon_id, eigen_persoon_id(*uow, ctx.actor));
  if (!persoon_id) return std::optional<governance::Persoon>();
  REGIE_ASSIGN_OR_RETURN(auto persoon, uow->registry().get_persoon(*persoon_id));
  return std::optional<governance::Persoon>(std::move(persoon));
}

Result<std::vector<Zelfbeoordeling>> CompetentieService::mijn_zelfbeoordelingen(
    const Context& ctx) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto persoon_id, eigen_persoon_id(*uow, ctx.actor));
  if (!persoon_id) return std::vector<Zelfbeoordeling>{};
  ZelfbeoordelingQuery q;
  q.regio_id = ctx.actor.regio_id;
  q.persoon_id = *persoon_id;
  return uow->zelfbeoordelingen().list(q);
}

Result<Zelfbeoordeling> CompetentieService::zelfbeoordeling(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return eigen_zelfbeoordeling(*uow, ctx.actor, id);
}

Result<Zelfbeoordeling> CompetentieService::create(const Context& ctx, const Fields& f) {
  const std::int32_t jaar = huidig_jaar();
  return audit_->write<Zelfbeoordeling>(
      ctx, "zelfbeoordeling.aanmaken", "zelfbeoordeling",
      [&](UnitOfWork& uow, std::string& object) -> Result<Zelfbeoordeling> {
        REGIE_ASSIGN_OR_RETURN(auto persoon_id, eigen_persoon_id(uow, ctx.actor));
        if (!persoon_id) return Error::forbidden("geen persoon gekoppeld aan het account");
        REGIE_ASSIGN_OR_RETURN(auto z, competenties::parse_zelfbeoordeling(f, jaar));
        z.persoon_id = *persoon_id;
        auto id = uow.zelfbeoordelingen().create(z);
        if (!id.ok() && id.error().key == "fout.bestaat_al") {
          return Error{ErrorCode::kConflict,
                       "fout.zelfbeoordeling_bestaat",
                       "zelfbeoordeling bestaat al",
                       {}};
        }
        if (!id.ok()) return std::move(id).error();
        object = object_id("zelfbeoordeling", *id);
        return uow.zelfbeoordelingen().get(*id);
      });
}

Result<Zelfbeoordeling> CompetentieService::update(const Context& ctx, Id id, std::int64_t versie,
                                                   const Fields& f) {
  return audit_->write<Zelfbeoordeling>(
      ctx, "zelfbeoordeling.wijzigen", object_id("zelfbeoordeling", id),
      [&](UnitOfWork& uow, std::string&) -> Result<Zelfbeoordeling> {
        REGIE_ASSIGN_OR_RETURN(auto current, eigen_zelfbeoordeling(uow, ctx.actor, id));
        REGIE_ASSIGN_OR_RETURN(current.scores,
                               competenties::parse_scores(f, current.profiel, current.jaar));
        current.versie = versie;
        REGIE_TRY(uow.zelfbeoordelingen().update(current));
        return uow.zelfbeoordelingen().get(id);
      });
}

Result<CompetentieOverzicht> CompetentieService::overzicht(const Context& ctx, Id regio_id,
                                                           std::int32_t jaar) {
  if (regio_id != ctx.actor.regio_id) return Error::not_found("andere regio");
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  ZelfbeoordelingQuery q;
  q.regio_id = regio_id;
  q.jaar = jaar;
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->zelfbeoordelingen().list(q));
  CompetentieOverzicht out;
  out.jaar = jaar;
  for (auto profiel : competenties::alle_profielen()) {
    ProfielOverzicht p;
    p.profiel = profiel;
    std::int64_t aantal = 0;
    for (const auto& z : alle) aantal += z.profiel == profiel ? 1 : 0;
    p.getoond = aantal >= out.min_groepsgrootte;
    if (p.getoond) p.beoordelingen = aantal;
    p.cijfers = competenties::aggregeer(alle, profiel, out.min_groepsgrootte);
    out.profielen.push_back(std::move(p));
  }
  return out;
}

}  // namespace regie::service
