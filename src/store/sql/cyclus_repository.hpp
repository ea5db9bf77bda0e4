// CyclusRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<CyclusRepository> make_sql_cyclus_repository(SqlConnection& c);

}  // namespace regie::store
