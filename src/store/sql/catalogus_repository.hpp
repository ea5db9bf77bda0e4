// CatalogusRepository over SqlConnection, one SQL text for both engines (UP-3).
#pragma once

#include <memory>

#include "domain/programma/catalogus_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<CatalogusRepository> make_sql_catalogus_repository(SqlConnection& c);

}  // namespace regie::store
