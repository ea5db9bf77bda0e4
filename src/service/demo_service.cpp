#include "service/demo_service.hpp"

#include <cctype>
#include <cmath>
#include <map>
#include <string_view>

#include "domain/auth/account_repository.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "domain/governance/collectief_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "service/crypto.hpp"
#include "service/demo_kalender.hpp"

namespace regie::service {
namespace {

using governance::OrganisatieSoort;
using governance::Relatie;
using governance::RolSoort;

struct DemoOrganisatie {
  const char* naam;
  OrganisatieSoort soort;
  std::int64_t inwonertal;
  std::optional<Relatie> relatie;
};

// Inwonertallen in the range of real Dutch gemeenten of these sizes.
const DemoOrganisatie kOrganisaties[] = {
    {"Omgevingsdienst Regio Voorbeeld", OrganisatieSoort::kOmgevingsdienst, 0, std::nullopt},
    {"Gemeente Beekdal", OrganisatieSoort::kGemeente, 45210, Relatie::kDeelnemer},
    {"Gemeente Dijkstede", OrganisatieSoort::kGemeente, 112430, Relatie::kDeelnemer},
    {"Gemeente Hoeveland", OrganisatieSoort::kGemeente, 28760, Relatie::kDeelnemer},
    {"Gemeente Kanaalzijde", OrganisatieSoort::kGemeente, 67905, Relatie::kDeelnemer},
    {"Gemeente Lindenwaard", OrganisatieSoort::kGemeente, 19340, Relatie::kDeelnemer},
    {"Gemeente Molenbroek", OrganisatieSoort::kGemeente, 38150, Relatie::kDeelnemer},
    {"Gemeente Polderveen", OrganisatieSoort::kGemeente, 52615, Relatie::kDeelnemer},
    {"Gemeente Rivierhoven", OrganisatieSoort::kGemeente, 84020, Relatie::kDeelnemer},
    {"Gemeente Zandhorst", OrganisatieSoort::kGemeente, 23485, Relatie::kDeelnemer},
    {"Provincie Voorbeeldland", OrganisatieSoort::kProvincie, 1163000, Relatie::kDeelnemer},
    {"Gemeente Heuvelrand", OrganisatieSoort::kGemeente, 31270, Relatie::kNietDeelnemer},
    {"Waterschap Voorbeelddelta", OrganisatieSoort::kOverig, 0, std::nullopt},
};

struct DemoRol {
  RolSoort soort;
  const char* organisatie;  // the organisatie the role is for
  std::int32_t uren;
};

struct DemoPersoon {
  const char* naam;
  const char* werkgever;
  const char* functie;
  std::vector<DemoRol> rollen;
};

constexpr const char* kOd = "Omgevingsdienst Regio Voorbeeld";

const std::vector<DemoPersoon>& personen() {
  static const std::vector<DemoPersoon> kAll = {
      // The omgevingsdienst.
      {"Marieke Jansen", kOd, "Directeur", {{RolSoort::kDirectieOd, kOd, 1600}}},
      {"Thomas Bakker",
       kOd,
       "Accountmanager",
       {{RolSoort::kAccountmanager, "Gemeente Beekdal", 300},
        {RolSoort::kAccountmanager, "Gemeente Dijkstede", 400},
        {RolSoort::kAccountmanager, "Gemeente Hoeveland", 250},
        {RolSoort::kAccountmanager, "Provincie Voorbeeldland", 400}}},
      // Flaw (GOV-5): an accountmanager who also advises on policy.
      {"Sanne de Vries",
       kOd,
       "Accountmanager en beleidsadviseur",
       {{RolSoort::kAccountmanager, "Gemeente Kanaalzijde", 300},
        {RolSoort::kAccountmanager, "Gemeente Lindenwaard", 200},
        {RolSoort::kAccountmanager, "Gemeente Molenbroek", 250},
        {RolSoort::kBeleidsadviseur, "Gemeente Molenbroek", 300}}},
      {"Youssef El Amrani",
       kOd,
       "Accountmanager",
       {{RolSoort::kAccountmanager, "Gemeente Polderveen", 300},
        {RolSoort::kAccountmanager, "Gemeente Rivierhoven", 400},
        {RolSoort::kAccountmanager, "Gemeente Zandhorst", 200},
        {RolSoort::kAccountmanager, "Gemeente Heuvelrand", 150}}},
      {"Femke Visser", kOd, "Coördinator toezicht", {{RolSoort::kCoordinator, kOd, 1400}}},
      {"Daan Smit", kOd, "Toezichthouder", {{RolSoort::kMedewerker, kOd, 1500}}},
      {"Ingrid Mulder",
       kOd,
       "Regisseur beleidscyclus",
       {{RolSoort::kRegisseurBeleidscyclus, kOd, 600}}},
      // Ambtelijk opdrachtgevers. Flaws: Lindenwaard has only 300 hours (GOV-6);
      // Zandhorst has none at all (GOV-4).
      {"Pieter de Boer",
       "Gemeente Beekdal",
       "Ambtelijk opdrachtgever VTH",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Beekdal", 500}}},
      {"Anouk Meijer",
       "Gemeente Dijkstede",
       "Teamleider vergunningen",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Dijkstede", 720}}},
      {"Ruud Hendriks",
       "Gemeente Hoeveland",
       "Ambtelijk opdrachtgever",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Hoeveland", 460}}},
      {"Lotte van Dijk",
       "Gemeente Kanaalzijde",
       "Ambtelijk opdrachtgever omgeving",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Kanaalzijde", 540}}},
      {"Bas Willems",
       "Gemeente Lindenwaard",
       "Beleidsmedewerker omgeving",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Lindenwaard", 300}}},
      {"Esther Kramer",
       "Gemeente Molenbroek",
       "Ambtelijk opdrachtgever",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Molenbroek", 480}}},
      {"Koen Dekker",
       "Gemeente Polderveen",
       "Ambtelijk opdrachtgever",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Polderveen", 450}}},
      {"Naomi Bos",
       "Gemeente Rivierhoven",
       "Afdelingshoofd omgeving",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Rivierhoven", 640}}},
      {"Jeroen Vos",
       "Provincie Voorbeeldland",
       "Ambtelijk opdrachtgever provincie",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Provincie Voorbeeldland", 900}}},
      {"Wendy Peters",
       "Gemeente Heuvelrand",
       "Beleidsadviseur milieu",
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Heuvelrand", 460},
        {RolSoort::kBeleidsadviseur, "Gemeente Heuvelrand", 200}}},
      {"Mark Jacobs",
       "Gemeente Dijkstede",
       "Beleidsadviseur VTH",
       {{RolSoort::kBeleidsadviseur, "Gemeente Dijkstede", 800}}},
      // Bestuurders: portefeuillehouders, bestuurlijk opdrachtgevers and AB/DB.
      {"Wethouder Hanneke Brouwer",
       "Gemeente Beekdal",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Beekdal", 0},
        {RolSoort::kBestuurlijkOpdrachtgever, "Gemeente Beekdal", 0},
        {RolSoort::kAbLid, "Gemeente Beekdal", 0},
        {RolSoort::kDbLid, "Gemeente Beekdal", 0}}},
      {"Wethouder Erik van Leeuwen",
       "Gemeente Dijkstede",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Dijkstede", 0},
        {RolSoort::kBestuurlijkOpdrachtgever, "Gemeente Dijkstede", 0},
        {RolSoort::kAbLid, "Gemeente Dijkstede", 0},
        {RolSoort::kDbLid, "Gemeente Dijkstede", 0}}},
      {"Wethouder Sevda Yilmaz",
       "Gemeente Hoeveland",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Hoeveland", 0},
        {RolSoort::kAbLid, "Gemeente Hoeveland", 0}}},
      {"Wethouder Gert Postma",
       "Gemeente Kanaalzijde",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Kanaalzijde", 0},
        {RolSoort::kAbLid, "Gemeente Kanaalzijde", 0}}},
      {"Wethouder Linda Claassen",
       "Gemeente Lindenwaard",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Lindenwaard", 0},
        {RolSoort::kBestuurlijkOpdrachtgever, "Gemeente Lindenwaard", 0},
        {RolSoort::kAbLid, "Gemeente Lindenwaard", 0}}},
      {"Wethouder Henk Molenaar",
       "Gemeente Molenbroek",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Molenbroek", 0},
        {RolSoort::kBestuurlijkOpdrachtgever, "Gemeente Molenbroek", 0},
        {RolSoort::kAbLid, "Gemeente Molenbroek", 0}}},
      {"Wethouder Priya Ramdin",
       "Gemeente Polderveen",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Polderveen", 0},
        {RolSoort::kAbLid, "Gemeente Polderveen", 0}}},
      {"Wethouder Joost Verbeek",
       "Gemeente Rivierhoven",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Rivierhoven", 0},
        {RolSoort::kAbLid, "Gemeente Rivierhoven", 0},
        {RolSoort::kDbLid, "Gemeente Rivierhoven", 0}}},
      {"Wethouder Ans Timmermans",
       "Gemeente Zandhorst",
       "Wethouder",
       {{RolSoort::kPortefeuillehouderMilieu, "Gemeente Zandhorst", 0},
        {RolSoort::kAbLid, "Gemeente Zandhorst", 0}}},
      {"Gedeputeerde Rob Wouters",
       "Provincie Voorbeeldland",
       "Gedeputeerde",
       {{RolSoort::kPortefeuillehouderMilieu, "Provincie Voorbeeldland", 0},
        {RolSoort::kBestuurlijkOpdrachtgever, "Provincie Voorbeeldland", 0},
        {RolSoort::kAbLid, "Provincie Voorbeeldland", 0}}},
  };
  return kAll;
}

struct DemoGebruiker {
  const char* naam;
  auth::Gebruikersrol rol;
  const char* organisatie;
};

const DemoGebruiker kGebruikers[] = {
    {"beheerder", auth::Gebruikersrol::kBeheerder, kOd},
    {"accountmanager", auth::Gebruikersrol::kAccountmanager, kOd},
    {"directie", auth::Gebruikersrol::kDirectie, kOd},
    {"medewerker", auth::Gebruikersrol::kMedewerker, kOd},
    {"opdrachtgever", auth::Gebruikersrol::kOpdrachtgever, "Gemeente Beekdal"},
    {"bestuurder", auth::Gebruikersrol::kBestuurder, "Gemeente Beekdal"},
};

// GOV-6: Rivierhoven represents Molenbroek with a complete mandaat; Lindenwaard's mandaat for
// Kanaalzijde lacks its scope and date (a finding, and Lindenwaard's 300 hours stay a finding).
// Each mandaat comes from the vertegenwoordigde's bestuurlijk opdrachtgever.
// GOV-8: the regisseur leads a projectgroep in which Polderveen and Zandhorst have no lid yet.
// OPD-1..OPD-3: the regional programme 2027, accepted after it was sent back once; Beekdal's
// maatwerk for 2027 still a concept with a vague doel and no risico's yet.
Result<void> laad_opdrachten(UnitOfWork& uow, const DemoKalender& k, Id regio_id,
                             const std::map<std::string, Id>& orgs) {
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
  // Signalen (OPD-6): the accountmanager reports stagnation; open, so the opdrachtgevers
  // see it on their start page until Rivierhoven handles it.
  opdrachten::Signaal signaal;
  signaal.opdracht_id = up.id;
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
  REGIE_TRY(uow.opdrachten().create(maatwerk));
  return Ok();
}

// Beekdal's maatwerk on asbestos, accepted; one wijzigingsverzoek accepted after the alignment
// with the beleidsafdeling (version 2: a later start), and one still waiting for the
// opdrachtgever (sanering too, with more hours and money).
Result<void> laad_wijzigingen(UnitOfWork& uow, const DemoKalender& k, Id regio_id,
                              const std::map<std::string, Id>& orgs) {
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

Result<void> laad_collectief(UnitOfWork& uow, const DemoKalender& k, Id regio_id,
                             const std::map<std::string, Id>& orgs,
                             const std::map<std::string, Id>& personen_ids) {
  governance::Vertegenwoordiging compleet;
  compleet.regio_id = regio_id;
  compleet.opdrachtgever_id = orgs.at("Gemeente Rivierhoven");
  compleet.vertegenwoordigde_id = orgs.at("Gemeente Molenbroek");
  compleet.mandaat.verleend_door = personen_ids.at("Wethouder Henk Molenaar");
  compleet.mandaat.verleend_op = k.dag(2025, 12, 9);
  compleet.mandaat.scope =
      "Opdrachtverlening en sturing op het regionale uitvoeringsprogramma VTH namens Molenbroek";
  compleet.mandaat.periode = Periode{k.dag(2026, 1, 1), k.dag(2027, 12, 31)};
  REGIE_TRY(uow.collectief().create_vertegenwoordiging(compleet));

  governance::Vertegenwoordiging onvolledig;
  onvolledig.regio_id = regio_id;
  onvolledig.opdrachtgever_id = orgs.at("Gemeente Kanaalzijde");
  onvolledig.vertegenwoordigde_id = orgs.at("Gemeente Lindenwaard");
  onvolledig.mandaat.verleend_door = personen_ids.at("Wethouder Linda Claassen");
  onvolledig.mandaat.periode = Periode{k.dag(2026, 1, 1), std::nullopt};
  REGIE_TRY(uow.collectief().create_vertegenwoordiging(onvolledig));

  REGIE_TRY(uow.collectief().save_projectgroep(regio_id, personen_ids.at("Ingrid Mulder"), 0));
  const std::pair<const char*, const char*> leden[] = {
      {"Pieter de Boer", "Gemeente Beekdal"},  {"Mark Jacobs", "Gemeente Dijkstede"},
      {"Ruud Hendriks", "Gemeente Hoeveland"}, {"Lotte van Dijk", "Gemeente Kanaalzijde"},
      {"Bas Willems", "Gemeente Lindenwaard"}, {"Esther Kramer", "Gemeente Molenbroek"},
      {"Naomi Bos", "Gemeente Rivierhoven"},   {"Jeroen Vos", "Provincie Voorbeeldland"},
  };
  for (const auto& [persoon, organisatie] : leden) {
    REGIE_TRY(uow.collectief().create_projectgroep_lid(
        regio_id, {personen_ids.at(persoon), orgs.at(organisatie)}));
  }
  return Ok();
}

// The persoon each demo account is (the beheerder is a functional account, not a persoon).
const std::map<std::string, std::string>& account_personen() {
  static const std::map<std::string, std::string> kAll = {
      {"accountmanager", "Thomas Bakker"},
      {"directie", "Marieke Jansen"},
      {"medewerker", "Daan Smit"},
      {"opdrachtgever", "Pieter de Boer"},
      {"bestuurder", "Wethouder Hanneke Brouwer"},
  };
  return kAll;
}

struct DemoZelfbeoordeling {
  const char* persoon;
  competenties::Profiel profiel;
  int jaren_terug;  // 0: this year
  // Scores that differ from the generated baseline (3 to 5).
  std::vector<std::pair<const char*, std::int32_t>> afwijkend;
  const char* toelichting_bij;
  const char* toelichting;
};

// COMP-1: this year six ambtelijk opdrachtgevers and the three accountmanagers assessed
// themselves; politiek-bestuurlijke sensitiviteit (opdrachtgevers) and doortastend
// (accountmanagers) clearly need training. Last year only two did: too few to show.
const std::vector<DemoZelfbeoordeling>& zelfbeoordelingen() {
  using competenties::Profiel;
  static const std::vector<DemoZelfbeoordeling> kAll = {
      {"Pieter de Boer",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 2}, {"transparant", 3}},
       "politiek_bestuurlijke_sensitiviteit",
       "Ik weet niet altijd wanneer ik terug moet naar het bestuur."},
      {"Anouk Meijer",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 1}, {"situationeel_leiderschap", 2}},
       "",
       ""},
      {"Ruud Hendriks",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 2}},
       "",
       ""},
      {"Lotte van Dijk",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 3}, {"kennis_en_kunde", 2}},
       "kennis_en_kunde",
       "Nieuw in de rol; basiskennis van toezicht en handhaving ontbreekt nog."},
      {"Koen Dekker",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 2}},
       "",
       ""},
      {"Naomi Bos",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 4}},
       "",
       ""},
      {"Thomas Bakker",
       Profiel::kAccountmanager,
       0,
       {{"doortastend", 2}},
       "doortastend",
       "Ik escaleer knelpunten te laat."},
      {"Sanne de Vries",
       Profiel::kAccountmanager,
       0,
       {{"doortastend", 2}, {"zakelijk", 2}},
       "",
       ""},
      {"Youssef El Amrani", Profiel::kAccountmanager, 0, {{"doortastend", 3}}, "", ""},
      {"Pieter de Boer",
       Profiel::kOpdrachtgever,
       1,
       {{"politiek_bestuurlijke_sensitiviteit", 1}},
       "",
       ""},
      {"Anouk Meijer", Profiel::kOpdrachtgever, 1, {}, "", ""},
  };
  return kAll;
}

