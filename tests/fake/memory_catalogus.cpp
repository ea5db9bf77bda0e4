// The in-memory CatalogusRepository (UP-3).
#include <algorithm>
#include <map>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using programma::Product;
using programma::Verdeelsleutel;

class MemoryCatalogus final : public CatalogusRepository {
 public:
  explicit MemoryCatalogus(MemoryData& d) : d_(d) {}

  Result<std::vector<Product>> list_producten(Id regio_id, std::int32_t jaar) override {
    auto out = rows_where(
        d_.producten, [&](const Product& p) { return p.regio_id == regio_id && p.jaar == jaar; });
    std::sort(out.begin(), out.end(), [](const Product& a, const Product& b) {
      return std::tie(a.taakveld, a.code, a.id) < std::tie(b.taakveld, b.code, b.id);
    });
    return out;
  }
  Result<Product> get_product(Id id) override { return get_row(d_.producten, id, "producten"); }
  Result<Id> create_product(const Product& p) override {
    if (!d_.regios.contains(p.regio_id)) return in_gebruik("regio");
    if (dubbel(p)) return bestaat_al("product");
    Product nieuw = p;
    nieuw.versie = 1;
    return insert_row(d_, d_.producten, nieuw);
  }
  Result<void> update_product(const Product& p) override {
    REGIE_TRY(guarded(d_.producten, p.id, p.versie, "producten"));
    if (dubbel(p)) return bestaat_al("product");
    return update_row(d_.producten, p.id, p.versie, "producten", [&](Product& row) {
      const auto versie = row.versie;
      row = p;
      row.versie = versie;
    });
  }
  Result<void> delete_product(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.producten, id, versie, "producten"));
    d_.producten.erase(id);
    return Ok();
  }
  Result<std::vector<CatalogusJaar>> list_jaren(Id regio_id) override {
    std::map<std::int32_t, std::int64_t, std::greater<>> jaren;
    for (const auto& [id, p] : d_.producten) {
      if (p.regio_id == regio_id) ++jaren[p.jaar];
    }
    std::vector<CatalogusJaar> out;
    out.reserve(jaren.size());
    for (const auto& [jaar, n] : jaren) out.push_back({jaar, n});
    return out;
  }
  Result<std::vector<Verdeelsleutel>> list_sleutels(Id regio_id, std::int32_t jaar) override {
    auto out = rows_where(d_.verdeelsleutels, [&](const Verdeelsleutel& k) {
      return k.regio_id == regio_id && k.jaar == jaar;
    });
    std::sort(out.begin(), out.end(),
              [](const Verdeelsleutel& a, const Verdeelsleutel& b) { return a.code < b.code; });
    return out;
  }
  Result<Id> create_sleutel(const Verdeelsleutel& k) override {
    if (!d_.regios.contains(k.regio_id)) return in_gebruik("regio");
    for (const auto& a : k.aandelen) {
      if (!d_.organisaties.contains(a.organisatie_id)) return in_gebruik("organisatie");
    }
    bool bestaat =
        std::any_of(d_.verdeelsleutels.begin(), d_.verdeelsleutels.end(), [&](const auto& e) {
          return e.second.regio_id == k.regio_id && e.second.jaar == k.jaar &&
                 e.second.code == k.code;
        });
    if (bestaat) return bestaat_al("verdeelsleutel");
    Verdeelsleutel nieuw = k;
    nieuw.versie = 1;
    return insert_row(d_, d_.verdeelsleutels, nieuw);
  }
  Result<Verdeelsleutel> get_sleutel(Id id) override {
    return get_row(d_.verdeelsleutels, id, "verdeelsleutels");
  }
  Result<void> update_sleutel(const Verdeelsleutel& k) override {
    for (const auto& a : k.aandelen) {
      if (!d_.organisaties.contains(a.organisatie_id)) return in_gebruik("organisatie");
    }
    return update_row(d_.verdeelsleutels, k.id, k.versie, "verdeelsleutels",
                      [&](Verdeelsleutel& row) {
                        row.naam = k.naam;
                        row.eenheid = k.eenheid;
                        row.aandelen = k.aandelen;
                      });
  }
  Result<void> delete_sleutel(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.verdeelsleutels, id, versie, "verdeelsleutels"));
    d_.verdeelsleutels.erase(id);
    return Ok();
  }

 private:
  bool dubbel(const Product& p) const {
    return std::any_of(d_.producten.begin(), d_.producten.end(), [&](const auto& e) {
      return e.first != p.id && e.second.regio_id == p.regio_id && e.second.jaar == p.jaar &&
             e.second.code == p.code;
    });
  }

  MemoryData& d_;
};

}  // namespace

std::unique_ptr<CatalogusRepository> make_memory_catalogus(MemoryData& data) {
  return std::make_unique<MemoryCatalogus>(data);
}

}  // namespace regie::fake
