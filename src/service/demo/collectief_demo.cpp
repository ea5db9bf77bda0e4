// The demo's collectief opdrachtgeverschap and projectgroep.
// GOV-6: Rivierhoven represents Molenbroek with a complete mandaat, and (OPD-2) Beekdal, Dijkstede
// and the provincie on the collectieve opdracht alone; Lindenwaard's mandaat for
// Kanaalzijde lacks its scope and date (a finding, and Lindenwaard's 300 hours stay a finding).
// Each mandaat comes from the vertegenwoordigde's bestuurlijk opdrachtgever.
// GOV-8: the regisseur, appointed by Beekdal's bestuurlijk opdrachtgever, leads a projectgroep in
// which Polderveen and Zandhorst have no lid yet and the waterschap takes part.
#include <utility>

#include "domain/governance/collectief_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {

Result<void> load_collectief_demo(DemoLoad& load) {
  UnitOfWork& uow = load.uow;
  const DemoKalender& k = load.kalender;
  const Id regio_id = load.regio_id;
  const auto& orgs = load.organisaties;
  const auto& personen_ids = load.personen;
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

  // OPD-2: the collectieve opdracht is given through Rivierhoven; these deelnemers keep their own
  // ambtelijk opdrachtgever for their maatwerk.
  const std::pair<const char*, const char*> collectief[] = {
      {"Gemeente Beekdal", "Wethouder Hanneke Brouwer"},
      {"Gemeente Dijkstede", "Wethouder Erik van Leeuwen"},
      {"Provincie Voorbeeldland", "Gedeputeerde Rob Wouters"},
  };
  for (const auto& [deelnemer, wethouder] : collectief) {
    governance::Vertegenwoordiging v;
    v.regio_id = regio_id;
    v.opdrachtgever_id = orgs.at("Gemeente Rivierhoven");
    v.vertegenwoordigde_id = orgs.at(deelnemer);
    v.omvang = governance::Omvang::kCollectief;
    v.mandaat.verleend_door = personen_ids.at(wethouder);
    v.mandaat.verleend_op = k.dag(2025, 12, 16);
    v.mandaat.scope = "Opdrachtverlening en sturing op de collectieve opdracht VTH";
    v.mandaat.periode = Periode{k.dag(2026, 1, 1), k.dag(2027, 12, 31)};
    REGIE_TRY(uow.collectief().create_vertegenwoordiging(v));
  }

  governance::Vertegenwoordiging onvolledig;
  onvolledig.regio_id = regio_id;
  onvolledig.opdrachtgever_id = orgs.at("Gemeente Kanaalzijde");
  onvolledig.vertegenwoordigde_id = orgs.at("Gemeente Lindenwaard");
  onvolledig.mandaat.verleend_door = personen_ids.at("Wethouder Linda Claassen");
  onvolledig.mandaat.periode = Periode{k.dag(2026, 1, 1), std::nullopt};
  REGIE_TRY(uow.collectief().create_vertegenwoordiging(onvolledig));

  REGIE_TRY(uow.collectief().save_projectgroep(
      regio_id,
      {personen_ids.at("Ingrid Mulder"), personen_ids.at("Wethouder Hanneke Brouwer"),
       k.dag(2023, 1, 1)},
      0));
  const std::pair<const char*, const char*> leden[] = {
      {"Pieter de Boer", "Gemeente Beekdal"},         {"Mark Jacobs", "Gemeente Dijkstede"},
      {"Ruud Hendriks", "Gemeente Hoeveland"},        {"Lotte van Dijk", "Gemeente Kanaalzijde"},
      {"Bas Willems", "Gemeente Lindenwaard"},        {"Esther Kramer", "Gemeente Molenbroek"},
      {"Naomi Bos", "Gemeente Rivierhoven"},          {"Jeroen Vos", "Provincie Voorbeeldland"},
      {"Ilse de Groot", "Waterschap Voorbeelddelta"},
  };
  for (const auto& [persoon, organisatie] : leden) {
    REGIE_TRY(uow.collectief().create_projectgroep_lid(
        regio_id, {personen_ids.at(persoon), orgs.at(organisatie)}));
  }
  return Ok();
}

}  // namespace regie::service
