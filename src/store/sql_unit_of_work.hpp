// The SQL unit of work: the repositories of store/sql/ over one connection, for both engines.
#pragma once

#include <memory>

#include "domain/repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

// Takes a lease whose connection already has an open transaction.
std::unique_ptr<UnitOfWork> make_sql_unit_of_work(std::unique_ptr<ConnectionLease> lease);

}  // namespace regie::store
