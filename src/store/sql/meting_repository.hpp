// The metingen port (MON-4, MON-5) on SQLite and PostgreSQL.
#pragma once

#include <memory>

#include "domain/monitoring/meting_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<MetingRepository> make_sql_meting_repository(SqlConnection& c);

}  // namespace regie::store
