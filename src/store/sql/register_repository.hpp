// RegisterRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/governance/register_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<RegisterRepository> make_sql_register_repository(SqlConnection& c);

}  // namespace regie::store
