// Dutch texts of realisaties and monitoring (MON-1 … MON-7).
#include "web/messages.hpp"

namespace regie::web {

void add_realisatie_messages(Messages& m) {
  m.add_texts({
      {"fout.koppeling_zonder_is",
       "schrijf per regel de waarde uit het bestand, een =-teken en waar die voor staat"},
      {"fout.te_veel_koppelingen", "te veel regels; splits de koppeling op"},
      {"fout.kolom_al_gekoppeld", "deze kolom is al voor een ander gegeven gekozen"},
      {"fout.geen_meetkolom", "kies ten minste een kolom voor uren, aantal of bedrag"},
      {"fout.geen_deelnemer_van_regio", "dit is geen deelnemer van de regio"},
      {"fout.koppeling_dubbel", "deze waarde staat al op een eerdere regel"},
      {"fout.periode_gesloten",
       "deze maand is afgesloten; een wijziging kan alleen als correctie met een reden"},
      {"fout.deelnemer_onbekend",
       "deze deelnemer is onbekend; voeg de naam toe bij de deelnemernamen van het bronsysteem"},
      {"fout.zaaktype_onbekend",
       "dit zaaktype is aan geen product gekoppeld; voeg het toe bij de zaaktypen van het "
       "bronsysteem"},
      {"fout.correctie_nul",
       "vul uren, aantal of bedrag in; een correctie van nul verandert niets"},
      {"fout.maand_nog_niet_voorbij", "een maand kan pas worden afgesloten als hij voorbij is"},
      {"fout.maand_al_gesloten", "deze maand is al afgesloten"},
      {"fout.ongeldige_maand", "vul een maand in als mm-jjjj, bijvoorbeeld 03-2027"},
      {"fout.bron_bestaat", "er is al een bronsysteem met deze naam"},
      {"fout.bron_onbekend", "er is geen bronsysteem met deze naam in de regio"},
      {"fout.geen_regels", "het bestand bevat geen regels met realisaties"},
      {"fout.al_ingelezen", "dit bestand is al ingelezen; er is niets veranderd"},
      {"fout.te_veel_regels",
       "een import telt ten hoogste 999.999.999 regels; splits het bestand in delen"},
      {"fout.meer_fouten", "niet alle fouten zijn hierboven genoemd"},
      {"fout.import_overlapt_deels",
       "deze eerdere import beslaat deels andere maanden; lever een bestand over dezelfde "
       "maanden (of meer) om hem te vervangen"},
      {"fout.vervangt_gesloten_periode",
       "deze eerdere import heeft regels in een afgesloten maand en kan niet worden vervangen"},
      {"fout.bestand_onleesbaar", "het bestand kan niet worden geopend"},
      {"fout.datum_in_toekomst",
       "deze datum ligt in de toekomst; wat nog moet gebeuren is geen realisatie"},
      {"melding.bron_toegevoegd", "Het bronsysteem is toegevoegd."},
      {"melding.bron_gewijzigd", "Het bronsysteem is gewijzigd."},
      {"melding.periode_gesloten", "De maand is afgesloten."},
      {"melding.correctie_vastgelegd", "De correctie is vastgelegd."},
  });
  m.add_fields({
      {"kolomDatum", "Kolom datum"},
      {"kolomDeelnemer", "Kolom deelnemer"},
      {"kolomZaaktype", "Kolom zaaktype"},
      {"kolomUren", "Kolom uren"},
      {"kolomAantal", "Kolom aantal"},
      {"kolomBedrag", "Kolom bedrag"},
      {"kolomTeam", "Kolom team"},
      {"kolomMedewerker", "Kolom medewerker"},
      {"kolomZaaknummer", "Kolom zaaknummer"},
      {"deelnemernamen", "Deelnemernamen"},
      {"zaaktypen", "Zaaktypen"},
      {"bron", "Bronsysteem"},
      {"maand", "Maand"},
      {"deelnemerId", "Deelnemer"},
  });
}

}  // namespace regie::web
