// The in-memory SignaalRepository (OPD-6).
#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemorySignalen final : public SignaalRepository {
 public:
  explicit MemorySignalen(MemoryData& d) : d_(d) {}

  Result<Id> create(const opdrachten::Signaal& s) override {
    if (!d_.opdrachten.contains(s.opdracht_id)) return in_gebruik("opdracht");
    auto nieuw = s;
    nieuw.versie = 1;
    return insert_row(d_, d_.signalen, nieuw);
  }
  Result<void> update(const opdrachten::Signaal& s) override {
    return update_row(d_.signalen, s.id, s.versie, "opdracht_signalen",
                      [&](opdrachten::Signaal& t) {
                        t.status = s.status;
                        t.afhandeling = s.afhandeling;
                        t.afgehandeld_door = s.afgehandeld_door;
                        t.afgehandeld_op = s.afgehandeld_op;
                        t.afgehandeld_namens = s.afgehandeld_namens;
                      });
  }
  Result<opdrachten::Signaal> get(Id id) override { return get_row(d_.signalen, id, "signaal"); }
  Result<std::vector<opdrachten::Signaal>> list(Id opdracht_id) override {
    return rows_where(d_.signalen, [&](const auto& s) { return s.opdracht_id == opdracht_id; });
  }
  Result<std::vector<opdrachten::Signaal>> list_open(Id regio_id) override {
    return rows_where(d_.signalen, [&](const opdrachten::Signaal& s) {
      auto o = d_.opdrachten.find(s.opdracht_id);
      return s.status == opdrachten::SignaalStatus::kOpen && o != d_.opdrachten.end() &&
             o->second.regio_id == regio_id;
    });
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<SignaalRepository> make_memory_signalen(MemoryData& data) {
  return std::make_unique<MemorySignalen>(data);
}

}  // namespace regie::fake
