// The HTML routes. Each UI capability adds its pages and forms in its own file
// (add_<capability>_ui, beside its handlers); routes.cpp calls one line per capability and wires
// every route with its guard: a page needs a session, a form POST also the session's CSRF token.
#pragma once

#include <string>
#include <vector>

#include "web/ui/session.hpp"

namespace regie::web::ui {

struct UiRoute {
  std::string method;
  std::string path;
  UiHandler handler = nullptr;             // a session required (a POST: its CSRF token too)
  PublicHandler public_handler = nullptr;  // no session
};

class UiRoutes {
 public:
  // GET of a page: a session is required; without one, the login page.
  void add_page(const std::string& path, UiHandler handler);
  // POST of a form: a session and its CSRF token are required.
  void add_form(const std::string& path, UiHandler handler);
  // Without a session (the login page, static files).
  void add_public(const std::string& method, const std::string& path, PublicHandler handler);

  const std::vector<UiRoute>& routes() const { return routes_; }

 private:
  std::vector<UiRoute> routes_;
};

// One line per capability in ui_routes() (routes.cpp); each in web/ui/<capability>_ui.cpp.
void add_auth_ui(UiRoutes& routes);
void add_start_ui(UiRoutes& routes);
void add_regio_ui(UiRoutes& routes);
void add_register_ui(UiRoutes& routes);
void add_rol_ui(UiRoutes& routes);
void add_governance_ui(UiRoutes& routes);
void add_opdracht_ui(UiRoutes& routes);
void add_wijziging_ui(UiRoutes& routes);
void add_signaal_ui(UiRoutes& routes);
void add_interne_afstemming_ui(UiRoutes& routes);
void add_beleidsdoel_ui(UiRoutes& routes);
void add_koppeling_ui(UiRoutes& routes);
void add_competentie_ui(UiRoutes& routes);
void add_beleidscyclus_ui(UiRoutes& routes);
void add_catalogus_ui(UiRoutes& routes);
void add_product_ui(UiRoutes& routes);
void add_sleutel_ui(UiRoutes& routes);
void add_catalogus_import_ui(UiRoutes& routes);
void add_realisatie_ui(UiRoutes& routes);
void add_monitoring_ui(UiRoutes& routes);
void add_afwijking_ui(UiRoutes& routes);
void add_meting_ui(UiRoutes& routes);
void add_programma_ui(UiRoutes& routes);
void add_doel_ui(UiRoutes& routes);
void add_begroting_ui(UiRoutes& routes);
void add_account_ui(UiRoutes& routes);

// All HTML routes (routes.cpp: one line per capability).
UiRoutes ui_routes();

// The Dutch page for a URL that does not exist (with the header when logged in).
Response not_found_page(const App& app, const Request& req);

}  // namespace regie::web::ui
