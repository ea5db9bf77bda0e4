// GOV-9: the governance health of a regio on a peildatum: every finding of the rolvastheid
// checks (GOV-4..GOV-8, domain/governance/rolvastheid.hpp) over the register as stored.
// OD roles and the beheerder see every finding of their regio; an opdrachtgever or bestuurder
// sees the findings that concern its own organisatie (its own view). Thread-safe.
#pragma once

#include <memory>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/governance/rolvastheid.hpp"
#include "domain/repository.hpp"
#include "service/context.hpp"

namespace regie::service {

struct Gezondheid {
  std::vector<governance::Bevinding> bevindingen;
  // Names of every organisatie and persoon a finding refers to, for display.
  std::map<Id, std::string> organisatie_namen;
  std::map<Id, std::string> persoon_namen;
  bool eigen_weergave = false;  // filtered to the actor's organisatie
};

class GovernanceService {
 public:
  explicit GovernanceService(std::shared_ptr<Store> store) : store_(std::move(store)) {}

  // kNotFound for another regio.
  Result<Gezondheid> bevindingen(const Context& ctx, Id regio_id, Datum peildatum);

 private:
  std::shared_ptr<Store> store_;
};

}  // namespace regie::service
