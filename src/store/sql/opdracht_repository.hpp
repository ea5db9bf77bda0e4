// OpdrachtRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/opdrachten/opdracht_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<OpdrachtRepository> make_sql_opdracht_repository(SqlConnection& c);

}  // namespace regie::store
