// The afwijkingssignalen port (MON-3): the signalen of a regio and year, created and updated
// inside the import's transaction and by the bijsturing's use cases. update takes the versie
// read (kStale when it changed since); get fails with kNotFound for an unknown id. Lists are by
// id.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.hpp"
#include "domain/monitoring/bijsturing.hpp"
#include "domain/repository.hpp"

namespace regie {

struct AfwijkingQuery {
  Id regio_id = 0;
  std::optional<std::int32_t> jaar;
  std::optional<Id> deelnemer_id;
  bool alleen_lopend = false;  // open or with a voorstel
};

class AfwijkingRepository {
 public:
  virtual ~AfwijkingRepository() = default;

  virtual Result<Id> create(const monitoring::Afwijkingssignaal& s) = 0;
  // Figures, status, voorstel and besluit.
  virtual Result<void> update(const monitoring::Afwijkingssignaal& s) = 0;
  virtual Result<monitoring::Afwijkingssignaal> get(Id id) = 0;
  virtual Result<std::vector<monitoring::Afwijkingssignaal>> list(const AfwijkingQuery& q) = 0;
};

}  // namespace regie
