// Backups (issue 16). The embedded SQLite database is copied with SQLite's online backup API: a
// consistent snapshot taken while the server runs and writes (in WAL mode a reader never blocks
// the writer), checked with integrity_check before it counts. A restore copies a backup back
// into a database that is empty or absent (or, asked for, replaces it; stop the server first).
// PostgreSQL is backed up with its own tools: for such a URL the commands are answered, without
// the password. Thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.hpp"

namespace regie::store {

bool is_postgres_url(const std::string& database);

struct BackupVerslag {
  std::int64_t paginas = 0;
  std::int64_t bytes = 0;
  int schema_versie = 0;
};

// Copies the SQLite database `database` (a path or sqlite:PATH) to the new file `doel`.
// kConflict "fout.bestand_bestaat" when doel exists; kNotFound "fout.database_ontbreekt" when the
// database does not; kStorage "fout.backup_mislukt" otherwise (doel is then removed).
Result<BackupVerslag> sqlite_backup(const std::string& database, const std::string& doel);

// Puts the backup `bron` into the SQLite database `database`. bron must be a database of regie
// that passes integrity_check ("fout.geen_regie_backup"); a database that exists and has tables
// is replaced only with `overschrijven` (kConflict "fout.database_niet_leeg").
Result<BackupVerslag> sqlite_restore(const std::string& bron, const std::string& database,
                                     bool overschrijven);

// The PostgreSQL commands for a URL, with any password replaced by "***" (give it through
// PGPASSWORD or ~/.pgpass).
std::string pg_dump_opdracht(const std::string& url, const std::string& bestand);
std::string pg_restore_opdracht(const std::string& url, const std::string& bestand);

}  // namespace regie::store
