#include "service/auth_service.hpp"

#include <spdlog/spdlog.h>

#include "core/text.hpp"
#include "domain/auth/account.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/auth/inlogbeperking.hpp"
#include "domain/governance/register_repository.hpp"
#include "service/crypto.hpp"

namespace regie::service {
namespace {

using auth::kMinWachtwoord;
// More rollen than one persoon holds at once on any real day.
constexpr std::int64_t kMaxRollenPerPersoon = 500;
const Context kSysteem = systeem_context();

}  // namespace

Result<auth::Actor> AuthService::actor_for(UnitOfWork& uow, const Gebruiker& gebruiker) {
  return actor_van(uow, gebruiker, clock_->vandaag());
}

Result<auth::Actor> actor_van(UnitOfWork& uow, const Gebruiker& gebruiker, Datum dag) {
  REGIE_ASSIGN_OR_RETURN(auto org, uow.registry().get_organisatie(gebruiker.organisatie_id));
  auth::Actor actor;
  actor.gebruiker_id = gebruiker.id;
  actor.naam = gebruiker.naam;
  actor.beheerder = gebruiker.beheerder;
  actor.organisatie_id = org.id;
  actor.organisatie_naam = org.naam;
  actor.regio_id = org.regio_id;
  if (gebruiker.beheerder) return actor;
  // GOV-10: the persoon the account is, with the hats of its rollen on the day (GOV-3). Read
  // on every request, so a rol that ended yesterday gives no right today.
  REGIE_ASSIGN_OR_RETURN(auto persoon_id, uow.accounts().persoon_of(gebruiker.id));
  if (!persoon_id) return actor;
  REGIE_ASSIGN_OR_RETURN(auto persoon, uow.registry().get_persoon(*persoon_id));
  actor.persoon_id = persoon.id;
  actor.persoon_naam = persoon.naam;
  REGIE_ASSIGN_OR_RETURN(auto werkgever, uow.registry().get_organisatie(persoon.organisatie_id));
  actor.organisatie_id = werkgever.id;
  actor.organisatie_naam = werkgever.naam;
  actor.regio_id = werkgever.regio_id;
  RolQuery q;
  q.regio_id = werkgever.regio_id;
  q.persoon_id = persoon.id;
  q.peildatum = dag;
  q.page.limit = kMaxRollenPerPersoon;
  REGIE_ASSIGN_OR_RETURN(auto rollen, uow.registry().list_rollen(q));
  std::vector<auth::GehoudenRol> gehouden;
  gehouden.reserve(rollen.items.size());
  for (auto& regel : rollen.items) {
    gehouden.push_back(auth::GehoudenRol{regel.rol, regel.organisatie_naam});
  }
  actor.hoedanigheden = auth::hoedanigheden_op(gehouden, dag);
  return actor;
}

Result<Inlog> AuthService::login(const std::string& naam, const std::string& wachtwoord,
                                 const std::string& adres, const std::string& herkomst) {
  Context ctx{auth::Actor{}, herkomst};
  ctx.actor.naam = naam;
  auto result = audit_->write<Inlog>(
      ctx, "inloggen", "gebruiker/" + naam,
      [&](UnitOfWork& uow, std::string& object) -> Result<Inlog> {
        // Decision 7: counted per name and address, for unknown names too (so the answer says
        // nothing about which accounts exist); another address is not slowed down.
        const auto nu = clock_->now();
        std::string sinds =
            clock_->iso_after(-std::chrono::seconds(auth::kInlogTelvensterSeconden));
        REGIE_ASSIGN_OR_RETURN(auto mislukt,
                               uow.accounts().count_mislukte_logins(naam, adres, sinds));
        if (auto wachttijd = std::chrono::seconds(auth::inlog_wachttijd_seconden(mislukt.aantal));
            wachttijd.count() > 0) {
          // An unreadable moment throttles for the whole wait rather than not at all.
          auto vrij = parse_moment(mislukt.laatste).value_or(nu) + wachttijd;
          if (nu < vrij) {
            Error te_vaak{ErrorCode::kTooManyRequests, "fout.te_veel_pogingen", naam, {}};
            te_vaak.wachttijd_seconden = std::chrono::ceil<std::chrono::seconds>(vrij - nu).count();
            return te_vaak;
          }
        }
        REGIE_ASSIGN_OR_RETURN(auto gebruiker, uow.accounts().find(naam));
        // An unknown name costs the same argon2id check as a wrong password, so that the
        // answer time does not reveal which accounts exist.
        bool geldig = false;
        if (gebruiker) {
          geldig = verify_wachtwoord(gebruiker->wachtwoord_hash, wachtwoord) && gebruiker->actief;
        } else {
          (void)verify_wachtwoord(schijnhash(), wachtwoord);
        }
        if (!geldig) {
          return Error{ErrorCode::kUnauthenticated, "fout.inloggen_mislukt", naam, {}};
        }
        REGIE_TRY(uow.accounts().record_login_poging(naam, adres, true, clock_->now_iso()));
        REGIE_TRY(uow.accounts().delete_verlopen_sessies(clock_->now_iso()));
        Inlog inlog;
        inlog.sessie_token = random_token();
        inlog.csrf_token = random_token();
        REGIE_TRY(uow.accounts().create_sessie(
            Sessie{sha256_hex(inlog.sessie_token), gebruiker->id, inlog.csrf_token,
                   clock_->iso_after(std::chrono::hours(kSessieUren))}));
        REGIE_ASSIGN_OR_RETURN(inlog.actor, actor_for(uow, *gebruiker));
        object = "gebruiker/" + std::to_string(gebruiker->id);
        return inlog;
      });
  if (!result.ok() && result.error().code == ErrorCode::kUnauthenticated) {
    // Recorded apart, since the login's own unit of work was rolled back.
    auto uow = store_->begin(Toegang::kSchrijven);
    Result<void> recorded =
        uow.ok() ? (*uow)->accounts().record_login_poging(naam, adres, false, clock_->now_iso())
                 : Result<void>(uow.error());
    if (recorded.ok()) recorded = (*uow)->commit();
    if (!recorded.ok()) {
      // The login throttle misses this attempt; say so rather than lose it silently.
      spdlog::error("mislukte inlogpoging niet vastgelegd: {}",
                    escape_for_log(recorded.error().detail));
    }
  }
  return result;
}

namespace {

// The datastand in the unit of work that read the caller (no transaction of its own, issue 16);
// empty when it cannot be read: then the caller's answers are made anew.
std::string gelezen_datastand(UnitOfWork& uow) {
  auto stand = uow.datastand();
  return stand.ok() ? std::move(stand).value() : std::string();
}

}  // namespace

Result<SessieActor> AuthService::sessie(const std::string& sessie_token) {
  if (sessie_token.empty()) return Error::unauthenticated();
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto sessie, uow->accounts().find_sessie(sha256_hex(sessie_token)));
  if (!sessie || sessie->verloopt < clock_->now_iso()) return Error::unauthenticated();
  REGIE_ASSIGN_OR_RETURN(auto gebruiker, uow->accounts().get(sessie->gebruiker_id));
  if (!gebruiker.actief) return Error::unauthenticated();
  REGIE_ASSIGN_OR_RETURN(auto actor, actor_for(*uow, gebruiker));
  return SessieActor{actor, sessie->csrf_token, gelezen_datastand(*uow)};
}

