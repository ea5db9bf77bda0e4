// AccountRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/auth/account_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<AccountRepository> make_sql_account_repository(SqlConnection& c);

}  // namespace regie::store
