// InterneAfstemmingRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/opdrachten/interne_afstemming_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<InterneAfstemmingRepository> make_sql_interne_afstemming_repository(
    SqlConnection& c);

}  // namespace regie::store
