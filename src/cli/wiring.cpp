#include "cli/wiring.hpp"

#include "service/crypto.hpp"
#include "store/store.hpp"

namespace regie::cli {

Result<Wiring> wire(const std::string& database, std::shared_ptr<service::Clock> clock) {
  REGIE_TRY(service::init_crypto());
  REGIE_ASSIGN_OR_RETURN(auto store, store::open_store(database));
  REGIE_TRY(store->migrate());
  Wiring w;
  w.store = std::move(store);
  w.clock = std::move(clock);
  w.audit = std::make_shared<service::AuditService>(w.store, w.clock);
  w.auth = std::make_shared<service::AuthService>(w.store, w.clock, w.audit);
  w.register_ = std::make_shared<service::RegisterService>(w.store, w.audit);
  w.demo = std::make_shared<service::DemoService>(w.store, w.audit);
  w.governance = std::make_shared<service::GovernanceService>(w.store, w.audit);
  w.opdrachten = std::make_shared<service::OpdrachtService>(w.store, w.audit);
  // ---- Competenties (COMP)
  w.competenties = std::make_shared<service::CompetentieService>(w.store, w.audit);
  // ---- Big 8 (B8)
  w.beleidscyclus = std::make_shared<service::BeleidscyclusService>(w.store, w.audit);
  // ---- Signalen (OPD-6)
  w.signalen = std::make_shared<service::SignaalService>(w.store, w.audit);
  return w;
}

std::shared_ptr<web::App> make_app(const Wiring& wiring, const std::string& asset_dir) {
  auto app = std::make_shared<web::App>();
  app->services =
      web::Services{wiring.auth, wiring.register_, wiring.audit, wiring.clock, wiring.governance};
  // ---- Competenties (COMP)
  app->services.competenties = wiring.competenties;
  app->services.opdrachten = wiring.opdrachten;
  // ---- Big 8 (B8)
  app->services.beleidscyclus = wiring.beleidscyclus;
  // ---- Signalen (OPD-6)
  app->services.signalen = wiring.signalen;
  app->options.asset_dir = asset_dir;
  return app;
}

}  // namespace regie::cli
