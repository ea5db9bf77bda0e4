// HTML pages of the Big 8 cycle (B8-1..B8-3) of the actor's regio: the cycle as a circle with a
// text alternative and a table, one page per step with its documents, decisions and reopenings,
// and the forms to change them. Work without JavaScript; routes.cpp wires them with the session
// and CSRF checks.
#pragma once

#include "web/ui/ui.hpp"

namespace regie::web::ui {

Response beleidscyclus(const App& app, const UiContext& ui, Request& req);
Response cyclusstap(const App& app, const UiContext& ui, Request& req);
Response cyclusstap_form(const App& app, const UiContext& ui, Request& req);
Response cyclusstap_opslaan(const App& app, const UiContext& ui, Request& req);
Response cyclusdocument_aanmaken(const App& app, const UiContext& ui, Request& req);
Response cyclusbesluit_aanmaken(const App& app, const UiContext& ui, Request& req);
// B8-3
Response cyclusstap_heropenen(const App& app, const UiContext& ui, Request& req);
// B8-2
Response evaluatieconclusie_aanmaken(const App& app, const UiContext& ui, Request& req);

}  // namespace regie::web::ui
