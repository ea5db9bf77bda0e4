// Authorization before validation (decision 4): a write is refused for who may not do it before
// anything is said about its input or its version. Where a new record names the organisatie it
// belongs to in its body, that organisatie decides; these helpers read it first.
#pragma once

#include <string>

#include "core/fields.hpp"
#include "domain/auth/actor.hpp"
#include "domain/repository.hpp"

namespace regie::service {

// The organisatie a write names in field `veld` of its body, when that field holds the id of an
// organisatie of the actor's regio; otherwise (absent, unreadable, elsewhere) the actor's own
// organisatie, so that the refusal of who may not write at all still comes first and the input
// is then judged by validation. The service authorizes the parsed record again.
Id target_organisatie(UnitOfWork& uow, const auth::Actor& actor, const Fields& fields,
                      const std::string& veld);

}  // namespace regie::service
