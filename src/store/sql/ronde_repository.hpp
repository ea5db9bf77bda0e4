// RondeRepository over SqlConnection, one SQL text for both engines (B8-4).
#pragma once

#include <memory>

#include "domain/beleidscyclus/ronde_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<RondeRepository> make_sql_ronde_repository(SqlConnection& c);

}  // namespace regie::store
