#include "store/postgres/pg_pool.hpp"

#include <poll.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <iterator>
#include <mutex>
#include <optional>
#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/tablewriter>
#include <pqxx/transaction>
#include <string_view>
#include <utility>
#include <vector>

namespace regie::store {
namespace {

// One statement parameter as libpq sees it: text, or NULL.
struct PgParam {
  std::optional<std::string> text;
};

// Rows per piece of a COPY (voeg_rijen_toe): some 150 kB of data.
constexpr std::size_t kCopyStuk = 2'000;

// One value in COPY's text format: NULL as \N; a backslash, tab, line feed or carriage return
// escaped; the rest as it is, in runs between those characters.
void voeg_copy_waarde_toe(std::string& data, const SqlRef& value) {
  if (std::holds_alternative<std::monostate>(value)) {
    data += "\\N";
    return;
  }
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    char buffer[24];
    const auto [end, ec] = std::to_chars(std::begin(buffer), std::end(buffer), *number);
    data.append(buffer, end);
    return;
  }
  std::string_view rest = std::get<std::string_view>(value);
  // A plain loop: find_first_of calls memchr on the set for every character of the text.
  const auto bijzonder = [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; };
  while (!rest.empty()) {
    const std::size_t n =
        static_cast<std::size_t>(std::find_if(rest.begin(), rest.end(), bijzonder) - rest.begin());
    if (n == rest.size()) {
      data += rest;
      return;
    }
    data.append(rest.data(), n);
    data.push_back('\\');
    switch (rest[n]) {
      case '\t':
        data.push_back('t');
        break;
      case '\n':
        data.push_back('n');
        break;
      case '\r':
        data.push_back('r');
        break;
      default:
        data.push_back('\\');
    }
    rest.remove_prefix(n + 1);
  }
}

}  // namespace
}  // namespace regie::store

// libpqxx 6.4 has no string_traits for std::optional; this one lets
// pqxx::prepare::make_dynamic_params pass NULLs.
namespace pqxx {
template <>
struct string_traits<regie::store::PgParam> {
  static constexpr const char* name() noexcept { return "regie::store::PgParam"; }
  static constexpr bool has_null() noexcept { return true; }
  static bool is_null(const regie::store::PgParam& param) { return !param.text.has_value(); }
  static regie::store::PgParam null() { return {}; }
  static void from_string(const char text[], regie::store::PgParam& param) {
    param.text = std::string(text);
  }
  static std::string to_string(const regie::store::PgParam& param) {
    return param.text.value_or(std::string{});
  }
};
}  // namespace pqxx

namespace regie::store {
namespace {

constexpr auto kAcquireTimeout = std::chrono::seconds(10);
constexpr std::string_view kUniqueViolation = "23505";
constexpr std::string_view kForeignKeyViolation = "23503";

bool starts_with_ignoring_case(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - std::min(pos, text.size()) < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[pos + i])) != prefix[i]) return false;
  }
  return true;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])) != 0) ++pos;
  return pos;
}

std::string without_trailing_space(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

Error to_error(const pqxx::sql_error& e) {
  std::string detail = without_trailing_space(e.what());
  if (e.sqlstate() == kUniqueViolation) {
    return Error{ErrorCode::kConflict, "fout.bestaat_al", std::move(detail), {}};
  }
  if (e.sqlstate() == kForeignKeyViolation) {
    return Error{ErrorCode::kConflict, "fout.in_gebruik", std::move(detail), {}};
  }
  return Error::storage(std::move(detail));
}

std::vector<PgParam> to_pg_params(const SqlParams& params) {
  std::vector<PgParam> result;
  result.reserve(params.size());
  for (const SqlValue& value : params) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
      result.push_back({std::to_string(*number)});
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      result.push_back({*text});
    } else {
      result.push_back({std::nullopt});
    }
  }
  return result;
}

