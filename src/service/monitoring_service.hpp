// Plan versus realisatie (MON-2) with the year-end prognose and the tolerance band (MON-3;
// decision 47): the plan is the begroting of the year's programme (the vastgesteld version, else
// the newest), the realisatie the kept totals — never the raw rows. Regio and taakveld figures
// come from the taakveld totals, deelnemer and product figures from the deelnemer totals.
// Everyone of the regio sees the regio and its taakvelden; deelnemer and product figures are for
// the whole regio's readers and the omgevingsdienst, and for an opdrachtgever only of its own
// organisatie. Thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/monitoring/plan_realisatie.hpp"
#include "domain/repository.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

struct PlanRealisatieVraag {
  std::optional<std::int32_t> jaar;  // none: this year
  monitoring::Niveau niveau = monitoring::Niveau::kRegio;
  std::optional<Id> deelnemer;
};

struct PlanRealisatie {
  std::int32_t jaar = 0;
  int peilmaand = 0;
  std::int32_t tolerantie = monitoring::kStandaardTolerantie;
  monitoring::Niveau niveau = monitoring::Niveau::kRegio;
  std::optional<Id> deelnemer;
  std::optional<Id> programma_id;  // where the plan comes from; none: no programme that year
  bool programma_vastgesteld = false;
  std::vector<monitoring::Vergelijking> totaal;  // collectief, then specifiek
  std::vector<monitoring::Vergelijking> regels;
  std::map<Id, std::string> deelnemernamen;
  std::map<std::string, std::string> productnamen;
  std::vector<monitoring::Deelnemer> deelnemers;  // whom the actor may choose
  std::vector<std::int32_t> jaren;                // years with a programme, newest first
};

// The plan of a year (decision 47): the begroting of the regio's vastgesteld programme of that
// year, else of its newest; no programme, no plan.
struct Jaarplan {
  std::optional<Id> programma_id;
  bool vastgesteld = false;
  std::vector<monitoring::Planregel> regels;
  std::vector<std::int32_t> jaren;  // years with a programme, newest first
};
Result<Jaarplan> jaarplan(UnitOfWork& uow, Id regio_id, std::int32_t jaar);

// MON-2, MON-3: plan versus realisatie per deelnemer and soort of `jaar`, compared at
// `peilmaand` within the regio's tolerance band, from the kept totals.
Result<std::vector<monitoring::Vergelijking>> deelnemerregels(UnitOfWork& uow, Id regio_id,
                                                              std::int32_t jaar,
                                                              const Jaarplan& plan, int peilmaand,
                                                              std::int32_t tolerantie);

class MonitoringService {
 public:
  MonitoringService(std::shared_ptr<Store> store, std::shared_ptr<Clock> clock)
      : store_(std::move(store)), clock_(std::move(clock)) {}

  Result<PlanRealisatie> plan_realisatie(const Context& ctx, const PlanRealisatieVraag& vraag);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<Clock> clock_;
};

}  // namespace regie::service
