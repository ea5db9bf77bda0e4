// The demo's signalen (OPD-6): Youssef El Amrani, accountmanager for Rivierhoven, reports
// stagnation on the regional programme; open, so the opdrachtgevers see it on their start page
// until Naomi Bos handles it for Rivierhoven and the deelnemers it represents on the collectieve
// opdracht.
#include "domain/opdrachten/signaal.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

Result<void> load_signaal_demo(DemoLoad& load) {
  const DemoKalender& k = load.kalender;
  const Id opdracht_id = load.opdrachten.at(k.tekst("Regionaal uitvoeringsprogramma VTH 2027"));
  load.verhaal.op("2026-11-24T09:20:00Z");
  REGIE_ASSIGN_OR_RETURN(auto youssef, load.verhaal.als("youssef.elamrani"));
  Fields velden{
      {"soort", std::string(code(opdrachten::SignaalSoort::kStagnatie))},
      {"wat", k.tekst("De werving van twee BRZO-toezichthouders voor 2027 levert geen kandidaten "
                      "op; de inhuur via het regionale raamcontract levert pas in maart iemand.")},
      {"impact", k.tekst("De BRZO-inspecties van het eerste kwartaal 2027 lopen zes weken uit; de "
                         "halfjaarrapportage van 15 juli komt daardoor onder druk.")},
      {"maatregel",
       "Twee inspecties schuiven naar het tweede kwartaal en de OD zet tijdelijk een "
       "toezichthouder milieu in; geen extra kosten."}};
  REGIE_TRY(load.verhaal.signalen().melden(youssef, opdracht_id, velden));
  return Ok();
}

}  // namespace regie::service
