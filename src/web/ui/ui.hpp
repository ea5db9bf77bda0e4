// HTML pages (Dutch, NL Design System). Core flows work without JavaScript: plain links,
// GET filter forms, POST forms with a CSRF token, redirect after a successful POST.
// routes.cpp wires these handlers with authentication and the CSRF check. Every delete asks
// first: x_verwijderen_form is the confirmation page (GET), x_verwijderen the delete (POST).
#pragma once

#include <optional>
#include <string>

#include "service/context.hpp"
#include "web/app.hpp"

namespace regie::web::ui {

struct UiContext {
  service::Context ctx;
  std::string csrf;
};

using UiHandler = Response (*)(const App&, const UiContext&, Request&);
using PublicHandler = Response (*)(const App&, Request&);

// The session cookie's name: __Host- prefixed (and Secure) over HTTPS.
std::string sessie_cookie_naam(bool secure);
std::optional<UiContext> session(const App& app, const Request& req);
Response login_redirect(const Request& req);
// A POST whose CSRF token is missing or wrong.
Response csrf_refused(const App& app, const UiContext* ui, const Request& req);
bool csrf_ok(const UiContext& ui, const Request& req);

Response inloggen_form(const App& app, Request& req);
Response inloggen(const App& app, Request& req);
Response toegankelijkheid(const App& app, Request& req);
Response static_file(const App& app, Request& req);
// The Dutch page for a URL that does not exist (with the header when logged in).
Response not_found_page(const App& app, const Request& req);

Response uitloggen(const App& app, const UiContext& ui, Request& req);
Response start(const App& app, const UiContext& ui, Request& req);
Response regio(const App& app, const UiContext& ui, Request& req);
Response regio_form(const App& app, const UiContext& ui, Request& req);
Response regio_opslaan(const App& app, const UiContext& ui, Request& req);
// GOV-9: the governance health page (the actor's own view for an opdrachtgever/bestuurder).
Response bevindingen(const App& app, const UiContext& ui, Request& req);

// GOV-9 for one organisatie (its own view for an opdrachtgever or bestuurder).
Response organisatie_bevindingen(const App& app, const UiContext& ui, Request& req);
Response organisaties(const App& app, const UiContext& ui, Request& req);
Response organisatie(const App& app, const UiContext& ui, Request& req);
Response organisatie_nieuw(const App& app, const UiContext& ui, Request& req);
Response organisatie_aanmaken(const App& app, const UiContext& ui, Request& req);
Response organisatie_form(const App& app, const UiContext& ui, Request& req);
Response organisatie_opslaan(const App& app, const UiContext& ui, Request& req);
Response organisatie_verwijderen_form(const App& app, const UiContext& ui, Request& req);
Response organisatie_verwijderen(const App& app, const UiContext& ui, Request& req);
Response deelnemerschap_aanmaken(const App& app, const UiContext& ui, Request& req);
Response deelnemerschap_verwijderen_form(const App& app, const UiContext& ui, Request& req);
Response deelnemerschap_verwijderen(const App& app, const UiContext& ui, Request& req);

Response personen(const App& app, const UiContext& ui, Request& req);
Response persoon(const App& app, const UiContext& ui, Request& req);
Response persoon_nieuw(const App& app, const UiContext& ui, Request& req);
Response persoon_aanmaken(const App& app, const UiContext& ui, Request& req);
Response persoon_form(const App& app, const UiContext& ui, Request& req);
Response persoon_opslaan(const App& app, const UiContext& ui, Request& req);
Response persoon_verwijderen_form(const App& app, const UiContext& ui, Request& req);
Response persoon_verwijderen(const App& app, const UiContext& ui, Request& req);

Response rollen(const App& app, const UiContext& ui, Request& req);
Response rol(const App& app, const UiContext& ui, Request& req);
Response rol_nieuw(const App& app, const UiContext& ui, Request& req);
Response rol_aanmaken(const App& app, const UiContext& ui, Request& req);
Response rol_form(const App& app, const UiContext& ui, Request& req);
Response rol_opslaan(const App& app, const UiContext& ui, Request& req);
Response rol_verwijderen_form(const App& app, const UiContext& ui, Request& req);
Response rol_verwijderen(const App& app, const UiContext& ui, Request& req);

// Collectief opdrachtgeverschap and the projectgroep (GOV-6, GOV-8).
Response vertegenwoordigingen(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging_nieuw(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging_aanmaken(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging_form(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging_opslaan(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging_verwijderen_form(const App& app, const UiContext& ui, Request& req);
Response vertegenwoordiging_verwijderen(const App& app, const UiContext& ui, Request& req);
Response projectgroep(const App& app, const UiContext& ui, Request& req);
Response projectgroep_regisseur(const App& app, const UiContext& ui, Request& req);
Response projectgroeplid_aanmaken(const App& app, const UiContext& ui, Request& req);
Response projectgroeplid_verwijderen_form(const App& app, const UiContext& ui, Request& req);
Response projectgroeplid_verwijderen(const App& app, const UiContext& ui, Request& req);
// COMP-1: Mijn competenties (own self-assessments), the form per jaar and profiel, and the
// regio's aggregate "Competenties in de regio" (no individual scores).
Response mijn_competenties(const App& app, const UiContext& ui, Request& req);
Response zelfbeoordeling_nieuw(const App& app, const UiContext& ui, Request& req);
Response zelfbeoordeling_aanmaken(const App& app, const UiContext& ui, Request& req);
Response zelfbeoordeling_form(const App& app, const UiContext& ui, Request& req);
Response zelfbeoordeling_opslaan(const App& app, const UiContext& ui, Request& req);
Response regio_competenties(const App& app, const UiContext& ui, Request& req);

}  // namespace regie::web::ui
