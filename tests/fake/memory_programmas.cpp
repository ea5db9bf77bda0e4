// The in-memory ProgrammaRepository (UP-1, UP-2, UP-4).
#include <algorithm>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using programma::Uitvoeringsprogramma;

class MemoryProgrammas final : public ProgrammaRepository {
 public:
  explicit MemoryProgrammas(MemoryData& d) : d_(d) {}

  Result<std::vector<Uitvoeringsprogramma>> list_programmas(Id regio_id) override {
    auto out = rows_where(d_.programmas,
                          [&](const Uitvoeringsprogramma& p) { return p.regio_id == regio_id; });
    std::sort(out.begin(), out.end(),
              [](const Uitvoeringsprogramma& a, const Uitvoeringsprogramma& b) {
                return std::tie(b.jaar, b.versienummer) < std::tie(a.jaar, a.versienummer);
              });
    return out;
  }
  Result<Uitvoeringsprogramma> get_programma(Id id) override {
    return get_row(d_.programmas, id, "uitvoeringsprogrammas");
  }
  Result<Id> create_programma(const Uitvoeringsprogramma& p) override {
    if (!d_.regios.contains(p.regio_id)) return in_gebruik("regio");
    if (dubbel(p)) return bestaat_al("uitvoeringsprogramma");
    REGIE_TRY(deelnemers_bestaan(p));
    Uitvoeringsprogramma nieuw = p;
    nieuw.versie = 1;
    return insert_row(d_, d_.programmas, nieuw);
  }
  Result<void> update_programma(const Uitvoeringsprogramma& p) override {
    REGIE_TRY(guarded(d_.programmas, p.id, p.versie, "uitvoeringsprogrammas"));
    if (dubbel(p)) return bestaat_al("uitvoeringsprogramma");
    REGIE_TRY(deelnemers_bestaan(p));
    return update_row(d_.programmas, p.id, p.versie, "uitvoeringsprogrammas",
                      [&](Uitvoeringsprogramma& row) {
                        const auto versie = row.versie;
                        const auto regio = row.regio_id;
                        const auto jaar = row.jaar;
                        row = p;
                        row.versie = versie;
                        row.regio_id = regio;
                        row.jaar = jaar;
                      });
  }

 private:
  bool dubbel(const Uitvoeringsprogramma& p) const {
    return std::any_of(d_.programmas.begin(), d_.programmas.end(), [&](const auto& e) {
      return e.first != p.id && e.second.regio_id == p.regio_id && e.second.jaar == p.jaar &&
             e.second.versienummer == p.versienummer;
    });
  }
  Result<void> deelnemers_bestaan(const Uitvoeringsprogramma& p) const {
    for (const auto& g : p.regels) {
      if (g.deelnemer_id != 0 && !d_.organisaties.contains(g.deelnemer_id)) {
        return in_gebruik("organisatie");
      }
    }
    return Ok();
  }

  MemoryData& d_;
};

}  // namespace

std::unique_ptr<ProgrammaRepository> make_memory_programmas(MemoryData& data) {
  return std::make_unique<MemoryProgrammas>(data);
}

}  // namespace regie::fake
