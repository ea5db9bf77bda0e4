// The start page's work lists (OPD-3): what waits for the reader and what waits for the other
// side, the Big 8 steps the reader owns that are late, and the findings that concern the reader.
#pragma once

#include <string>

#include "web/ui/page.hpp"

namespace regie::web::ui {

// Rendered HTML for the start page; "" when there is nothing to show.
std::string werklijst_startblok(const App& app, const UiContext& ui);

}  // namespace regie::web::ui
