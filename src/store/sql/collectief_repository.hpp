// CollectiefRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/governance/collectief_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<CollectiefRepository> make_sql_collectief_repository(SqlConnection& c);

}  // namespace regie::store
