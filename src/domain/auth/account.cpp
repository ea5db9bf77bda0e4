#include "domain/auth/account.hpp"

#include <algorithm>
#include <limits>

#include "domain/validation.hpp"

namespace regie::auth {
namespace {

bool is_accountnaam(const std::string& naam) {
  return naam.size() >= 3 && naam.size() <= 64 && std::all_of(naam.begin(), naam.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                  c == '_';
         });
}

}  // namespace

bool mag_accounts_beheren(const Actor& actor) { return actor.beheerder; }

Result<NieuwAccount> parse_nieuw_account(const Fields& fields) {
  validation::Reader r(fields);
  NieuwAccount a;
  a.naam = r.required_text("naam", 64);
  if (!a.naam.empty() && !is_accountnaam(a.naam)) r.add("naam", "fout.accountnaam");
  a.persoon_id = r.optional_int("persoonId", 1, std::numeric_limits<std::int64_t>::max());
  a.beheerder = r.optional_vlag("beheerder").value_or(false);
  if (r.ok() && a.persoon_id.has_value() == a.beheerder) {
    r.add("persoonId", "fout.persoon_of_beheerder");
  }
  if (!r.ok()) return r.error();
  return a;
}

Result<std::string> parse_nieuw_wachtwoord(const Fields& fields) {
  // Not trimmed or otherwise changed: a password is what was typed.
  const std::string wachtwoord = field(fields, "wachtwoord").value_or("");
  const std::string herhaling = field(fields, "herhaling").value_or("");
  std::vector<FieldError> fouten;
  if (wachtwoord.size() < kMinWachtwoord) fouten.push_back({"wachtwoord", "fout.wachtwoord_kort"});
  if (herhaling != wachtwoord) fouten.push_back({"herhaling", "fout.wachtwoord_herhaling"});
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return wachtwoord;
}

bool is_geldig(const Herstel& herstel, const std::string& nu) { return nu < herstel.geldig_tot; }

}  // namespace regie::auth
