#include "cli/wiring.hpp"

#include "service/crypto.hpp"
#include "store/store.hpp"

namespace regie::cli {

Result<Wiring> wire(const std::string& database, const std::shared_ptr<service::Clock>& clock) {
  REGIE_TRY(service::init_crypto());
  REGIE_ASSIGN_OR_RETURN(auto store, store::open_store(database));
  REGIE_TRY(store->migrate());
  Wiring w;
  w.store = std::move(store);
  auto audit = std::make_shared<service::AuditService>(w.store, clock);
  w.demo = std::make_shared<service::DemoService>(w.store, audit);
  w.services = web::Services{
      .auth = std::make_shared<service::AuthService>(w.store, clock, audit),
      .register_ = std::make_shared<service::RegisterService>(w.store, audit),
      .audit = audit,
      .clock = clock,
      .governance = std::make_shared<service::GovernanceService>(w.store, audit),
      .opdrachten = std::make_shared<service::OpdrachtService>(w.store, audit),
      .competenties = std::make_shared<service::CompetentieService>(w.store, audit),
      .beleidscyclus = std::make_shared<service::BeleidscyclusService>(w.store, audit),
      .signalen = std::make_shared<service::SignaalService>(w.store, audit),
      .interne_afstemmingen = std::make_shared<service::InterneAfstemmingService>(w.store, audit),
      .beleidsdoelen = std::make_shared<service::BeleidsdoelService>(w.store, audit),
      .bestuursoverzicht = std::make_shared<service::BestuursoverzichtService>(w.store, clock),
      .catalogus = std::make_shared<service::CatalogusService>(w.store, audit),
      .programmas = std::make_shared<service::ProgrammaService>(w.store, audit),
      .koppelingen = std::make_shared<service::KoppelingService>(w.store, audit),
      .realisaties = std::make_shared<service::RealisatieService>(w.store, audit, clock),
      .monitoring = std::make_shared<service::MonitoringService>(w.store, clock),
      .afwijkingen = std::make_shared<service::AfwijkingService>(w.store, audit),
      .metingen = std::make_shared<service::MetingService>(w.store, audit),
      .accounts = std::make_shared<service::AccountService>(w.store, audit),
      .beheer = std::make_shared<service::BeheerService>(w.store),
  };
  return w;
}

std::shared_ptr<web::App> make_app(const Wiring& wiring, const std::string& asset_dir) {
  auto app = std::make_shared<web::App>();
  app->services = wiring.services;
  app->options.asset_dir = asset_dir;
  // The counters of GET /metrics, one row per route of the table the handler will use.
  app->metrics = std::make_shared<web::Metrics>(web::route_labels(web::build_router(app)));
  app->antwoordcache = std::make_shared<web::Antwoordcache>();
  return app;
}

}  // namespace regie::cli
