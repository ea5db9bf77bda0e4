// Dutch texts of account management (GOV-10): making accounts, switching them off, one-time
// links to set a password.
#include "web/messages.hpp"

namespace regie::web {

void add_account_messages(Messages& m) {
  m.add_texts({
      {"fout.accountnaam",
       "gebruik 3 tot 64 kleine letters, cijfers, punten, streepjes of liggende streepjes, "
       "bijvoorbeeld pieter.de.boer"},
      {"fout.persoon_of_beheerder",
       "kies de persoon uit het register die dit account is, of maak een technisch "
       "beheer-account zonder persoon (niet allebei)"},
      {"fout.wachtwoord_herhaling", "de twee wachtwoorden zijn niet gelijk"},
      {"fout.herstellink_ongeldig",
       "deze link werkt niet (meer): hij is al gebruikt, verlopen of vervangen door een nieuwe. "
       "Vraag de beheerder om een nieuwe link"},
      {"fout.eigen_account", "u kunt uw eigen account niet uitzetten"},
  });
  m.add_fields({
      {"herhaling", "Herhaal het wachtwoord"},
      {"code", "Link"},
      {"beheerder", "Technisch beheer"},
      {"actief", "Actief"},
  });
}

}  // namespace regie::web
