// The demo's versions and wijzigingsverzoeken (OPD-5).
#include <optional>

#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

// Beekdal's maatwerk on asbestos, accepted; one wijzigingsverzoek accepted after the alignment
// with the beleidsafdeling (version 2: a later start), and one still waiting for the
// opdrachtgever (sanering too, with more hours and money).
Result<void> load_wijziging_demo(DemoLoad& load) {
  UnitOfWork& uow = load.uow;
  const DemoKalender& k = load.kalender;
  const Id regio_id = load.regio_id;
  const auto& orgs = load.organisaties;
  using opdrachten::Stap;
  using opdrachten::Status;
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
  o.status = Status::kAanvaard;
  REGIE_ASSIGN_OR_RETURN(o.id, uow.opdrachten().create(o));
  const opdrachten::Overgang stappen[] = {
      {0, o.id, Stap::kAanbieden, Status::kConcept, Status::kAangeboden, "opdrachtgever",
       k.tijdstip("2026-11-05T10:00:00Z"), ""},
      {0, o.id, Stap::kAanvaarden, Status::kAangeboden, Status::kAanvaard, "accountmanager",
       k.tijdstip("2026-11-12T13:20:00Z"), ""}};
  for (const auto& s : stappen) REGIE_TRY(uow.opdrachten().create_overgang(s));
  REGIE_TRY(uow.opdrachten().create_versie(
      {0, o.id, 1, o, "accountmanager", k.tijdstip("2026-11-12T13:20:00Z"), {}}));

  opdrachten::Wijzigingsverzoek later;
  later.opdracht_id = o.id;
  later.aspecten = {opdrachten::Aspect::kTijd};
  later.omschrijving = k.tekst(
      "De toezichthouder asbest begint pas op 1 maart 2027. De controles starten daarom later; "
      "het eerste kwartaaloverzicht schuift naar juli.");
  later.basisversie = 1;
  later.voorstel = o;
  later.voorstel.planning = {{"Start controles", k.dag(2027, 3, 1)},
                             {"Eerste kwartaaloverzicht", k.dag(2027, 7, 15)}};
  later.ingediend_door = "accountmanager";
  later.ingediend_kant = opdrachten::Kant::kOpdrachtnemer;
  later.ingediend_op = k.tijdstip("2026-11-16T09:05:00Z");
  REGIE_ASSIGN_OR_RETURN(later.id, uow.opdrachten().create_wijzigingsverzoek(later));
  later.versie = 1;
  later.status = opdrachten::VerzoekStatus::kAanvaard;
  later.afstemming = {"Beleidsafdeling milieu Beekdal, Sanne de Wit", k.dag(2026, 11, 18),
                      "Akkoord: een start in maart past binnen het milieubeleid.", "opdrachtgever"};
  later.beoordeling = k.tekst(
      "Onvermijdbaar door de latere start van de toezichthouder; het doel voor "
      "2027 blijft haalbaar.");
  later.besloten_door = "opdrachtgever";
  later.besloten_op = k.tijdstip("2026-11-19T11:30:00Z");
  REGIE_TRY(uow.opdrachten().update_wijzigingsverzoek(later));
  auto v2 = opdrachten::pas_toe(o, later.voorstel);
  v2.versie = 1;
  REGIE_TRY(uow.opdrachten().update(v2));
  REGIE_TRY(uow.opdrachten().create_versie(
      {0, o.id, 2, v2, "opdrachtgever", later.besloten_op, later.id}));

  opdrachten::Wijzigingsverzoek sanering;
  sanering.opdracht_id = o.id;
  sanering.aspecten = {opdrachten::Aspect::kScope, opdrachten::Aspect::kGeld};
  sanering.omschrijving =
      "Bij de controles blijkt dat veel saneringen zonder toezicht verlopen. Wij stellen voor ook "
      "toezicht op asbestsanering te houden: 80 uur en € 8.800 extra.";
  sanering.basisversie = 2;
  sanering.voorstel = v2;
  sanering.voorstel.scope =
      "Toezicht op sloopmeldingen met asbest en op asbestsanering in "
      "Beekdal.";
  sanering.voorstel.extra_uren = 400;
  sanering.voorstel.extra_financiering_cents = 44'000'00;
  sanering.voorstel.bemensing = {{"Toezichthouder asbest", 400, std::nullopt}};
  sanering.voorstel.financien = {{k.jaar(2027), 35'200'00, "Extra bijdrage Beekdal"},
                                 {k.jaar(2027), 8'800'00, "Toezicht op asbestsanering"}};
  sanering.ingediend_door = "accountmanager";
  sanering.ingediend_kant = opdrachten::Kant::kOpdrachtnemer;
  sanering.ingediend_op = k.tijdstip("2026-11-25T14:40:00Z");
  REGIE_TRY(uow.opdrachten().create_wijzigingsverzoek(sanering));
  return Ok();
}

}  // namespace regie::service
