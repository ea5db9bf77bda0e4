// The in-memory MetingRepository (MON-4, MON-5).
#include <algorithm>
#include <tuple>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using monitoring::Indicatormeting;
using monitoring::Procesmeting;

class MemoryMetingen final : public MetingRepository {
 public:
  explicit MemoryMetingen(MemoryData& d) : d_(d) {}

  Result<Id> create_indicatormeting(const Indicatormeting& m) override {
    if (!d_.regios.contains(m.regio_id)) return in_gebruik("regio");
    for (const auto& [id, t] : d_.indicatormetingen) {
      if (std::tie(t.regio_id, t.jaar, t.doel_nummer, t.indicator, t.peildatum) ==
          std::tie(m.regio_id, m.jaar, m.doel_nummer, m.indicator, m.peildatum)) {
        return bestaat_al("indicatormeting");
      }
    }
    return insert_row(d_, d_.indicatormetingen, m);
  }
  Result<Indicatormeting> get_indicatormeting(Id id) override {
    return get_row(d_.indicatormetingen, id, "indicatormeting");
  }
  Result<void> delete_indicatormeting(Id id) override {
    if (d_.indicatormetingen.erase(id) == 0) return niet_gevonden("indicatormeting", id);
    return Ok();
  }
  Result<std::vector<Indicatormeting>> indicatormetingen(Id regio_id, std::int32_t jaar) override {
    auto out = rows_where(d_.indicatormetingen, [&](const Indicatormeting& m) {
      return m.regio_id == regio_id && m.jaar == jaar;
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.peildatum, a.id) < std::tie(b.peildatum, b.id);
    });
    return out;
  }
  Result<Id> create_procesmeting(const Procesmeting& m) override {
    if (!d_.regios.contains(m.regio_id)) return in_gebruik("regio");
    for (const auto& [id, t] : d_.procesmetingen) {
      if (std::tie(t.regio_id, t.deelnemer_id, t.maat, t.maand) ==
          std::tie(m.regio_id, m.deelnemer_id, m.maat, m.maand)) {
        return bestaat_al("procesmeting");
      }
    }
    return insert_row(d_, d_.procesmetingen, m);
  }
  Result<Procesmeting> get_procesmeting(Id id) override {
    return get_row(d_.procesmetingen, id, "procesmeting");
  }
  Result<void> delete_procesmeting(Id id) override {
    if (d_.procesmetingen.erase(id) == 0) return niet_gevonden("procesmeting", id);
    return Ok();
  }
  Result<std::vector<Procesmeting>> procesmetingen(Id regio_id, monitoring::Maand van,
                                                   monitoring::Maand tot) override {
    auto out = rows_where(d_.procesmetingen, [&](const Procesmeting& m) {
      return m.regio_id == regio_id && m.maand >= van && m.maand <= tot;
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.maand, a.id) < std::tie(b.maand, b.id);
    });
    return out;
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<MetingRepository> make_memory_metingen(MemoryData& data) {
  return std::make_unique<MemoryMetingen>(data);
}

}  // namespace regie::fake
