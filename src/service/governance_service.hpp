// The governance of a regio beyond the plain register:
// - GOV-6 collectief opdrachtgeverschap: vertegenwoordigingen with the mandaat of the
//   represented deelnemer;
// - GOV-8 the projectgroep beleidscyclus, led by the regisseur, with leden per deelnemer;
// - GOV-9 the governance health on a peildatum: every finding of the rolvastheid checks
//   (GOV-4..GOV-8, domain/governance/rolvastheid.hpp) over the register as stored.
// Everyone of the regio reads the vertegenwoordigingen and the projectgroep (they are collective
// arrangements). OD roles and the beheerder see every finding; an opdrachtgever or bestuurder
// sees the findings that concern its own organisatie (its own view). Writes are authorized
// (domain/auth/actor.hpp) and audited in their own transaction. Thread-safe.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/governance/rolvastheid.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

struct Gezondheid {
  std::vector<governance::Bevinding> bevindingen;
  // Names of every organisatie and persoon a finding refers to, for display.
  std::map<Id, std::string> organisatie_namen;
  std::map<Id, std::string> persoon_namen;
  bool eigen_weergave = false;       // filtered to the actor's organisatie
  std::optional<Id> organisatie_id;  // filtered to this organisatie (per-organisatie view)
};

// A vertegenwoordiging with the names a page shows and the state of its mandaat on a date.
struct VertegenwoordigingRegel {
  governance::Vertegenwoordiging vertegenwoordiging;
  std::string opdrachtgever_naam;
  std::string vertegenwoordigde_naam;
  std::string verleend_door_naam;  // empty when not recorded
  bool compleet = false;           // every part of the mandaat recorded
  bool geldig = false;             // complete and its period holds the peildatum
  bool mag_wijzigen = false;       // for the actor asking
};

struct ProjectgroepWeergave {
  std::optional<governance::Projectgroep> groep;  // empty: not set up yet
  std::map<Id, std::string> persoon_namen;
  std::map<Id, std::string> organisatie_namen;
  // Deelnemers on the peildatum without a lid (GOV-8 incomplete), by register order.
  std::vector<Id> ontbrekende_deelnemers;
  // Deelnemers on the peildatum and the overige partijen (GOV-8: waterschap, veiligheidsregio;
  // organisaties of soort overig): the choices for a lid's organisatie.
  std::vector<Id> deelnemers;
  std::vector<Id> overige_partijen;
};

class GovernanceService {
 public:
  GovernanceService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // GOV-9. kNotFound for another regio or an organisatie outside it. With `organisatie_id`,
  // only the findings concerning that organisatie; an opdrachtgever or bestuurder may only
  // ask for its own organisatie (kForbidden otherwise).
  Result<Gezondheid> bevindingen(const Context& ctx, Id regio_id, Datum peildatum,
                                 std::optional<Id> organisatie_id = std::nullopt);

  Result<std::vector<VertegenwoordigingRegel>> vertegenwoordigingen(const Context& ctx,
                                                                    Datum peildatum);
  Result<VertegenwoordigingRegel> vertegenwoordiging(const Context& ctx, Id id, Datum peildatum);
  Result<governance::Vertegenwoordiging> create_vertegenwoordiging(const Context& ctx,
                                                                   const Fields& f);
  Result<governance::Vertegenwoordiging> update_vertegenwoordiging(const Context& ctx, Id id,
                                                                   std::int64_t versie,
                                                                   const Fields& f);
  Result<void> delete_vertegenwoordiging(const Context& ctx, Id id, std::int64_t versie);
  // Whether the actor may record a vertegenwoordiging at all (opens the form).
  static bool mag_vertegenwoordigingen_vastleggen(const Context& ctx);

  Result<ProjectgroepWeergave> projectgroep(const Context& ctx, Datum peildatum);
  // Field regisseurPersoonId (empty: none). `versie` 0 creates the projectgroep.
  Result<governance::Projectgroep> update_projectgroep(const Context& ctx, std::int64_t versie,
                                                       const Fields& f);
  // Fields persoonId, organisatieId. Creates the projectgroep with its first lid.
  Result<governance::Projectgroep::Lid> create_projectgroeplid(const Context& ctx, const Fields& f);
  Result<void> delete_projectgroeplid(const Context& ctx, Id lid_id);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
