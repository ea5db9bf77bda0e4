// The interne-afstemming port (OPD-8): what the omgevingsdienst recorded of its consultation of
// the teams before accepting an opdracht. Records are added, never changed. Lists are oldest
// first.
#pragma once

#include <vector>

#include "core/result.hpp"
#include "domain/opdrachten/interne_afstemming.hpp"
#include "domain/repository.hpp"

namespace regie {

class InterneAfstemmingRepository {
 public:
  virtual ~InterneAfstemmingRepository() = default;

  // kConflict when the opdracht does not exist.
  virtual Result<Id> create(const opdrachten::InterneAfstemming& a) = 0;
  // The afstemmingen of an opdracht, by op, then id.
  virtual Result<std::vector<opdrachten::InterneAfstemming>> list(Id opdracht_id) = 0;
};

}  // namespace regie
