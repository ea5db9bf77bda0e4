// The bestuurder's overview on the start page (service/bestuursoverzicht_service.hpp): the
// opdrachten of its organisaties with their budget, open wijzigingsverzoeken with their cost,
// open signalen and the coming decisions of the Big 8, with the hats at stake.
#pragma once

#include <string>

#include "web/ui/session.hpp"

namespace regie::web::ui {

// The rendered block; empty for whoever is no bestuurlijk opdrachtgever.
std::string bestuur_startblok(const App& app, const UiContext& ui);

}  // namespace regie::web::ui
