// The web application: the services it calls, its options, and the request handler built from
// the one route table (routes.cpp). API handlers live in api/, HTML handlers in ui/.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "service/account_service.hpp"
#include "service/afwijking_service.hpp"
#include "service/audit_service.hpp"
#include "service/auth_service.hpp"
#include "service/beheer_service.hpp"
#include "service/beleidscyclus_service.hpp"
#include "service/beleidsdoel_service.hpp"
#include "service/bestuursoverzicht_service.hpp"
#include "service/catalogus_service.hpp"
#include "service/clock.hpp"
#include "service/competentie_service.hpp"
#include "service/governance_service.hpp"
#include "service/interne_afstemming_service.hpp"
#include "service/koppeling_service.hpp"
#include "service/meting_service.hpp"
#include "service/monitoring_service.hpp"
#include "service/opdracht_service.hpp"
#include "service/programma_service.hpp"
#include "service/realisatie_service.hpp"
#include "service/register_service.hpp"
#include "service/signaal_service.hpp"
#include "web/antwoordcache.hpp"
#include "web/http.hpp"
#include "web/importvoortgang.hpp"
#include "web/metrics.hpp"
#include "web/router.hpp"

namespace regie::web {

inline constexpr const char* kApiVersion = "1.0.0";

// Every service of the product, built once by the composition root (cli/wiring.cpp). A new
// capability adds its service here and one line in wire().
struct Services {
  std::shared_ptr<service::AuthService> auth;
  std::shared_ptr<service::RegisterService> register_;
  std::shared_ptr<service::AuditService> audit;
  std::shared_ptr<service::Clock> clock;
  std::shared_ptr<service::GovernanceService> governance;
  std::shared_ptr<service::OpdrachtService> opdrachten;
  std::shared_ptr<service::CompetentieService> competenties;
  std::shared_ptr<service::BeleidscyclusService> beleidscyclus;
  std::shared_ptr<service::SignaalService> signalen;
  std::shared_ptr<service::InterneAfstemmingService> interne_afstemmingen;
  std::shared_ptr<service::BeleidsdoelService> beleidsdoelen;  // OPD-7
  std::shared_ptr<service::BestuursoverzichtService> bestuursoverzicht;
  std::shared_ptr<service::CatalogusService> catalogus;     // UP-3
  std::shared_ptr<service::ProgrammaService> programmas;    // UP-1, UP-2, UP-4
  std::shared_ptr<service::KoppelingService> koppelingen;   // OPD-4, OPD-7
  std::shared_ptr<service::RealisatieService> realisaties;  // MON-1, MON-6, MON-7
  std::shared_ptr<service::MonitoringService> monitoring;   // MON-2, MON-3
  std::shared_ptr<service::AfwijkingService> afwijkingen;   // MON-3
  std::shared_ptr<service::MetingService> metingen;         // MON-4, MON-5
  std::shared_ptr<service::AccountService> accounts;
  std::shared_ptr<service::BeheerService> beheer;  // issue 16: health and metrics
};

struct WebOptions {
  std::string asset_dir;   // node_modules with the NL Design System CSS
  std::string static_dir;  // regie's own CSS
  std::string regio_naam_fallback = "regie";
  // GET /metrics: besides a request from this machine (not through a proxy), one that carries
  // "Authorization: Bearer <metrics_token>"; empty: this machine only.
  std::string metrics_token;
};

struct App {
  Services services;
  WebOptions options;
  // The server's counters (GET /metrics); made by make_handler from the route table.
  std::shared_ptr<Metrics> metrics;
  // Issue 16: answers of GET pages and API reads, kept per (datastand, day, who, host, URL);
  // null when off (regie serve --zonder-antwoordcache).
  std::shared_ptr<Antwoordcache> antwoordcache;
  // MON-1: how far the imports of uploaded files have come (the upload page asks).
  std::shared_ptr<Importvoortgang> importvoortgang = std::make_shared<Importvoortgang>();
};

// The handler for the HTTP server: routing, authentication, security headers.
Handler make_handler(const std::shared_ptr<const App>& app);
// Security headers and API-Version, for every response (also the server's own errors).
void decorate_response(const Request* request, Response& response);

// Issue 16: a request the server answers on its I/O thread (ServerOptions::on_io_thread): a GET
// or HEAD that is not a download (a path ending in /xlsx, /csv or /pdf). Writes, logins (the
// password hash takes time) and downloads go to the worker pool.
bool kort_verzoek(const Request& request);
// MON-1: a request that uploads a file of realisaties (ServerOptions::is_upload): a POST to the
// upload form or to the API's imports, which may be larger than an ordinary body.
bool is_upload(std::string_view method, std::string_view target);

// Builds the route table. Exposed for the route × role test.
Router build_router(const std::shared_ptr<const App>& app);

// Issue 16: /health/live, /health/ready and /metrics (beheer_routes.cpp), added by build_router.
void add_beheer_routes(Router& router, const std::shared_ptr<const App>& app);
// "GET /api/v1/organisaties/{id}" for each route, in the router's order (the labels of Metrics).
std::vector<std::string> route_labels(const Router& router);

}  // namespace regie::web
