// The one route table of regie: every URL the server answers, with how it is
// guarded.
#include <spdlog/spdlog.h>

#include "web/api/api.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"
#include "web/app.hpp"
#include "web/messages.hpp"
#include "web/ui/beleidscyclus_ui.hpp"
#include "web/ui/opdracht_ui.hpp"
// ---- Signalen (OPD-6)
#include "web/ui/signaal_ui.hpp"
#include "web/ui/ui.hpp"

namespace regie::web {
namespace {

// API route: bearer token required. An operation with a request body takes only JSON (415).
Handler bearer(const std::shared_ptr<const App>& app, api::ApiHandler fn, bool met_body) {
  return [app, fn, met_body](Request& req) {
    Response denied;
    auto ctx = api::authenticate(*app, req, denied);
    if (!ctx) return denied;
    if (met_body) {
      if (auto refused = api::refuse_media_type(req)) return *refused;
    }
    return fn(*app, *ctx, req);
  };
}

// HTML page: a session is required; without one, go to the login page.
Handler session_page(const std::shared_ptr<const App>& app, ui::UiHandler fn) {
  return [app, fn](Request& req) {
    auto ctx = ui::session(*app, req);
    if (!ctx) return ui::login_redirect(req);
    return fn(*app, *ctx, req);
  };
}

// HTML form post: a session and the session's CSRF token are required.
Handler session_form(const std::shared_ptr<const App>& app, ui::UiHandler fn) {
  return [app, fn](Request& req) {
    auto ctx = ui::session(*app, req);
    if (!ctx) return ui::login_redirect(req);
    if (!ui::csrf_ok(*ctx, req)) return ui::csrf_refused(*app, &*ctx, req);
    return fn(*app, *ctx, req);
  };
}

Handler public_page(const std::shared_ptr<const App>& app, ui::PublicHandler fn) {
  return [app, fn](Request& req) { return fn(*app, req); };
}

bool is_api(const std::string& path) { return path.rfind("/api/", 0) == 0 || path == "/api"; }

}  // namespace

namespace api {

ApiRoutes api_routes() {
  ApiRoutes routes;
  add_register_api(routes);
  add_governance_api(routes);
  add_opdracht_api(routes);
  add_wijziging_api(routes);
  add_signaal_api(routes);
  add_competentie_api(routes);
  add_beleidscyclus_api(routes);
  add_openapi_api(routes);
  return routes;
}

}  // namespace api

Router build_router(const std::shared_ptr<const App>& app) {
  Router r;
  const api::ApiRoutes api_table = api::api_routes();
  for (const auto& route : api_table.routes()) {
    const std::string pattern = "/api/v1" + route.path;
    if (route.public_handler) {
      auto fn = route.public_handler;
      r.add(route.method, pattern, [fn](Request& req) { return fn(req); });
    } else {
      r.add(route.method, pattern,
            bearer(app, route.handler, !route.operation.request_schema.empty()));
    }
  }

  // ---- HTML, public
  r.add("GET", "/inloggen", public_page(app, ui::inloggen_form));
  r.add("POST", "/inloggen", public_page(app, ui::inloggen));
  r.add("GET", "/toegankelijkheid", public_page(app, ui::toegankelijkheid));
  r.add("GET", "/static/{bestand}", public_page(app, ui::static_file));

  // ---- HTML, session
  r.add("POST", "/uitloggen", session_form(app, ui::uitloggen));
  r.add("GET", "/", session_page(app, ui::start));
  r.add("GET", "/regio", session_page(app, ui::regio));
  r.add("GET", "/regio/bewerken", session_page(app, ui::regio_form));
  r.add("POST", "/regio/bewerken", session_form(app, ui::regio_opslaan));
  r.add("GET", "/regio/bevindingen", session_page(app, ui::bevindingen));
  r.add("GET", "/organisaties", session_page(app, ui::organisaties));
  r.add("GET", "/organisaties/nieuw", session_page(app, ui::organisatie_nieuw));
  r.add("POST", "/organisaties", session_form(app, ui::organisatie_aanmaken));
  r.add("GET", "/organisaties/{id}", session_page(app, ui::organisatie));
  r.add("GET", "/organisaties/{id}/bewerken", session_page(app, ui::organisatie_form));
  r.add("POST", "/organisaties/{id}", session_form(app, ui::organisatie_opslaan));
  r.add("POST", "/organisaties/{id}/verwijderen", session_form(app, ui::organisatie_verwijderen));
  r.add("POST", "/organisaties/{id}/deelnemerschappen",
        session_form(app, ui::deelnemerschap_aanmaken));
  r.add("POST", "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
        session_form(app, ui::deelnemerschap_verwijderen));
  r.add("GET", "/personen", session_page(app, ui::personen));
  r.add("GET", "/personen/nieuw", session_page(app, ui::persoon_nieuw));
  r.add("POST", "/personen", session_form(app, ui::persoon_aanmaken));
  r.add("GET", "/personen/{id}", session_page(app, ui::persoon));
  r.add("GET", "/personen/{id}/bewerken", session_page(app, ui::persoon_form));
  r.add("POST", "/personen/{id}", session_form(app, ui::persoon_opslaan));
  r.add("POST", "/personen/{id}/verwijderen", session_form(app, ui::persoon_verwijderen));
  r.add("GET", "/rollen", session_page(app, ui::rollen));
  r.add("GET", "/rollen/nieuw", session_page(app, ui::rol_nieuw));
  r.add("POST", "/rollen", session_form(app, ui::rol_aanmaken));
  r.add("GET", "/rollen/{id}", session_page(app, ui::rol));
  r.add("GET", "/rollen/{id}/bewerken", session_page(app, ui::rol_form));
  r.add("POST", "/rollen/{id}", session_form(app, ui::rol_opslaan));
  r.add("POST", "/rollen/{id}/verwijderen", session_form(app, ui::rol_verwijderen));
  // ---- Opdrachten (OPD)
  r.add("GET", "/opdrachten", session_page(app, ui::opdrachten));
  r.add("GET", "/opdrachten/nieuw", session_page(app, ui::opdracht_nieuw));
  r.add("POST", "/opdrachten", session_form(app, ui::opdracht_aanmaken));
  r.add("GET", "/opdrachten/{id}", session_page(app, ui::opdracht));
  r.add("GET", "/opdrachten/{id}/bewerken", session_page(app, ui::opdracht_form));
  r.add("GET", "/opdrachten/{id}/afdrukken", session_page(app, ui::opdracht_afdrukken));
  r.add("POST", "/opdrachten/{id}", session_form(app, ui::opdracht_opslaan));
  r.add("POST", "/opdrachten/{id}/stappen", session_form(app, ui::opdracht_stap));
  // ---- Versies en wijzigingsverzoeken (OPD-5)
  r.add("GET", "/opdrachten/{id}/versies/{nummer}", session_page(app, ui::opdracht_versie));
  r.add("GET", "/opdrachten/{id}/vergelijking", session_page(app, ui::opdracht_vergelijking));
  r.add("GET", "/opdrachten/{id}/wijzigingsverzoeken/nieuw",
        session_page(app, ui::wijzigingsverzoek_nieuw));
  r.add("POST", "/opdrachten/{id}/wijzigingsverzoeken",
        session_form(app, ui::wijzigingsverzoek_indienen));
  r.add("GET", "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}",
        session_page(app, ui::wijzigingsverzoek));
  r.add("POST", "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
        session_form(app, ui::wijzigingsverzoek_afstemming));
  r.add("POST", "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluit",
        session_form(app, ui::wijzigingsverzoek_besluit));
  // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
  r.add("GET", "/organisaties/{id}/bevindingen", session_page(app, ui::organisatie_bevindingen));
  r.add("GET", "/vertegenwoordigingen", session_page(app, ui::vertegenwoordigingen));
  r.add("GET", "/vertegenwoordigingen/nieuw", session_page(app, ui::vertegenwoordiging_nieuw));
  r.add("POST", "/vertegenwoordigingen", session_form(app, ui::vertegenwoordiging_aanmaken));
  r.add("GET", "/vertegenwoordigingen/{id}", session_page(app, ui::vertegenwoordiging));
  r.add("GET", "/vertegenwoordigingen/{id}/bewerken",
        session_page(app, ui::vertegenwoordiging_form));
  r.add("POST", "/vertegenwoordigingen/{id}", session_form(app, ui::vertegenwoordiging_opslaan));
  r.add("POST", "/vertegenwoordigingen/{id}/verwijderen",
        session_form(app, ui::vertegenwoordiging_verwijderen));
  r.add("GET", "/regio/projectgroep", session_page(app, ui::projectgroep));
  r.add("POST", "/regio/projectgroep", session_form(app, ui::projectgroep_regisseur));
  r.add("POST", "/regio/projectgroep/leden", session_form(app, ui::projectgroeplid_aanmaken));
  r.add("POST", "/regio/projectgroep/leden/{lidId}/verwijderen",
        session_form(app, ui::projectgroeplid_verwijderen));
  // ---- Competenties (COMP)
  r.add("GET", "/competenties", session_page(app, ui::mijn_competenties));
  r.add("GET", "/competenties/nieuw", session_page(app, ui::zelfbeoordeling_nieuw));
  r.add("POST", "/competenties", session_form(app, ui::zelfbeoordeling_aanmaken));
  r.add("GET", "/competenties/{id}", session_page(app, ui::zelfbeoordeling_form));
  r.add("POST", "/competenties/{id}", session_form(app, ui::zelfbeoordeling_opslaan));
  r.add("GET", "/regio/competenties", session_page(app, ui::regio_competenties));
  // ---- Big 8 (B8)
  r.add("GET", "/regio/beleidscyclus", session_page(app, ui::beleidscyclus));
  r.add("POST", "/regio/beleidscyclus/evaluatieconclusies",
        session_form(app, ui::evaluatieconclusie_aanmaken));
  r.add("GET", "/regio/beleidscyclus/stappen/{stapId}", session_page(app, ui::cyclusstap));
  r.add("GET", "/regio/beleidscyclus/stappen/{stapId}/bewerken",
        session_page(app, ui::cyclusstap_form));
  r.add("POST", "/regio/beleidscyclus/stappen/{stapId}", session_form(app, ui::cyclusstap_opslaan));
  r.add("POST", "/regio/beleidscyclus/stappen/{stapId}/documenten",
        session_form(app, ui::cyclusdocument_aanmaken));
  r.add("POST", "/regio/beleidscyclus/stappen/{stapId}/besluiten",
        session_form(app, ui::cyclusbesluit_aanmaken));
  r.add("POST", "/regio/beleidscyclus/stappen/{stapId}/heropeningen",
        session_form(app, ui::cyclusstap_heropenen));
  // ---- Signalen (OPD-6)
  r.add("POST", "/opdrachten/{id}/signalen", session_form(app, ui::signaal_melden));
  r.add("POST", "/opdrachten/{id}/signalen/{signaalId}/afhandeling",
        session_form(app, ui::signaal_afhandelen));
  return r;
}

Handler make_handler(const std::shared_ptr<const App>& app) {
  auto router = std::make_shared<Router>(build_router(app));
  return [router, app](Request& req) -> Response {
    auto match = router->match(req.method, req.path);
    if (!match.route) {
      int status = match.path_known ? 405 : 404;
      // A person who mistypes a page gets the page with the menu; everything else the one
      // error format.
      if (status == 404 && !is_api(req.path) && req.path.rfind("/static/", 0) != 0) {
        return ui::not_found_page(*app, req);
      }
      Response response = problem_response(
          status, status == 404 ? "Niet gevonden" : "Methode niet toegestaan",
          tekst(status == 404 ? "fout.url_onbekend" : "fout.methode_niet_toegestaan"), req.path);
      if (status == 405) {
        // HEAD is answered wherever GET is (the server sends the headers without the body).
        std::string allow;
        for (const auto& m : match.allowed) {
          allow += (allow.empty() ? "" : ", ") + m;
          if (m == "GET") allow += ", HEAD";
        }
        response.set_header("Allow", allow);
      }
      return response;
    }
    req.params = match.params;
    // For HEAD the server sends only the headers (with the body's length).
    return match.route->handler(req);
  };
}

void decorate_response(const Request* request, Response& response) {
  response.set_header("API-Version", kApiVersion);
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src "
                      "'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
                      "object-src 'none'");
  response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  if (response.header("Cache-Control").empty()) response.set_header("Cache-Control", "no-store");
  if (request && request->secure) {
    response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  if (response.header("Content-Type").empty() && !response.body.empty()) {
    response.set_header("Content-Type", "text/plain; charset=utf-8");
  }
}

}  // namespace regie::web
