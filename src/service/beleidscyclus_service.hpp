// Use cases of the Big 8 cycle of a regio (B8-1..B8-3). Every logged-in actor of the regio may
// read it; the beheerder, the OD's directie and accountmanagers may change it
// (beleidscyclus::mag_cyclus_wijzigen). Another regio, or a step of another regio, is
// kNotFound. A regio without steps gets the eight default steps on first use, in an audited
// transaction of its own. Every write is audited in its own transaction; a step edit takes the
// version the user saw (kConflict when stale). Thread-safe.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/beleidscyclus/ronde.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

// The cycle as a page or the API shows it.
struct Cyclus {
  Id regio_id = 0;
  std::vector<beleidscyclus::Stap> stappen;  // by volgorde
  std::optional<Id> huidige_stap_id;         // the first step not afgerond
  std::vector<Id> te_laat;                   // gepland eind before `peildatum`, not afgerond
  std::map<Id, std::string> eigenaar_namen;  // persoon id → naam
  std::vector<beleidscyclus::Evaluatieconclusie> evaluatieconclusies;
  Datum peildatum{0};
};

struct StapDetail {
  beleidscyclus::Stap stap;
  std::string eigenaar_naam;
  bool huidig = false;
  bool te_laat = false;
  std::vector<beleidscyclus::Document> documenten;
  std::vector<beleidscyclus::Besluit> besluiten;
  std::vector<beleidscyclus::Heropening> heropeningen;
  // B8-2: the evaluation conclusions that change this step, in any period.
  std::vector<beleidscyclus::Evaluatieconclusie> conclusies;
  // B8-4: the rounds the step has left (oldest first), the moves of its planned end, the
  // adopted product of the current round (when one is required and there), and the later steps
  // a reopening would affect.
  std::vector<beleidscyclus::Ronde> rondes;
  std::vector<beleidscyclus::Planwijziging> planwijzigingen;
  std::optional<beleidscyclus::Document> product;
  std::vector<beleidscyclus::Stap> geraakt_bij_heropenen;
};

// Who acts on the cycle, as a document or decision records it: the persoon with the hat that
// lets it keep the cycle or contribute to it (GOV-10, B8-4).
std::string cyclus_door(const auth::Actor& actor);

class BeleidscyclusService {
 public:
  BeleidscyclusService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // B8-1: the cycle with its current position and late steps on today's date.
  Result<Cyclus> cyclus(const Context& ctx, Id regio_id);
  Result<StapDetail> stap(const Context& ctx, Id regio_id, Id stap_id);
  // B8-1: label, order, period, status, dates and owner. Moving a step to a position another
  // step holds swaps the two. B8-4: a later periode starts a new round and keeps the one left;
  // afgerond needs the round's adopted product; moving the planned end needs a reason
  // (redenPlanwijziging) and keeps the original.
  Result<beleidscyclus::Stap> update_stap(const Context& ctx, Id regio_id, Id stap_id,
                                          std::int64_t versie, const Fields& f);
  // B8-4: a document in the step's current round; the opdrachtgevers add bijdragen.
  Result<beleidscyclus::Document> create_document(const Context& ctx, Id regio_id, Id stap_id,
                                                  const Fields& f);
  Result<beleidscyclus::Besluit> create_besluit(const Context& ctx, Id regio_id, Id stap_id,
                                                const Fields& f);
  // B8-3: reopens an afgerond policy step with a reason; keeps who, when, why and the status
  // before. B8-4: with a new deadline (geplandEind) from today on.
  Result<beleidscyclus::Heropening> heropenen(const Context& ctx, Id regio_id, Id stap_id,
                                              const Fields& f);
  // B8-2: recorded on the evaluation step (8) in its current period, pointing at the step and
  // period it changes.
  Result<std::vector<beleidscyclus::Evaluatieconclusie>> evaluatieconclusies(const Context& ctx,
                                                                             Id regio_id);
  Result<beleidscyclus::Evaluatieconclusie> create_evaluatieconclusie(const Context& ctx,
                                                                      Id regio_id, const Fields& f);

 private:
  // The steps of the actor's regio, made from the defaults when there are none yet.
  Result<std::vector<beleidscyclus::Stap>> stappen(const Context& ctx, Id regio_id);

  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
