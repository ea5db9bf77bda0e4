// HTML of the programmakoppelingen (OPD-4, OPD-7): on the opdracht page, the programmaregels of
// its year's uitvoeringsprogramma it carries out, the doelen they serve, and its own money and
// hours beside theirs with the difference; the form page to choose the lines is a route of
// koppeling_ui.cpp (add_koppeling_ui). Works without JavaScript.
#pragma once

#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// The rendered section for the opdracht page. Read-only in the print view.
std::string koppeling_sectie(const App& app, const UiContext& ui,
                             const service::OpdrachtDetail& detail, bool afdrukken);

}  // namespace regie::web::ui
