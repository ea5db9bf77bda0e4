// The demo's versions and wijzigingsverzoeken (OPD-5).
#include <optional>

#include "domain/opdrachten/parse.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

// Beekdal's maatwerk on asbestos, given by Pieter de Boer and accepted by Thomas Bakker, its
// accountmanager; one wijzigingsverzoek accepted after the alignment with the beleidsafdeling
// (version 2: a later start), and one still waiting for the opdrachtgever (sanering too, with
// more hours and money).
Result<void> load_wijziging_demo(DemoLoad& load) {
  const DemoKalender& k = load.kalender;
  const Id regio_id = load.regio_id;
  const auto& orgs = load.organisaties;
  using opdrachten::Stap;
  opdrachten::Opdracht o;
  o.regio_id = regio_id;
  o.opdrachtgever_id = orgs.at("Gemeente Beekdal");
  o.titel = k.tekst("Toezicht asbest Beekdal 2027");
  o.jaar = k.jaar(2027);
  o.soort = opdrachten::Soort::kMaatwerk;
  o.deelnemer_id = orgs.at("Gemeente Beekdal");
  o.extra_uren = 320;
  o.extra_financiering_cents = 35'200'00;
  o.aanleiding = k.tekst(
      "Het aantal sloopmeldingen met asbest in Beekdal is in 2026 verdubbeld door de "
      "herstructurering van de wijk Beekhoven.");
  o.scope = "Toezicht op sloopmeldingen met asbest in Beekdal.\n- Asbestsanering valt erbuiten.";
  o.doel =
      k.tekst("In 2027 is 90% van de sloopmeldingen met asbest binnen vijf werkdagen beoordeeld.");
  o.activiteiten = "- Beoordelen van sloopmeldingen\n- Controles op locatie\n- Handhaving";
  o.resultaat = "Een kwartaaloverzicht van meldingen, controles en overtredingen.";
  o.sturingsvorm = "De accountmanager is aanspreekpunt; de teamleider toezicht plant de inzet.";
  o.monitoring =
      k.tekst("Per kwartaal een overzicht aan de opdrachtgever; evaluatie in januari 2028.");
  o.governance =
      "De ambtelijk opdrachtgever van Beekdal stuurt; de wethouder wordt per kwartaal "
      "geïnformeerd.";
  o.planning = {{"Start controles", k.dag(2027, 1, 11)},
                {"Eerste kwartaaloverzicht", k.dag(2027, 4, 15)}};
  o.bemensing = {{"Toezichthouder asbest", 320, std::nullopt}};
  o.financien = {{k.jaar(2027), 35'200'00, "Extra bijdrage Beekdal"}};
  o.stakeholders = {{"Gemeente Beekdal", orgs.at("Gemeente Beekdal"), std::nullopt,
                     "Bevoegd gezag en opdrachtgever"}};
  o.risicos = {{"Piek in meldingen na de zomer", opdrachten::Niveau::kMiddel,
                opdrachten::Niveau::kMiddel, "Tijdelijke inzet uit het regionale toezichtteam",
                "Teamleider toezicht"}};
  DemoVerhaal& verhaal = load.verhaal;
  auto& service = verhaal.opdrachten();
  verhaal.op("2026-11-02T09:30:00Z");
  REGIE_ASSIGN_OR_RETURN(auto pieter, verhaal.als("opdrachtgever"));
  auto invoer = opdrachten::invoer_van(o);
  REGIE_ASSIGN_OR_RETURN(auto opdracht, service.create(pieter, invoer.velden, invoer.lijsten));
  load.opdrachten[opdracht.titel] = opdracht.id;
  verhaal.op("2026-11-05T10:00:00Z");
  REGIE_ASSIGN_OR_RETURN(opdracht, verhaal.stap(pieter, opdracht, Stap::kAanbieden));
  verhaal.op("2026-11-12T13:20:00Z");
  REGIE_ASSIGN_OR_RETURN(auto thomas, verhaal.als("accountmanager"));
  // OPD-8: the interne afstemming before he accepts.
  REGIE_TRY(verhaal.interne_afstemmingen().vastleggen(
      thomas, opdracht.id,
      {{"teams", "Team asbest en team toezicht"},
       {"capaciteit",
        k.tekst("Twee asbestinspecteurs zijn vrij vanaf het tweede kwartaal van 2027.")},
       {"effecten", "De reguliere asbestcontroles schuiven een maand op."},
       {"uitkomst", "onder_voorwaarden"},
       {"toelichting", k.tekst("Start niet voor april 2027, als de inspecteurs vrij zijn.")}}));
  verhaal.op("2026-11-12T13:30:00Z");
  REGIE_ASSIGN_OR_RETURN(opdracht, verhaal.stap(thomas, opdracht, Stap::kAanvaarden));

  // Version 2: the accountmanager proposes a later start, the opdrachtgever aligns it with the
  // beleidsafdeling and accepts it within its mandate (no extra cost).
  verhaal.op("2026-11-16T09:05:00Z");
  auto later = opdracht;
  later.planning = {{"Start controles", k.dag(2027, 3, 1)},
                    {"Eerste kwartaaloverzicht", k.dag(2027, 7, 15)}};
  invoer = opdrachten::invoer_van(later);
  invoer.velden["aspecten"] = std::string(code(opdrachten::Aspect::kTijd));
  invoer.velden["omschrijving"] = k.tekst(
      "De toezichthouder asbest begint pas op 1 maart 2027. De controles starten daarom later; "
      "het eerste kwartaaloverzicht schuift naar juli.");
  REGIE_ASSIGN_OR_RETURN(auto verzoek,
                         service.indienen(thomas, opdracht.id, invoer.velden, invoer.lijsten));
  verhaal.op("2026-11-18T16:10:00Z");
  REGIE_ASSIGN_OR_RETURN(
      verzoek, service.afstemming_vastleggen(
                   pieter, opdracht.id, verzoek.id, verzoek.versie,
                   {{"met", "Beleidsafdeling milieu Beekdal, Sanne de Wit"},
                    {"datum", k.dag(2026, 11, 18).iso()},
                    {"uitkomst", "Akkoord: een start in maart past binnen het milieubeleid."}}));
  verhaal.op("2026-11-19T11:30:00Z");
  REGIE_ASSIGN_OR_RETURN(
      verzoek, service.besluiten(pieter, opdracht.id, verzoek.id, verzoek.versie,
                                 {{"besluit", std::string(code(opdrachten::Besluit::kAanvaarden))},
                                  {"beoordeling", k.tekst("Onvermijdbaar door de latere start van "
                                                          "de toezichthouder; het doel voor 2027 "
                                                          "blijft haalbaar.")}}));

  // Still open: toezicht on sanering too, with more hours and money (within Pieter's mandate).
  verhaal.op("2026-11-25T14:40:00Z");
  REGIE_ASSIGN_OR_RETURN(auto v2, service.opdracht(thomas, opdracht.id));
  auto sanering = v2.opdracht;
  sanering.scope = "Toezicht op sloopmeldingen met asbest en op asbestsanering in Beekdal.";
  sanering.extra_uren = 400;
  sanering.extra_financiering_cents = 44'000'00;
  sanering.bemensing = {{"Toezichthouder asbest", 400, std::nullopt}};
  sanering.financien = {{k.jaar(2027), 35'200'00, "Extra bijdrage Beekdal"},
                        {k.jaar(2027), 8'800'00, "Toezicht op asbestsanering"}};
  invoer = opdrachten::invoer_van(sanering);
  invoer.velden["aspecten"] = std::string(code(opdrachten::Aspect::kScope)) + "," +
                              std::string(code(opdrachten::Aspect::kGeld));
  invoer.velden["omschrijving"] =
      "Bij de controles blijkt dat veel saneringen zonder toezicht verlopen. Wij stellen voor ook "
      "toezicht op asbestsanering te houden: 80 uur en € 8.800 extra.";
  REGIE_TRY(service.indienen(thomas, opdracht.id, invoer.velden, invoer.lijsten));
  return Ok();
}

}  // namespace regie::service
