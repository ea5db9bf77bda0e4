#include "store/backup.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace regie::store {
namespace {

std::string pad_van(const std::string& database) {
  return database.rfind("sqlite:", 0) == 0 ? database.substr(7) : database;
}

Error mislukt(const std::string& stap, sqlite3* db) {
  return Error{ErrorCode::kStorage,
               "fout.backup_mislukt",
               stap + ": " + (db ? sqlite3_errmsg(db) : "geen verbinding"),
               {}};
}

// A connection closed on every path.
class Verbinding {
 public:
  Verbinding() = default;
  ~Verbinding() {
    if (db_) sqlite3_close_v2(db_);
  }
  Verbinding(const Verbinding&) = delete;
  Verbinding& operator=(const Verbinding&) = delete;
  sqlite3** adres() { return &db_; }
  sqlite3* get() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// The first column of the first row of `sql` as text; empty when there is none.
std::string eerste_waarde(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    const auto* tekst = sqlite3_column_text(stmt, 0);
    if (tekst) out = reinterpret_cast<const char*>(tekst);
  }
  sqlite3_finalize(stmt);
  return out;
}

// Whether `db` is a sound database of regie, and its schema version.
Result<int> controleer(sqlite3* db, const std::string& wat) {
  if (eerste_waarde(db, "PRAGMA integrity_check") != "ok") {
    return Error{ErrorCode::kCorrupt, "fout.geen_regie_backup", wat + ": integrity_check", {}};
  }
  const std::string versie = eerste_waarde(db, "SELECT MAX(versie) FROM schema_migrations");
  if (versie.empty()) {
    return Error{
        ErrorCode::kInvalid, "fout.geen_regie_backup", wat + ": geen schema_migrations", {}};
  }
  return std::stoi(versie);
}

// Copies every page of `van` into `naar` in one step: one consistent snapshot.
Result<std::int64_t> kopieer(sqlite3* van, sqlite3* naar) {
  sqlite3_backup* b = sqlite3_backup_init(naar, "main", van, "main");
  if (!b) return mislukt("backup_init", naar);
  int rc = SQLITE_OK;
  for (int poging = 0; poging < 200; ++poging) {
    rc = sqlite3_backup_step(b, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    sqlite3_sleep(25);
  }
  const std::int64_t paginas = sqlite3_backup_pagecount(b);
  const int klaar = sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE || klaar != SQLITE_OK) return mislukt("backup_step", naar);
  return paginas;
}

// Hides the password of a URL: postgresql://user:geheim@host/db → postgresql://user:***@host/db.
std::string zonder_wachtwoord(const std::string& url) {
  const auto schema = url.find("://");
  if (schema == std::string::npos) return url;
  const auto apestaart = url.find('@', schema + 3);
  if (apestaart == std::string::npos) return url;
  const auto dubbelepunt = url.find(':', schema + 3);
  if (dubbelepunt == std::string::npos || dubbelepunt > apestaart) return url;
  return url.substr(0, dubbelepunt + 1) + "***" + url.substr(apestaart);
}

std::string aanhalen(const std::string& tekst) {
  std::string out = "'";
  for (char c : tekst) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace

bool is_postgres_url(const std::string& database) {
  return database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0;
}

Result<BackupVerslag> sqlite_backup(const std::string& database, const std::string& doel) {
  const std::string pad = pad_van(database);
  std::error_code ec;
  if (std::filesystem::exists(doel, ec)) {
    return Error{ErrorCode::kConflict, "fout.bestand_bestaat", doel, {}};
  }
  if (!std::filesystem::exists(pad, ec)) {
    return Error{ErrorCode::kNotFound, "fout.database_ontbreekt", pad, {}};
  }
  BackupVerslag verslag;
  {
    Verbinding van;
    Verbinding naar;
    if (sqlite3_open_v2(pad.c_str(), van.adres(), SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      return mislukt("open " + pad, van.get());
    }
    sqlite3_busy_timeout(van.get(), 5000);
    if (sqlite3_open_v2(doel.c_str(), naar.adres(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
      return mislukt("open " + doel, naar.get());
    }
    auto paginas = kopieer(van.get(), naar.get());
    auto versie = paginas.ok() ? controleer(naar.get(), doel) : Result<int>(paginas.error());
    if (!paginas.ok() || !versie.ok()) {
      Error e = paginas.ok() ? versie.error() : paginas.error();
      std::filesystem::remove(doel, ec);
      return e;
    }
    verslag.paginas = *paginas;
    verslag.schema_versie = *versie;
  }
  verslag.bytes = static_cast<std::int64_t>(std::filesystem::file_size(doel, ec));
  return verslag;
}

Result<BackupVerslag> sqlite_restore(const std::string& bron, const std::string& database,
                                     bool overschrijven) {
  const std::string pad = pad_van(database);
  std::error_code ec;
  if (!std::filesystem::exists(bron, ec)) {
    return Error{ErrorCode::kNotFound, "fout.bestand_ontbreekt", bron, {}};
  }
  BackupVerslag verslag;
  Verbinding van;
  if (sqlite3_open_v2(bron.c_str(), van.adres(), SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    return Error{ErrorCode::kInvalid, "fout.geen_regie_backup", bron, {}};
  }
  REGIE_ASSIGN_OR_RETURN(verslag.schema_versie, controleer(van.get(), bron));
  Verbinding naar;
  if (sqlite3_open_v2(pad.c_str(), naar.adres(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    return mislukt("open " + pad, naar.get());
  }
  sqlite3_busy_timeout(naar.get(), 5000);
  const std::string tabellen =
      eerste_waarde(naar.get(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
  if (!overschrijven && !tabellen.empty() && tabellen != "0") {
    return Error{ErrorCode::kConflict, "fout.database_niet_leeg", pad, {}};
  }
  REGIE_ASSIGN_OR_RETURN(verslag.paginas, kopieer(van.get(), naar.get()));
  REGIE_TRY(controleer(naar.get(), pad));
  verslag.bytes = static_cast<std::int64_t>(std::filesystem::file_size(pad, ec));
  return verslag;
}

std::string pg_dump_opdracht(const std::string& url, const std::string& bestand) {
  return "pg_dump --format=custom --file=" + aanhalen(bestand) + " " +
         aanhalen(zonder_wachtwoord(url));
}

std::string pg_restore_opdracht(const std::string& url, const std::string& bestand) {
  return "pg_restore --clean --if-exists --no-owner --dbname=" + aanhalen(zonder_wachtwoord(url)) +
         " " + aanhalen(bestand);
}

}  // namespace regie::store
