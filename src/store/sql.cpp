#include "store/sql.hpp"

#include <stdexcept>

#include "core/text.hpp"

namespace regie::store {

std::int64_t SqlRow::integer(std::size_t i) const { return optional_integer(i).value_or(0); }

std::optional<std::int64_t> SqlRow::optional_integer(std::size_t i) const {
  const auto& column = columns.at(i);
  if (!column) return std::nullopt;
  return parse_int64(*column);
}

}  // namespace regie::store