Result<void> AuthService::logout(const std::string& sessie_token, const std::string& herkomst) {
  auto current = sessie(sessie_token);
  Context ctx{current.ok() ? current->actor : auth::Actor{}, herkomst};
  auto result = audit_->write<bool>(
      ctx, "uitloggen", "sessie", [&](UnitOfWork& uow, std::string&) -> Result<bool> {
        REGIE_TRY(uow.accounts().delete_sessie(sha256_hex(sessie_token)));
        return true;
      });
  if (!result.ok()) return std::move(result).error();
  return Ok();
}

Result<TokenActor> AuthService::bearer(const std::string& token) {
  if (token.empty()) return Error::unauthenticated();
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto gebruiker_id, uow->accounts().find_token(sha256_hex(token)));
  if (!gebruiker_id) return Error::unauthenticated();
  REGIE_ASSIGN_OR_RETURN(auto gebruiker, uow->accounts().get(*gebruiker_id));
  if (!gebruiker.actief) return Error::unauthenticated();
  REGIE_ASSIGN_OR_RETURN(auto actor, actor_for(*uow, gebruiker));
  return TokenActor{actor, gelezen_datastand(*uow)};
}

Result<Id> AuthService::create_gebruiker(const std::string& naam, std::optional<Id> persoon_id,
                                         std::optional<Id> organisatie_id,
                                         const std::string& wachtwoord) {
  std::vector<FieldError> errors;
  if (naam.empty() || naam.size() > 100) errors.push_back({"naam", "fout.verplicht"});
  if (wachtwoord.size() < kMinWachtwoord) errors.push_back({"wachtwoord", "fout.wachtwoord_kort"});
  if (!errors.empty()) return Error::invalid(errors);
  REGIE_ASSIGN_OR_RETURN(auto hash, hash_wachtwoord(wachtwoord));
  return audit_->write<Id>(
      kSysteem, "gebruiker.toevoegen", "gebruiker/" + naam,
      [&](UnitOfWork& uow, std::string& object) -> Result<Id> {
        Id org = 0;
        if (persoon_id) {
          auto persoon = uow.registry().get_persoon(*persoon_id);
          if (!persoon.ok() && persoon.error().code == ErrorCode::kNotFound) {
            return Error::invalid({{"persoon", "fout.onbekende_keuze"}});
          }
          if (!persoon.ok()) return std::move(persoon).error();
          org = persoon->organisatie_id;
        } else if (organisatie_id) {
          REGIE_ASSIGN_OR_RETURN(auto found, uow.registry().get_organisatie(*organisatie_id));
          org = found.id;
        } else {
          // Default: the omgevingsdienst of the first regio.
          REGIE_ASSIGN_OR_RETURN(auto regios, uow.registry().list_regios());
          if (regios.empty()) return Error::invalid({{"organisatie", "fout.geen_regio"}});
          REGIE_ASSIGN_OR_RETURN(auto ods, uow.registry().list_od_organisaties(regios.front().id));
          if (ods.empty()) return Error::invalid({{"organisatie", "fout.verplicht"}});
          org = ods.front();
        }
        REGIE_ASSIGN_OR_RETURN(auto bestaand, uow.accounts().find(naam));
        if (bestaand) return Error{ErrorCode::kConflict, "fout.bestaat_al", naam, {}};
        Gebruiker g{0, naam, hash, !persoon_id, org, true, clock_->now_iso()};
        REGIE_ASSIGN_OR_RETURN(auto id, uow.accounts().create(g));
        if (persoon_id) REGIE_TRY(uow.accounts().link_persoon(id, persoon_id));
        object = "gebruiker/" + std::to_string(id);
        return id;
      });
}

Result<std::string> AuthService::create_token(const std::string& gebruiker_naam) {
  return audit_->write<std::string>(
      kSysteem, "token.aanmaken", "gebruiker/" + gebruiker_naam,
      [&](UnitOfWork& uow, std::string&) -> Result<std::string> {
        REGIE_ASSIGN_OR_RETURN(auto gebruiker, uow.accounts().find(gebruiker_naam));
        if (!gebruiker) return Error::not_found("gebruiker " + gebruiker_naam);
        std::string token = random_token();
        REGIE_TRY(uow.accounts().create_token(sha256_hex(token), gebruiker->id, clock_->now_iso()));
        return token;
      });
}

}  // namespace regie::service
