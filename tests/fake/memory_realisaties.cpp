// The in-memory RealisatieRepository (MON-1, MON-6, MON-7).
#include <algorithm>
#include <iterator>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using monitoring::Bronsysteem;
using monitoring::Cellen;
using monitoring::Maand;
using monitoring::Periodeafsluiting;
using monitoring::Realisatie;
using monitoring::RealisatieImport;
using monitoring::Taakveldcellen;
using monitoring::Telling;

class MemoryRealisaties final : public RealisatieRepository {
 public:
  explicit MemoryRealisaties(MemoryData& d) : d_(d) {}

  Result<std::vector<Bronsysteem>> list_bronnen(Id regio_id) override {
    auto rows = rows_where(d_.bronnen, [&](const auto& b) { return b.regio_id == regio_id; });
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.naam < b.naam; });
    return rows;
  }
  Result<Bronsysteem> get_bron(Id id) override { return get_row(d_.bronnen, id, "bronsysteem"); }
  Result<Id> create_bron(const Bronsysteem& b) override {
    for (const auto& [id, o] : d_.bronnen) {
      if (o.regio_id == b.regio_id && o.naam == b.naam) return bestaat_al("bronsysteem");
    }
    Bronsysteem n = b;
    n.versie = 1;
    return insert_row(d_, d_.bronnen, n);
  }
  Result<void> update_bron(const Bronsysteem& b) override {
    for (const auto& [id, o] : d_.bronnen) {
      if (id != b.id && o.regio_id == b.regio_id && o.naam == b.naam) {
        return bestaat_al("bronsysteem");
      }
    }
    return update_row(d_.bronnen, b.id, b.versie, "bronsysteem", [&](Bronsysteem& o) {
      o.naam = b.naam;
      o.kolommen = b.kolommen;
      o.deelnemernamen = b.deelnemernamen;
      o.zaaktypen = b.zaaktypen;
    });
  }

  Result<std::vector<RealisatieImport>> list_imports(Id regio_id, std::int64_t limiet) override {
    std::vector<RealisatieImport> out;
    for (auto it = d_.realisatie_imports.rbegin(); it != d_.realisatie_imports.rend(); ++it) {
      if (it->second.regio_id != regio_id) continue;
      if (static_cast<std::int64_t>(out.size()) >= limiet) break;
      out.push_back(met_naam(it->second));
    }
    return out;
  }
  Result<RealisatieImport> get_import(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto i, get_row(d_.realisatie_imports, id, "realisatie-import"));
    return met_naam(i);
  }
  Result<Id> create_import(const RealisatieImport& i) override {
    RealisatieImport n = i;
    n.bron_naam.clear();
    return insert_row(d_, d_.realisatie_imports, n);
  }
  Result<void> set_import_telling(Id id, Maand van, Maand tot, const Telling& t,
                                  const std::string& sha256) override {
    auto it = d_.realisatie_imports.find(id);
    if (it == d_.realisatie_imports.end()) return niet_gevonden("realisatie-import", id);
    it->second.sha256 = sha256;
    it->second.van_maand = van;
    it->second.tot_maand = tot;
    it->second.telling = t;
    return Ok();
  }
  Result<void> set_vervangen(Id id, Id door_import) override {
    auto it = d_.realisatie_imports.find(id);
    if (it == d_.realisatie_imports.end()) return niet_gevonden("realisatie-import", id);
    it->second.status = monitoring::ImportStatus::kVervangen;
    it->second.vervangen_door = door_import;
    return Ok();
  }

  // The import's next numbers (decision 51), as the SQL store gives them.
  Result<void> voeg_toe(const std::vector<Realisatie>& rijen) override {
    for (const auto& r : rijen) {
      if (!d_.realisatie_imports.contains(r.import_id)) {
        return niet_gevonden("realisatie-import", r.import_id);
      }
      const auto volgende =
          d_.realisaties.lower_bound(monitoring::realisatie_id(r.import_id + 1, 0));
      Realisatie x = r;
      x.id =
          volgende != d_.realisaties.begin() && std::prev(volgende)->second.import_id == r.import_id
              ? std::prev(volgende)->first + 1
              : monitoring::eerste_realisatie_id(r.import_id);
      d_.realisaties.emplace(x.id, std::move(x));
    }
    return Ok();
  }
  Result<std::vector<Realisatie>> list_realisaties(Id import_id, Id na_id,
                                                   std::int64_t limiet) override {
    std::vector<Realisatie> out;
    for (auto it = d_.realisaties.upper_bound(na_id);
         it != d_.realisaties.end() && static_cast<std::int64_t>(out.size()) < limiet; ++it) {
      if (it->second.import_id == import_id) out.push_back(it->second);
    }
    return out;
  }

  Result<void> bewaar_import_cellen(Id import_id, const Cellen& cellen) override {
    monitoring::tel(d_.import_cellen[import_id], cellen, 1);
    return Ok();
  }
  Result<Cellen> import_cellen(Id import_id) override {
    auto it = d_.import_cellen.find(import_id);
    return it == d_.import_cellen.end() ? Cellen{} : it->second;
  }
  Result<void> tel_bij(Id regio_id, const Cellen& cellen, std::int64_t teken) override {
    monitoring::tel(d_.cellen[regio_id], cellen, teken);
    monitoring::tel(d_.taakveldcellen[regio_id], monitoring::per_taakveld(cellen), teken);
    return Ok();
  }
  Result<Cellen> cellen(Id regio_id, Maand van, Maand tot, std::optional<Id> deelnemer) override {
    Cellen out;
    for (const auto& [cel, t] : d_.cellen[regio_id]) {
      if (cel.maand < van || cel.maand > tot) continue;
      if (deelnemer && cel.deelnemer_id != *deelnemer) continue;
      out.emplace(cel, t);
    }
    return out;
  }
  Result<Taakveldcellen> taakveldcellen(Id regio_id, Maand van, Maand tot) override {
    Taakveldcellen out;
    for (const auto& [cel, t] : d_.taakveldcellen[regio_id]) {
      if (cel.maand >= van && cel.maand <= tot) out.emplace(cel, t);
    }
    return out;
  }
  Result<Cellen> herbereken(Id regio_id) override {
    Cellen out;
    for (const auto& [id, r] : d_.realisaties) {
      const auto& i = d_.realisatie_imports.at(r.import_id);
      if (i.regio_id != regio_id || i.status != monitoring::ImportStatus::kActief) continue;
      const auto& c = d_.import_cellen.at(r.import_id)
                          .at({r.deelnemer_id, r.productcode, monitoring::maand_van(r.datum)});
      Cellen een;
      een.emplace(monitoring::Cel{r.deelnemer_id, r.productcode, monitoring::maand_van(r.datum)},
                  monitoring::Celtelling{c.taakveld, c.soort, monitoring::telling_van(r)});
      monitoring::tel(out, een, 1);
    }
    return out;
  }

  Result<std::vector<Periodeafsluiting>> list_afsluitingen(Id regio_id) override {
    return d_.afsluitingen[regio_id];
  }
  Result<void> sluit(Id regio_id, const Periodeafsluiting& a) override {
    auto& lijst = d_.afsluitingen[regio_id];
    for (const auto& o : lijst) {
      if (o.maand == a.maand) return bestaat_al("periode_afsluiting");
    }
    lijst.push_back(a);
    std::sort(lijst.begin(), lijst.end(),
              [](const auto& x, const auto& y) { return x.maand < y.maand; });
    return Ok();
  }

 private:
  RealisatieImport met_naam(RealisatieImport i) const {
    if (i.bron_id) {
      auto b = d_.bronnen.find(*i.bron_id);
      if (b != d_.bronnen.end()) i.bron_naam = b->second.naam;
    }
    return i;
  }

  MemoryData& d_;
};

}  // namespace

std::unique_ptr<RealisatieRepository> make_memory_realisaties(MemoryData& data) {
  return std::make_unique<MemoryRealisaties>(data);
}

}  // namespace regie::fake
