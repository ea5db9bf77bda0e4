// The in-memory CyclusRepository: the Big 8 cycle (B8).
#include <algorithm>
#include <tuple>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryCyclus final : public CyclusRepository {
 public:
  explicit MemoryCyclus(MemoryData& d) : d_(d) {}

  Result<std::vector<beleidscyclus::Stap>> list_stappen(Id regio_id) override {
    auto out = rows_where(d_.stappen, [&](const auto& s) { return s.regio_id == regio_id; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.volgorde, a.id) < std::tie(b.volgorde, b.id);
    });
    return out;
  }
  Result<beleidscyclus::Stap> get_stap(Id id) override {
    return get_row(d_.stappen, id, "cyclusstap");
  }
  Result<Id> create_stap(const beleidscyclus::Stap& stap) override {
    if (!d_.regios.contains(stap.regio_id)) return in_gebruik("regio");
    for (const auto& [id, s] : d_.stappen) {
      if (s.regio_id == stap.regio_id && s.code == stap.code) return bestaat_al("cyclusstap");
    }
    auto nieuw = stap;
    nieuw.versie = 1;
    return insert_row(d_, d_.stappen, nieuw);
  }
  Result<void> update_stap(const beleidscyclus::Stap& stap) override {
    return update_row(d_.stappen, stap.id, stap.versie, "cyclusstappen",
                      [&](beleidscyclus::Stap& s) {
                        auto versie = s.versie;
                        auto regio_id = s.regio_id;
                        auto code = s.code;
                        s = stap;
                        s.versie = versie;
                        s.regio_id = regio_id;
                        s.code = code;
                      });
  }
  Result<std::vector<beleidscyclus::Document>> list_documenten(Id stap_id) override {
    return rows_where(d_.documenten, [&](const auto& d) { return d.stap_id == stap_id; });
  }
  Result<Id> create_document(const beleidscyclus::Document& document) override {
    if (!d_.stappen.contains(document.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.documenten, document);
  }
  Result<std::vector<beleidscyclus::Besluit>> list_besluiten(Id stap_id) override {
    auto out = rows_where(d_.besluiten, [&](const auto& b) { return b.stap_id == stap_id; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.datum, a.id) < std::tie(b.datum, b.id);
    });
    return out;
  }
  Result<Id> create_besluit(const beleidscyclus::Besluit& besluit) override {
    if (!d_.stappen.contains(besluit.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.besluiten, besluit);
  }
  Result<std::vector<beleidscyclus::Heropening>> list_heropeningen(Id stap_id) override {
    return rows_where(d_.heropeningen, [&](const auto& h) { return h.stap_id == stap_id; });
  }
  Result<Id> create_heropening(const beleidscyclus::Heropening& heropening) override {
    if (!d_.stappen.contains(heropening.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.heropeningen, heropening);
  }
  Result<std::vector<beleidscyclus::Evaluatieconclusie>> list_evaluatieconclusies(
      Id regio_id) override {
    auto out =
        rows_where(d_.evaluatieconclusies, [&](const auto& e) { return e.regio_id == regio_id; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.datum, a.id) < std::tie(b.datum, b.id);
    });
    return out;
  }
  Result<Id> create_evaluatieconclusie(const beleidscyclus::Evaluatieconclusie& e) override {
    if (!d_.stappen.contains(e.stap_id) || !d_.stappen.contains(e.raakt_stap_id)) {
      return in_gebruik("cyclusstap");
    }
    return insert_row(d_, d_.evaluatieconclusies, e);
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<CyclusRepository> make_memory_cyclus(MemoryData& data) {
  return std::make_unique<MemoryCyclus>(data);
}

}  // namespace regie::fake
