// Dutch texts of governance: the findings of the checks on rolvastheid (GOV-4..GOV-8), with
// their remedies, and collectief opdrachtgeverschap and the projectgroep (GOV-6, GOV-8).
#include <map>
#include <string>

#include "domain/governance/types.hpp"
#include "web/messages.hpp"

namespace regie::web {
namespace {

// GOV-5: "ab_lid, db_lid" → "Lid Algemeen Bestuur en Lid Dagelijks Bestuur".
std::string rollen_in_woorden(const std::string& waarde) {
  std::string shown;
  std::size_t start = 0;
  while (start <= waarde.size()) {
    auto end = waarde.find(", ", start);
    if (end == std::string::npos) end = waarde.size();
    std::string code_text = waarde.substr(start, end - start);
    auto soort = governance::rol_soort_from_code(code_text);
    if (!shown.empty()) shown += " en ";
    shown += soort ? std::string(governance::label(*soort)) : code_text;
    start = end + 2;
  }
  return shown;
}

// GOV-6: the missing parts of a mandaat, in words.
std::string ontbrekende_delen(const std::string& waarde) {
  static const std::map<std::string, std::string> kDelen = {{"verleend_door", "wie het verleende"},
                                                            {"verleend_op", "wanneer"},
                                                            {"scope", "waarvoor"},
                                                            {"periode", "voor welke periode"}};
  std::string shown;
  std::size_t start = 0;
  while (start <= waarde.size()) {
    auto end = waarde.find(", ", start);
    if (end == std::string::npos) end = waarde.size();
    std::string deel = waarde.substr(start, end - start);
    auto it = kDelen.find(deel);
    if (!shown.empty()) shown += ", ";
    shown += it == kDelen.end() ? deel : it->second;
    start = end + 2;
  }
  return shown;
}

}  // namespace

void add_governance_messages(Messages& m) {
  m.add_texts({
      {"gov2.deelnemer_zonder_ab_lid",
       "Deze deelnemer heeft op {peildatum} geen zetel in het Algemeen Bestuur."},
      {"gov2.deelnemer_zonder_ab_lid.remedie",
       "Elke deelnemer van de gemeenschappelijke regeling wijst een lid van het Algemeen Bestuur "
       "aan; leg die rol vast."},
      {"gov2.db_lid_niet_in_ab",
       "Dit lid van het Dagelijks Bestuur is op {peildatum} geen lid van het Algemeen Bestuur "
       "voor dezelfde deelnemer."},
      {"gov2.db_lid_niet_in_ab.remedie",
       "Het AB kiest het DB uit zijn leden: leg het AB-lidmaatschap vast of beëindig het "
       "DB-lidmaatschap."},
      {"gov4.geen_ambtelijk_opdrachtgever",
       "Deze opdrachtgever heeft op {peildatum} geen ambtelijk opdrachtgever."},
      {"gov4.geen_ambtelijk_opdrachtgever.remedie",
       "Benoem één ambtelijk opdrachtgever, of leg collectief opdrachtgeverschap met mandaat "
       "vast."},
      {"gov4.meerdere_ambtelijk_opdrachtgevers",
       "Deze opdrachtgever heeft op {peildatum} {aantal} ambtelijk opdrachtgevers; het moet er één "
       "zijn."},
      {"gov4.meerdere_ambtelijk_opdrachtgevers.remedie",
       "Laat één aanspreekpunt over: beëindig de andere rollen of laat de perioden aansluiten."},
      {"gov4.geen_accountmanager",
       "Deze opdrachtgever heeft op {peildatum} geen accountmanager bij de omgevingsdienst."},
      {"gov4.geen_accountmanager.remedie", "De omgevingsdienst benoemt één accountmanager."},
      {"gov4.meerdere_accountmanagers",
       "Deze opdrachtgever heeft op {peildatum} {aantal} accountmanagers; het moet er één zijn."},
      {"gov4.meerdere_accountmanagers.remedie", "De omgevingsdienst laat één accountmanager over."},
      {"gov5.accountmanager_en_beleidsadviseur",
       "Deze persoon is op {peildatum} zowel accountmanager als beleidsadviseur."},
      {"gov5.accountmanager_en_beleidsadviseur.remedie",
       "Beleg de beleidsadvisering bij een ander dan de accountmanager (rolzuiverheid)."},
      {"gov5.pettenscheiding",
       "Deze bestuurder combineert {rollen}: let bij de voorbereiding op pettenscheiding."},
      // The findings page folds these routine notices into one row.
      {"gov5.pettenscheiding.samenvatting",
       "{aantal} bestuurders zijn lid van het AB of DB (eigenaar) en ook bestuurlijk opdrachtgever "
       "of portefeuillehouder milieu; {aantal_db_lid} van hen zitten in het DB, dat ook de "
       "omgevingsdienst als opdrachtnemer aanstuurt. Dat is gebruikelijk, maar let bij de "
       "voorbereiding van elk besluit op pettenscheiding: elke bestuurder ziet op de startpagina "
       "welke besluiten eraan komen en met welke petten."},
      {"gov5.pettenscheiding.remedie",
       "Maak in de advisering per onderwerp expliciet met welke pet (eigenaar of opdrachtgever) de "
       "bestuurder spreekt."},
      {"gov6.te_weinig_uren",
       "De ambtelijk opdrachtgever heeft {uren} uur per jaar voor deze opdrachtgever; minimaal "
       "{minimum}."},
      {"gov6.te_weinig_uren.remedie",
       "Maak minimaal {minimum} uur vrij, of kies voor collectief opdrachtgeverschap met een "
       "vastgelegd mandaat."},
      {"gov6.mandaat_verlopen",
       "De ambtelijk opdrachtgever heeft {uren} uur (minimaal {minimum}) en het mandaat voor "
       "collectief opdrachtgeverschap liep af op {tot}."},
      {"gov6.mandaat_verlopen.remedie", "Verleng het mandaat of maak minimaal {minimum} uur vrij."},
      {"gov6.mandaat_onvolledig",
       "Het mandaat voor collectief opdrachtgeverschap is niet volledig vastgelegd: {ontbreekt}."},
      {"gov6.mandaat_onvolledig.remedie",
       "Leg vast wie het mandaat verleende, wanneer, waarvoor en voor welke periode."},
      {"gov6.vertegenwoordiger_te_weinig_uren",
       "De ambtelijk opdrachtgever vertegenwoordigt {aantal} deelnemer(s) en heeft daarvoor {uren} "
       "uur per jaar; nodig is {vereist} (het minimum plus een vast aantal uren per "
       "vertegenwoordigde deelnemer)."},
      {"gov6.vertegenwoordiger_te_weinig_uren.remedie",
       "Maak meer uren vrij, zodat de vertegenwoordigde gemeenten even goed vertegenwoordigd "
       "worden, of verdeel de vertegenwoordiging over meer opdrachtgevers."},
      {"gov11.te_weinig_uren_per_deelnemer",
       "De accountmanager heeft {uren} uur per jaar voor deze opdrachtgever; minimaal {minimum}."},
      {"gov11.te_weinig_uren_per_deelnemer.remedie",
       "De omgevingsdienst geeft de accountmanager voldoende tijd voor elke opdrachtgever die hij "
       "of zij bedient."},
      {"gov11.geen_volwaardige_functie",
       "De accountmanager heeft in totaal {uren} uur per jaar voor {aantal} opdrachtgever(s); "
       "voor een volwaardige functie is minimaal {minimum} nodig."},
      {"gov11.geen_volwaardige_functie.remedie",
       "Maak van accountmanagement een volwaardige functie: meer uren, of meer opdrachtgevers bij "
       "deze accountmanager."},
      {"gov11.overbelast",
       "De accountmanager heeft in totaal {uren} uur per jaar voor {aantal} opdrachtgever(s); "
       "meer dan {maximum} is niet haalbaar."},
      {"gov11.overbelast.remedie",
       "Verdeel de opdrachtgevers over meer accountmanagers of verlaag de uren per opdrachtgever."},
      {"gov12.mandaat_niet_vastgelegd",
       "Het beslismandaat bij de rol {rollen} is niet vastgelegd: tot welk bedrag, en of een "
       "wijziging van de scope zonder de volgende laag kan."},
      {"gov12.mandaat_niet_vastgelegd.remedie",
       "Leg bij de rol vast tot welk bedrag de persoon zelf beslist en of dat ook voor een "
       "wijziging van de scope geldt."},
      {"gov8.geen_regisseur", "Er is op {peildatum} geen regisseur beleidscyclus benoemd."},
      {"gov8.geen_regisseur.remedie",
       "De bestuurlijk opdrachtgever benoemt een regisseur beleidscyclus voor bepaalde tijd."},
      {"gov8.regisseur_verlopen", "De benoeming van de regisseur beleidscyclus liep af op {tot}."},
      {"gov8.regisseur_verlopen.remedie", "Verleng de benoeming of benoem een nieuwe regisseur."},
      {"gov8.regisseur_zonder_einddatum",
       "De regisseur beleidscyclus is benoemd zonder einddatum."},
      {"gov8.regisseur_zonder_einddatum.remedie", "Benoem de regisseur voor bepaalde tijd."},
      {"gov8.benoeming_onbekend",
       "Niet vastgelegd is wie de regisseur beleidscyclus benoemde, en wanneer."},
      {"gov8.benoeming_onbekend.remedie",
       "Leg bij de projectgroep vast welke bestuurlijk opdrachtgever de regisseur benoemde."},
      {"gov8.benoemd_door_geen_bestuurder",
       "De regisseur beleidscyclus is benoemd door iemand die toen geen bestuurlijk "
       "opdrachtgever was."},
      {"gov8.benoemd_door_geen_bestuurder.remedie",
       "De bestuurlijk opdrachtgever benoemt de regisseur; leg de juiste benoeming vast."},
      {"gov8.geen_projectgroep", "Er is geen projectgroep beleidscyclus."},
      {"gov8.geen_projectgroep.remedie",
       "De regisseur stelt een projectgroep samen waarin alle deelnemers vertegenwoordigd zijn."},
      {"gov8.projectgroep_onvolledig",
       "{aantal} deelnemer(s) zijn niet vertegenwoordigd in de projectgroep."},
      {"gov8.projectgroep_onvolledig.remedie", "Vraag deze deelnemers een lid aan te wijzen."},
      {"gov8.projectgroep_zonder_regisseur",
       "De projectgroep wordt niet geleid door de huidige regisseur beleidscyclus."},
      {"gov8.projectgroep_zonder_regisseur.remedie",
       "Laat de huidige regisseur de projectgroep leiden."},
      {"fout.zelfde_organisatie", "een opdrachtgever kan zichzelf niet vertegenwoordigen"},
      {"fout.geen_deelnemer", "deze organisatie is geen deelnemer of opdrachtgever in de regio"},
      {"fout.geen_mandaatgever",
       "alleen de bestuurlijk opdrachtgever van de vertegenwoordigde organisatie kan dit mandaat "
       "verlenen, op de dag van verlening"},
      {"fout.al_lid", "deze persoon is al lid voor deze deelnemer"},
      {"fout.geen_deelnemer_of_partij",
       "kies een deelnemer of een overige partij (zoals een waterschap of veiligheidsregio)"},
      {"fout.geen_beslismandaat",
       "alleen een ambtelijk opdrachtgever of accountmanager heeft een eigen beslismandaat"},
      {"fout.maximum_onder_minimum", "het maximum mag niet lager zijn dan het minimum"},
  });
  m.add_fields({
      {"opdrachtgeverId", "Vertegenwoordigende opdrachtgever"},
      {"vertegenwoordigdeId", "Vertegenwoordigde deelnemer"},
      {"mandaatVerleendDoor", "Mandaat verleend door"},
      {"mandaatVerleendOp", "Mandaat verleend op"},
      {"mandaatScope", "Reikwijdte van het mandaat"},
      {"omvang", "Omvang"},
      {"mandaatVan", "Mandaat geldig van"},
      {"mandaatTot", "Mandaat geldig tot en met"},
      {"regisseurPersoonId", "Regisseur beleidscyclus"},
      {"regisseurBenoemdDoor", "Regisseur benoemd door"},
      {"regisseurBenoemdOp", "Regisseur benoemd op"},
      {"urenPerVertegenwoordigde", "Extra uren per vertegenwoordigde deelnemer"},
      {"minimumUrenAccountmanagerPerDeelnemer", "Minimum uren accountmanager per opdrachtgever"},
      {"minimumUrenAccountmanager", "Minimum uren accountmanager in totaal"},
      {"maximumUrenAccountmanager", "Maximum uren accountmanager in totaal"},
      {"beslismandaatBedrag", "Beslismandaat tot bedrag"},
      {"beslismandaatScope", "Mag zelf beslissen over een wijziging van de scope"},
  });
  m.add_format("rollen", rollen_in_woorden);
  m.add_format("ontbreekt", ontbrekende_delen);
}

}  // namespace regie::web
