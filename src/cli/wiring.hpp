// The composition root: from a database name to the services and the web application.
// `regie serve` and the tests that start a real server wire the product the same way.
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/auth_service.hpp"
// ---- Big 8 (B8)
#include "service/beleidscyclus_service.hpp"
#include "service/clock.hpp"
// ---- Competenties (COMP)
#include "service/competentie_service.hpp"
#include "service/demo_service.hpp"
#include "service/governance_service.hpp"
#include "service/opdracht_service.hpp"
#include "service/register_service.hpp"
// ---- Signalen (OPD-6)
#include "service/signaal_service.hpp"
#include "web/app.hpp"

namespace regie::cli {

struct Wiring {
  std::shared_ptr<Store> store;
  std::shared_ptr<service::Clock> clock;
  std::shared_ptr<service::AuditService> audit;
  std::shared_ptr<service::AuthService> auth;
  std::shared_ptr<service::RegisterService> register_;
  std::shared_ptr<service::DemoService> demo;
  std::shared_ptr<service::GovernanceService> governance;
  std::shared_ptr<service::OpdrachtService> opdrachten;  // ---- Opdrachten (OPD)
  // ---- Competenties (COMP)
  std::shared_ptr<service::CompetentieService> competenties;
  // ---- Big 8 (B8)
  std::shared_ptr<service::BeleidscyclusService> beleidscyclus;
  // ---- Signalen (OPD-6)
  std::shared_ptr<service::SignaalService> signalen;
};

// Starts libsodium, opens the database (path, sqlite:PATH or postgresql:// URL), applies the
// migrations and builds the services on `clock`.
Result<Wiring> wire(const std::string& database, std::shared_ptr<service::Clock> clock);

// The web application over the wired services; `asset_dir` holds node_modules.
std::shared_ptr<web::App> make_app(const Wiring& wiring, const std::string& asset_dir);

}  // namespace regie::cli
