// GOV-10: the beheerder manages accounts in the web interface and the API, not only with the
// CLI: an account is made for a persoon of the register (or as the technical beheerder), switched
// off and on, and its password is set by the person through a one-time link, shown once. Every
// write is one audited transaction. Thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

// An account with the persoon it is and that persoon's hats today.
struct AccountRegel {
  Gebruiker gebruiker;
  std::optional<Id> persoon_id;
  std::string persoon_naam;  // empty for the technical beheerder
  std::string hoeden;        // "ambtelijk opdrachtgever Gemeente Beekdal"; "technisch beheer"
};

// A one-time link as made: the code is in it once and never stored.
struct Herstellink {
  Id gebruiker_id = 0;
  std::string naam;
  std::string code;
  std::string geldig_tot;  // UTC ISO 8601

  // The page of the link, with its code.
  std::string pad() const { return "/wachtwoord-instellen?code=" + code; }
};

class AccountService {
 public:
  AccountService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // Only the beheerder (others: kForbidden for the list, kNotFound for one account).
  Result<std::vector<AccountRegel>> accounts(const Context& ctx);
  Result<AccountRegel> account(const Context& ctx, Id id);
  // Fields of auth::parse_nieuw_account. The new account has no usable password until the
  // person follows the link that comes back.
  Result<Herstellink> create(const Context& ctx, const Fields& velden);
  // Switches the account off (its sessions and tokens stop working at once) or on again: field
  // "actief", yes or no (required). Who may comes first, then the input.
  Result<AccountRegel> zet_actief(const Context& ctx, Id id, const Fields& velden);
  // A new one-time link; earlier links of the account stop working.
  Result<Herstellink> herstellink(const Context& ctx, Id id);
  // Whether the link of `code` still works (unknown, used, replaced or expired: no), so that its
  // page says so before anyone types a password.
  Result<bool> herstellink_geldig(const std::string& code);
  // Anyone with the code: sets the password (auth::parse_nieuw_wachtwoord) and uses the link up.
  // kInvalid "code" "fout.herstellink_ongeldig" when the link is unknown, used or expired.
  Result<std::string> wachtwoord_instellen(const std::string& code, const Fields& velden,
                                           const std::string& herkomst);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
