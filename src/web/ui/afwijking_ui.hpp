// The afwijkingen in the web UI (MON-3; decision 48): what the start page and an opdracht show.
#pragma once

#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// The signalen in progress the reader acts on, at once on the start page; "" when none.
std::string afwijkingen_startblok(const App& app, const UiContext& ui);
// The section "Afwijkingen" of an opdracht: the signalen of its year it shows (collectief or
// its deelnemer's specifiek ones); "" when there are none.
std::string afwijkingen_sectie(const App& app, const UiContext& ui,
                               const service::OpdrachtDetail& detail);

}  // namespace regie::web::ui
