// The demo's register (GOV-1..GOV-3): nine gemeenten, a provincie, a niet-deelnemer and a
// waterschap around the omgevingsdienst, AB/DB and people in every role, with a few realistic
// governance flaws left in for the checks to find.
#include <optional>
#include <string_view>
#include <vector>

#include "domain/governance/register_repository.hpp"
#include "service/demo/demo_load.hpp"

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

const std::vector<DemoPersoon>& personen() {
  static const std::vector<DemoPersoon> kAll = {
      // The omgevingsdienst.
      {"Marieke Jansen", kDemoOd, "Directeur", {{RolSoort::kDirectieOd, kDemoOd, 1600}}},
      {"Thomas Bakker",
       kDemoOd,
       "Accountmanager",
       {{RolSoort::kAccountmanager, "Gemeente Beekdal", 300},
        {RolSoort::kAccountmanager, "Gemeente Dijkstede", 400},
        {RolSoort::kAccountmanager, "Gemeente Hoeveland", 250},
        // Flaw (GOV-11): 1.450 hours in all, more than the regio's 1.400.
        {RolSoort::kAccountmanager, "Provincie Voorbeeldland", 500}}},
      // Flaw (GOV-5): an accountmanager who also advises on policy.
      {"Sanne de Vries",
       kDemoOd,
       "Accountmanager en beleidsadviseur",
       {{RolSoort::kAccountmanager, "Gemeente Kanaalzijde", 300},
        {RolSoort::kAccountmanager, "Gemeente Lindenwaard", 200},
        {RolSoort::kAccountmanager, "Gemeente Molenbroek", 250},
        {RolSoort::kBeleidsadviseur, "Gemeente Molenbroek", 300}}},
      {"Youssef El Amrani",
       kDemoOd,
       "Accountmanager",
       {{RolSoort::kAccountmanager, "Gemeente Polderveen", 300},
        {RolSoort::kAccountmanager, "Gemeente Rivierhoven", 400},
        {RolSoort::kAccountmanager, "Gemeente Zandhorst", 200},
        {RolSoort::kAccountmanager, "Gemeente Heuvelrand", 150}}},
      {"Femke Visser", kDemoOd, "Coördinator toezicht", {{RolSoort::kCoordinator, kDemoOd, 1400}}},
      {"Daan Smit", kDemoOd, "Toezichthouder", {{RolSoort::kMedewerker, kDemoOd, 1500}}},
      {"Ingrid Mulder",
       kDemoOd,
       "Regisseur beleidscyclus",
       // Two hats on one side (GOV-10): she also coordinates the OD's own planning.
       {{RolSoort::kRegisseurBeleidscyclus, kDemoOd, 600}, {RolSoort::kCoordinator, kDemoOd, 400}}},
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
       // OPD-2, GOV-6: she represents four deelnemers on the collectieve opdracht, so she needs
       // 450 + 4 × 100 hours.
       {{RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Rivierhoven", 900}}},
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
      // GOV-8: an overige partij in the projectgroep.
      {"Ilse de Groot", "Waterschap Voorbeelddelta", "Adviseur vergunningverlening water", {}},
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

}  // namespace

Result<void> load_register_demo(DemoLoad& load) {
  UnitOfWork& uow = load.uow;
  const DemoKalender& kalender = load.kalender;
  const Datum start = kalender.dag(2023, 1, 1);
  for (const auto& o : kOrganisaties) {
    governance::Organisatie org;
    org.regio_id = load.regio_id;
    org.naam = o.naam;
    org.soort = o.soort;
    if (o.inwonertal > 0) org.inwonertal = o.inwonertal;
    REGIE_ASSIGN_OR_RETURN(auto id, uow.registry().create_organisatie(org));
    load.organisaties[o.naam] = id;
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
    persoon.regio_id = load.regio_id;
    persoon.organisatie_id = load.organisaties.at(p.werkgever);
    persoon.naam = p.naam;
    persoon.functie = p.functie;
    REGIE_ASSIGN_OR_RETURN(auto persoon_id, uow.registry().create_persoon(persoon));
    load.personen[p.naam] = persoon_id;
    for (const auto& r : p.rollen) {
      governance::Rol rol;
      rol.persoon_id = persoon_id;
      rol.organisatie_id = load.organisaties.at(r.organisatie);
      rol.soort = r.soort;
      rol.uren_per_jaar = r.uren;
      rol.periode = Periode{start, std::nullopt};
      // GOV-12: an ambtelijk opdrachtgever decides alone up to € 50.000, Pieter de Boer also on
      // scope; an accountmanager up to € 500.000. Lindenwaard has recorded none (a finding).
      if (governance::heeft_beslismandaat(r.soort) &&
          std::string_view(r.organisatie) != "Gemeente Lindenwaard") {
        const bool ao = r.soort == RolSoort::kAmbtelijkOpdrachtgever;
        rol.mandaat_cents = ao ? 50'000'00 : 500'000'00;
        rol.mandaat_scope = std::string_view(p.naam) == "Pieter de Boer";
      }
      if (r.soort == RolSoort::kRegisseurBeleidscyclus) {
        rol.periode.tot = kalender.dag(2026, 12, 31);
      }
      REGIE_TRY(uow.registry().create_rol(rol));
    }
  }
  return Ok();
}

}  // namespace regie::service
