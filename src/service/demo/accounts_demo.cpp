// The demo's accounts: one per role, each but the beheerder linked to the persoon it is
// (COMP-1).
#include "domain/auth/account_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

constexpr const char* kOd = "Omgevingsdienst Regio Voorbeeld";

// The persoon each demo account is (the beheerder is a functional account, not a persoon).
const std::map<std::string, std::string>& account_personen() {
  static const std::map<std::string, std::string> kAll = {
      {"accountmanager", "Thomas Bakker"},
      {"directie", "Marieke Jansen"},
      {"medewerker", "Daan Smit"},
      {"opdrachtgever", "Pieter de Boer"},
      {"bestuurder", "Wethouder Hanneke Brouwer"},
  };
  return kAll;
}

}  // namespace

const std::vector<DemoGebruiker>& demo_gebruikers() {
  static const std::vector<DemoGebruiker> kAll = {
      {"beheerder", auth::Gebruikersrol::kBeheerder, kOd},
      {"accountmanager", auth::Gebruikersrol::kAccountmanager, kOd},
      {"directie", auth::Gebruikersrol::kDirectie, kOd},
      {"medewerker", auth::Gebruikersrol::kMedewerker, kOd},
      {"opdrachtgever", auth::Gebruikersrol::kOpdrachtgever, "Gemeente Beekdal"},
      {"bestuurder", auth::Gebruikersrol::kBestuurder, "Gemeente Beekdal"},
  };
  return kAll;
}

Result<void> load_accounts_demo(DemoLoad& load) {
  const auto& gebruikers = demo_gebruikers();
  for (std::size_t i = 0; i < gebruikers.size(); ++i) {
    const auto& g = gebruikers[i];
    REGIE_ASSIGN_OR_RETURN(
        auto gebruiker_id,
        load.uow.accounts().create(Gebruiker{0, g.naam, load.wachtwoord_hashes.at(i), g.rol,
                                             load.organisaties.at(g.organisatie), true, load.nu}));
    if (auto it = account_personen().find(g.naam); it != account_personen().end()) {
      REGIE_TRY(load.uow.accounts().link_persoon(gebruiker_id, load.personen.at(it->second)));
    }
  }
  return Ok();
}

}  // namespace regie::service
