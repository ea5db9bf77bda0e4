// The in-memory BeleidsdoelRepository (OPD-7).
#include <algorithm>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryBeleidsdoelen final : public BeleidsdoelRepository {
 public:
  explicit MemoryBeleidsdoelen(MemoryData& d) : d_(d) {}

  Result<Id> create(const opdrachten::Beleidsdoel& b) override {
    if (!d_.opdrachten.contains(b.opdracht_id)) return in_gebruik("opdracht");
    if (!d_.documenten.contains(b.document_id)) return in_gebruik("cyclusdocument");
    bool dubbel = std::any_of(d_.beleidsdoelen.begin(), d_.beleidsdoelen.end(), [&](const auto& e) {
      return e.second.opdracht_id == b.opdracht_id && e.second.document_id == b.document_id;
    });
    if (dubbel) return bestaat_al("beleidsdoel");
    return insert_row(d_, d_.beleidsdoelen, b);
  }
  Result<void> remove(Id id) override {
    if (d_.beleidsdoelen.erase(id) == 0) return Error::not_found("beleidsdoel");
    return Ok();
  }
  Result<std::vector<opdrachten::Beleidsdoel>> list(Id opdracht_id) override {
    return rows_where(d_.beleidsdoelen,
                      [&](const auto& b) { return b.opdracht_id == opdracht_id; });
  }
  Result<std::vector<opdrachten::Beleidsdoel>> list_voor_document(Id document_id) override {
    return rows_where(d_.beleidsdoelen,
                      [&](const auto& b) { return b.document_id == document_id; });
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<BeleidsdoelRepository> make_memory_beleidsdoelen(MemoryData& data) {
  return std::make_unique<MemoryBeleidsdoelen>(data);
}

}  // namespace regie::fake
