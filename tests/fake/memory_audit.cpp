// The in-memory AuditRepository; it can be made to fail every append
// (MemoryStore::set_audit_fails).
#include <optional>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryAudit final : public AuditRepository {
 public:
  MemoryAudit(MemoryData& d, bool fails) : d_(d), fails_(fails) {}

  Result<void> lock() override { return Ok(); }
  Result<std::optional<audit::Entry>> last() override {
    if (d_.audit.empty()) return std::optional<audit::Entry>{};
    return std::optional<audit::Entry>{d_.audit.rbegin()->second};
  }
  Result<void> append(const audit::Entry& entry) override {
    if (fails_) return Error::storage("audit_log: schijf vol (nagebootst)");
    REGIE_TRY(insert_row(d_, d_.audit, entry));
    return Ok();
  }
  Result<std::vector<audit::Entry>> list(std::int64_t after_id, std::int64_t limit) override {
    std::vector<audit::Entry> out;
    for (auto it = d_.audit.upper_bound(after_id);
         it != d_.audit.end() && static_cast<std::int64_t>(out.size()) < limit; ++it) {
      out.push_back(it->second);
    }
    return out;
  }

 private:
  MemoryData& d_;
  bool fails_;
};

}  // namespace

std::unique_ptr<AuditRepository> make_memory_audit(MemoryData& data, bool fails) {
  return std::make_unique<MemoryAudit>(data, fails);
}

}  // namespace regie::fake
