// The in-memory RondeRepository (B8-4).
#include <algorithm>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryRondes final : public RondeRepository {
 public:
  explicit MemoryRondes(MemoryData& d) : d_(d) {}

  Result<std::vector<beleidscyclus::Ronde>> list_rondes(Id stap_id) override {
    auto rows = rows_where(d_.rondes, [&](const auto& r) { return r.stap_id == stap_id; });
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.periode < b.periode; });
    return rows;
  }
  Result<Id> create_ronde(const beleidscyclus::Ronde& ronde) override {
    if (!d_.stappen.contains(ronde.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.rondes, ronde);
  }
  Result<std::vector<beleidscyclus::Planwijziging>> list_planwijzigingen(Id stap_id) override {
    return rows_where(d_.planwijzigingen, [&](const auto& p) { return p.stap_id == stap_id; });
  }
  Result<Id> create_planwijziging(const beleidscyclus::Planwijziging& p) override {
    if (!d_.stappen.contains(p.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.planwijzigingen, p);
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<RondeRepository> make_memory_rondes(MemoryData& data) {
  return std::make_unique<MemoryRondes>(data);
}

}  // namespace regie::fake
