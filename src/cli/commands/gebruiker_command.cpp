// regie gebruiker add: an account, its password from stdin. GOV-10: the account is a persoon of
// the register (--persoon), whose rollen on the day decide what it may do, or the technical
// beheerder (--beheerder).
#include <iostream>

#include "cli/command.hpp"

namespace regie::cli {
namespace {

struct GebruikerOptions {
  std::string naam;
  std::string rol;  // refused: accounts have no fixed role any more
  bool beheerder = false;
  std::int64_t organisatie = 0;
  std::int64_t persoon = 0;
};

int create_gebruiker(Wiring& w, const GebruikerOptions& o) {
  if (!o.rol.empty()) {
    std::cerr << "regie: --rol bestaat niet meer. Een account is een persoon uit het register "
                 "(--persoon ID); wat het mag volgt uit de rollen van die persoon op de dag. "
                 "Alleen het technisch beheer-account heeft geen persoon (--beheerder).\n";
    return kExitGebruik;
  }
  if ((o.persoon > 0) == o.beheerder) {
    std::cerr << "regie: kies --persoon ID (de persoon die deze gebruiker is) of --beheerder.\n";
    return kExitGebruik;
  }
  std::string wachtwoord;
  std::getline(std::cin, wachtwoord);
  if (!wachtwoord.empty() && wachtwoord.back() == '\r') wachtwoord.pop_back();
  auto id = w.services.auth->create_gebruiker(
      o.naam, o.persoon > 0 ? std::optional<Id>(o.persoon) : std::nullopt,
      o.organisatie > 0 ? std::optional<Id>(o.organisatie) : std::nullopt, wachtwoord);
  if (!id.ok()) return fail(id.error());
  std::cout << "Gebruiker " << o.naam << " toegevoegd (id " << *id << ").\n";
  if (o.persoon > 0) std::cout << "Gekoppeld aan persoon " << o.persoon << ".\n";
  return 0;
}

}  // namespace

void add_gebruiker_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto o = std::make_shared<GebruikerOptions>();
  auto gebruiker = app.add_subcommand("gebruiker", "Beheer gebruikers");
  gebruiker.require_subcommand();
  auto sub = gebruiker.add_subcommand("add", "Voeg een gebruiker toe (wachtwoord via stdin)");
  add_database_option(sub, options);
  sub.add_option("--naam", o->naam, "Gebruikersnaam").required();
  sub.add_option("--persoon", o->persoon,
                 "Id van de persoon die deze gebruiker is; wat het account mag volgt uit de "
                 "rollen van die persoon");
  sub.add_flag("--beheerder", o->beheerder, "Het technisch beheer-account (zonder persoon)");
  sub.add_option("--organisatie", o->organisatie,
                 "Id van de organisatie van het beheer-account (standaard de omgevingsdienst)");
  sub.add_option("--rol", o->rol, "Vervallen: gebruik --persoon of --beheerder");
  out.push_back({sub, true, [o](Wiring* w) { return create_gebruiker(*w, *o); }});
}

}  // namespace regie::cli
