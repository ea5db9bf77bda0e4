// SQLite connection pool: one writer connection (SQLite allows one writer; WAL lets readers
// go on beside it) and a few reader connections. Every connection has WAL, a busy timeout and
// foreign keys on. Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"
#include "store/sql.hpp"

namespace regie::store {

Result<std::unique_ptr<ConnectionPool>> make_sqlite_pool(const std::string& path, int readers);

}  // namespace regie::store
