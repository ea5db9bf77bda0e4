// GOV-5: the note on the hats at stake where a bestuurder is prepared for a decision, shown on
// the bestuurder's overview and on a wijzigingsverzoek laid before them.
#pragma once

#include <string>
#include <string_view>

#include "domain/auth/actor.hpp"

namespace regie::web::ui {

// "Let op uw petten: u bent <rol> en lid van het algemeen bestuur (eigenaar) …", or empty when
// the actor sits in neither the AB nor the DB. `als` names the hat the decision is taken in,
// e.g. "bestuurlijk opdrachtgever van Gemeente Beekdal".
std::string petten_let_op(const auth::Actor& actor, std::string_view als);

}  // namespace regie::web::ui
