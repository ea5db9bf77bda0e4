// The one route table of regie: every URL the server answers, with how it is guarded.
#include <spdlog/spdlog.h>

#include "web/api/api.hpp"
// ---- Big 8 (B8)
#include "web/api/beleidscyclus_api.hpp"
#include "web/app.hpp"
#include "web/messages.hpp"
#include "web/ui/beleidscyclus_ui.hpp"
#include "web/ui/opdracht_ui.hpp"
// ---- Signalen (OPD-6)
#include "web/ui/signaal_ui.hpp"
#include "web/ui/ui.hpp"

namespace regie::web {
namespace {

using ApiHandler = Response (*)(const App&, const service::Context&, Request&);

// API route: bearer token required.
Handler bearer(const std::shared_ptr<const App>& app, ApiHandler fn) {
  return [app, fn](Request& req) {
    Response denied;
    auto ctx = api::authenticate(*app, req, denied);
    if (!ctx) return denied;
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

Router build_router(const std::shared_ptr<const App>& app) {
  Router r;
  // ---- API (NL API Design Rules), bearer token
  r.add("GET", "/api/v1/openapi.json", [](Request& req) { return api::openapi(req); });
  r.add("GET", "/api/v1/regios", bearer(app, api::list_regios));
  r.add("GET", "/api/v1/regios/{id}", bearer(app, api::get_regio));
  r.add("PUT", "/api/v1/regios/{id}", bearer(app, api::put_regio));
  r.add("GET", "/api/v1/regios/{id}/bevindingen", bearer(app, api::list_bevindingen));
  r.add("GET", "/api/v1/organisaties", bearer(app, api::list_organisaties));
  r.add("POST", "/api/v1/organisaties", bearer(app, api::post_organisatie));
  r.add("GET", "/api/v1/organisaties/{id}", bearer(app, api::get_organisatie));
  r.add("PUT", "/api/v1/organisaties/{id}", bearer(app, api::put_organisatie));
  r.add("DELETE", "/api/v1/organisaties/{id}", bearer(app, api::delete_organisatie));
  r.add("GET", "/api/v1/organisaties/{id}/deelnemerschappen",
        bearer(app, api::list_deelnemerschappen));
  r.add("POST", "/api/v1/organisaties/{id}/deelnemerschappen",
        bearer(app, api::post_deelnemerschap));
  r.add("DELETE", "/api/v1/organisaties/{id}/deelnemerschappen/{deelnemerschapId}",
        bearer(app, api::delete_deelnemerschap));
  r.add("GET", "/api/v1/personen", bearer(app, api::list_personen));
  r.add("POST", "/api/v1/personen", bearer(app, api::post_persoon));
  r.add("GET", "/api/v1/personen/{id}", bearer(app, api::get_persoon));
  r.add("PUT", "/api/v1/personen/{id}", bearer(app, api::put_persoon));
  r.add("DELETE", "/api/v1/personen/{id}", bearer(app, api::delete_persoon));
  r.add("GET", "/api/v1/rollen", bearer(app, api::list_rollen));
  r.add("POST", "/api/v1/rollen", bearer(app, api::post_rol));
  r.add("GET", "/api/v1/rollen/{id}", bearer(app, api::get_rol));
  r.add("PUT", "/api/v1/rollen/{id}", bearer(app, api::put_rol));
  r.add("DELETE", "/api/v1/rollen/{id}", bearer(app, api::delete_rol));
  // ---- Opdrachten (OPD)
  r.add("GET", "/api/v1/opdrachten", bearer(app, api::list_opdrachten));
  r.add("POST", "/api/v1/opdrachten", bearer(app, api::post_opdracht));
  r.add("GET", "/api/v1/opdrachten/{id}", bearer(app, api::get_opdracht));
  r.add("PUT", "/api/v1/opdrachten/{id}", bearer(app, api::put_opdracht));
  r.add("GET", "/api/v1/opdrachten/{id}/overgangen", bearer(app, api::list_overgangen));
  r.add("POST", "/api/v1/opdrachten/{id}/overgangen", bearer(app, api::post_overgang));
  // ---- Versies en wijzigingsverzoeken (OPD-5)
  r.add("GET", "/api/v1/opdrachten/{id}/versies", bearer(app, api::list_versies));
  r.add("GET", "/api/v1/opdrachten/{id}/versies/{nummer}", bearer(app, api::get_versie));
  r.add("GET", "/api/v1/opdrachten/{id}/vergelijkingen", bearer(app, api::get_vergelijking));
  r.add("GET", "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
        bearer(app, api::list_wijzigingsverzoeken));
  r.add("POST", "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
        bearer(app, api::post_wijzigingsverzoek));
  r.add("GET", "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}",
        bearer(app, api::get_wijzigingsverzoek));
  r.add("PUT", "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
        bearer(app, api::put_afstemming));
  r.add("POST", "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten",
        bearer(app, api::post_besluit));
  // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
  r.add("GET", "/api/v1/vertegenwoordigingen", bearer(app, api::list_vertegenwoordigingen));
  r.add("POST", "/api/v1/vertegenwoordigingen", bearer(app, api::post_vertegenwoordiging));
  r.add("GET", "/api/v1/vertegenwoordigingen/{id}", bearer(app, api::get_vertegenwoordiging));
  r.add("PUT", "/api/v1/vertegenwoordigingen/{id}", bearer(app, api::put_vertegenwoordiging));
  r.add("DELETE", "/api/v1/vertegenwoordigingen/{id}", bearer(app, api::delete_vertegenwoordiging));
  r.add("GET", "/api/v1/regios/{id}/projectgroep", bearer(app, api::get_projectgroep));
  r.add("PUT", "/api/v1/regios/{id}/projectgroep", bearer(app, api::put_projectgroep));
  r.add("POST", "/api/v1/regios/{id}/projectgroep/leden", bearer(app, api::post_projectgroeplid));
  r.add("DELETE", "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
        bearer(app, api::delete_projectgroeplid));
  // ---- Competenties (COMP)
  r.add("GET", "/api/v1/competenties", bearer(app, api::list_competenties));
  r.add("GET", "/api/v1/zelfbeoordelingen", bearer(app, api::list_zelfbeoordelingen));
  r.add("POST", "/api/v1/zelfbeoordelingen", bearer(app, api::post_zelfbeoordeling));
  r.add("GET", "/api/v1/zelfbeoordelingen/{id}", bearer(app, api::get_zelfbeoordeling));
  r.add("PUT", "/api/v1/zelfbeoordelingen/{id}", bearer(app, api::put_zelfbeoordeling));
  r.add("GET", "/api/v1/regios/{id}/competentie-overzicht",
        bearer(app, api::get_competentie_overzicht));
  // ---- Big 8 (B8)
  r.add("GET", "/api/v1/regios/{id}/beleidscyclus", bearer(app, api::get_beleidscyclus));
  r.add("GET", "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
        bearer(app, api::get_cyclusstap));
  r.add("PUT", "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
        bearer(app, api::put_cyclusstap));
  r.add("POST", "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/documenten",
        bearer(app, api::post_cyclusdocument));
  r.add("POST", "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/besluiten",
        bearer(app, api::post_cyclusbesluit));
  r.add("POST", "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/heropeningen",
        bearer(app, api::post_cyclusheropening));
  r.add("GET", "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
        bearer(app, api::list_evaluatieconclusies));
  r.add("POST", "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
        bearer(app, api::post_evaluatieconclusie));
  // ---- Signalen (OPD-6)
  r.add("GET", "/api/v1/signalen", bearer(app, api::list_open_signalen));
  r.add("GET", "/api/v1/opdrachten/{id}/signalen", bearer(app, api::list_signalen));
  r.add("POST", "/api/v1/opdrachten/{id}/signalen", bearer(app, api::post_signaal));
  r.add("GET", "/api/v1/opdrachten/{id}/signalen/{signaalId}", bearer(app, api::get_signaal));
  r.add("POST", "/api/v1/opdrachten/{id}/signalen/{signaalId}/afhandeling",
        bearer(app, api::post_signaal_afhandeling));

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
      Response response;
      if (is_api(req.path)) {
        response = api::problem(
            status, status == 404 ? "Niet gevonden" : "Methode niet toegestaan",
            status == 404 ? "Deze URL bestaat niet." : "Deze methode is hier niet toegestaan.",
            req.path);
      } else if (status == 404 && req.path.rfind("/static/", 0) != 0) {
        response = ui::not_found_page(*app, req);
      } else {
        response.status = status;
        response.set_header("Content-Type", "text/plain; charset=utf-8");
        response.body = status == 404 ? "Niet gevonden\n" : "Methode niet toegestaan\n";
      }
      if (status == 405) {
        std::string allow;
        for (const auto& m : match.allowed) allow += (allow.empty() ? "" : ", ") + m;
        response.set_header("Allow", allow);
      }
      return response;
    }
    req.params = match.params;
    Response response = match.route->handler(req);
    if (req.method == "HEAD") response.body.clear();
    return response;
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
