// AuditRepository over SqlConnection, one SQL text for both engines.
#pragma once

#include <memory>

#include "domain/audit/audit_repository.hpp"
#include "store/sql.hpp"

namespace regie::store {

std::unique_ptr<AuditRepository> make_sql_audit_repository(SqlConnection& c);

}  // namespace regie::store
