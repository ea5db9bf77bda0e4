#include "service/demo_service.hpp"

#include <string>
#include <vector>

#include "domain/governance/register_repository.hpp"
#include "service/crypto.hpp"
#include "service/demo/demo_load.hpp"
#include "service/demo_kalender.hpp"

namespace regie::service {
namespace {

// The parts of the demo, in the order they load: one line per capability.
constexpr DemoPart kParts[] = {
    load_register_demo,       // GOV-1..GOV-3: organisaties, personen, rollen
    load_collectief_demo,     // GOV-6, GOV-8
    load_accounts_demo,       // the accounts, linked to their personen; the story needs them
    load_opdracht_demo,       // OPD-1..OPD-3
    load_signaal_demo,        // OPD-6
    load_wijziging_demo,      // OPD-5
    load_competentie_demo,    // COMP-1
    load_beleidscyclus_demo,  // B8-1..B8-4
    load_beleidsdoel_demo,    // OPD-7: which policy products the opdrachten serve
    load_catalogus_demo,      // UP-3: the producten- en dienstencatalogus 2027
    load_programma_demo,      // UP-1, UP-2, UP-4: the uitvoeringsprogramma 2027, vastgesteld
    load_koppeling_demo,      // OPD-4, OPD-7: the programmaregels the opdrachten carry out
    load_monitoring_demo,     // MON-1..MON-7: realisaties of last year and this year
};

const Context kDemoSysteem{auth::systeem_actor(), "demo"};

}  // namespace

std::vector<DemoAccount> DemoService::accounts() {
  std::vector<DemoAccount> out;
  for (const auto& g : demo_gebruikers()) {
    out.push_back(DemoAccount{g.naam, g.persoon != nullptr ? g.persoon : "", g.hoeden});
  }
  return out;
}

Result<std::vector<DemoAccount>> DemoService::load() {
  // Hash outside the transaction: argon2id is deliberately slow.
  REGIE_ASSIGN_OR_RETURN(auto hash, hash_wachtwoord(kDemoWachtwoord));
  auto result = audit_->write<bool>(
      kDemoSysteem, "demo.laden", "regio",
      [&](UnitOfWork& uow, std::string& object) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto regios, uow.registry().list_regios());
        if (!regios.empty()) {
          return Error{
              ErrorCode::kConflict, "fout.demo_bestaat", "database heeft al een regio", {}};
        }
        governance::Regio regio;
        regio.naam = "Omgevingsdienst Regio Voorbeeld";
        regio.gemeenschappelijke_regeling =
            "Gemeenschappelijke regeling Omgevingsdienst Regio Voorbeeld";
        REGIE_ASSIGN_OR_RETURN(auto regio_id, uow.registry().create_regio(regio));
        object = "regio/" + std::to_string(regio_id);

        const DemoKalender kalender(audit_->clock().vandaag());
        DemoVerhaal verhaal(uow, *store_, audit_->clock(), kalender);
        DemoLoad load{.uow = uow,
                      .kalender = kalender,
                      .verhaal = verhaal,
                      .regio_id = regio_id,
                      .nu = audit_->clock().now_iso(),
                      .dit_jaar = audit_->clock().vandaag().jaar(),
                      .wachtwoord_hash = hash};
        for (DemoPart part : kParts) REGIE_TRY(part(load));
        return true;
      });
  if (!result.ok()) return std::move(result).error();
  return accounts();
}

}  // namespace regie::service
