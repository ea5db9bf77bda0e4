// The bestuurder's overview (OPD-3, issue of the start pages): what a bestuurlijk opdrachtgever
// needs in a few minutes: the opdrachten of its organisaties (and the regional ones) with their
// budget, the open wijzigingsverzoeken on them with what they cost, the open signalen, and the
// decisions of the Big 8 that are coming (a product to adopt); the page adds the hats at stake
// (GOV-5, web/ui/petten.hpp).
// Empty for whoever wears no bestuurlijk opdrachtgever hat. Read-only; thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/signaal.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "domain/repository.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

struct BestuursVerzoek {
  opdrachten::Wijzigingsverzoek verzoek;
  std::string opdracht_titel;
  std::int64_t meerkosten_cents = 0;  // the proposal's total minus the opdracht's
  bool wacht_op_u = false;            // laid before the bestuurlijk opdrachtgever
};

struct BestuursSignaal {
  opdrachten::Signaal signaal;
  std::string opdracht_titel;
};

// A step of the Big 8 whose product is to be adopted: not afgerond, planned to end within the
// horizon (or late).
struct KomendBesluit {
  beleidscyclus::Stap stap;
  beleidscyclus::ProductSoort product = beleidscyclus::ProductSoort::kOverig;
  bool te_laat = false;
};

struct Bestuursoverzicht {
  bool van_toepassing = false;  // the reader is a bestuurlijk opdrachtgever
  std::vector<std::string> organisaties;
  std::vector<opdrachten::Opdracht> opdrachten;  // own and regional, not yet afgerond
  std::vector<BestuursVerzoek> verzoeken;
  std::vector<BestuursSignaal> signalen;
  std::vector<KomendBesluit> besluiten;
};

class BestuursoverzichtService {
 public:
  // Decisions planned to end within this many days are "coming".
  static constexpr std::int32_t kHorizonDagen = 120;

  BestuursoverzichtService(std::shared_ptr<Store> store, std::shared_ptr<Clock> clock)
      : store_(std::move(store)), clock_(std::move(clock)) {}

  Result<Bestuursoverzicht> overzicht(const Context& ctx);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<Clock> clock_;
};

}  // namespace regie::service
