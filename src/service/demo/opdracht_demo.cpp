// The demo's opdrachten (OPD-1..OPD-3): the regional programme 2027, accepted after it was sent
// back once; Beekdal's maatwerk for 2027 still a concept with a vague doel and no risico's yet.
// Naomi Bos gives the programme for Rivierhoven and the deelnemers it represents (OPD-2), Youssef
// El Amrani is its accountmanager, the directie accepts it; Pieter de Boer drafts Beekdal's.
#include <optional>

#include "domain/opdrachten/parse.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

opdrachten::Opdracht demo_regionale_opdracht(const DemoLoad& load, int jaar) {
  const DemoKalender& k = load.kalender;
  const auto& orgs = load.organisaties;
  const auto j = [&](int verder) { return std::to_string(k.jaar(jaar + verder)); };
  opdrachten::Opdracht up;
  up.regio_id = load.regio_id;
  up.opdrachtgever_id = orgs.at("Gemeente Rivierhoven");
  up.titel = "Regionaal uitvoeringsprogramma VTH " + j(0);
  up.jaar = k.jaar(jaar);
  up.aanleiding = "De regionale uitvoerings- en handhavingsstrategie " + j(0) + "-" + j(3) +
                  " is in oktober " + j(-1) + " door alle deelnemers vastgesteld.";
  up.scope =
      "Alle taken van het basistakenpakket milieu voor de negen gemeenten en de provincie.\n- "
      "Bouw- en woningtoezicht valt erbuiten.";
  up.doel = "In " + j(0) +
            " is 95% van de vergunningen binnen de wettelijke termijn verleend en zijn alle "
            "BRZO-bedrijven bezocht.";
  up.activiteiten =
      "- Vergunningverlening milieu\n- Toezicht en handhaving bij 1.200 bedrijven\n- Advisering "
      "bij omgevingsplannen";
  up.resultaat = "Een jaarverslag met de bereikte doelen, de geleverde producten en de besteding.";
  up.sturingsvorm = "Programmasturing door de OD; de accountmanagers zijn aanspreekpunt.";
  up.monitoring =
      "Per kwartaal een voortgangsrapportage aan de opdrachtgevers; afsluiting met een "
      "evaluatie in het voorjaar van " +
      j(1) + ".";
  up.governance = "Het AB stelt het programma vast; het DB stuurt op de uitvoering.";
  up.planning = {{"Start uitvoering", k.dag(jaar, 1, 1)},
                 {"Halfjaarrapportage", k.dag(jaar, 7, 15)},
                 {"Jaarverslag", k.dag(jaar + 1, 3, 31)}};
  // The collective lines of the programme (programma_demo.cpp, the same each year): 18.823
  // hours and € 1.854.065,50, the opdracht's own means equal to them (OPD-4).
  up.bemensing = {{"Toezichthouder", 10'600, std::nullopt},
                  {"Vergunningverlener", 6'623, std::nullopt},
                  {"Jurist", 1'600, std::nullopt}};
  up.financien = {{k.jaar(jaar), 1'854'065'50, "Bijdragen van de deelnemers"}};
  up.stakeholders = {{"Provincie Voorbeeldland", orgs.at("Provincie Voorbeeldland"), std::nullopt,
                      "Bevoegd gezag BRZO"},
                     {"Waterschap Voorbeelddelta", orgs.at("Waterschap Voorbeelddelta"),
                      std::nullopt, "Adviseur lozingen"}};
  up.risicos = {{"Krapte aan toezichthouders", opdrachten::Niveau::kHoog,
                 opdrachten::Niveau::kMiddel, "Inhuur via het regionale raamcontract",
                 "Directie OD"}};
  return up;
}

Result<void> load_opdracht_demo(DemoLoad& load) {
  const DemoKalender& k = load.kalender;
  const Id regio_id = load.regio_id;
  const auto& orgs = load.organisaties;
  opdrachten::Opdracht up = demo_regionale_opdracht(load, 2027);
  // Her first draft named no hours for the juristen; the accountmanager sends it back for that.
  auto jurist = up.bemensing.back();
  up.bemensing.pop_back();
  DemoVerhaal& verhaal = load.verhaal;
  verhaal.op("2026-10-13T10:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto naomi, verhaal.als("naomi.bos"));
  auto invoer = opdrachten::invoer_van(up);
  REGIE_ASSIGN_OR_RETURN(auto o, verhaal.opdrachten().create(naomi, invoer.velden, invoer.lijsten));
  load.opdrachten[o.titel] = o.id;
  verhaal.op("2026-10-20T08:30:00Z");
  REGIE_ASSIGN_OR_RETURN(o, verhaal.stap(naomi, o, opdrachten::Stap::kAanbieden));
  verhaal.op("2026-10-27T14:05:00Z");
  REGIE_ASSIGN_OR_RETURN(auto youssef, verhaal.als("youssef.elamrani"));
  // OPD-8: he goes over it with the teams first; handhaving has no room without the juristen.
  REGIE_TRY(verhaal.interne_afstemmingen().vastleggen(
      youssef, o.id,
      {{"teams", "Team toezicht, team handhaving en de juristen"},
       {"capaciteit",
        "Toezicht past binnen de planning van het jaar; voor handhaving zijn geen juristen-uren "
        "begroot."},
       {"effecten", "Zonder juristen blijven handhavingsbesluiten liggen en lopen termijnen uit."},
       {"uitkomst", "niet_uitvoerbaar"},
       {"toelichting", "Niet uitvoerbaar zolang de bemensing geen uren voor de juristen noemt."}}));
  REGIE_ASSIGN_OR_RETURN(
      o, verhaal.stap(youssef, o, opdrachten::Stap::kTerugleggen,
                      "De bemensing noemde geen uren voor de juristen; zonder die capaciteit is "
                      "handhaving niet uitvoerbaar."));
  verhaal.op("2026-11-03T09:00:00Z");
  up.bemensing.push_back(jurist);
  invoer = opdrachten::invoer_van(up);
  REGIE_ASSIGN_OR_RETURN(
      o, verhaal.opdrachten().update(naomi, o.id, o.versie, invoer.velden, invoer.lijsten));
  verhaal.op("2026-11-03T09:10:00Z");
  REGIE_ASSIGN_OR_RETURN(o, verhaal.stap(naomi, o, opdrachten::Stap::kAanbieden));
  // GOV-12: € 3.870.000 lies beyond an accountmanager's mandate; the directie accepts.
  verhaal.op("2026-11-06T11:00:00Z");
  REGIE_TRY(verhaal.interne_afstemmingen().vastleggen(
      youssef, o.id,
      {{"teams", "Team toezicht, team handhaving en de juristen"},
       {"capaciteit", "Met 1.600 uur voor de juristen is de handhaving te bemensen."},
       {"effecten",
        "Handhavingszaken krijgen een vaste jurist; de piek in het voorjaar blijft "
        "krap."},
       {"uitkomst", "uitvoerbaar"}}));
  verhaal.op("2026-11-10T15:45:00Z");
  REGIE_ASSIGN_OR_RETURN(auto directie, verhaal.als("directie"));
  REGIE_ASSIGN_OR_RETURN(o, verhaal.stap(directie, o, opdrachten::Stap::kAanvaarden));

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
  verhaal.op("2026-11-26T10:15:00Z");
  REGIE_ASSIGN_OR_RETURN(auto pieter, verhaal.als("opdrachtgever"));
  invoer = opdrachten::invoer_van(maatwerk);
  REGIE_ASSIGN_OR_RETURN(auto evenementen,
                         verhaal.opdrachten().create(pieter, invoer.velden, invoer.lijsten));
  load.opdrachten[evenementen.titel] = evenementen.id;
  return Ok();
}

}  // namespace regie::service
