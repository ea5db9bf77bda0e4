// HTML of the beleidsdoelen (OPD-7): on the opdracht page, the policy products of the Big 8 the
// opdracht serves and which doelen and keuzes from them, with the form to name one and a button
// to remove one; on a product's step page, the opdrachten that serve it. The form posts are
// routes of beleidsdoel_ui.cpp (add_beleidsdoel_ui). Works without JavaScript.
#pragma once

#include <string>
#include <vector>

#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "service/opdracht_service.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// The rendered section for the opdracht page. Read-only in the print view.
std::string beleidsdoel_sectie(const App& app, const UiContext& ui,
                               const service::OpdrachtDetail& detail, bool afdrukken);

// The rendered section for a step page: per policy product among `documenten`, the opdrachten
// the reader may see that serve it; empty when the step has no policy product.
std::string dekking_sectie(const App& app, const UiContext& ui,
                           const std::vector<beleidscyclus::Document>& documenten);

}  // namespace regie::web::ui
