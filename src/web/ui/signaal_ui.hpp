// HTML of signalen (OPD-6) that other pages show: the section "Signalen" of the opdracht page (the
// list, the form "Signaal melden" for the opdrachtnemer side, a form "Afhandelen" per open signaal
// for the opdrachtgever side) and the block of open signalen on the start page. The form posts
// are routes of signaal_ui.cpp (add_signaal_ui). Core flows work without JavaScript.
#pragma once

#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// The rendered section for the opdracht page (read-only in the print view).
std::string signalen_sectie(const App& app, const UiContext& ui,
                            const service::OpdrachtDetail& detail, bool afdrukken);
// The rendered start-page block of the actor's open signalen; empty when there are none.
std::string signalen_startblok(const App& app, const UiContext& ui);

}  // namespace regie::web::ui
