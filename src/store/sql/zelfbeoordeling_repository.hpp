// ZelfbeoordelingRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<ZelfbeoordelingRepository> make_sql_zelfbeoordeling_repository(SqlConnection& c);

}  // namespace regie::store
