// The matrix of account management (GOV-10): only the technical beheerder sees and manages
// accounts; for everyone else the list and form answer 403 and an account 404. Setting a
// password through a one-time link needs no session: a wrong code is a 400 for everyone.
#include <cctype>

#include "domain/auth/account_repository.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {
namespace {

// An account name from a row label: lower case, digits and '-' only, at most 64.
std::string accountnaam(const std::string& voorvoegsel, const std::string& label) {
  std::string naam = voorvoegsel;
  for (char c : label) {
    const auto u = static_cast<unsigned char>(c);
    naam += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '-';
  }
  return naam.substr(0, 64);
}

}  // namespace

Plak account_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/api/v1/gebruikers", Doel::kGeen, {401, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET",
       "/api/v1/gebruikers/{id}",
       Doel::kKlad,
       {401, 200, 404, 404, 404, 404, 404, 404, 404}},
      {"GET", "/gebruikers", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET", "/gebruikers/nieuw", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET", "/gebruikers/{id}", Doel::kKlad, {kL, 200, 404, 404, 404, 404, 404, 404, 404}},
      {"GET", "/wachtwoord-instellen", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST", "/api/v1/gebruikers", Doel::kGeen, {401, 201, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/gebruikers/{id}/status",
       Doel::kKlad,
       {401, 200, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/gebruikers/{id}/herstellinks",
       Doel::kKlad,
       {401, 201, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/gebruikers", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/gebruikers/{id}/status", Doel::kKlad, {kL, kD, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/gebruikers/{id}/herstellink",
       Doel::kKlad,
       {kL, 200, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/wachtwoord-instellen", Doel::kGeen, {400, 400, 400, 400, 400, 400, 400, 400, 400}},
  };
  const std::string reden = "een account is van niemands organisatie: alleen de beheerder";
  p.zonder_eigenaar = {
      {{"POST", "/api/v1/gebruikers"}, reden},
      {{"PUT", "/api/v1/gebruikers/{id}/status"}, reden},
      {{"POST", "/api/v1/gebruikers/{id}/herstellinks"}, reden},
      {{"POST", "/gebruikers"}, reden},
      {{"POST", "/gebruikers/{id}/status"}, reden},
      {{"POST", "/gebruikers/{id}/herstellink"}, reden},
      {{"POST", "/wachtwoord-instellen"}, "de code van de link noemt het account, geen object"},
  };
  // A scratch account of its own per account and channel, straight in the store.
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kSchrijven));
    Gebruiker g{0,    accountnaam("klad-", label), "!", false, o.demo.od,
                true, "2026-12-01T09:00:00Z"};
    REGIE_ASSIGN_OR_RETURN(auto id, uow->accounts().create(g));
    REGIE_TRY(uow->accounts().link_persoon(id, o.demo.persoon_od));
    REGIE_TRY(uow->commit());
    k.zet("gebruiker", id);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    Verzoek v;
    v.pad = rij.doel == Doel::kKlad ? vervang(pattern, "{id}", std::to_string(k["gebruiker"]))
                                    : pattern;
    if (method == "GET") return v;
    if (pattern == "/wachtwoord-instellen") {
      v.velden = {
          {"code", "onbekend"}, {"wachtwoord", "lang-genoeg-1"}, {"herhaling", "lang-genoeg-1"}};
    } else if (pattern.find("/status") != std::string::npos) {
      v.json = R"({"actief": true})";
      v.velden = {{"actief", "ja"}};
    } else if (pattern.find("herstellink") == std::string::npos) {
      Fields f = {{"naam", accountnaam("nieuw-", label)},
                  {"persoonId", std::to_string(o.demo.persoon_od)}};
      if (is_api(pattern)) {
        v.json = json_body(f, {"persoonId"});
      } else {
        v.velden = f;
      }
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix
