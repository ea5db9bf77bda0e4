// What every SQL repository shares: parameter and column helpers and the guarded write.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "core/text.hpp"
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

// Reads the numbers, codes and dates of one row of `table` whose column 0 is its id. A stored
// value that cannot be read back is never replaced by a default: the first one is kept, and
// done() answers Error::corrupt naming table, id, column and value (NULL for a missing one)
// instead of the record. A column that may be NULL is read with an opt_ reader.
class RowReader {
 public:
  RowReader(const SqlRow& row, std::string table) : row_(row), table_(std::move(table)) {}

  // A whole number that fits T; NULL, text or a number out of T's range is corrupt.
  template <typename T = std::int64_t>
  T integer(std::size_t i, const char* column) {
    auto value = opt_integer<T>(i, column);
    if (!value && row_.is_null(i)) fail(column, "NULL");
    return value.value_or(T{0});  // never seen without a value: done() answers the error
  }
  // The same, or nullopt for NULL.
  template <typename T = std::int64_t>
  std::optional<T> opt_integer(std::size_t i, const char* column) {
    if (row_.is_null(i)) return std::nullopt;
    auto value = parse_int64(row_.text(i));
    if (!value || *value < std::numeric_limits<T>::min() ||
        *value > std::numeric_limits<T>::max()) {
      fail(column, row_.text(i));
      return std::nullopt;
    }
    return static_cast<T>(*value);
  }

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
  // Whether every value read so far was readable.
  bool ok() const { return !error_; }

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

// The number in column 0 of the first row (COUNT(*), RETURNING id, …) of a query on `table`:
// kStorage without a row, kCorrupt for NULL or text.
Result<std::int64_t> first_integer(const SqlResult& result, const std::string& table,
                                   const char* column);

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
