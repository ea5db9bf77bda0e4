#include "store/sqlite/sqlite_pool.hpp"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/text.hpp"

namespace regie::store {
namespace {

constexpr int kBusyTimeoutMs = 10'000;

Error sqlite_error(sqlite3* db, int rc, std::string_view where) {
  std::string detail = std::string(where) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  int extended = db ? sqlite3_extended_errcode(db) : rc;
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Error{ErrorCode::kConflict, "fout.bestaat_al", detail, {}};
  }
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
    return Error{ErrorCode::kConflict, "fout.in_gebruik", detail, {}};
  }
  if ((rc & 0xff) == SQLITE_READONLY) {
    return Error{ErrorCode::kStorage, "fout.alleen_lezen", detail, {}};
  }
  if ((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR) {
    return Error{ErrorCode::kStorage, "fout.schijf_vol", detail, {}};
  }
  return Error::storage(detail);
}

// Lookup by string_view without building a std::string per call.
struct TekstHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};

// $1 → ?1: SQLite reads ?NNN as a numbered parameter.
std::string translate_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out.push_back('?');
    } else {
      out.push_back(sql[i]);
    }
  }
  return out;
}

// Rows per INSERT of voeg_rijen_toe: a dozen parameters each, well under SQLite's limit.
constexpr std::size_t kRijenPerInsert = 100;

// INSERT INTO tabel (a, b) VALUES (?1, ?2), (?3, ?4) … for `rijen` rows.
std::string insert_sql(std::string_view tabel, const std::vector<std::string_view>& kolommen,
                       std::size_t rijen) {
  std::string sql = "INSERT INTO " + std::string(tabel) + " (";
  for (std::size_t k = 0; k < kolommen.size(); ++k) {
    if (k != 0) sql += ", ";
    sql += kolommen[k];
  }
  sql += ") VALUES ";
  std::size_t p = 0;
  for (std::size_t r = 0; r < rijen; ++r) {
    sql += r == 0 ? "(" : ", (";
    for (std::size_t k = 0; k < kolommen.size(); ++k) {
      sql += (k == 0 ? "?" : ", ?") + std::to_string(++p);
    }
    sql += ")";
  }
  return sql;
}

// A statement that is reset (and its bindings cleared) when the call that used it is done, so
// that the cached statement is ready for the next call on this connection.
struct StatementReset {
  sqlite3_stmt* stmt;
  ~StatementReset() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

class SqliteConnection final : public SqlConnection {
 public:
  // `stand`: the pool's datastand, which every connection of the pool moves on.
  SqliteConnection(sqlite3* db, std::atomic<std::int64_t>& stand) : db_(db), stand_(stand) {}
  ~SqliteConnection() override {
    rollback();
    clear_statements();
    sqlite3_close_v2(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<SqlResult> exec(std::string_view sql, const SqlParams& params) override {
    REGIE_ASSIGN_OR_RETURN(sqlite3_stmt * stmt, statement(sql));
    StatementReset reset{stmt};
    int rc = SQLITE_OK;
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      const SqlValue& value = params[i];
      if (std::holds_alternative<std::monostate>(value)) {
        rc = sqlite3_bind_null(stmt, index);
      } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
        rc = sqlite3_bind_int64(stmt, index, *number);
      } else {
        const auto& text = std::get<std::string>(value);
        rc = sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return sqlite_error(db_, rc, "bind");
    }
    SqlResult result;
    int columns = sqlite3_column_count(stmt);
    while (true) {
      rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return sqlite_error(db_, rc, "step");
      SqlRow row;
      row.columns.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
          row.columns.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          int size = sqlite3_column_bytes(stmt, c);
          row.columns.emplace_back(std::string(text, static_cast<std::size_t>(size)));
        }
      }
      result.rows.push_back(std::move(row));
    }
    result.affected = sqlite3_changes64(db_);
    return result;
  }

