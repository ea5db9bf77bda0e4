// The in-memory KoppelingRepository (OPD-4, OPD-7).
#include <algorithm>
#include <tuple>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryKoppelingen final : public KoppelingRepository {
 public:
  explicit MemoryKoppelingen(MemoryData& d) : d_(d) {}

  Result<std::vector<programma::Programmakoppeling>> list(Id opdracht_id) override {
    auto rows =
        rows_where(d_.koppelingen, [&](const auto& k) { return k.opdracht_id == opdracht_id; });
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.regel < b.regel; });
    return rows;
  }

  Result<std::vector<programma::Programmakoppeling>> list_regio(Id regio_id,
                                                                std::int32_t jaar) override {
    auto rows = rows_where(d_.koppelingen, [&](const auto& k) {
      auto o = d_.opdrachten.find(k.opdracht_id);
      return o != d_.opdrachten.end() && o->second.regio_id == regio_id && o->second.jaar == jaar;
    });
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return std::tie(a.opdracht_id, a.regel) < std::tie(b.opdracht_id, b.regel);
    });
    return rows;
  }

  Result<void> vervang(Id opdracht_id, std::int64_t versie,
                       const std::vector<programma::Programmakoppeling>& nieuw) override {
    if (!nieuw.empty() && !d_.opdrachten.contains(opdracht_id)) return in_gebruik("opdracht");
    REGIE_ASSIGN_OR_RETURN(auto bestaand, list(opdracht_id));
    if (koppelversie(bestaand) != versie) {
      return Error::stale("programmakoppelingen van opdracht " + std::to_string(opdracht_id));
    }
    for (const auto& k : bestaand) d_.koppelingen.erase(k.id);
    for (auto k : nieuw) {
      k.opdracht_id = opdracht_id;
      REGIE_TRY(insert_row(d_, d_.koppelingen, std::move(k)));
    }
    return Ok();
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<KoppelingRepository> make_memory_koppelingen(MemoryData& data) {
  return std::make_unique<MemoryKoppelingen>(data);
}

}  // namespace regie::fake
