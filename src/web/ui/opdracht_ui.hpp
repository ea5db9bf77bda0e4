// HTML pages of opdrachten (OPD-1..OPD-3): the list with filters, the form with the eleven parts
// and the checklist beside each part, the opdracht with its timeline and the steps the reader
// may take, and a read-only print view. Core flows work without JavaScript.
#pragma once

#include "web/ui/ui.hpp"
#include "web/ui/wijziging_ui.hpp"  // OPD-5

namespace regie::web::ui {

Response opdrachten(const App& app, const UiContext& ui, Request& req);
Response opdracht(const App& app, const UiContext& ui, Request& req);
Response opdracht_afdrukken(const App& app, const UiContext& ui, Request& req);
Response opdracht_nieuw(const App& app, const UiContext& ui, Request& req);
Response opdracht_aanmaken(const App& app, const UiContext& ui, Request& req);
Response opdracht_form(const App& app, const UiContext& ui, Request& req);
Response opdracht_opslaan(const App& app, const UiContext& ui, Request& req);
Response opdracht_stap(const App& app, const UiContext& ui, Request& req);

}  // namespace regie::web::ui