  // Blocks of kRijenPerInsert rows per INSERT (one statement step per block costs less than one
  // per row), then the rest a row at a time; each statement prepared once per connection.
  Result<void> voeg_rijen_toe(std::string_view tabel, const std::vector<std::string_view>& kolommen,
                              const std::vector<SqlRef>& waarden) override {
    REGIE_ASSIGN_OR_RETURN(const std::size_t rijen, tel_rijen(kolommen, waarden));
    const std::size_t breed = kolommen.size();
    // The full blocks, then the rest a row at a time. The statement of the rest is looked up
    // only after the blocks: a lookup may empty the cache, and with it finalize the other one.
    std::size_t rij = 0;
    if (rijen >= kRijenPerInsert) {
      REGIE_ASSIGN_OR_RETURN(sqlite3_stmt * per_blok,
                             statement(insert_sql(tabel, kolommen, kRijenPerInsert)));
      for (; rijen - rij >= kRijenPerInsert; rij += kRijenPerInsert) {
        REGIE_TRY(stap_rijen(per_blok, waarden, rij * breed, kRijenPerInsert * breed));
      }
    }
    if (rij < rijen) {
      REGIE_ASSIGN_OR_RETURN(sqlite3_stmt * per_rij, statement(insert_sql(tabel, kolommen, 1)));
      for (; rij < rijen; ++rij) REGIE_TRY(stap_rijen(per_rij, waarden, rij * breed, breed));
    }
    return Ok();
  }

  Result<void> exec_script(std::string_view sql) override {
    std::string script(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      std::string detail = message ? message : "script";
      sqlite3_free(message);
      return sqlite_error(db_, rc, detail);
    }
    return Ok();
  }

  Result<void> begin(bool write) override {
    REGIE_TRY(exec(write ? "BEGIN IMMEDIATE" : "BEGIN", {}));
    in_transaction_ = true;
    return Ok();
  }

  Result<void> commit() override {
    auto result = exec("COMMIT", {});
    if (!result.ok()) {
      rollback();
      return std::move(result).error();
    }
    in_transaction_ = false;
    return Ok();
  }

  void rollback() noexcept override {
    if (in_transaction_) {
      // Every read unit of work ends here: the prepared ROLLBACK, not one parsed each time.
      auto stmt = statement("ROLLBACK");
      if (stmt.ok()) {
        StatementReset reset{*stmt};
        sqlite3_step(*stmt);
      } else {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      }
      in_transaction_ = false;
    }
  }

  // PRAGMA data_version changes on a connection when any other connection (the writer of this
  // process, or another process) has committed since that connection last read it; inside a
  // read transaction it is that of the transaction's snapshot. A connection that sees a change
  // moves the pool's stand on. A commit before the call is thus seen on whichever connection
  // the call runs, since each either last looked before that commit or moved the stand on after
  // it.
  Result<std::string> datastand() override {
    if (in_transaction_) {
      // Makes sure the transaction has its snapshot (a deferred BEGIN takes it at the first read).
      REGIE_TRY(exec("PRAGMA schema_version", {}));
    }
    REGIE_ASSIGN_OR_RETURN(auto result, exec("PRAGMA data_version", {}));
    if (result.rows.size() != 1 || result.rows[0].is_null(0)) {
      return Error::storage("PRAGMA data_version gaf geen waarde");
    }
    auto versie = parse_int64(result.rows[0].text(0));
    if (!versie) return Error::storage("PRAGMA data_version onleesbaar");
    if (*versie != data_version_) {
      data_version_ = *versie;
      stand_.fetch_add(1, std::memory_order_acq_rel);
    }
    return "sqlite:" + std::to_string(stand_.load(std::memory_order_acquire));
  }

 private:
  // Each statement is prepared once per connection and kept (issue 16: preparing was a third
  // of the time of a page). The cache is bounded; past the bound it starts again, so that SQL
  // built with a varying shape cannot grow it without end.
  static constexpr std::size_t kMaxStatements = 512;

  // Binds waarden[begin, begin + n) to `stmt` (SQLITE_STATIC: they outlive the step) and steps it.
  Result<void> stap_rijen(sqlite3_stmt* stmt, const std::vector<SqlRef>& waarden, std::size_t begin,
                          std::size_t n) {
    StatementReset reset{stmt};
    for (std::size_t i = 0; i < n; ++i) {
      const int index = static_cast<int>(i + 1);
      const SqlRef& value = waarden[begin + i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::monostate>(value)) {
        rc = sqlite3_bind_null(stmt, index);
      } else if (const auto* number = std::get_if<std::int64_t>(&value)) {
        rc = sqlite3_bind_int64(stmt, index, *number);
      } else {
        const auto text = std::get<std::string_view>(value);
        rc = sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_STATIC);
      }
      if (rc != SQLITE_OK) return sqlite_error(db_, rc, "bind");
    }
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE) return sqlite_error(db_, rc, "step");
    return Ok();
  }

  Result<sqlite3_stmt*> statement(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return found->second;
    if (statements_.size() >= kMaxStatements) clear_statements();
    std::string translated = translate_placeholders(sql);
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, translated.c_str(), static_cast<int>(translated.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return sqlite_error(db_, rc, "prepare");
    }
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  void clear_statements() noexcept {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    statements_.clear();
  }

  sqlite3* db_;
  std::atomic<std::int64_t>& stand_;
  bool in_transaction_ = false;
  // PRAGMA data_version as this connection last read it (datastand).
  std::int64_t data_version_ = -1;
  std::unordered_map<std::string, sqlite3_stmt*, TekstHash, std::equal_to<>> statements_;
};

