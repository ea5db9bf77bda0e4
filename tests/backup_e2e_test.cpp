// Issue 16: a backup of the embedded SQLite database taken while the server writes is a
// consistent database whose audit chain verifies; it restores into an empty database (and into
// a full one only when asked), and a file that is no regie database is refused. A real server
// with the demo in a real SQLite file, writes through the API on another thread.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cli/wiring.hpp"
#include "http_test_support.hpp"
#include "store/backup.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

// The organisaties and the audit chain of the database at `pad`, opened as `regie` opens it.
struct Inhoud {
  std::size_t organisaties = 0;
  bool keten_heel = false;
  std::int64_t auditregels = 0;
};

Inhoud lees_inhoud(const std::string& pad) {
  Inhoud out;
  auto wiring = cli::wire(pad, service::system_clock());
  EXPECT_TRUE(wiring.ok()) << (wiring.ok() ? "" : wiring.error().detail);
  if (!wiring.ok()) return out;
  auto check = wiring->services.audit->verify();
  EXPECT_TRUE(check.ok());
  if (check.ok()) {
    out.keten_heel = !check->first_broken_id.has_value();
    out.auditregels = check->checked;
  }
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(pad.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM organisaties", -1, &stmt, nullptr) ==
          SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    out.organisaties = static_cast<std::size_t>(sqlite3_column_int64(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

TEST(BackupE2eTest, BackupTijdensSchrijvenHerstelbaarMetHeleAuditketen) {
  auto started = TestServer::start();
  ASSERT_TRUE(started.ok()) << started.error().detail;
  auto server = std::move(started).value();
  const auto map =
      std::filesystem::temp_directory_path() / ("regie-backup-" + std::to_string(::getpid()));
  std::filesystem::create_directories(map);
  const std::string backup = (map / "regie.backup").string();

  std::atomic<int> geschreven{0};
  std::thread schrijver([&] {
    for (int i = 0; i < 40; ++i) {
      auto r = server->api("POST", "/api/v1/organisaties", "beheerder",
                           R"({"naam": "Gemeente Backup )" + std::to_string(i) +
                               R"(", "soort": "gemeente", "inwonertal": 1000})");
      if (r.status == 201) geschreven.fetch_add(1);
    }
  });
  while (geschreven.load() < 10) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  auto verslag = store::sqlite_backup(server->database_path(), backup);
  schrijver.join();
  ASSERT_TRUE(verslag.ok()) << verslag.error().key << " " << verslag.error().detail;
  EXPECT_GT(verslag->bytes, 0);
  EXPECT_EQ(geschreven.load(), 40);

  // The backup is a snapshot in the middle of the writes, whole: every audit line chained.
  auto kopie = lees_inhoud(backup);
  EXPECT_TRUE(kopie.keten_heel);
  EXPECT_GT(kopie.auditregels, 0);
  // The database itself after every write (read beside the running server, as a second process
  // would).
  auto origineel = lees_inhoud(server->database_path());
  EXPECT_TRUE(origineel.keten_heel);
  // Taken after at least ten of the forty writes: those are in it, none beyond the last.
  EXPECT_LE(kopie.organisaties, origineel.organisaties);
  EXPECT_GE(kopie.organisaties + 30, origineel.organisaties);

  // A second backup to the same file is refused; nothing is overwritten.
  auto nogmaals = store::sqlite_backup(server->database_path(), backup);  // still running
  ASSERT_FALSE(nogmaals.ok());
  EXPECT_EQ(nogmaals.error().key, "fout.bestand_bestaat");

  server->stop();

  // Restored into a new database: the same content, the chain whole.
  const std::string hersteld = (map / "hersteld.db").string();
  auto terug = store::sqlite_restore(backup, hersteld, false);
  ASSERT_TRUE(terug.ok()) << terug.error().key << " " << terug.error().detail;
  auto na = lees_inhoud(hersteld);
  EXPECT_TRUE(na.keten_heel);
  EXPECT_EQ(na.organisaties, kopie.organisaties);
  EXPECT_EQ(na.auditregels, kopie.auditregels);
  // Into a database with data only when asked.
  auto vol = store::sqlite_restore(backup, hersteld, false);
  ASSERT_FALSE(vol.ok());
  EXPECT_EQ(vol.error().key, "fout.database_niet_leeg");
  EXPECT_TRUE(store::sqlite_restore(backup, hersteld, true).ok());

  // A file that is no database of regie.
  const std::string rommel = (map / "rommel.db").string();
  std::ofstream(rommel) << "dit is geen database";
  auto geweigerd = store::sqlite_restore(rommel, (map / "leeg.db").string(), false);
  ASSERT_FALSE(geweigerd.ok());
  EXPECT_EQ(geweigerd.error().key, "fout.geen_regie_backup");
  std::filesystem::remove_all(map);
}

// PostgreSQL is backed up with its own tools: the commands, without the password.
TEST(BackupE2eTest, PostgresqlKrijgtDeOpdrachtZonderWachtwoord) {
  EXPECT_TRUE(store::is_postgres_url("postgresql://regie:geheim@db.example/regie"));
  const auto dump = store::pg_dump_opdracht("postgresql://regie:geheim@db.example/regie", "b.dump");
  EXPECT_EQ(dump,
            "pg_dump --format=custom --file='b.dump' 'postgresql://regie:***@db.example/regie'");
  EXPECT_EQ(store::pg_restore_opdracht("postgresql:///regie?host=/tmp", "b.dump"),
            "pg_restore --clean --if-exists --no-owner --dbname='postgresql:///regie?host=/tmp' "
            "'b.dump'");
}

}  // namespace
}  // namespace regie::e2e
