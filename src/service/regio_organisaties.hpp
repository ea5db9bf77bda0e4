// The organisaties of a regio by name, and those that are deelnemer on 1 January of a year: who
// a catalogue's keys and a programme's begroting speak of (UP-2, UP-3).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.hpp"
#include "domain/governance/types.hpp"
#include "domain/repository.hpp"

namespace regie::service {

struct RegioOrganisaties {
  std::vector<governance::Organisatie> alle;
  std::vector<governance::Organisatie> deelnemers;
};

Result<RegioOrganisaties> regio_organisaties(UnitOfWork& uow, Id regio_id, std::int32_t jaar);

// The same for several years at once, the register read once: the deelnemers of each year of
// `jaren`, in that order.
struct RegioOrganisatiesPerJaar {
  std::vector<governance::Organisatie> alle;
  std::vector<std::vector<governance::Organisatie>> deelnemers_per_jaar;
};
Result<RegioOrganisatiesPerJaar> regio_organisaties(UnitOfWork& uow, Id regio_id,
                                                    const std::vector<std::int32_t>& jaren);

}  // namespace regie::service
