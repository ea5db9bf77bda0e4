// DemoVerhaal: the demo's story told through the services, as the demo's people, each step at
// its own moment. Not thread-safe; it lives as long as the demo's one transaction.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/repository.hpp"
#include "service/afwijking_service.hpp"
#include "service/beleidscyclus_service.hpp"
#include "service/beleidsdoel_service.hpp"
#include "service/catalogus_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"
#include "service/demo_kalender.hpp"
#include "service/interne_afstemming_service.hpp"
#include "service/koppeling_service.hpp"
#include "service/meting_service.hpp"
#include "service/opdracht_service.hpp"
#include "service/programma_service.hpp"
#include "service/realisatie_service.hpp"
#include "service/signaal_service.hpp"

namespace regie::service {

// What happened in the demo happens through the same services as in use, so the domain's rules
// apply to it and its records name the person and hat that did it (GOV-10). Every service runs
// inside the demo's one transaction, so the demo loads whole or not at all. The records carry
// the story's moments; the audit log says truthfully that the demo wrote them now, as those
// people, with the origin "demo". The story's clock stands still at the moment set by op().
class DemoVerhaal {
 public:
  // `nu`: the clock of the demo's transaction (outlives the story).
  DemoVerhaal(UnitOfWork& uow, const Store& store, const Clock& nu, const DemoKalender& kalender);
  ~DemoVerhaal();
  DemoVerhaal(const DemoVerhaal&) = delete;
  DemoVerhaal& operator=(const DemoVerhaal&) = delete;

  // Moves the story's clock to a moment written as of kDemoPeildatum ("2026-10-20T08:30:00Z").
  void op(std::string_view moment);
  // The demo account `naam` as the person it is on the story's day.
  Result<Context> als(std::string_view naam);

  // One lifecycle step (OPD-3) on the opdracht as the caller last saw it.
  Result<opdrachten::Opdracht> stap(const Context& ctx, const opdrachten::Opdracht& opdracht,
                                    opdrachten::Stap stap, const std::string& reden = "");

  OpdrachtService& opdrachten() { return *opdrachten_; }
  SignaalService& signalen() { return *signalen_; }
  InterneAfstemmingService& interne_afstemmingen() { return *interne_afstemmingen_; }
  BeleidscyclusService& cyclus() { return *cyclus_; }
  BeleidsdoelService& beleidsdoelen() { return *beleidsdoelen_; }
  CatalogusService& catalogus() { return *catalogus_; }
  ProgrammaService& programmas() { return *programmas_; }
  KoppelingService& koppelingen() { return *koppelingen_; }
  RealisatieService& realisaties() { return *realisaties_; }
  AfwijkingService& afwijkingen() { return *afwijkingen_; }
  MetingService& metingen() { return *metingen_; }

 private:
  class Klok;
  UnitOfWork& uow_;
  const DemoKalender& kalender_;
  std::shared_ptr<Klok> klok_;
  std::shared_ptr<Store> binnen_;
  std::shared_ptr<AuditService> audit_;
  std::unique_ptr<OpdrachtService> opdrachten_;
  std::unique_ptr<SignaalService> signalen_;
  std::unique_ptr<InterneAfstemmingService> interne_afstemmingen_;
  std::unique_ptr<BeleidscyclusService> cyclus_;
  std::unique_ptr<BeleidsdoelService> beleidsdoelen_;
  std::unique_ptr<CatalogusService> catalogus_;
  std::unique_ptr<ProgrammaService> programmas_;
  std::unique_ptr<KoppelingService> koppelingen_;
  std::unique_ptr<RealisatieService> realisaties_;
  std::unique_ptr<AfwijkingService> afwijkingen_;
  std::unique_ptr<MetingService> metingen_;
};

}  // namespace regie::service