SqlResult to_sql_result(const pqxx::result& result) {
  SqlResult out;
  out.rows.reserve(result.size());
  for (const auto& row : result) {
    SqlRow sql_row;
    sql_row.columns.reserve(row.size());
    for (const auto& field : row) {
      if (field.is_null()) {
        sql_row.columns.emplace_back(std::nullopt);
      } else {
        sql_row.columns.emplace_back(std::string(field.c_str(), field.size()));
      }
    }
    out.rows.push_back(std::move(sql_row));
  }
  out.affected = static_cast<std::int64_t>(result.affected_rows());
  return out;
}

// True when the server has sent something to a connection that is idle: in practice the
// "terminating connection" message and end-of-file of a server that shut down.
bool has_unexpected_input(int socket) {
  if (socket < 0) return true;
  pollfd probe{socket, POLLIN, 0};
  return ::poll(&probe, 1, 0) > 0;
}

class PgConnection final : public SqlConnection {
 public:
  static Result<std::unique_ptr<PgConnection>> open(const std::string& url) {
    try {
      auto connection = std::make_unique<pqxx::connection>(url);
      // libpqxx 6 would otherwise reconnect by itself on the next BEGIN, without the SETs
      // below. The pool reconnects instead, in one place. (libpqxx 7 never reactivates.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
      connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
      pqxx::nontransaction setup(*connection);
      setup.exec("SET datestyle = 'ISO, YMD'");
      setup.exec("SET TIME ZONE 'UTC'");
      setup.commit();
      return std::unique_ptr<PgConnection>(new PgConnection(std::move(connection)));
    } catch (const std::exception& e) {
      return Error::storage("verbinden met " + redact_postgres_url(url) +
                            " mislukt: " + without_trailing_space(e.what()));
    }
  }

