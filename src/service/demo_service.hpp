// The demo regio "Omgevingsdienst Regio Voorbeeld": nine gemeenten, a provincie, a
// niet-deelnemer, AB/DB and people in every role, with a few realistic governance flaws left
// in for the checks to find. Loaded only into a database without regios. Its dates are relative
// to the clock (kDemoPeildatum).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "service/audit_service.hpp"
#include "service/auth_service.hpp"

namespace regie::service {

// A demo account: its login name, the persoon it is (empty for the technical beheerder) and that
// persoon's hats on the demo's today.
struct DemoAccount {
  std::string naam;
  std::string persoon;
  std::string hoeden;
};

inline constexpr const char* kDemoWachtwoord = "regie-demo-2026";
// The day the demo's dates are written as of (2026-12-01); load() moves them to the clock's
// today, so the demo reads the same on any day it is loaded.
inline constexpr Datum kDemoPeildatum{20788};

class DemoService {
 public:
  DemoService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // kConflict when the database already has a regio.
  Result<std::vector<DemoAccount>> load();
  static std::vector<DemoAccount> accounts();

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
