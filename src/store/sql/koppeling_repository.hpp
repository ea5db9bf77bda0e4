// KoppelingRepository over SqlConnection, one SQL text for both engines (OPD-4, OPD-7).
#pragma once

#include <memory>

#include "domain/programma/koppeling_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<KoppelingRepository> make_sql_koppeling_repository(SqlConnection& c);

}  // namespace regie::store