Result<std::unique_ptr<SqliteConnection>> open_connection(const std::string& path,
                                                          std::atomic<std::int64_t>& stand) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Error error = sqlite_error(db, rc, "open " + path);
    sqlite3_close_v2(db);
    return error;
  }
  auto connection = std::make_unique<SqliteConnection>(db, stand);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db, 1);
  // WAL may be refused on a read-only file; the connection still serves reads then.
  (void)connection->exec_script("PRAGMA journal_mode=WAL");
  REGIE_TRY(connection->exec_script("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"));
  return connection;
}

class SqlitePool;

class SqliteLease final : public ConnectionLease {
 public:
  SqliteLease(SqlitePool& pool, std::unique_ptr<SqliteConnection> connection, bool write)
      : pool_(pool), connection_(std::move(connection)), write_(write) {}
  ~SqliteLease() override;
  SqliteLease(const SqliteLease&) = delete;
  SqliteLease& operator=(const SqliteLease&) = delete;
  SqlConnection& connection() override { return *connection_; }

 private:
  SqlitePool& pool_;
  std::unique_ptr<SqliteConnection> connection_;
  bool write_;
};

class SqlitePool final : public ConnectionPool {
 public:
  SqlitePool(std::string path, int readers) : path_(std::move(path)), max_readers_(readers) {}

  Result<void> init() {
    REGIE_ASSIGN_OR_RETURN(writer_, open_connection(path_, stand_));
    return Ok();
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<std::unique_ptr<ConnectionLease>> acquire(bool write) override {
    std::unique_lock lock(mutex_);
    if (write) {
      if (!available_.wait_for(lock, std::chrono::seconds(30),
                               [&] { return writer_ != nullptr; })) {
        return Error::storage("schrijfverbinding bezet");
      }
      return std::unique_ptr<ConnectionLease>(
          std::make_unique<SqliteLease>(*this, std::move(writer_), true));
    }
    if (readers_.empty() && open_readers_ < max_readers_) {
      ++open_readers_;
      lock.unlock();
      auto opened = open_connection(path_, stand_);
      if (!opened.ok()) {
        std::lock_guard relock(mutex_);
        --open_readers_;
        return std::move(opened).error();
      }
      return std::unique_ptr<ConnectionLease>(
          std::make_unique<SqliteLease>(*this, std::move(opened).value(), false));
    }
    if (!available_.wait_for(lock, std::chrono::seconds(30), [&] { return !readers_.empty(); })) {
      return Error::storage("leesverbindingen bezet");
    }
    auto connection = std::move(readers_.back());
    readers_.pop_back();
    return std::unique_ptr<ConnectionLease>(
        std::make_unique<SqliteLease>(*this, std::move(connection), false));
  }

  void give_back(std::unique_ptr<SqliteConnection> connection, bool write) {
    connection->rollback();
    {
      std::lock_guard lock(mutex_);
      if (write) {
        writer_ = std::move(connection);
      } else {
        readers_.push_back(std::move(connection));
      }
    }
    available_.notify_all();
  }

 private:
  std::string path_;
  int max_readers_;
  int open_readers_ = 0;
  std::mutex mutex_;
  std::condition_variable available_;
  std::unique_ptr<SqliteConnection> writer_;
  std::vector<std::unique_ptr<SqliteConnection>> readers_;
  std::atomic<std::int64_t> stand_{0};
};

SqliteLease::~SqliteLease() { pool_.give_back(std::move(connection_), write_); }

}  // namespace

Result<std::unique_ptr<ConnectionPool>> make_sqlite_pool(const std::string& path, int readers) {
  // SQLite's memory statistics take one process-wide mutex on every allocation; regie does not
  // read them, and with several worker threads that mutex was a hot spot (issue 16). Has effect
  // only before SQLite's first use in the process; later it is refused, which is harmless.
  static const int kGeenGeheugenstatistiek = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)kGeenGeheugenstatistiek;
  auto pool = std::make_unique<SqlitePool>(path, readers);
  REGIE_TRY(pool->init());
  return std::unique_ptr<ConnectionPool>(std::move(pool));
}

}  // namespace regie::store
