// regie backup and regie restore (issue 16): a consistent copy of the embedded SQLite database
// while the server runs, and putting one back. For PostgreSQL they print the pg_dump and
// pg_restore commands (the database's own tools do this better), without the password.
#include <iostream>
#include <memory>
#include <optional>

#include "cli/command.hpp"
#include "store/backup.hpp"

namespace regie::cli {
namespace {

struct BackupOptions {
  std::string bestand;
  bool overschrijven = false;
};

// The database of --db or REGIE_DB; empty is refused.
std::optional<std::string> database_van(const CommandOptions& options) {
  auto db = database_naam(options.database);
  if (db.empty()) {
    std::cerr << "regie: geef de database met --db of REGIE_DB.\n";
    return std::nullopt;
  }
  return db;
}

}  // namespace

void add_backup_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto o = std::make_shared<BackupOptions>();
  auto backup = app.add_subcommand(
      "backup", "Maak een backup van de database (SQLite: ook terwijl de server draait)");
  add_database_option(backup, options);
  backup.add_option("--uit", o->bestand, "Het nieuwe backupbestand").required();
  out.push_back({backup, false, [&options, o](Wiring*) {
                   const auto gekozen = database_van(options);
                   if (!gekozen) return kExitGebruik;
                   const std::string& db = *gekozen;
                   if (store::is_postgres_url(db)) {
                     std::cout << "PostgreSQL: maak de backup met pg_dump (wachtwoord via "
                                  "PGPASSWORD of ~/.pgpass):\n  "
                               << store::pg_dump_opdracht(db, o->bestand) << "\n";
                     return 0;
                   }
                   auto verslag = store::sqlite_backup(db, o->bestand);
                   if (!verslag.ok()) return fail(verslag.error());
                   std::cout << "Backup gemaakt: " << o->bestand << " (" << verslag->bytes
                             << " bytes, schemaversie " << verslag->schema_versie
                             << ", integriteit gecontroleerd).\n";
                   return 0;
                 }});

  auto restore =
      app.add_subcommand("restore", "Zet een backup terug in de database (stop eerst de server)");
  add_database_option(restore, options);
  restore.add_option("--van", o->bestand, "Het backupbestand").required();
  restore.add_flag("--overschrijven", o->overschrijven,
                   "Vervang een database die al gegevens bevat");
  out.push_back({restore, false, [&options, o](Wiring*) {
                   const auto gekozen = database_van(options);
                   if (!gekozen) return kExitGebruik;
                   const std::string& db = *gekozen;
                   if (store::is_postgres_url(db)) {
                     std::cout << "PostgreSQL: zet de backup terug met pg_restore (wachtwoord "
                                  "via PGPASSWORD of ~/.pgpass):\n  "
                               << store::pg_restore_opdracht(db, o->bestand) << "\n";
                     return 0;
                   }
                   auto verslag = store::sqlite_restore(o->bestand, db, o->overschrijven);
                   if (!verslag.ok()) return fail(verslag.error());
                   std::cout << "Backup teruggezet in " << db << " (schemaversie "
                             << verslag->schema_versie
                             << "). Controleer het auditlog met 'regie audit verify'.\n";
                   return 0;
                 }});
}

}  // namespace regie::cli
