// Operations endpoints (issue 16), outside the API and the pages: GET /health/live (the process
// answers), GET /health/ready (the database is reachable and its schema current: 503 otherwise,
// so that a proxy or orchestrator sends no traffic) and GET /metrics in the Prometheus text
// format, only for a request from this machine that did not come through a proxy, or with the
// metrics token.
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "service/crypto.hpp"
#include "web/api/support.hpp"
#include "web/app.hpp"
#include "web/messages.hpp"

namespace regie::web {
namespace {

using json = nlohmann::json;

// Never cached: it says how the process is now.
Response json_antwoord(int status, const json& body) {
  Response r = api::json_response(status, body);
  r.set_header("Cache-Control", "no-store");
  return r;
}

bool is_loopback(const std::string& adres) {
  return adres == "127.0.0.1" || adres == "::1" || adres.rfind("127.", 0) == 0 ||
         adres == "::ffff:127.0.0.1";
}

bool mag_metrics_lezen(const App& app, const Request& req) {
  // Through a proxy the address is the client's; a proxied request never counts as local.
  const bool via_proxy = !req.header("x-forwarded-for").empty() || !req.header("forwarded").empty();
  if (is_loopback(req.remote_address) && !via_proxy) return true;
  const auto& token = app.options.metrics_token;
  const std::string autorisatie = req.header("authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (token.empty() || autorisatie.rfind(kBearer, 0) != 0) return false;
  return service::constant_time_equal(autorisatie.substr(kBearer.size()), token);
}

}  // namespace

void add_beheer_routes(Router& router, const std::shared_ptr<const App>& app) {
  router.add("GET", "/health/live", [](Request&) {
    return json_antwoord(200, {{"status", "levend"}});
  });
  router.add("GET", "/health/ready", [app](Request& req) {
    if (!app || !app->services.beheer) return json_antwoord(503, {{"status", "niet gereed"}});
    const auto g = app->services.beheer->gereedheid();
    if (g.gereed()) {
      return json_antwoord(200, {{"status", "gereed"},
                                 {"database", "bereikbaar"},
                                 {"schemaVersie", g.schema_versie},
                                 {"nieuwsteMigratie", g.nieuwste_migratie}});
    }
    std::string detail;
    if (!g.database) {
      spdlog::warn("gereedheid: database niet bereikbaar: {}", escape_for_log(g.fout));
      detail = "De database is niet bereikbaar.";
    } else {
      detail = "De database heeft schemaversie " + std::to_string(g.schema_versie) +
               "; deze versie van regie verwacht " + std::to_string(g.nieuwste_migratie) + ".";
    }
    Response r = problem_response(503, "Niet gereed", detail, req.path);
    r.set_header("Cache-Control", "no-store");
    return r;
  });
  router.add("GET", "/metrics", [app](Request& req) {
    if (!app || !app->metrics || !mag_metrics_lezen(*app, req)) {
      return problem_response(403, "Geen toegang", tekst("fout.metrics_geen_toegang"), req.path);
    }
    Metrics::Stand stand;
    if (app->services.beheer) {
      stand.verbindingen_in_gebruik = app->services.beheer->verbindingen_in_gebruik();
    }
    stand.imports_lopend = service::BeheerService::imports_lopend();
    if (app->antwoordcache) {
      stand.cache_treffers = app->antwoordcache->treffers();
      stand.cache_missers = app->antwoordcache->missers();
    }
    Response r;
    r.body = app->metrics->prometheus(stand);
    r.set_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    r.set_header("Cache-Control", "no-store");
    return r;
  });
}

std::vector<std::string> route_labels(const Router& router) {
  std::vector<std::string> out;
  out.reserve(router.routes().size());
  for (const auto& route : router.routes()) out.push_back(route.method + " " + route.pattern);
  return out;
}

}  // namespace regie::web
