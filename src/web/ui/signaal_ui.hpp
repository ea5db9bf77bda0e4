// HTML of signalen (OPD-6): the section "Signalen" of the opdracht page (the list, the form
// "Signaal melden" for the opdrachtnemer side, a form "Afhandelen" per open signaal for the
// opdrachtgever side), the form posts, and the block of open signalen on the start page.
// Core flows work without JavaScript.
#pragma once

#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/ui.hpp"

namespace regie::web::ui {

// The rendered section for the opdracht page (read-only in the print view).
std::string signalen_sectie(const App& app, const UiContext& ui,
                            const service::OpdrachtDetail& detail, bool afdrukken);
// The rendered start-page block of the actor's open signalen; empty when there are none.
std::string signalen_startblok(const App& app, const UiContext& ui);

Response signaal_melden(const App& app, const UiContext& ui, Request& req);
Response signaal_afhandelen(const App& app, const UiContext& ui, Request& req);

}  // namespace regie::web::ui
