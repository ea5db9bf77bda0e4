// regie token create: prints only a new API token, so scripts can capture it.
#include <iostream>

#include "cli/command.hpp"

namespace regie::cli {

void add_token_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto gebruiker = std::make_shared<std::string>();
  auto token = app.add_subcommand("token", "API-tokens");
  token.require_subcommand();
  auto sub = token.add_subcommand("create", "Maak een API-token (alleen het token op stdout)");
  add_database_option(sub, options);
  sub.add_option("--gebruiker", *gebruiker, "Gebruikersnaam").required();
  out.push_back({sub, true, [gebruiker](Wiring* w) {
                   auto t = w->services.auth->create_token(*gebruiker);
                   if (!t.ok()) return fail(t.error());
                   std::cout << *t << "\n";
                   return 0;
                 }});
}

}  // namespace regie::cli
