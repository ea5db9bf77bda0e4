// The demo's signalen (OPD-6): the accountmanager reports stagnation on the regional programme;
// open, so the opdrachtgevers see it on their start page until Naomi Bos handles it for
// Rivierhoven and the deelnemers it represents on the collectieve opdracht.
#include "domain/opdrachten/signaal_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

Result<void> load_signaal_demo(DemoLoad& load) {
  UnitOfWork& uow = load.uow;
  const DemoKalender& k = load.kalender;
  opdrachten::Signaal signaal;
  signaal.opdracht_id = load.opdrachten.at(k.tekst("Regionaal uitvoeringsprogramma VTH 2027"));
  signaal.soort = opdrachten::SignaalSoort::kStagnatie;
  signaal.wat = k.tekst(
      "De werving van twee BRZO-toezichthouders voor 2027 levert geen kandidaten op; de inhuur "
      "via het regionale raamcontract levert pas in maart iemand.");
  signaal.impact = k.tekst(
      "De BRZO-inspecties van het eerste kwartaal 2027 lopen zes weken uit; de "
      "halfjaarrapportage van 15 juli komt daardoor onder druk.");
  signaal.maatregel =
      "Twee inspecties schuiven naar het tweede kwartaal en de OD zet tijdelijk een "
      "toezichthouder milieu in; geen extra kosten.";
  signaal.gemeld_door = "accountmanager";
  signaal.gemeld_op = k.tijdstip("2026-11-24T09:20:00Z");
  REGIE_TRY(uow.signalen().create(signaal));
  return Ok();
}

}  // namespace regie::service
