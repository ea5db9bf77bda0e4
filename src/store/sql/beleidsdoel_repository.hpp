// BeleidsdoelRepository over SqlConnection, one SQL text for both engines (OPD-7).
#pragma once

#include <memory>

#include "domain/opdrachten/beleidsdoel_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<BeleidsdoelRepository> make_sql_beleidsdoel_repository(SqlConnection& c);

}  // namespace regie::store