  ~PgConnection() override { rollback(); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  // The insert position in the write-ahead log: every commit moves it on before it returns (so
  // do other databases of the server and checkpoints; that only makes the stand change more
  // often than needed).
  Result<std::string> datastand() override {
    REGIE_ASSIGN_OR_RETURN(auto result, exec("SELECT pg_current_wal_insert_lsn()::text", {}));
    if (result.rows.size() != 1 || result.rows[0].is_null(0)) {
      return Error::storage("pg_current_wal_insert_lsn gaf geen waarde");
    }
    return "pg:" + result.rows[0].text(0);
  }

  Result<SqlResult> exec(std::string_view sql, const SqlParams& params) override {
    REGIE_TRY(sluit_copy());
    return guarded([&]() -> Result<SqlResult> {
      const auto pg_params = to_pg_params(params);
      const auto dynamic = pqxx::prepare::make_dynamic_params(pg_params);
      if (transaction_) {
        return to_sql_result(transaction_->exec_params(std::string(sql), dynamic));
      }
      pqxx::nontransaction autocommit(*connection_);
      return to_sql_result(autocommit.exec_params(std::string(sql), dynamic));
    });
  }

  // COPY … FROM STDIN in text format. The rows go to the server in pieces of kCopyStuk rows as
  // they are written, so that the server reads one piece while the next is made (decision 50).
  // The COPY stays open while rows for the same table and columns follow, as an import's blocks
  // do: the server reads on while the next block is read and checked, without a round trip and a
  // wait per block (decision 51). Every other use of the connection ends it first (sluit_copy),
  // and reports what the server found wrong in its rows.
  Result<void> voeg_rijen_toe(std::string_view tabel, const std::vector<std::string_view>& kolommen,
                              const std::vector<SqlRef>& waarden) override {
    REGIE_ASSIGN_OR_RETURN(const std::size_t rijen, tel_rijen(kolommen, waarden));
    const std::size_t breed = kolommen.size();
    if (!transaction_) return Error::storage("voeg_rijen_toe: er loopt geen transactie");
    if (rijen == 0) return Ok();
    std::string doel(tabel);
    for (const auto k : kolommen) (doel += '\t') += k;
    if (copy_ && doel != copy_doel_) REGIE_TRY(sluit_copy());
    // An open COPY is not checked for input from the server: an error about its rows waits
    // there until sluit_copy reads it.
    return guarded(!copy_, [&]() -> Result<void> {
    // libpqxx 6.4's tablewriter is the one class that passes COPY data on as it is (stream_to
    // keeps write_raw_line private); deprecated there, it is what libpqxx 6 has.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
      if (!copy_) {
        std::vector<std::string> namen(kolommen.begin(), kolommen.end());
        copy_ = std::make_unique<pqxx::tablewriter>(*transaction_, std::string(tabel),
                                                    namen.begin(), namen.end());
        copy_doel_ = std::move(doel);
      }
      std::string& data = copy_data_;
      for (std::size_t rij = 0; rij < rijen; rij += kCopyStuk) {
        const std::size_t tot = std::min(rijen, rij + kCopyStuk) * breed;
        data.clear();
        for (std::size_t i = rij * breed; i < tot; ++i) {
          if (i % breed != 0) data.push_back('\t');
          voeg_copy_waarde_toe(data, waarden[i]);
          // write_raw_line ends the last row of a piece.
          if (i % breed == breed - 1 && i + 1 < tot) data.push_back('\n');
        }
        copy_->write_raw_line(data);
      }
#pragma GCC diagnostic pop
      return Ok();
    });
  }

  Result<void> exec_script(std::string_view sql) override {
    REGIE_TRY(sluit_copy());
    return guarded([&]() -> Result<void> {
      if (transaction_) {
        transaction_->exec(std::string(sql));
        return Ok();
      }
      pqxx::nontransaction autocommit(*connection_);
      autocommit.exec(std::string(sql));
      return Ok();
    });
  }

  Result<void> begin(bool /*write*/) override {
    if (transaction_) return Error::storage("begin: er loopt al een transactie");
    return guarded([&]() -> Result<void> {
      transaction_ = std::make_unique<pqxx::work>(*connection_);
      transaction_failed_ = false;
      return Ok();
    });
  }

  Result<void> commit() override {
    if (!transaction_) return Error::storage("commit: er loopt geen transactie");
    if (copy_ && !sluit_copy().ok()) transaction_failed_ = true;
    if (transaction_failed_) {
      rollback();
      return Error::storage("commit geweigerd: een opdracht in de transactie mislukte");
    }
    return guarded([&]() -> Result<void> {
      // Reset also when commit() throws: libpqxx has ended the transaction either way.
      auto transaction = std::move(transaction_);
      transaction->commit();
      return Ok();
    });
  }

  void rollback() noexcept override {
    if (!transaction_) return;
    if (copy_) {
      // Ends the COPY (libpqxx has no way to abandon one), reading the server's answer to it: the
      // transaction is rolled back after. A failure there is one of the transaction, which ends
      // anyway; a server that went away shows below.
      copy_.reset();
      copy_doel_.clear();
    }
    if (is_stale()) {
      // The server has ended the transaction already. Closing first makes abort() fail fast
      // instead of sending ROLLBACK, which leaks a PGresult in libpqxx 6.4.
      broken_ = true;
      connection_->disconnect();
    }
    try {
      transaction_->abort();
    } catch (...) {
      broken_ = true;
    }
    transaction_.reset();
    transaction_failed_ = false;
  }

  // Whether the pool may hand this idle connection out again.
  bool is_usable() const noexcept { return !transaction_ && !is_stale(); }

  bool is_broken() const noexcept { return broken_ || !connection_->is_open(); }

 private:
  explicit PgConnection(std::unique_ptr<pqxx::connection> connection)
      : connection_(std::move(connection)) {}

  bool is_stale() const noexcept {
    return is_broken() || has_unexpected_input(connection_->sock());
  }

  // Ends an open COPY of voeg_rijen_toe: the server then reports what it found wrong in its
  // rows, if anything.
  Result<void> sluit_copy() {
    if (!copy_) return Ok();
    return guarded(false, [&]() -> Result<void> {
      auto copy = std::move(copy_);
      copy_doel_.clear();
      copy->complete();
      return Ok();
    });
  }

  // Runs `body` and turns every exception into an Error. A broken connection is never used
  // again; a failed statement poisons the open transaction (see commit()).
  template <typename Body>
  auto guarded(Body&& body) -> decltype(body()) {
    return guarded(true, std::forward<Body>(body));
  }
  template <typename Body>
  auto guarded(bool controleer, Body&& body) -> decltype(body()) {
    // Checked before each statement as well: libpqxx 6.4 leaks a PGresult when a statement
    // runs into a connection that the server already closed.
    if (controleer && is_stale()) {
      broken_ = true;
      if (transaction_) transaction_failed_ = true;
      return Error::storage("verbinding met de database is verbroken");
    }
    try {
      return body();
    } catch (const pqxx::broken_connection& e) {
      return on_failure(Error::storage(without_trailing_space(e.what())), true);
    } catch (const pqxx::in_doubt_error& e) {
      return on_failure(Error::storage(without_trailing_space(e.what())), true);
    } catch (const pqxx::sql_error& e) {
      return on_failure(to_error(e), false);
    } catch (const std::exception& e) {
      return on_failure(Error::storage(without_trailing_space(e.what())), false);
    } catch (...) {
      return on_failure(Error::storage("onbekende fout in libpqxx"), false);
    }
  }

  Error on_failure(Error error, bool connection_lost) {
    if (connection_lost || !connection_->is_open()) {
      // libpqxx then often says no more than "Could not obtain client encoding".
      error.detail = "verbinding met de database is verbroken: " + error.detail;
      broken_ = true;
    }
    if (transaction_) transaction_failed_ = true;
    return error;
  }

  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::work> transaction_;
  // The open COPY of voeg_rijen_toe (declared after the transaction it belongs to, so that it
  // ends first), what it writes to (table and columns), and its buffer for a piece of rows.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  std::unique_ptr<pqxx::tablewriter> copy_;
#pragma GCC diagnostic pop
  std::string copy_doel_;
  std::string copy_data_;
  bool transaction_failed_ = false;
  bool broken_ = false;
};

// The state shared by the pool and its leases, so a lease may outlive the pool object.
class PoolState {
 public:
  PoolState(std::string url, std::size_t max_size) : url_(std::move(url)), max_size_(max_size) {
    // Reserved so that release() never allocates.
    idle_.reserve(max_size_);
  }

