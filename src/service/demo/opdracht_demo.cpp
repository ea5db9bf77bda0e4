// The demo's opdrachten (OPD-1..OPD-3): the regional programme 2027, accepted after it was sent
// back once; Beekdal's maatwerk for 2027 still a concept with a vague doel and no risico's yet.
#include <optional>

#include "domain/opdrachten/opdracht_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

Result<void> load_opdracht_demo(DemoLoad& load) {
  UnitOfWork& uow = load.uow;
  const DemoKalender& k = load.kalender;
  const Id regio_id = load.regio_id;
  const auto& orgs = load.organisaties;
  opdrachten::Opdracht up;
  up.regio_id = regio_id;
  up.opdrachtgever_id = orgs.at("Gemeente Rivierhoven");
  up.titel = k.tekst("Regionaal uitvoeringsprogramma VTH 2027");
  up.jaar = k.jaar(2027);
  up.aanleiding = k.tekst(
      "De regionale uitvoerings- en handhavingsstrategie 2027-2030 is in oktober 2026 door alle "
      "deelnemers vastgesteld.");
  up.scope =
      "Alle taken van het basistakenpakket milieu voor de negen gemeenten en de provincie.\n- "
      "Bouw- en woningtoezicht valt erbuiten.";
  up.doel = k.tekst(
      "In 2027 is 95% van de vergunningen binnen de wettelijke termijn verleend en zijn alle "
      "BRZO-bedrijven bezocht.");
  up.activiteiten =
      "- Vergunningverlening milieu\n- Toezicht en handhaving bij 1.200 bedrijven\n- Advisering "
      "bij omgevingsplannen";
  up.resultaat = "Een jaarverslag met de bereikte doelen, de geleverde producten en de besteding.";
  up.sturingsvorm = "Programmasturing door de OD; de accountmanagers zijn aanspreekpunt.";
  up.monitoring = k.tekst(
      "Per kwartaal een voortgangsrapportage aan de opdrachtgevers; afsluiting met een "
      "evaluatie in het voorjaar van 2028.");
  up.governance = "Het AB stelt het programma vast; het DB stuurt op de uitvoering.";
  up.planning = {{"Start uitvoering", k.dag(2027, 1, 1)},
                 {"Halfjaarrapportage", k.dag(2027, 7, 15)},
                 {"Jaarverslag", k.dag(2028, 3, 31)}};
  up.bemensing = {{"Toezichthouder", 14'400, std::nullopt},
                  {"Vergunningverlener", 9'600, std::nullopt},
                  {"Jurist", 1'600, std::nullopt}};
  up.financien = {{k.jaar(2027), 3'870'000'00, "Bijdragen van de deelnemers"}};
  up.stakeholders = {{"Provincie Voorbeeldland", orgs.at("Provincie Voorbeeldland"), std::nullopt,
                      "Bevoegd gezag BRZO"},
                     {"Waterschap Voorbeelddelta", orgs.at("Waterschap Voorbeelddelta"),
                      std::nullopt, "Adviseur lozingen"}};
  up.risicos = {{"Krapte aan toezichthouders", opdrachten::Niveau::kHoog,
                 opdrachten::Niveau::kMiddel, "Inhuur via het regionale raamcontract",
                 "Directie OD"}};
  up.status = opdrachten::Status::kAanvaard;
  REGIE_ASSIGN_OR_RETURN(up.id, uow.opdrachten().create(up));
  load.opdrachten[up.titel] = up.id;
  using opdrachten::Stap;
  using opdrachten::Status;
  const opdrachten::Overgang stappen[] = {
      {0, up.id, Stap::kAanbieden, Status::kConcept, Status::kAangeboden, "opdrachtgever",
       k.tijdstip("2026-10-20T08:30:00Z"), ""},
      {0, up.id, Stap::kTerugleggen, Status::kAangeboden, Status::kTeruggelegd, "accountmanager",
       k.tijdstip("2026-10-27T14:05:00Z"),
       "De bemensing noemde geen uren voor de juristen; zonder die capaciteit is handhaving niet "
       "uitvoerbaar."},
      {0, up.id, Stap::kAanbieden, Status::kTeruggelegd, Status::kAangeboden, "opdrachtgever",
       k.tijdstip("2026-11-03T09:10:00Z"), ""},
      {0, up.id, Stap::kAanvaarden, Status::kAangeboden, Status::kAanvaard, "accountmanager",
       k.tijdstip("2026-11-10T15:45:00Z"), ""}};
  for (const auto& o : stappen) REGIE_TRY(uow.opdrachten().create_overgang(o));
  REGIE_TRY(uow.opdrachten().create_versie(
      {0, up.id, 1, up, "accountmanager", k.tijdstip("2026-11-10T15:45:00Z"), {}}));
  opdrachten::Opdracht maatwerk;
  maatwerk.regio_id = regio_id;
  maatwerk.opdrachtgever_id = orgs.at("Gemeente Beekdal");
  maatwerk.titel = k.tekst("Extra toezicht evenementen Beekdal 2027");
  maatwerk.jaar = k.jaar(2027);
  maatwerk.soort = opdrachten::Soort::kMaatwerk;
  maatwerk.deelnemer_id = orgs.at("Gemeente Beekdal");
  maatwerk.extra_uren = 240;
  maatwerk.extra_financiering_cents = 26'400'00;
  maatwerk.aanleiding =
      k.tekst("Beekdal krijgt in 2027 drie grote zomerevenementen met geluidsoverlast.");
  maatwerk.doel = "We willen dat de evenementen veilig en prettig verlopen.";
  maatwerk.planning = {{"Eerste evenement", k.dag(2027, 6, 12)}};
  REGIE_ASSIGN_OR_RETURN(maatwerk.id, uow.opdrachten().create(maatwerk));
  load.opdrachten[maatwerk.titel] = maatwerk.id;
  return Ok();
}

}  // namespace regie::service
