// HTML of versions and wijzigingsverzoeken of an opdracht (OPD-5) that other pages show: the
// section on the opdracht page and the start page's block of open wijzigingsverzoeken. The pages
// of a wijzigingsverzoek, a version and two compared are routes of wijziging_ui.cpp
// (add_wijziging_ui).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "service/opdracht_service.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// The section "Wijzigingen" of the opdracht page; null when the opdracht never had a version or
// verzoek and cannot get one yet.
nlohmann::json wijzigingen_view(const App& app, const UiContext& ui,
                                const service::OpdrachtDetail& d);
// The page of a wijzigingsverzoek of opdracht `id`.
std::string verzoek_href(Id id, Id verzoek_id);

// The start page's block of open wijzigingsverzoeken; empty when there are none.
std::string verzoeken_startblok(const App& app, const UiContext& ui);

}  // namespace regie::web::ui
