// SignaalRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/opdrachten/signaal_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<SignaalRepository> make_sql_signaal_repository(SqlConnection& c);

}  // namespace regie::store
