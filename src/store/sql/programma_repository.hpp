// ProgrammaRepository over SqlConnection, one SQL text for both engines (UP-1, UP-2, UP-4).
#pragma once

#include <memory>

#include "domain/programma/programma_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<ProgrammaRepository> make_sql_programma_repository(SqlConnection& c);

}  // namespace regie::store
