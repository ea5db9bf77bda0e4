// regie demo: loads the demo regio into an empty database.
#include <iostream>

#include "cli/command.hpp"

namespace regie::cli {

void add_demo_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto sub = app.add_subcommand("demo", "Laad de demoregio in een lege database");
  add_database_option(sub, options);
  out.push_back({sub, true, [](Wiring* w) {
                   auto accounts = w->demo->load();
                   if (!accounts.ok()) return fail(accounts.error());
                   std::cout << "Demoregio geladen.\n";
                   print_accounts(*accounts);
                   return 0;
                 }});
}

}  // namespace regie::cli
