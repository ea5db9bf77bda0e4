// HTML of the interne afstemming (OPD-8) on the opdracht page: the records of the omgevingsdienst's
// consultation of its teams, why acceptance still waits, and the form "Interne afstemming
// vastleggen" for the opdrachtnemer side while the opdracht is aangeboden. The form post is a
// route of interne_afstemming_ui.cpp (add_interne_afstemming_ui). Works without JavaScript.
#pragma once

#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// The rendered section for the opdracht page; empty when there is nothing to show (no record,
// and the opdracht is not aangeboden). Read-only in the print view.
std::string interne_afstemming_sectie(const App& app, const UiContext& ui,
                                      const service::OpdrachtDetail& detail, bool afdrukken);

}  // namespace regie::web::ui
