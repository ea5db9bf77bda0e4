// The audit port: the hash-chained audit log (domain/audit/chain.hpp), append-only. Entries get
// increasing ids in the order they are appended; lists are by id.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"
#include "domain/audit/chain.hpp"
#include "domain/repository.hpp"

namespace regie {

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;

  // Serialises writers of the chain until commit (a no-op where the database already has a
  // single writer). Call before last() when appending.
  virtual Result<void> lock() = 0;
  // The newest entry; empty for an empty log.
  virtual Result<std::optional<audit::Entry>> last() = 0;
  virtual Result<void> append(const audit::Entry& entry) = 0;
  // At most `limit` entries with an id above `after_id`, oldest first.
  virtual Result<std::vector<audit::Entry>> list(std::int64_t after_id, std::int64_t limit) = 0;
};

}  // namespace regie
