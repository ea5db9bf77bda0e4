// HTML of versions and wijzigingsverzoeken of an opdracht (OPD-5): the section on the opdracht
// page, a wijzigingsverzoek (form, page, afstemming, besluit), a version and two compared, and
// the start page's block of open wijzigingsverzoeken.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/ui.hpp"

namespace regie::web::ui {

Response wijzigingsverzoek_nieuw(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek_indienen(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek_afstemming(const App& app, const UiContext& ui, Request& req);
Response wijzigingsverzoek_besluit(const App& app, const UiContext& ui, Request& req);
Response opdracht_versie(const App& app, const UiContext& ui, Request& req);
Response opdracht_vergelijking(const App& app, const UiContext& ui, Request& req);

// The section "Wijzigingen" of the opdracht page; null when the opdracht never had a version or
// verzoek and cannot get one yet.
nlohmann::json wijzigingen_view(const App& app, const UiContext& ui,
                                const service::OpdrachtDetail& d);
// The start page's block of open wijzigingsverzoeken; empty when there are none.
std::string verzoeken_startblok(const App& app, const UiContext& ui);

}  // namespace regie::web::ui
