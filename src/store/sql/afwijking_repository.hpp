// The afwijkingssignalen port (MON-3) on SQLite and PostgreSQL.
#pragma once

#include <memory>

#include "domain/monitoring/afwijking_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<AfwijkingRepository> make_sql_afwijking_repository(SqlConnection& c);

}  // namespace regie::store