  Result<std::unique_ptr<PgConnection>> take() {
    std::unique_ptr<PgConnection> connection;
    {
      std::unique_lock lock(mutex_);
      const bool available = available_.wait_for(
          lock, kAcquireTimeout, [this] { return !idle_.empty() || open_ < max_size_; });
      if (!available) return Error::storage("pool uitgeput");
      if (idle_.empty()) {
        ++open_;  // Reserves a slot; the connection is opened outside the lock.
      } else {
        connection = std::move(idle_.back());
        idle_.pop_back();
      }
    }
    if (connection && connection->is_usable()) return connection;
    connection.reset();
    auto opened = PgConnection::open(url_);
    if (!opened.ok()) {
      std::lock_guard lock(mutex_);
      --open_;
      available_.notify_one();
    }
    return opened;
  }

  void release(std::unique_ptr<PgConnection> connection) noexcept {
    connection->rollback();
    const bool keep = !connection->is_broken();
    if (!keep) connection.reset();
    {
      std::lock_guard lock(mutex_);
      if (keep) {
        idle_.push_back(std::move(connection));
      } else {
        --open_;
      }
    }
    available_.notify_one();
  }

 private:
  const std::string url_;
  const std::size_t max_size_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<PgConnection>> idle_;  // guarded by mutex_
  std::size_t open_ = 0;                             // idle + leased; guarded by mutex_
};

class PgLease final : public ConnectionLease {
 public:
  PgLease(std::shared_ptr<PoolState> pool, std::unique_ptr<PgConnection> connection)
      : pool_(std::move(pool)), connection_(std::move(connection)) {}
  PgLease(const PgLease&) = delete;
  PgLease& operator=(const PgLease&) = delete;
  ~PgLease() override { pool_->release(std::move(connection_)); }