// B8-1..B8-3: the demo regio is preparing the policy round 2027-2030 while it carries out 2026:
// analyse and priorities done, the strategy late, the execution side of 2026 under way.
struct DemoStap {
  beleidscyclus::StapCode code;
  const char* periode;
  beleidscyclus::Status status;
  const char* gepland_begin;
  const char* gepland_eind;
  const char* werkelijk_begin;  // "" when not started
  const char* werkelijk_eind;   // "" when not finished
  const char* eigenaar;
  const char* document;  // "" when none
  const char* besluit;   // "" when none
};

const std::vector<DemoStap>& demo_stappen() {
  using beleidscyclus::StapCode;
  using beleidscyclus::Status;
  static const std::vector<DemoStap> kAll = {
      {StapCode::kStrategischBeleidskader, "2027-2030", Status::kAfgerond, "2026-01-05",
       "2026-05-31", "2026-01-12", "2026-06-30", "Ingrid Mulder",
       "Regionale omgevingsanalyse en risicoanalyse VTH 2027-2030",
       "De projectgroep beleidscyclus stelt de omgevingsanalyse en de regionale risicoanalyse "
       "vast."},
      {StapCode::kDoelenEnPrioriteiten, "2027-2030", Status::kAfgerond, "2026-06-01", "2026-09-30",
       "2026-07-01", "2026-09-24", "Ingrid Mulder", "Notitie doelen en prioriteiten 2027-2030",
       "Het DB stemt in met de prioriteiten asbest, energiebesparing en bodem."},
      {StapCode::kOperationeelBeleidskader, "2027-2030", Status::kBezig, "2026-09-01", "2026-10-31",
       "2026-09-15", "", "Ingrid Mulder",
       "Concept regionale uitvoerings- en handhavingsstrategie 2027-2030", ""},
      {StapCode::kPlanningEnControl, "2026", Status::kAfgerond, "2025-09-01", "2025-12-15",
       "2025-09-01", "2025-12-11", "Thomas Bakker", "Uitvoeringsprogramma 2026",
       "Het AB stelt het uitvoeringsprogramma 2026 vast."},
      {StapCode::kVoorbereiden, "2026", Status::kAfgerond, "2025-12-01", "2026-01-31", "2025-12-01",
       "2026-01-29", "Femke Visser", "", ""},
      {StapCode::kUitvoering, "2026", Status::kBezig, "2026-01-01", "2026-12-31", "2026-01-02", "",
       "Femke Visser", "", ""},
      {StapCode::kMonitoring, "2026", Status::kBezig, "2026-01-01", "2026-12-31", "2026-01-02", "",
       "Thomas Bakker", "Tweede voortgangsrapportage 2026", ""},
      {StapCode::kRapportageEnEvaluatie, "2026", Status::kNietGestart, "2027-01-15", "2027-04-30",
       "", "", "Thomas Bakker", "", ""},
  };
  return kAll;
}

