// What the pages of the Big 8 share with the pages that point into it (beleidscyclus_ui.cpp).
#pragma once

#include <string>

#include "domain/beleidscyclus/beleidscyclus.hpp"

namespace regie::web::ui {

// The page of a step: /regio/beleidscyclus/stappen/{id}.
std::string stap_href(governance::Id stap_id);
// B8-4: "door het algemeen bestuur op 28-10-2026", or "–" when the document is not adopted.
std::string vastgesteld_tekst(const beleidscyclus::Document& d);

}  // namespace regie::web::ui
