#include <algorithm>
#include <atomic>
#include <utility>

#include "core/text.hpp"
#include "store/embedded.hpp"
#include "store/postgres/pg_pool.hpp"
#include "store/sql.hpp"
#include "store/sql/common.hpp"
#include "store/sql_unit_of_work.hpp"
#include "store/sqlite/sqlite_pool.hpp"
#include "store/store.hpp"

namespace regie::store {
namespace {

constexpr int kSqliteReaders = 4;
constexpr int kPostgresConnections = 8;

struct Migration {
  int versie;
  std::string_view sql;
};

std::vector<Migration> migrations_for(Dialect dialect) {
  std::string prefix = dialect == Dialect::kSqlite ? "sqlite/" : "postgres/";
  std::vector<Migration> out;
  for (const auto& [name, sql] : embedded_migrations::files()) {
    if (name.substr(0, prefix.size()) != prefix) continue;
    auto number = parse_int64(name.substr(prefix.size(), 3));
    if (number) out.push_back(Migration{static_cast<int>(*number), sql});
  }
  std::sort(out.begin(), out.end(),
            [](const Migration& a, const Migration& b) { return a.versie < b.versie; });
  return out;
}

// A lease that counts itself among the connections in use while it lives.
class GeteldeLease final : public ConnectionLease {
 public:
  GeteldeLease(std::unique_ptr<ConnectionLease> lease, std::atomic<std::int64_t>& teller)
      : lease_(std::move(lease)), teller_(teller) {
    teller_.fetch_add(1, std::memory_order_relaxed);
  }
  ~GeteldeLease() override { teller_.fetch_sub(1, std::memory_order_relaxed); }
  GeteldeLease(const GeteldeLease&) = delete;
  GeteldeLease& operator=(const GeteldeLease&) = delete;
  SqlConnection& connection() override { return lease_->connection(); }

 private:
  std::unique_ptr<ConnectionLease> lease_;
  std::atomic<std::int64_t>& teller_;
};

class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<ConnectionPool> pool) : pool_(std::move(pool)) {}

  Result<std::unique_ptr<UnitOfWork>> begin(Toegang toegang) override {
    bool write = toegang == Toegang::kSchrijven;
    REGIE_ASSIGN_OR_RETURN(auto lease, pool_->acquire(write));
    auto geteld = std::make_unique<GeteldeLease>(std::move(lease), in_gebruik_);
    REGIE_TRY(geteld->connection().begin(write));
    return make_sql_unit_of_work(std::move(geteld));
  }

  int nieuwste_migratie() const override {
    const auto alle = migrations_for(pool_->dialect());
    return alle.empty() ? 0 : alle.back().versie;
  }

  std::int64_t verbindingen_in_gebruik() const override {
    return in_gebruik_.load(std::memory_order_relaxed);
  }

  Result<std::string> datastand() override {
    REGIE_ASSIGN_OR_RETURN(auto lease, pool_->acquire(false));
    return lease->connection().datastand();
  }

  Result<void> migrate(int tot_versie) override {
    REGIE_ASSIGN_OR_RETURN(auto lease, pool_->acquire(true));
    SqlConnection& c = lease->connection();
    REGIE_TRY(
        c.exec_script("CREATE TABLE IF NOT EXISTS schema_migrations (versie INTEGER PRIMARY KEY, "
                      "toegepast_op TEXT NOT NULL)"));
    for (const auto& migration : migrations_for(pool_->dialect())) {
      if (migration.versie > tot_versie) break;
      REGIE_TRY(c.begin(true));
      auto done = c.exec("SELECT 1 FROM schema_migrations WHERE versie = $1",
                         {std::int64_t{migration.versie}});
      if (!done.ok()) {
        c.rollback();
        return std::move(done).error();
      }
      if (!done->rows.empty()) {
        c.rollback();
        continue;
      }
      auto applied = c.exec_script(migration.sql);
      if (applied.ok()) {
        auto recorded =
            c.exec("INSERT INTO schema_migrations (versie, toegepast_op) VALUES ($1, $2)",
                   {std::int64_t{migration.versie}, std::string("migratie")});
        if (!recorded.ok()) applied = std::move(recorded).error();
      }
      if (!applied.ok()) {
        c.rollback();
        Error error = std::move(applied).error();
        error.detail = "migratie " + std::to_string(migration.versie) + ": " + error.detail;
        return error;
      }
      REGIE_TRY(c.commit());
    }
    return Ok();
  }

  Result<int> schema_version() override {
    REGIE_ASSIGN_OR_RETURN(auto lease, pool_->acquire(false));
    SqlConnection& c = lease->connection();
    const char* exists_sql =
        pool_->dialect() == Dialect::kSqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
              "'schema_migrations'"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
              "current_schema() AND table_name = 'schema_migrations'";
    REGIE_ASSIGN_OR_RETURN(auto exists, c.exec(exists_sql, {}));
    REGIE_ASSIGN_OR_RETURN(auto tabellen, first_integer(exists, "schema_migrations", "COUNT(*)"));
    if (tabellen == 0) return 0;  // nothing applied yet
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c.exec("SELECT COALESCE(MAX(versie), 0) FROM schema_migrations", {}));
    REGIE_ASSIGN_OR_RETURN(auto versie, first_integer(result, "schema_migrations", "versie"));
    return static_cast<int>(versie);
  }

  std::string dialect() const override {
    return pool_->dialect() == Dialect::kSqlite ? "sqlite" : "postgresql";
  }

 private:
  std::unique_ptr<ConnectionPool> pool_;
  std::atomic<std::int64_t> in_gebruik_{0};
};

}  // namespace

Result<std::unique_ptr<Store>> open_store(const std::string& database) {
  if (database.empty()) {
    return Error{ErrorCode::kInvalid, "fout.geen_database", "geen database opgegeven", {}};
  }
  std::unique_ptr<ConnectionPool> pool;
  if (database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0) {
    REGIE_ASSIGN_OR_RETURN(pool, make_postgres_pool(database, kPostgresConnections));
  } else {
    std::string path = database.rfind("sqlite:", 0) == 0 ? database.substr(7) : database;
    REGIE_ASSIGN_OR_RETURN(pool, make_sqlite_pool(path, kSqliteReaders));
  }
  return std::unique_ptr<Store>(std::make_unique<SqlStore>(std::move(pool)));
}

}  // namespace regie::store
