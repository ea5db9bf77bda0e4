// GOV-10: accounts as the beheerder manages them in the web interface and the API: a new account
// is the persoon of the register it acts as (or the technical beheerder), it is switched off
// rather than deleted (its name stays in the audit log), and its password is set by the person
// through a one-time link. Pure: no I/O, no clock.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/account_repository.hpp"

namespace regie::auth {

// The shortest password regie accepts.
inline constexpr std::size_t kMinWachtwoord = 10;
// How long a one-time link holds.
inline constexpr int kHerstelUren = 72;

// Only the technical beheerder manages accounts.
bool mag_accounts_beheren(const Actor& actor);

struct NieuwAccount {
  std::string naam;
  std::optional<Id> persoon_id;
  bool beheerder = false;
};

// Fields: naam (3 to 64 of a-z, 0-9, '.', '-' and '_': "pieter.de.boer"), and persoonId, or
// beheerder yes/no for the technical beheerder without a persoon: exactly one of the two
// ("persoonId", "fout.persoon_of_beheerder"). Every error at once.
Result<NieuwAccount> parse_nieuw_account(const Fields& fields);

// Fields: wachtwoord and herhaling, at least kMinWachtwoord characters ("fout.wachtwoord_kort")
// and the same ("herhaling", "fout.wachtwoord_herhaling").
Result<std::string> parse_nieuw_wachtwoord(const Fields& fields);

// Whether the link still holds at `nu` (UTC ISO 8601; compared as text like every moment).
bool is_geldig(const Herstel& herstel, const std::string& nu);

}  // namespace regie::auth
