// The demo's beleidsdoelen (OPD-7): the regional programme and the asbest opdracht name the
// strategy 2027-2030 that the colleges adopted, and which of its doelen and keuzes they serve.
// "Extra toezicht evenementen Beekdal" names none yet, so its page shows what is missing.
#include <string>

#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

// The document id of the adopted strategy of the regio's current round.
Result<Id> strategie_id(DemoVerhaal& verhaal, const Context& ctx, Id regio_id) {
  REGIE_ASSIGN_OR_RETURN(auto cyclus, verhaal.cyclus().cyclus(ctx, regio_id));
  for (const auto& stap : cyclus.stappen) {
    if (stap.code != beleidscyclus::StapCode::kOperationeelBeleidskader) continue;
    REGIE_ASSIGN_OR_RETURN(auto detail, verhaal.cyclus().stap(ctx, regio_id, stap.id));
    if (detail.product) return detail.product->id;
  }
  return Error::not_found("demo: geen vastgestelde strategie");
}

}  // namespace

Result<void> load_beleidsdoel_demo(DemoLoad& load) {
  const DemoKalender& k = load.kalender;
  DemoVerhaal& verhaal = load.verhaal;
  verhaal.op("2026-10-13T10:05:00Z");
  REGIE_ASSIGN_OR_RETURN(auto naomi, verhaal.als("naomi.bos"));
  REGIE_ASSIGN_OR_RETURN(Id strategie, strategie_id(verhaal, naomi, load.regio_id));
  REGIE_TRY(verhaal.beleidsdoelen().koppelen(
      naomi, load.opdrachten.at(k.tekst("Regionaal uitvoeringsprogramma VTH 2027")),
      {{"documentId", std::to_string(strategie)},
       {"beleidskeuzes",
        k.tekst("De prioriteiten asbest, energiebesparing en bodem; 95% van de vergunningen "
                "binnen de wettelijke termijn; alle BRZO-bedrijven jaarlijks bezocht.")}}));
  verhaal.op("2026-11-06T15:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto pieter, verhaal.als("opdrachtgever"));
  REGIE_TRY(verhaal.beleidsdoelen().koppelen(
      pieter, load.opdrachten.at(k.tekst("Toezicht asbest Beekdal 2027")),
      {{"documentId", std::to_string(strategie)},
       {"beleidskeuzes",
        "Prioriteit asbest: risicogericht toezicht op saneringen, met voorrang voor scholen en "
        "agrarische daken."}}));
  return Ok();
}

}  // namespace regie::service
