#include "service/account_service.hpp"

#include <chrono>

#include "domain/auth/account.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/validation.hpp"
#include "service/auth_service.hpp"
#include "service/crypto.hpp"

namespace regie::service {
namespace {

// The account with its persoon and that persoon's hats on `dag` (GOV-10).
Result<AccountRegel> regel_van(UnitOfWork& uow, const Gebruiker& g, Datum dag) {
  REGIE_ASSIGN_OR_RETURN(auto actor, actor_van(uow, g, dag));
  AccountRegel r{g, actor.persoon_id, actor.persoon_naam, ""};
  if (g.beheerder) {
    r.hoeden = "technisch beheer";
  } else if (!actor.persoon_id) {
    r.hoeden = "geen persoon gekoppeld";
  } else {
    r.hoeden = auth::hoeden_tekst(actor);
  }
  return r;
}

// A new link for `g`, stored as its hash.
Result<Herstellink> nieuwe_link(UnitOfWork& uow, const Clock& klok, const Gebruiker& g) {
  Herstellink link{g.id, g.naam, random_token(),
                   klok.iso_after(std::chrono::hours(auth::kHerstelUren))};
  REGIE_TRY(uow.accounts().create_herstel({sha256_hex(link.code), g.id, link.geldig_tot}));
  return link;
}

}  // namespace

Result<std::vector<AccountRegel>> AccountService::accounts(const Context& ctx) {
  if (!auth::mag_accounts_beheren(ctx.actor)) return Error::forbidden("accounts beheren");
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto lijst, uow->accounts().list());
  std::vector<AccountRegel> out;
  for (const auto& g : lijst) {
    REGIE_ASSIGN_OR_RETURN(auto regel, regel_van(*uow, g, audit_->clock().vandaag()));
    out.push_back(std::move(regel));
  }
  return out;
}

Result<AccountRegel> AccountService::account(const Context& ctx, Id id) {
  if (!auth::mag_accounts_beheren(ctx.actor)) return Error::not_found("account");
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto g, uow->accounts().get(id));
  return regel_van(*uow, g, audit_->clock().vandaag());
}

Result<Herstellink> AccountService::create(const Context& ctx, const Fields& velden) {
  return audit_->write<Herstellink>(
      ctx, "gebruiker.aanmaken", "gebruiker",
      [&](UnitOfWork& uow, std::string& object) -> Result<Herstellink> {
        if (!auth::mag_accounts_beheren(ctx.actor)) return Error::forbidden("accounts beheren");
        REGIE_ASSIGN_OR_RETURN(auto nieuw, auth::parse_nieuw_account(velden));
        Id org = ctx.actor.organisatie_id;
        if (nieuw.persoon_id) {
          auto persoon = uow.registry().get_persoon(*nieuw.persoon_id);
          if (!persoon.ok() || persoon->regio_id != ctx.actor.regio_id) {
            return Error::invalid({{"persoonId", "fout.onbekende_keuze"}});
          }
          org = persoon->organisatie_id;
        }
        REGIE_ASSIGN_OR_RETURN(auto bestaand, uow.accounts().find(nieuw.naam));
        if (bestaand) return Error::invalid({{"naam", "fout.naam_bestaat_al"}});
        // No password anyone knows until the link is followed.
        REGIE_ASSIGN_OR_RETURN(auto hash, hash_wachtwoord(random_token()));
        Gebruiker g{0, nieuw.naam, hash, nieuw.beheerder, org, true, audit_->clock().now_iso()};
        REGIE_ASSIGN_OR_RETURN(g.id, uow.accounts().create(g));
        if (nieuw.persoon_id) REGIE_TRY(uow.accounts().link_persoon(g.id, nieuw.persoon_id));
        object = object_id("gebruiker", g.id);
        return nieuwe_link(uow, audit_->clock(), g);
      });
}

Result<AccountRegel> AccountService::zet_actief(const Context& ctx, Id id, const Fields& velden) {
  const std::string raw = field(velden, "actief").value_or("");
  const std::string actie = raw == "ja" || raw == "true"     ? "gebruiker.activeren"
                            : raw == "nee" || raw == "false" ? "gebruiker.deactiveren"
                                                             : "gebruiker.status";
  return audit_->write<AccountRegel>(ctx, actie, object_id("gebruiker", id),
                                     [&](UnitOfWork& uow, std::string&) -> Result<AccountRegel> {
                                       // Who may comes first, then the input.
                                       if (!auth::mag_accounts_beheren(ctx.actor))
                                         return Error::not_found("account");
                                       REGIE_ASSIGN_OR_RETURN(auto g, uow.accounts().get(id));
                                       validation::Reader r(velden);
                                       auto gekozen = r.optional_vlag("actief");
                                       if (r.ok() && (!gekozen || raw.empty()))
                                         r.add("actief", "fout.verplicht");
                                       if (!r.ok()) return r.error();
                                       const bool actief = *gekozen;
                                       // The beheerder does not lock itself out.
                                       if (!actief && g.naam == ctx.actor.naam) {
                                         return Error::invalid({{"actief", "fout.eigen_account"}});
                                       }
                                       REGIE_TRY(uow.accounts().set_actief(id, actief));
                                       g.actief = actief;
                                       return regel_van(uow, g, audit_->clock().vandaag());
                                     });
}

Result<Herstellink> AccountService::herstellink(const Context& ctx, Id id) {
  return audit_->write<Herstellink>(ctx, "gebruiker.herstellink", object_id("gebruiker", id),
                                    [&](UnitOfWork& uow, std::string&) -> Result<Herstellink> {
                                      if (!auth::mag_accounts_beheren(ctx.actor))
                                        return Error::not_found("account");
                                      REGIE_ASSIGN_OR_RETURN(auto g, uow.accounts().get(id));
                                      return nieuwe_link(uow, audit_->clock(), g);
                                    });
}

Result<bool> AccountService::herstellink_geldig(const std::string& code) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto herstel, uow->accounts().find_herstel(sha256_hex(code)));
  return herstel.has_value() && auth::is_geldig(*herstel, audit_->clock().now_iso());
}

Result<std::string> AccountService::wachtwoord_instellen(const std::string& code,
                                                         const Fields& velden,
                                                         const std::string& herkomst) {
  Context ctx{auth::Actor{}, herkomst};
  ctx.actor.naam = "herstellink";
  return audit_->write<std::string>(
      ctx, "gebruiker.wachtwoord_instellen", "gebruiker",
      [&](UnitOfWork& uow, std::string& object) -> Result<std::string> {
        REGIE_ASSIGN_OR_RETURN(auto herstel, uow.accounts().find_herstel(sha256_hex(code)));
        if (!herstel || !auth::is_geldig(*herstel, audit_->clock().now_iso())) {
          return Error::invalid({{"code", "fout.herstellink_ongeldig"}});
        }
        object = object_id("gebruiker", herstel->gebruiker_id);
        REGIE_ASSIGN_OR_RETURN(auto wachtwoord, auth::parse_nieuw_wachtwoord(velden));
        REGIE_ASSIGN_OR_RETURN(auto g, uow.accounts().get(herstel->gebruiker_id));
        REGIE_ASSIGN_OR_RETURN(auto hash, hash_wachtwoord(wachtwoord));
        REGIE_TRY(uow.accounts().set_wachtwoord_hash(g.id, hash));
        REGIE_TRY(uow.accounts().delete_herstel_van(g.id));
        return g.naam;
      });
}

}  // namespace regie::service