std::string demo_link(const std::string& titel) {
  std::string slug;
  for (char c : titel) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      slug.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (letter) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  return "https://documenten.odregiovoorbeeld.nl/beleidscyclus/" + slug + ".pdf";
}

Result<void> laad_demo_cyclus(UnitOfWork& uow, const DemoKalender& k, Id regio_id,
                              const std::string& nu) {
  PersoonQuery query;
  query.regio_id = regio_id;
  query.page.limit = 500;
  REGIE_ASSIGN_OR_RETURN(auto personen, uow.registry().list_personen(query));
  std::map<std::string, Id> persoon_ids;
  for (const auto& p : personen.items) persoon_ids[p.persoon.naam] = p.persoon.id;
  std::map<beleidscyclus::StapCode, Id> stap_ids;
  auto standaard = beleidscyclus::standaard_stappen(regio_id, k.jaar(2027));
  for (std::size_t i = 0; i < standaard.size(); ++i) {
    const auto& demo = demo_stappen()[i];
    beleidscyclus::Stap stap = standaard[i];
    stap.periode = k.tekst(demo.periode);
    stap.status = demo.status;
    stap.gepland_begin = k.dag_iso(demo.gepland_begin);
    stap.gepland_eind = k.dag_iso(demo.gepland_eind);
    stap.werkelijk_begin = k.dag_iso(demo.werkelijk_begin);
    stap.werkelijk_eind = k.dag_iso(demo.werkelijk_eind);
    stap.eigenaar_persoon_id = persoon_ids.at(demo.eigenaar);
    REGIE_ASSIGN_OR_RETURN(stap.id, uow.cyclus().create_stap(stap));
    stap_ids[stap.code] = stap.id;
    if (!std::string_view(demo.document).empty()) {
      REGIE_TRY(uow.cyclus().create_document(beleidscyclus::Document{
          0, stap.id, k.tekst(demo.document), demo_link(k.tekst(demo.document)), "systeem", nu}));
    }
    if (!std::string_view(demo.besluit).empty() && stap.werkelijk_eind) {
      REGIE_TRY(uow.cyclus().create_besluit(beleidscyclus::Besluit{
          0, stap.id, k.tekst(demo.besluit), *stap.werkelijk_eind, "systeem"}));
    }
  }
  // B8-2: what the evaluation of 2025 taught, for the analysis of the next round.
  beleidscyclus::Evaluatieconclusie conclusie;
  conclusie.regio_id = regio_id;
  conclusie.stap_id = stap_ids.at(beleidscyclus::StapCode::kRapportageEnEvaluatie);
  conclusie.periode = k.tekst("2025");
  conclusie.tekst = k.tekst(
      "Het asbesttoezicht vroeg in 2025 ruim een derde meer uren dan gepland: weeg asbest "
      "zwaarder mee in de regionale risicoanalyse.");
  conclusie.datum = k.dag(2026, 4, 15);
  conclusie.raakt_stap_id = stap_ids.at(beleidscyclus::StapCode::kStrategischBeleidskader);
  conclusie.raakt_periode = k.tekst("2027-2030");
  conclusie.door = "systeem";
  REGIE_TRY(uow.cyclus().create_evaluatieconclusie(conclusie));
  return Ok();
}

