// Accounts, sessions and API tokens. Passwords are argon2id; session ids and API tokens are
// random 256-bit values kept only as SHA-256 hashes (a fast hash: they are not guessable, and
// a slow hash on every request would cap throughput). Thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

// GOV-10: the actor an account is on `dag`: the persoon behind it with the hats of its rollen
// that day, or the technical beheerder.
Result<auth::Actor> actor_van(UnitOfWork& uow, const Gebruiker& gebruiker, Datum dag);

struct Inlog {
  std::string sessie_token;  // goes into the cookie; never stored in plain text
  std::string csrf_token;
  auth::Actor actor;
};

struct SessieActor {
  auth::Actor actor;
  std::string csrf_token;
  std::string datastand;  // Store::datastand read in the same unit of work; empty if unknown
};

// Who a bearer token belongs to, with the datastand read in the same unit of work.
struct TokenActor {
  auth::Actor actor;
  std::string datastand;  // empty if unknown
};

class AuthService {
 public:
  static constexpr int kSessieUren = 8;

  AuthService(std::shared_ptr<Store> store, std::shared_ptr<Clock> clock,
              std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), clock_(std::move(clock)), audit_(std::move(audit)) {}

  // kUnauthenticated for a wrong name or password (the same answer for both, in the same
  // time); kTooManyRequests, with wachttijd_seconden, while this name is throttled for this
  // client address (decision 7, domain/auth/inlogbeperking). `adres` is the client address the
  // attempts are counted by; `herkomst` goes into the audit log.
  Result<Inlog> login(const std::string& naam, const std::string& wachtwoord,
                      const std::string& adres, const std::string& herkomst);
  Result<SessieActor> sessie(const std::string& sessie_token);
  Result<void> logout(const std::string& sessie_token, const std::string& herkomst);
  Result<TokenActor> bearer(const std::string& token);

  // For the CLI (a beheerder on the machine itself). GOV-10: an account is the persoon
  // `persoon_id` of the register (its organisatie is the persoon's werkgever), or, without a
  // persoon, the technical beheerder of `organisatie_id` (default: the first regio's
  // omgevingsdienst).
  Result<Id> create_gebruiker(const std::string& naam, std::optional<Id> persoon_id,
                              std::optional<Id> organisatie_id, const std::string& wachtwoord);
  Result<std::string> create_token(const std::string& gebruiker_naam);

  Result<auth::Actor> actor_for(UnitOfWork& uow, const Gebruiker& gebruiker);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<Clock> clock_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
