// The in-memory InterneAfstemmingRepository (OPD-8).
#include <algorithm>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryInterneAfstemmingen final : public InterneAfstemmingRepository {
 public:
  explicit MemoryInterneAfstemmingen(MemoryData& d) : d_(d) {}

  Result<Id> create(const opdrachten::InterneAfstemming& a) override {
    if (!d_.opdrachten.contains(a.opdracht_id)) return in_gebruik("opdracht");
    return insert_row(d_, d_.interne_afstemmingen, a);
  }
  Result<std::vector<opdrachten::InterneAfstemming>> list(Id opdracht_id) override {
    auto rows = rows_where(d_.interne_afstemmingen,
                           [&](const auto& a) { return a.opdracht_id == opdracht_id; });
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.op < b.op; });
    return rows;
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<InterneAfstemmingRepository> make_memory_interne_afstemmingen(MemoryData& data) {
  return std::make_unique<MemoryInterneAfstemmingen>(data);
}

}  // namespace regie::fake
