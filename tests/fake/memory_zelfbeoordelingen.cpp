// The in-memory ZelfbeoordelingRepository (COMP-1).
#include <algorithm>
#include <string>
#include <tuple>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryZelfbeoordelingen final : public ZelfbeoordelingRepository {
 public:
  explicit MemoryZelfbeoordelingen(MemoryData& d) : d_(d) {}

  Result<std::vector<competenties::Zelfbeoordeling>> list(const ZelfbeoordelingQuery& q) override {
    auto out = rows_where(d_.zelfbeoordelingen, [&](const competenties::Zelfbeoordeling& z) {
      auto p = d_.personen.find(z.persoon_id);
      return p != d_.personen.end() && p->second.regio_id == q.regio_id &&
             (!q.persoon_id || z.persoon_id == *q.persoon_id) && (!q.jaar || z.jaar == *q.jaar);
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::make_tuple(-a.jaar, std::string(code(a.profiel)), a.id) <
             std::make_tuple(-b.jaar, std::string(code(b.profiel)), b.id);
    });
    return out;
  }
  Result<competenties::Zelfbeoordeling> get(Id id) override {
    return get_row(d_.zelfbeoordelingen, id, "zelfbeoordeling");
  }
  Result<Id> create(const competenties::Zelfbeoordeling& z) override {
    if (!d_.personen.contains(z.persoon_id)) return in_gebruik("persoon");
    for (const auto& [id, bestaand] : d_.zelfbeoordelingen) {
      if (bestaand.persoon_id == z.persoon_id && bestaand.jaar == z.jaar &&
          bestaand.profiel == z.profiel) {
        return bestaat_al("zelfbeoordeling");
      }
    }
    auto nieuw = z;
    nieuw.versie = 1;
    return insert_row(d_, d_.zelfbeoordelingen, nieuw);
  }
  Result<void> update(const competenties::Zelfbeoordeling& z) override {
    return update_row(d_.zelfbeoordelingen, z.id, z.versie, "zelfbeoordelingen",
                      [&](competenties::Zelfbeoordeling& t) { t.scores = z.scores; });
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<ZelfbeoordelingRepository> make_memory_zelfbeoordelingen(MemoryData& data) {
  return std::make_unique<MemoryZelfbeoordelingen>(data);
}

}  // namespace regie::fake
