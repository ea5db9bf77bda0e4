// The port of the Big 8 rounds (B8-4): the rounds a step has left and the moves of its planned
// end. Both are appended, never changed; a record for a step that is gone fails with kConflict.
#pragma once

#include <vector>

#include "core/result.hpp"
#include "domain/beleidscyclus/ronde.hpp"
#include "domain/repository.hpp"

namespace regie {

class RondeRepository {
 public:
  virtual ~RondeRepository() = default;

  // By periode (oldest first), then id.
  virtual Result<std::vector<beleidscyclus::Ronde>> list_rondes(Id stap_id) = 0;
  virtual Result<Id> create_ronde(const beleidscyclus::Ronde& ronde) = 0;
  // By id (the order they were made).
  virtual Result<std::vector<beleidscyclus::Planwijziging>> list_planwijzigingen(Id stap_id) = 0;
  virtual Result<Id> create_planwijziging(const beleidscyclus::Planwijziging& wijziging) = 0;
};

}  // namespace regie
