// RealisatieRepository over SqlConnection, one SQL text for both engines (MON-1, MON-6, MON-7).
#pragma once

#include <memory>

#include "domain/monitoring/realisatie_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<RealisatieRepository> make_sql_realisatie_repository(SqlConnection& c);

}  // namespace regie::store
