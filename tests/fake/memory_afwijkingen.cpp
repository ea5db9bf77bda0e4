// The in-memory AfwijkingRepository (MON-3).
#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using monitoring::Afwijkingssignaal;

class MemoryAfwijkingen final : public AfwijkingRepository {
 public:
  explicit MemoryAfwijkingen(MemoryData& d) : d_(d) {}

  Result<Id> create(const Afwijkingssignaal& s) override {
    if (!d_.regios.contains(s.regio_id) || !d_.organisaties.contains(s.deelnemer_id)) {
      return in_gebruik("regio of deelnemer");
    }
    // One signaal in progress per deelnemer, soort and year.
    for (const auto& [id, t] : d_.afwijkingen) {
      if (monitoring::is_lopend(s.status) && monitoring::is_lopend(t.status) &&
          t.regio_id == s.regio_id && t.jaar == s.jaar && t.deelnemer_id == s.deelnemer_id &&
          t.soort == s.soort) {
        return bestaat_al("lopend afwijkingssignaal");
      }
    }
    auto nieuw = s;
    nieuw.versie = 1;
    return insert_row(d_, d_.afwijkingen, nieuw);
  }
  Result<void> update(const Afwijkingssignaal& s) override {
    return update_row(
        d_.afwijkingen, s.id, s.versie, "afwijkingssignalen", [&](Afwijkingssignaal& t) {
          const auto vast = std::tuple(t.id, t.regio_id, t.jaar, t.deelnemer_id, t.soort, t.versie);
          t = s;
          std::tie(t.id, t.regio_id, t.jaar, t.deelnemer_id, t.soort, t.versie) = vast;
        });
  }
  Result<Afwijkingssignaal> get(Id id) override {
    return get_row(d_.afwijkingen, id, "afwijkingssignaal");
  }
  Result<std::vector<Afwijkingssignaal>> list(const AfwijkingQuery& q) override {
    return rows_where(d_.afwijkingen, [&](const Afwijkingssignaal& s) {
      return s.regio_id == q.regio_id && (!q.jaar || s.jaar == *q.jaar) &&
             (!q.deelnemer_id || s.deelnemer_id == *q.deelnemer_id) &&
             (!q.alleen_lopend || monitoring::is_lopend(s.status));
    });
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<AfwijkingRepository> make_memory_afwijkingen(MemoryData& data) {
  return std::make_unique<MemoryAfwijkingen>(data);
}

}  // namespace regie::fake
