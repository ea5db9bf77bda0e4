// The collectief opdrachtgeverschap port: vertegenwoordigingen (GOV-6) and the projectgroep of a
// regio (GOV-8). Vertegenwoordigingen are listed by id; updates and deletes take the versie the
// user read (kStale when changed since, kNotFound when gone). A regio has at most one
// projectgroep, whose leden are listed by id.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"
#include "domain/governance/rolvastheid.hpp"
#include "domain/repository.hpp"

namespace regie {

class CollectiefRepository {
 public:
  virtual ~CollectiefRepository() = default;

  virtual Result<std::vector<governance::Vertegenwoordiging>> list_vertegenwoordigingen(
      Id regio_id) = 0;
  virtual Result<governance::Vertegenwoordiging> get_vertegenwoordiging(Id id) = 0;
  virtual Result<Id> create_vertegenwoordiging(const governance::Vertegenwoordiging& v) = 0;
  virtual Result<void> update_vertegenwoordiging(const governance::Vertegenwoordiging& v) = 0;
  virtual Result<void> delete_vertegenwoordiging(Id id, std::int64_t versie) = 0;

  // The regio's projectgroep with its leden; empty when none was set up.
  virtual Result<std::optional<governance::Projectgroep>> get_projectgroep(Id regio_id) = 0;
  // Creates the projectgroep when `versie` is 0, else updates the regisseur (and who appointed
  // it when) of the version the user saw (kStale when stale or when it was created meanwhile;
  // kNotFound when it is gone).
  virtual Result<void> save_projectgroep(Id regio_id,
                                         const governance::RegisseurBenoeming& regisseur,
                                         std::int64_t versie) = 0;
  virtual Result<Id> create_projectgroep_lid(Id regio_id,
                                             const governance::Projectgroep::Lid& lid) = 0;
  // kNotFound when the lid is not in this regio's projectgroep.
  virtual Result<void> delete_projectgroep_lid(Id regio_id, Id lid_id) = 0;
};

}  // namespace regie
