// The account port: gebruikers, their sessies and API tokens, login attempts and the link from a
// gebruiker to the persoon it is. find_* answers an empty optional when nothing matches; get
// fails with kNotFound. A gebruiker naam is unique (create: kConflict "fout.bestaat_al"). Moments
// are UTC ISO 8601 strings, compared as text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/repository.hpp"

namespace regie {

struct Gebruiker {
  Id id = 0;
  std::string naam;
  std::string wachtwoord_hash;  // argon2id string
  // The technical beheerder: an account without a persoon, with the rights of decision 24's
  // first line. Every other account acts as the persoon linked to it (persoon_of).
  bool beheerder = false;
  Id organisatie_id = 0;
  bool actief = true;
  std::string aangemaakt;  // UTC ISO 8601
};

// The failed login attempts of one account name from one client address (decision 7).
struct MislukteLogins {
  std::int64_t aantal = 0;
  std::string laatste;  // UTC ISO 8601 of the newest; empty when aantal is 0
};

// GOV-10: a one-time link to set a password, kept only as the SHA-256 hash of its code; it holds
// until `geldig_tot` and is used once.
struct Herstel {
  std::string token_hash;
  Id gebruiker_id = 0;
  std::string geldig_tot;  // UTC ISO 8601
};

struct Sessie {
  std::string token_hash;
  Id gebruiker_id = 0;
  std::string csrf_token;
  std::string verloopt;  // UTC ISO 8601
};

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;

  virtual Result<std::optional<Gebruiker>> find(const std::string& naam) = 0;
  virtual Result<Gebruiker> get(Id id) = 0;
  virtual Result<Id> create(const Gebruiker& gebruiker) = 0;
  // By naam.
  virtual Result<std::vector<Gebruiker>> list() = 0;

  // GOV-10, account management by the beheerder. kNotFound when the gebruiker is gone.
  virtual Result<void> set_actief(Id gebruiker_id, bool actief) = 0;
  virtual Result<void> set_wachtwoord_hash(Id gebruiker_id, const std::string& hash) = 0;
  // A new link replaces every earlier one of the same gebruiker.
  virtual Result<void> create_herstel(const Herstel& herstel) = 0;
  virtual Result<std::optional<Herstel>> find_herstel(const std::string& token_hash) = 0;
  // Removes every link of the gebruiker (after use).
  virtual Result<void> delete_herstel_van(Id gebruiker_id) = 0;

  // The persoon an account is (nullopt: none linked); kNotFound when the gebruiker is gone.
  virtual Result<std::optional<Id>> persoon_of(Id gebruiker_id) = 0;
  // kNotFound when the gebruiker is gone.
  virtual Result<void> link_persoon(Id gebruiker_id, std::optional<Id> persoon_id) = 0;

  virtual Result<void> create_sessie(const Sessie& sessie) = 0;
  virtual Result<std::optional<Sessie>> find_sessie(const std::string& token_hash) = 0;
  // Deleting a sessie that is gone is not an error.
  virtual Result<void> delete_sessie(const std::string& token_hash) = 0;
  // Every sessie that expired before `nu`.
  virtual Result<void> delete_verlopen_sessies(const std::string& nu) = 0;

  virtual Result<void> create_token(const std::string& token_hash, Id gebruiker_id,
                                    const std::string& aangemaakt) = 0;
  // The gebruiker the token belongs to.
  virtual Result<std::optional<Id>> find_token(const std::string& token_hash) = 0;

  // Login throttling, per account name (known or not) and client address.
  virtual Result<void> record_login_poging(const std::string& naam, const std::string& adres,
                                           bool gelukt, const std::string& tijdstip) = 0;
  // Failed attempts of that name from that address at or after `sinds` and after the last
  // success of the same name and address; a success from another address does not count.
  virtual Result<MislukteLogins> count_mislukte_logins(const std::string& naam,
                                                       const std::string& adres,
                                                       const std::string& sinds) = 0;
};

}  // namespace regie
