// The signaal port (OPD-6): stagnatie and onvoorziene omstandigheden reported on an opdracht.
// get/update fail with kNotFound when the signaal is gone; update takes the versie the user read
// (kStale when it changed since). Lists are oldest first.
#pragma once

#include <vector>

#include "core/result.hpp"
#include "domain/opdrachten/signaal.hpp"
#include "domain/repository.hpp"

namespace regie {

class SignaalRepository {
 public:
  virtual ~SignaalRepository() = default;

  virtual Result<Id> create(const opdrachten::Signaal& s) = 0;
  // Status and afhandeling (with who and when).
  virtual Result<void> update(const opdrachten::Signaal& s) = 0;
  virtual Result<opdrachten::Signaal> get(Id id) = 0;
  // The signalen of an opdracht.
  virtual Result<std::vector<opdrachten::Signaal>> list(Id opdracht_id) = 0;
  // The open signalen on the opdrachten of a regio (the start page).
  virtual Result<std::vector<opdrachten::Signaal>> list_open(Id regio_id) = 0;
};

}  // namespace regie
