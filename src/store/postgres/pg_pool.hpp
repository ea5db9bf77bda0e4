// The PostgreSQL backend of the SQL seam: a ConnectionPool over libpq connections. libpqxx stays
// inside pg_pool.cpp; nothing outside this folder sees it.
//
// Connections are opened lazily, up to `size` at a time. Each new connection runs
// `SET datestyle = 'ISO, YMD'` and `SET TIME ZONE 'UTC'`, so dates and timestamps come back as
// text in one fixed form. acquire() blocks while all connections are leased and gives up after
// 10 seconds with Error::storage("pool uitgeput"). Thread-safe; a lease and its connection are
// used by one thread at a time. Leases may outlive the pool object.
//
// Reconnecting: a connection that broke (server restarted, backend killed) is discarded when its
// lease ends. acquire() checks an idle connection (no round trip: it looks whether the server
// closed the socket) and opens a fresh one in its place. A request that was using the connection
// when it broke fails with kStorage; the next acquire() works again once the server is back,
// without restarting the process. While the server is down, acquire() fails at once with
// kStorage (a TCP connect may take up to libpq's connect_timeout, which the URL can set).
//
// Failures: every libpqxx or std exception becomes an Error. A unique violation (SQLSTATE 23505)
// is kConflict "fout.bestaat_al", a foreign-key violation (23503) kConflict "fout.in_gebruik",
// everything else kStorage "fout.opslag" with the server message as detail. Details never contain
// the password from the URL.
//
// Transactions: begin() opens a READ COMMITTED transaction (the same for reads and writes);
// commit() refuses, and rolls back, when a statement in the transaction failed, because
// PostgreSQL would silently turn that COMMIT into a ROLLBACK. A lease destroyed with a
// transaction still open rolls it back.
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"
#include "store/sql.hpp"

namespace regie::store {

// `url` is a libpq connection string: a URI such as
// "postgresql://user:pw@host:5432/regie" or "postgresql://postgres@/regie_test?host=/tmp/pg",
// or the keyword form "host=... dbname=...". `size` must be at least 1. Connects to nothing
// yet: a wrong URL or an unreachable server shows on the first acquire().
Result<std::unique_ptr<ConnectionPool>> make_postgres_pool(const std::string& url, int size);

// `url` with its password (in the user info, or a password= parameter) replaced by "***";
// for logs and error details.
std::string redact_postgres_url(const std::string& url);

}  // namespace regie::store
