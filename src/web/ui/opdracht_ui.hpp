// HTML pages of opdrachten (OPD-1..OPD-3): the list with filters, the form with the eleven parts
// and the checklist beside each part, the opdracht with its timeline and the steps the reader
// may take, and a read-only print view. Core flows work without JavaScript.
#pragma once

#include "web/ui/ui.hpp"

namespace regie::web::ui {

Response opdrachten(const App& app, const UiContext& ui, Request& req);
Response opdracht(const App& app, const UiContext& ui, Request& req);
Response opdracht_afdrukken(const App& app, const UiContext& ui, Request& req);
Response opdracht_nieuw(const App& app, const UiContext& ui, Request& req);
Response opdracht_aanmaken(const App& app, const UiContext& ui, Request& req);
Response opdracht_form(const App& app, const UiContext& ui, Request& req);
Response opdracht_opslaan(const App& app, const UiContext& ui, Request& req);
Response opdracht_stap(const App& app, const UiContext& ui, Request& req);
// OPD-5: a wijzigingsverzoek (form, page, afstemming, besluit), a version and two compared.
Response wijzigingsverzoek_nieuw(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek_indienen(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek_afstemming(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek_besluit(const App& app, const UiContext& ui, Request& req);
Response opdracht_versie(const App& app, const UiContext& ui, Request& req);
Response opdracht_vergelijking(const App& app, const UiContext& ui, Request& req);
// OPD-5: the start page's block of open wijzigingsverzoeken; empty when there are none.
std::string verzoeken_startblok(const App& app, const UiContext& ui);

}  // namespace regie::web::ui
