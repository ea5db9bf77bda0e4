// regie gebruiker add: an account, its password from stdin, optionally linked to its persoon.
#include <iostream>

#include "cli/command.hpp"
#include "domain/auth/actor.hpp"

namespace regie::cli {
namespace {

struct GebruikerOptions {
  std::string naam;
  std::string rol;
  std::int64_t organisatie = 0;
  std::int64_t persoon = 0;
};

int create_gebruiker(Wiring& w, const GebruikerOptions& o) {
  auto rol = auth::gebruikersrol_from_code(o.rol);
  if (!rol) {
    std::cerr << "regie: onbekende rol '" << o.rol << "'. Kies beheerder, accountmanager, "
              << "directie, medewerker, opdrachtgever of bestuurder.\n";
    return kExitGebruik;
  }
  // An unknown persoon is refused before the account is made.
  if (o.persoon > 0) {
    auto bestaat = w.services.competenties->require_persoon(o.persoon);
    if (!bestaat.ok()) return fail(bestaat.error());
  }
  std::string wachtwoord;
  std::getline(std::cin, wachtwoord);
  if (!wachtwoord.empty() && wachtwoord.back() == '\r') wachtwoord.pop_back();
  auto id = w.services.auth->create_gebruiker(
      o.naam, *rol, o.organisatie > 0 ? std::optional<Id>(o.organisatie) : std::nullopt,
      wachtwoord);
  if (!id.ok()) return fail(id.error());
  std::cout << "Gebruiker " << o.naam << " toegevoegd (id " << *id << ").\n";
  if (o.persoon > 0) {
    auto gekoppeld = w.services.competenties->link_persoon(*id, o.persoon, "cli");
    if (!gekoppeld.ok()) return fail(gekoppeld.error());
    std::cout << "Gekoppeld aan persoon " << o.persoon << ".\n";
  }
  return 0;
}

}  // namespace

void add_gebruiker_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out) {
  auto o = std::make_shared<GebruikerOptions>();
  auto* gebruiker = app.add_subcommand("gebruiker", "Beheer gebruikers");
  gebruiker->require_subcommand(1);
  auto* sub = gebruiker->add_subcommand("add", "Voeg een gebruiker toe (wachtwoord via stdin)");
  add_database_option(sub, options);
  sub->add_option("--naam", o->naam, "Gebruikersnaam")->required();
  sub->add_option("--rol", o->rol,
                  "beheerder, accountmanager, directie, medewerker, opdrachtgever of "
                  "bestuurder")
      ->required();
  sub->add_option("--organisatie", o->organisatie, "Id van de organisatie");
  sub->add_option("--persoon", o->persoon,
                  "Id van de persoon die deze gebruiker is (voor Mijn competenties)");
  out.push_back({sub, true, [o](Wiring* w) { return create_gebruiker(*w, *o); }});
}

}  // namespace regie::cli
