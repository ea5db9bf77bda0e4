// regie migrate: brings the schema up to date (wiring already migrates; this reports it).
#include <iostream>

#include "cli/command.hpp"

namespace regie::cli {

void add_migrate_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto sub = app.add_subcommand("migrate", "Breng het databaseschema bij");
  add_database_option(sub, options);
  out.push_back({sub, true, [](Wiring* w) {
                   auto version = w->store->schema_version();
                   if (!version.ok()) return fail(version.error());
                   std::cout << "Schema is bijgewerkt tot versie " << *version << " ("
                             << w->store->dialect() << ").\n";
                   return 0;
                 }});
}

}  // namespace regie::cli