const Context kSysteem{auth::Actor{0, "systeem", auth::Gebruikersrol::kBeheerder, 0, {}, 0},
                       "demo"};

}  // namespace

std::vector<DemoAccount> DemoService::accounts() {
  std::vector<DemoAccount> out;
  for (const auto& g : kGebruikers) {
    out.push_back(DemoAccount{g.naam, std::string(auth::label(g.rol)), g.organisatie});
  }
  return out;
}

Result<std::vector<DemoAccount>> DemoService::load() {
  // Hash outside the transaction: argon2id is deliberately slow.
  std::vector<std::string> hashes;
  for (std::size_t i = 0; i < std::size(kGebruikers); ++i) {
    REGIE_ASSIGN_OR_RETURN(auto hash, hash_wachtwoord(kDemoWachtwoord));
    hashes.push_back(hash);
  }
  auto result = audit_->write<bool>(
      kSysteem, "demo.laden", "regio", [&](UnitOfWork& uow, std::string& object) -> Result<bool> {
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
        const Datum start = kalender.dag(2023, 1, 1);
        std::map<std::string, Id> org_ids;
        std::map<std::string, Id> persoon_ids;
        for (const auto& o : kOrganisaties) {
          governance::Organisatie org;
          org.regio_id = regio_id;
          org.naam = o.naam;
          org.soort = o.soort;
          if (o.inwonertal > 0) org.inwonertal = o.inwonertal;
          REGIE_ASSIGN_OR_RETURN(auto id, uow.registry().create_organisatie(org));
          org_ids[o.naam] = id;
          if (o.relatie) {
            governance::Deelnemerschap d;
            d.organisatie_id = id;
            d.relatie = *o.relatie;
            d.periode = Periode{kalender.dag(2013, 1, 1), std::nullopt};
            if (*o.relatie == Relatie::kNietDeelnemer) d.periode.van = start;
            REGIE_TRY(uow.registry().create_deelnemerschap(d));
          }
        }
        for (const auto& p : personen()) {
          governance::Persoon persoon;
          persoon.regio_id = regio_id;
          persoon.organisatie_id = org_ids.at(p.werkgever);
          persoon.naam = p.naam;
          persoon.functie = p.functie;
          REGIE_ASSIGN_OR_RETURN(auto persoon_id, uow.registry().create_persoon(persoon));
          persoon_ids[p.naam] = persoon_id;
          for (const auto& r : p.rollen) {
            governance::Rol rol;
            rol.persoon_id = persoon_id;
            rol.organisatie_id = org_ids.at(r.organisatie);
            rol.soort = r.soort;
            rol.uren_per_jaar = r.uren;
            rol.periode = Periode{start, std::nullopt};
            if (r.soort == RolSoort::kRegisseurBeleidscyclus) {
              rol.periode.tot = kalender.dag(2026, 12, 31);
            }
            REGIE_TRY(uow.registry().create_rol(rol));
          }
        }
        REGIE_TRY(laad_collectief(uow, kalender, regio_id, org_ids, persoon_ids));
        REGIE_TRY(laad_opdrachten(uow, kalender, regio_id, org_ids));
        REGIE_TRY(laad_wijzigingen(uow, kalender, regio_id, org_ids));
        for (std::size_t i = 0; i < std::size(kGebruikers); ++i) {
          const auto& g = kGebruikers[i];
          REGIE_ASSIGN_OR_RETURN(auto gebruiker_id,
                                 uow.accounts().create(Gebruiker{0, g.naam, hashes[i], g.rol,
                                                                 org_ids.at(g.organisatie), true,
                                                                 audit_->clock().now_iso()}));
          if (auto it = account_personen().find(g.naam); it != account_personen().end()) {
            REGIE_TRY(uow.accounts().link_persoon(gebruiker_id, persoon_ids.at(it->second)));
          }
        }
        const int dit_jaar = audit_->clock().vandaag().jaar();
        int volgnummer = 0;
        for (const auto& d : zelfbeoordelingen()) {
          competenties::Zelfbeoordeling z;
          z.persoon_id = persoon_ids.at(d.persoon);
          z.jaar = static_cast<std::int32_t>(dit_jaar - d.jaren_terug);
          z.profiel = d.profiel;
          int j = 0;
          for (const auto& c : competenties::catalogus(d.profiel)) {
            competenties::Score s{std::string(c.code),
                                  static_cast<std::int32_t>(3 + (volgnummer * 7 + j * 5) % 3), ""};
            for (const auto& [code, score] : d.afwijkend) {
              if (c.code == code) s.score = score;
            }
            if (c.code == d.toelichting_bij) s.toelichting = d.toelichting;
            z.scores.push_back(s);
            ++j;
          }
          ++volgnummer;
          REGIE_TRY(uow.zelfbeoordelingen().create(z));
        }
        REGIE_TRY(laad_demo_cyclus(uow, kalender, regio_id, audit_->clock().now_iso()));
        return true;
      });
  if (!result.ok()) return std::move(result).error();
  return accounts();
}

}  // namespace regie::service
