// What every SQL repository shares: parameter and column helpers and the guarded write.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

SqlValue opt_date(const std::optional<Datum>& datum);
SqlValue opt_int(const std::optional<std::int64_t>& value);
std::string direction(SortRichting richting);
// A LIKE pattern matching `zoek` anywhere, with % _ and \ escaped (ESCAPE '\').
std::string like_pattern(const std::string& zoek);
// Builds "col IN ($k, $k+1, …)" and appends the values to params.
std::string in_list(const std::string& column, const std::vector<Id>& ids, SqlParams& params);
// Appends a parameter and answers its placeholder.
std::string next(SqlParams& params, SqlValue value);

// Reads the coded and dated columns of one row of `table` whose column 0 is its id. A stored
// value that cannot be read back is never replaced by a default: the first one is kept, and
// done() answers Error::corrupt naming table, id, column and value instead of the record.
class RowReader {
 public:
  RowReader(const SqlRow& row, std::string table) : row_(row), table_(std::move(table)) {}

  // The enum `from_code` makes of the column's text.
  template <typename FromCode>
  auto code(std::size_t i, const char* column, FromCode from_code) {
    auto value = from_code(row_.text(i));
    if (value) return *value;
    fail(column, row_.text(i));
    return std::remove_cvref_t<decltype(*value)>{};  // never seen: done() answers the error
  }
  // An ISO date ("YYYY-MM-DD"; PostgreSQL returns DATE so with datestyle ISO).
  Datum date(std::size_t i, const char* column);
  std::optional<Datum> opt_date(std::size_t i, const char* column);
  // Records a value the caller could not read.
  void fail(const char* column, const std::string& value);

  template <typename T>
  Result<T> done(T value) const {
    if (error_) return *error_;
    return value;
  }

 private:
  const SqlRow& row_;
  std::string table_;
  std::optional<Error> error_;
};

template <typename T>
struct ResultValue;
template <typename T>
struct ResultValue<Result<T>> {
  using type = T;
};

// Every row read with `read`; the first unreadable row fails the lot.
template <typename Read>
auto read_all(const std::vector<SqlRow>& rows, Read read) -> Result<
    std::vector<typename ResultValue<decltype(read(std::declval<const SqlRow&>()))>::type>> {
  std::vector<typename ResultValue<decltype(read(std::declval<const SqlRow&>()))>::type> out;
  for (const auto& row : rows) {
    REGIE_ASSIGN_OR_RETURN(auto value, read(row));
    out.push_back(std::move(value));
  }
  return out;
}

// The base of every SQL repository: the connection of its unit of work.
class SqlRepository {
 protected:
  explicit SqlRepository(SqlConnection& c) : c_(c) {}

  Result<Id> insert_returning_id(std::string_view sql, const SqlParams& params);
  // Runs an UPDATE/DELETE guarded by "versie = $n". No row touched: the record is gone
  // (kNotFound) or was changed by someone else (kStale).
  Result<void> update_versioned(const std::string& table, Id id, std::int64_t versie,
                                std::string_view sql, const SqlParams& params);
  Result<std::int64_t> count(const std::string& from_where, const SqlParams& params);

  SqlConnection& c_;
};

}  // namespace regie::store