  SqlConnection& connection() override { return *connection_; }

 private:
  std::shared_ptr<PoolState> pool_;
  std::unique_ptr<PgConnection> connection_;
};

class PgPool final : public ConnectionPool {
 public:
  explicit PgPool(std::shared_ptr<PoolState> state) : state_(std::move(state)) {}

  Dialect dialect() const override { return Dialect::kPostgres; }

  // PostgreSQL runs readers and writers side by side, so `write` changes nothing here.
  Result<std::unique_ptr<ConnectionLease>> acquire(bool /*write*/) override {
    auto connection = state_->take();
    if (!connection.ok()) return std::move(connection).error();
    return std::unique_ptr<ConnectionLease>(
        std::make_unique<PgLease>(state_, std::move(connection).value()));
  }

 private:
  std::shared_ptr<PoolState> state_;
};

}  // namespace

Result<std::unique_ptr<ConnectionPool>> make_postgres_pool(const std::string& url, int size) {
  if (size < 1) return Error::storage("poolgrootte moet minstens 1 zijn");
  if (url.empty()) return Error::storage("geen PostgreSQL-URL opgegeven");
  try {
    auto state = std::make_shared<PoolState>(url, static_cast<std::size_t>(size));
    return std::unique_ptr<ConnectionPool>(std::make_unique<PgPool>(std::move(state)));
  } catch (const std::exception& e) {
    return Error::storage(e.what());
  }
}

std::string redact_postgres_url(const std::string& url) {
  // std::regex is avoided on purpose: g++ 12 warns inside <regex> at -O2 (-Wmaybe-uninitialized).
  std::string redacted = url;
  // The user info of a URI: "postgresql://user:secret@host". Reserved characters in a password
  // are percent-encoded, so the first '/', '?' or '#' ends the authority.
  for (std::string_view scheme : {"postgresql://", "postgres://"}) {
    if (!starts_with_ignoring_case(redacted, 0, scheme)) continue;
    const std::size_t start = scheme.size();
    const std::size_t end = std::min(redacted.find_first_of("/?#", start), redacted.size());
    const std::size_t at = redacted.rfind('@', end == 0 ? 0 : end - 1);
    if (at != std::string::npos && at >= start) {
      const std::size_t colon = redacted.find(':', start);
      if (colon < at) redacted.replace(colon + 1, at - colon - 1, "***");
    }
    break;
  }
  // A password parameter, in a URI query ("&password=secret") or in the keyword form
  // ("password = 'a b'", quoted with backslash escapes).
  constexpr std::string_view kPassword = "password";
  for (std::size_t i = 0; i < redacted.size(); ++i) {
    const bool at_boundary = i == 0 || redacted[i - 1] == '?' || redacted[i - 1] == '&' ||
                             std::isspace(static_cast<unsigned char>(redacted[i - 1])) != 0;
    if (!at_boundary || !starts_with_ignoring_case(redacted, i, kPassword)) continue;
    std::size_t pos = skip_spaces(redacted, i + kPassword.size());
    if (pos >= redacted.size() || redacted[pos] != '=') continue;
    const std::size_t value_start = skip_spaces(redacted, pos + 1);
    std::size_t value_end = value_start;
    if (value_end < redacted.size() && redacted[value_end] == '\'') {
      for (++value_end; value_end < redacted.size() && redacted[value_end] != '\''; ++value_end) {
        if (redacted[value_end] == '\\') ++value_end;
      }
      value_end = std::min(value_end + 1, redacted.size());
    } else {
      while (value_end < redacted.size() && redacted[value_end] != '&' &&
             std::isspace(static_cast<unsigned char>(redacted[value_end])) == 0) {
        ++value_end;
      }
    }
    redacted.replace(value_start, value_end - value_start, "***");
    i = value_start + 2;
  }
  return redacted;
}

}  // namespace regie::store
