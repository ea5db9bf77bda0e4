// The composition root: from a database name and a clock to the services and the web
// application. `regie serve`, the other commands and the tests that start a real server wire the
// product the same way. Each service is listed once, in web::Services (web/app.hpp), and built
// once, in wire().
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"
#include "domain/repository.hpp"
#include "service/clock.hpp"
#include "service/demo_service.hpp"
#include "web/app.hpp"

namespace regie::cli {

struct Wiring {
  std::shared_ptr<Store> store;
  std::shared_ptr<service::DemoService> demo;
  web::Services services;
};

// Starts libsodium, opens the database (path, sqlite:PATH or postgresql:// URL), applies the
// migrations and builds the services on `clock`.
Result<Wiring> wire(const std::string& database, const std::shared_ptr<service::Clock>& clock);

// The web application over the wired services; `asset_dir` holds node_modules.
std::shared_ptr<web::App> make_app(const Wiring& wiring, const std::string& asset_dir);

}  // namespace regie::cli
