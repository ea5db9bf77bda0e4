#include "store/sql/common.hpp"

#include <utility>

namespace regie::store {

SqlValue opt_date(const std::optional<Datum>& datum) {
  if (!datum) return std::monostate{};
  return datum->iso();
}

SqlValue opt_int(const std::optional<std::int64_t>& value) {
  if (!value) return std::monostate{};
  return *value;
}

Datum RowReader::date(std::size_t i, const char* column) {
  auto text = row_.text(i);
  auto datum = Datum::parse_iso(text.substr(0, 10));
  if (!datum || (text.size() > 10 && text[10] != ' ' && text[10] != 'T')) {
    fail(column, text);
    return Datum(0);  // never seen: done() answers the error
  }
  return *datum;
}

std::optional<Datum> RowReader::opt_date(std::size_t i, const char* column) {
  if (row_.is_null(i)) return std::nullopt;
  return date(i, column);
}

void RowReader::fail(const char* column, const std::string& value) {
  // The id of an unreadable row: what column 0 holds, or 0 when that is unreadable too.
  if (!error_)
    error_ = Error::corrupt(table_, parse_int64(row_.text(0)).value_or(0), column, value);
}

Result<std::int64_t> first_integer(const SqlResult& result, const std::string& table,
                                   const char* column) {
  if (result.rows.empty()) return Error::storage(table + ": de query gaf geen rij");
  RowReader r(result.rows.front(), table);
  auto value = r.integer(0, column);
  return r.done(value);
}

std::string direction(SortRichting richting) {
  return richting == SortRichting::kAflopend ? " DESC" : " ASC";
}

std::string like_pattern(const std::string& zoek) {
  std::string pattern = "%";
  for (char c : zoek) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern.push_back('%');
  return pattern;
}

std::string in_list(const std::string& column, const std::vector<Id>& ids, SqlParams& params) {
  if (ids.empty()) return "1 = 0";
  std::string sql = column + " IN (";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    params.emplace_back(ids[i]);
    if (i > 0) sql += ", ";
    sql += "$" + std::to_string(params.size());
  }
  return sql + ")";
}

std::string next(SqlParams& params, SqlValue value) {
  params.push_back(std::move(value));
  return "$" + std::to_string(params.size());
}

Result<Id> SqlRepository::insert_returning_id(std::string_view sql, const SqlParams& params) {
  REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
  if (result.rows.empty()) return Error::storage("insert gaf geen id");
  return first_integer(result, "insert", "id");
}

Result<void> SqlRepository::update_versioned(const std::string& table, Id id, std::int64_t versie,
                                             std::string_view sql, const SqlParams& params) {
  REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
  if (result.affected > 0) return Ok();
  REGIE_ASSIGN_OR_RETURN(auto exists,
                         c_.exec("SELECT versie FROM " + table + " WHERE id = $1", {id}));
  if (exists.rows.empty()) return Error::not_found(table + " " + std::to_string(id));
  return Error::stale(table + " " + std::to_string(id) + " versie " + std::to_string(versie) +
                      " is verouderd");
}

Result<std::int64_t> SqlRepository::count(const std::string& from_where, const SqlParams& params) {
  REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("SELECT COUNT(*) " + from_where, params));
  return first_integer(result, "COUNT(*)", "count");
}

}  // namespace regie::store
