// The in-memory CollectiefRepository: vertegenwoordigingen (GOV-6) and the projectgroep (GOV-8).
#include <algorithm>
#include <optional>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryCollectief final : public CollectiefRepository {
 public:
  explicit MemoryCollectief(MemoryData& d) : d_(d) {}

  Result<std::vector<governance::Vertegenwoordiging>> list_vertegenwoordigingen(
      Id regio_id) override {
    return rows_where(d_.vertegenwoordigingen,
                      [&](const auto& v) { return v.regio_id == regio_id; });
  }
  Result<governance::Vertegenwoordiging> get_vertegenwoordiging(Id id) override {
    return get_row(d_.vertegenwoordigingen, id, "vertegenwoordigingen");
  }
  Result<Id> create_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    auto nieuw = v;
    nieuw.versie = 1;
    return insert_row(d_, d_.vertegenwoordigingen, nieuw);
  }
  Result<void> update_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    return update_row(d_.vertegenwoordigingen, v.id, v.versie, "vertegenwoordigingen",
                      [&](governance::Vertegenwoordiging& w) {
                        w.opdrachtgever_id = v.opdrachtgever_id;
                        w.vertegenwoordigde_id = v.vertegenwoordigde_id;
                        w.mandaat = v.mandaat;
                        w.omvang = v.omvang;
                      });
  }
  Result<void> delete_vertegenwoordiging(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.vertegenwoordigingen, id, versie, "vertegenwoordigingen"));
    d_.vertegenwoordigingen.erase(id);
    return Ok();
  }

  Result<std::optional<governance::Projectgroep>> get_projectgroep(Id regio_id) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (it == d_.projectgroepen.end()) return std::optional<governance::Projectgroep>{};
    return std::optional<governance::Projectgroep>{it->second};
  }
  Result<void> save_projectgroep(Id regio_id, const governance::RegisseurBenoeming& regisseur,
                                 std::int64_t versie) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (versie == 0) {
      if (it != d_.projectgroepen.end()) return Error::stale("projectgroep bestaat al");
      governance::Projectgroep groep;
      groep.regio_id = regio_id;
      groep.regisseur_persoon_id = regisseur.persoon_id;
      groep.regisseur_benoemd_door = regisseur.benoemd_door;
      groep.regisseur_benoemd_op = regisseur.benoemd_op;
      groep.versie = 1;
      d_.projectgroepen[regio_id] = groep;
      return Ok();
    }
    if (it == d_.projectgroepen.end()) return Error::not_found("projectgroep");
    if (it->second.versie != versie) {
      return Error::stale("projectgroep versie " + std::to_string(versie) + " is verouderd");
    }
    it->second.regisseur_persoon_id = regisseur.persoon_id;
    it->second.regisseur_benoemd_door = regisseur.benoemd_door;
    it->second.regisseur_benoemd_op = regisseur.benoemd_op;
    ++it->second.versie;
    return Ok();
  }
  Result<Id> create_projectgroep_lid(Id regio_id,
                                     const governance::Projectgroep::Lid& lid) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (it == d_.projectgroepen.end()) return in_gebruik("geen projectgroep");
    for (const auto& l : it->second.leden) {
      if (l.persoon_id == lid.persoon_id && l.organisatie_id == lid.organisatie_id) {
        return bestaat_al("projectgroeplid");
      }
    }
    auto nieuw = lid;
    nieuw.id = d_.nieuw_id();
    it->second.leden.push_back(nieuw);
    return nieuw.id;
  }
  Result<void> delete_projectgroep_lid(Id regio_id, Id lid_id) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (it != d_.projectgroepen.end()) {
      auto& leden = it->second.leden;
      auto lid =
          std::find_if(leden.begin(), leden.end(), [&](const auto& l) { return l.id == lid_id; });
      if (lid != leden.end()) {
        leden.erase(lid);
        return Ok();
      }
    }
    return niet_gevonden("projectgroeplid", lid_id);
  }

 private:
  MemoryData& d_;
};

}  // namespace

std::unique_ptr<CollectiefRepository> make_memory_collectief(MemoryData& data) {
  return std::make_unique<MemoryCollectief>(data);
}

}  // namespace regie::fake
