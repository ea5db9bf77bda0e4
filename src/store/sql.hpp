// The SQL seam between the one repository implementation (sql_unit_of_work.cpp) and the two
// database engines. SQL is written once with $1, $2 … placeholders; a backend translates what
// its engine needs. Every column comes back as text (or NULL), so repository code reads both
// engines the same way. A SqlConnection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.hpp"

namespace regie::store {

using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;
using SqlParams = std::vector<SqlValue>;
// A value passed as it is, without a copy (it must outlive the call): for many rows at once.
using SqlRef = std::variant<std::monostate, std::int64_t, std::string_view>;

// One row as the engine returned it. Numbers are read through a RowReader (store/sql/common),
// which makes a NULL or unreadable number kCorrupt instead of a default.
struct SqlRow {
  std::vector<std::optional<std::string>> columns;

  bool is_null(std::size_t i) const { return !columns.at(i).has_value(); }
  std::string text(std::size_t i) const { return columns.at(i).value_or(std::string{}); }
};

struct SqlResult {
  std::vector<SqlRow> rows;
  std::int64_t affected = 0;
};

enum class Dialect { kSqlite, kPostgres };

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;
  // One statement with bound parameters.
  virtual Result<SqlResult> exec(std::string_view sql, const SqlParams& params) = 0;
  // Many rows into `tabel` in one call (an import): `waarden` holds kolommen.size() values per
  // row, row after row. One prepared INSERT stepped per row on SQLite, COPY … FROM STDIN on
  // PostgreSQL; inside the open write transaction.
  virtual Result<void> voeg_rijen_toe(std::string_view tabel,
                                      const std::vector<std::string_view>& kolommen,
                                      const std::vector<SqlRef>& waarden) = 0;
  // A script of several statements without parameters (migrations).
  virtual Result<void> exec_script(std::string_view sql) = 0;
  virtual Result<void> begin(bool write) = 0;
  virtual Result<void> commit() = 0;
  virtual void rollback() noexcept = 0;
  // Store::datastand as this connection sees the data now (inside its open transaction, if any).
  virtual Result<std::string> datastand() = 0;
};

// The number of rows in `waarden` for voeg_rijen_toe; kStorage when it holds no whole rows.
inline Result<std::size_t> tel_rijen(const std::vector<std::string_view>& kolommen,
                                     const std::vector<SqlRef>& waarden) {
  if (kolommen.empty() || waarden.size() % kolommen.size() != 0) {
    return Error::storage("voeg_rijen_toe: " + std::to_string(waarden.size()) + " waarden voor " +
                          std::to_string(kolommen.size()) + " kolommen");
  }
  return waarden.size() / kolommen.size();
}

// Hands out connections for units of work. Thread-safe. The lease returns the connection
// to the pool when destroyed.
class ConnectionLease {
 public:
  virtual ~ConnectionLease() = default;
  virtual SqlConnection& connection() = 0;
};

class ConnectionPool {
 public:
  virtual ~ConnectionPool() = default;
  virtual Dialect dialect() const = 0;
  virtual Result<std::unique_ptr<ConnectionLease>> acquire(bool write) = 0;
};

}  // namespace regie::store
