// The one route table of regie: every URL the server answers, with how it is guarded. Each
// capability adds its own API and HTML routes (api_routes() and ui_routes() below: one line per
// capability); build_router wires each with its guard.
#include <spdlog/spdlog.h>

#include <chrono>

#include "web/api/api.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"
#include "web/app.hpp"
#include "web/messages.hpp"
#include "web/ui/ui_routes.hpp"

namespace regie::web {
namespace {

// Issue 16: a GET read answered from the answer cache when the same one asked the same URL at
// the same datastand and day; otherwise made by `maak` and kept. `wie` is who asks (after the
// guard has let them in). Downloads and other long requests are not kept (kort_verzoek).
// `ctx.datastand` was read together with the caller (no transaction of its own); when it is
// not known, the store is asked.
template <typename Maak>
Response met_antwoordcache(const App& app, const Request& req, const service::Context& ctx,
                           const std::string& wie, Maak maak) {
  if (!app.antwoordcache || !app.services.beheer || !app.services.clock || !kort_verzoek(req)) {
    return maak();
  }
  Result<std::string> stand = ctx.datastand;
  if (ctx.datastand.empty()) stand = app.services.beheer->datastand();
  if (!stand.ok() || stand->empty()) return maak();
  std::string sleutel = app.services.clock->vandaag().iso();
  sleutel += '|';
  sleutel += wie;
  sleutel += req.secure ? "|https|" : "|http|";
  // Links to be used outside the browser are absolute, on the host the client used.
  sleutel += req.header("host");
  sleutel += '|';
  sleutel += req.target;
  if (auto bewaard = app.antwoordcache->zoek(*stand, sleutel)) return std::move(*bewaard);
  Response antwoord = maak();
  app.antwoordcache->bewaar(*stand, sleutel, antwoord);
  return antwoord;
}

// API route: bearer token required. An operation with a request body takes only JSON (415).
Handler bearer(const std::shared_ptr<const App>& app, api::ApiHandler fn, bool met_body) {
  return [app, fn, met_body](Request& req) {
    Response denied;
    auto ctx = api::authenticate(*app, req, denied);
    if (!ctx) return denied;
    if (met_body) {
      if (auto refused = api::refuse_media_type(req)) return *refused;
    }
    return met_antwoordcache(*app, req, *ctx, "api:" + std::to_string(ctx->actor.gebruiker_id),
                             [&] { return fn(*app, *ctx, req); });
  };
}

// HTML page: a session is required; without one, go to the login page.
Handler session_page(const std::shared_ptr<const App>& app, ui::UiHandler fn) {
  return [app, fn](Request& req) {
    auto ctx = ui::session(*app, req);
    if (!ctx) return ui::login_redirect(req);
    // The session's CSRF token is on the page (and differs per session).
    return met_antwoordcache(
        *app, req, ctx->ctx,
        "sessie:" + std::to_string(ctx->ctx.actor.gebruiker_id) + ":" + ctx->csrf,
        [&] { return fn(*app, *ctx, req); });
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

// In the order of the document's tags.
ApiRoutes api_routes() {
  ApiRoutes routes;
  add_register_api(routes);
  add_governance_api(routes);
  add_competentie_api(routes);
  add_beleidscyclus_api(routes);
  add_opdracht_api(routes);
  add_wijziging_api(routes);
  add_signaal_api(routes);
  add_interne_afstemming_api(routes);
  add_beleidsdoel_api(routes);
  add_koppeling_api(routes);
  add_catalogus_api(routes);
  add_realisatie_api(routes);
  add_afwijking_api(routes);
  add_meting_api(routes);
  add_programma_api(routes);
  add_account_api(routes);
  add_openapi_api(routes);
  return routes;
}

}  // namespace api

namespace ui {

UiRoutes ui_routes() {
  UiRoutes routes;
  add_auth_ui(routes);
  add_start_ui(routes);
  add_regio_ui(routes);
  add_register_ui(routes);
  add_rol_ui(routes);
  add_governance_ui(routes);
  add_opdracht_ui(routes);
  add_wijziging_ui(routes);
  add_signaal_ui(routes);
  add_interne_afstemming_ui(routes);
  add_beleidsdoel_ui(routes);
  add_koppeling_ui(routes);
  add_competentie_ui(routes);
  add_beleidscyclus_ui(routes);
  add_catalogus_ui(routes);
  add_product_ui(routes);
  add_sleutel_ui(routes);
  add_catalogus_import_ui(routes);
  add_realisatie_ui(routes);
  add_monitoring_ui(routes);
  add_afwijking_ui(routes);
  add_meting_ui(routes);
  add_programma_ui(routes);
  add_doel_ui(routes);
  add_begroting_ui(routes);
  add_account_ui(routes);
  return routes;
}

}  // namespace ui

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

  const ui::UiRoutes ui_table = ui::ui_routes();
  for (const auto& route : ui_table.routes()) {
    if (route.public_handler) {
      r.add(route.method, route.path, public_page(app, route.public_handler));
    } else if (route.method == "GET") {
      r.add(route.method, route.path, session_page(app, route.handler));
    } else {
      r.add(route.method, route.path, session_form(app, route.handler));
    }
  }
  add_beheer_routes(r, app);
  return r;
}

Handler make_handler(const std::shared_ptr<const App>& app) {
  auto router = std::make_shared<Router>(build_router(app));
  // The answer with the route's place in the table (Metrics::kOnbekend for no route).
  auto antwoord = [router, app](Request& req, std::size_t& plek) -> Response {
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
    plek = static_cast<std::size_t>(match.route - router->routes().data());
    // For HEAD the server sends only the headers (with the body's length).
    return match.route->handler(req);
  };
  return [antwoord, app](Request& req) -> Response {
    const auto begin = std::chrono::steady_clock::now();
    std::size_t plek = Metrics::kOnbekend;
    Response response = antwoord(req, plek);
    if (app && app->metrics) {
      app->metrics->record(plek, response.status, std::chrono::steady_clock::now() - begin);
    }
    return response;
  };
}

bool kort_verzoek(const Request& request) {
  if (request.method != "GET" && request.method != "HEAD") return false;
  const std::string& path = request.path;
  auto eindigt_op = [&](std::string_view staart) {
    return path.size() >= staart.size() && path.compare(path.size() - staart.size(), staart.size(),
                                                        staart.data(), staart.size()) == 0;
  };
  return !eindigt_op("/xlsx") && !eindigt_op("/csv") && !eindigt_op("/pdf");
}

bool is_upload(std::string_view method, std::string_view target) {
  if (method != "POST") return false;
  const std::string_view pad = target.substr(0, target.find('?'));
  return pad == "/realisaties/import" || pad == "/api/v1/realisatie-imports";
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
