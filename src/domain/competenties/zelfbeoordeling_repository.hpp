// The zelfbeoordeling port (COMP): a persoon's self-assessment per jaar and profiel, with its
// scores in the order of the profile's catalogue (codes no longer in it come last). A persoon has
// at most one per jaar and profiel: a second create fails with kConflict "fout.bestaat_al". get
// and update fail with kNotFound when it is gone; update replaces the scores, guarded by the
// versie the user read (kStale when it changed since).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"
#include "domain/competenties/competenties.hpp"
#include "domain/repository.hpp"

namespace regie {

struct ZelfbeoordelingQuery {
  Id regio_id = 0;               // personen of this regio
  std::optional<Id> persoon_id;  // only this persoon's
  std::optional<std::int32_t> jaar;
};

class ZelfbeoordelingRepository {
 public:
  virtual ~ZelfbeoordelingRepository() = default;

  // Ordered by jaar (newest first), then profiel, then id.
  virtual Result<std::vector<competenties::Zelfbeoordeling>> list(
      const ZelfbeoordelingQuery& q) = 0;
  virtual Result<competenties::Zelfbeoordeling> get(Id id) = 0;
  virtual Result<Id> create(const competenties::Zelfbeoordeling& z) = 0;
  virtual Result<void> update(const competenties::Zelfbeoordeling& z) = 0;
};

}  // namespace regie
