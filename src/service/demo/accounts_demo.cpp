// The demo's accounts (GOV-10): the technical beheerder, and one account for each persoon who
// acts in the demo, so every kind of hat can be tried. What an account may do follows from the
// rollen of its persoon in the register.
#include "domain/auth/account_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {}  // namespace

const std::vector<DemoGebruiker>& demo_gebruikers() {
  // The six short names of the first demo stay, so that links and habits keep working; the
  // others are named after their persoon.
  static const std::vector<DemoGebruiker> kAll = {
      {"beheerder", nullptr, kDemoOd, "technisch beheer (geen persoon)"},
      {"accountmanager", "Thomas Bakker", kDemoOd,
       "accountmanager voor Gemeente Beekdal, Gemeente Dijkstede, Gemeente Hoeveland en "
       "Provincie Voorbeeldland"},
      {"directie", "Marieke Jansen", kDemoOd, "directie Omgevingsdienst Regio Voorbeeld"},
      {"medewerker", "Daan Smit", kDemoOd, "medewerker Omgevingsdienst Regio Voorbeeld"},
      {"opdrachtgever", "Pieter de Boer", kDemoOd, "ambtelijk opdrachtgever Gemeente Beekdal"},
      {"bestuurder", "Wethouder Hanneke Brouwer", kDemoOd,
       "bestuurlijk opdrachtgever Gemeente Beekdal; portefeuillehouder milieu Gemeente Beekdal; "
       "AB-lid namens Gemeente Beekdal; DB-lid namens Gemeente Beekdal"},
      {"anouk.meijer", "Anouk Meijer", kDemoOd, "ambtelijk opdrachtgever Gemeente Dijkstede"},
      {"youssef.elamrani", "Youssef El Amrani", kDemoOd,
       "accountmanager voor Gemeente Heuvelrand, Gemeente Polderveen, Gemeente Rivierhoven en "
       "Gemeente Zandhorst"},
      {"ingrid.mulder", "Ingrid Mulder", kDemoOd,
       "regisseur beleidscyclus; coördinator Omgevingsdienst Regio Voorbeeld"},
      // OPD-2, GOV-6: she gives the collectieve opdracht for Rivierhoven and the deelnemers that
      // gave Rivierhoven a mandate.
      {"naomi.bos", "Naomi Bos", kDemoOd, "ambtelijk opdrachtgever Gemeente Rivierhoven"},
  };
  return kAll;
}

Result<void> load_accounts_demo(DemoLoad& load) {
  for (const auto& g : demo_gebruikers()) {
    Gebruiker gebruiker{0,
                        g.naam,
                        load.wachtwoord_hash,
                        g.persoon == nullptr,
                        load.organisaties.at(g.organisatie),
                        true,
                        load.nu};
    std::optional<Id> persoon;
    if (g.persoon != nullptr) {
      persoon = load.personen.at(g.persoon);
      REGIE_ASSIGN_OR_RETURN(auto p, load.uow.registry().get_persoon(*persoon));
      gebruiker.organisatie_id = p.organisatie_id;
    }
    REGIE_ASSIGN_OR_RETURN(auto id, load.uow.accounts().create(gebruiker));
    if (persoon) REGIE_TRY(load.uow.accounts().link_persoon(id, persoon));
  }
  return Ok();
}

}  // namespace regie::service
