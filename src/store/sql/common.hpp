// What every SQL repository shares: parameter and column helpers and the guarded write.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

SqlValue opt_date(const std::optional<Datum>& datum);
SqlValue opt_int(const std::optional<std::int64_t>& value);
Datum read_date(const SqlRow& row, std::size_t i);
std::optional<Datum> read_opt_date(const SqlRow& row, std::size_t i);
std::string direction(SortRichting richting);
// A LIKE pattern matching `zoek` anywhere, with % _ and \ escaped (ESCAPE '\').
std::string like_pattern(const std::string& zoek);
// Builds "col IN ($k, $k+1, …)" and appends the values to params.
std::string in_list(const std::string& column, const std::vector<Id>& ids, SqlParams& params);
// Appends a parameter and answers its placeholder.
std::string next(SqlParams& params, SqlValue value);

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
