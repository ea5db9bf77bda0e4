// Use cases of metingen (MON-4, MON-5; decision 49): the indicators of the year's programme
// (the vastgesteld one, else the newest) with their measurements, stand and the answer per doel;
// process measures per month. Everyone of the regio reads the indicators and the regio's process
// measures, a deelnemer's process measures whoever sees that deelnemer's figures. Those who keep
// the realisaties record, and remove a wrong measurement. Every write is one audited
// transaction. Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/monitoring/meting.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

struct IndicatorOverzicht {
  programma::Indicator indicator;
  monitoring::Indicatorstand stand;
  std::vector<monitoring::Indicatormeting> metingen;  // oldest first
};

struct DoelOverzicht {
  programma::Doel doel;
  std::vector<IndicatorOverzicht> indicatoren;
  std::string antwoord;  // "Ja", "Deels", "Nee", "Nog niet gemeten"
};

struct Indicatoren {
  std::int32_t jaar = 0;
  std::optional<Id> programma_id;
  std::vector<DoelOverzicht> doelen;
  bool mag_vastleggen = false;
};

struct Procesoverzicht {
  std::int32_t jaar = 0;
  std::vector<monitoring::Procesmeting> metingen;  // by month; those the reader may see
  std::vector<monitoring::Deelnemer> deelnemers;   // the regio's, to name them and to choose
  bool mag_vastleggen = false;
};

class MetingService {
 public:
  MetingService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // `jaar` none: this year.
  Result<Indicatoren> indicatoren(const Context& ctx, std::optional<std::int32_t> jaar);
  // Fields of monitoring::parse_indicatormeting and jaar (the programme's year).
  Result<monitoring::Indicatormeting> indicator_vastleggen(const Context& ctx,
                                                           const Fields& velden);
  // One meting of the actor's regio (a deelnemer's process measure only for whoever sees that
  // deelnemer's figures); kNotFound otherwise.
  Result<monitoring::Indicatormeting> indicatormeting(const Context& ctx, Id id);
  // Removes a wrong measurement (the right one is then recorded anew); whoever records removes.
  // Returns what was removed.
  Result<monitoring::Indicatormeting> indicator_verwijderen(const Context& ctx, Id id);
  Result<Procesoverzicht> procesmetingen(const Context& ctx, std::optional<std::int32_t> jaar);
  // Fields of monitoring::parse_procesmeting.
  Result<monitoring::Procesmeting> proces_vastleggen(const Context& ctx, const Fields& velden);
  Result<monitoring::Procesmeting> procesmeting(const Context& ctx, Id id);
  Result<monitoring::Procesmeting> proces_verwijderen(const Context& ctx, Id id);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
