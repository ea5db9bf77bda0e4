// Dutch texts of the uitvoeringsprogramma and its begroting per deelnemer (UP-1, UP-2, UP-4).
#include "web/messages.hpp"

namespace regie::web {

void add_programma_messages(Messages& m) {
  m.add_texts({
      {"fout.programma_bestaat",
       "voor dit jaar bestaat al een uitvoeringsprogramma; stel dat bij in plaats van een nieuw "
       "te maken"},
      {"fout.programma_vastgesteld",
       "Dit uitvoeringsprogramma is vastgesteld en kan niet meer worden gewijzigd. Maak een "
       "bijstelling om het aan te passen."},
      {"fout.programma_zonder_regels", "een programma zonder regels kan niet worden vastgesteld"},
      {"fout.bijstelling_alleen_vastgesteld",
       "Alleen een vastgesteld uitvoeringsprogramma kan worden bijgesteld."},
      {"fout.bijstelling_bestaat",
       "Er is al een bijstelling in concept voor dit jaar; werk die bij."},
      {"fout.catalogusjaar_vastgesteld",
       "Het uitvoeringsprogramma van dit jaar is vastgesteld; de catalogus van dat jaar blijft "
       "zoals hij was."},
      {"fout.vastgesteld_in_toekomst", "de datum van vaststelling ligt na vandaag"},
      {"fout.doel_in_gebruik",
       "Een programmaregel verwijst naar dit doel; wijs die regel eerst een ander doel toe."},
      {"fout.product_niet_in_catalogus", "dit product staat niet in de catalogus van dit jaar"},
      {"fout.geen_deelnemer_in_jaar", "deze organisatie is geen deelnemer in dit jaar"},
      {"fout.onbekend_doel", "dit doel bestaat niet in het programma"},
      {"fout.regel_bestaat_al",
       "er is al een regel voor dit product en deze deelnemer; pas die regel aan"},
      {"fout.kental_per_deelnemer", "een kentalproduct wordt per deelnemer gepland; kies er een"},
      {"fout.regionaal_voor_de_regio",
       "een regionaal product geldt voor de hele regio en wordt met de verdeelsleutel verdeeld; "
       "laat de deelnemer leeg"},
      {"fout.maatwerk_per_deelnemer", "maatwerk wordt per deelnemer afgesproken; kies er een"},
      {"fout.aantal_alleen_kental",
       "een aantal hoort alleen bij een kentalproduct; vul uren in of laat dit leeg"},
      {"fout.uren_volgen_uit_kental",
       "de uren van een kentalproduct volgen uit aantal × normuren; laat dit leeg"},
      {"fout.maatwerk_bedrag",
       "vul het afgesproken bedrag in (of uren, als het product een uurtarief heeft)"},
      {"fout.reden_bij_handmatig_bedrag",
       "een bedrag dat afwijkt van de berekening uit de catalogus vraagt een reden"},
      {"fout.verdeelsleutel_ontbreekt", "de verdeelsleutel van dit product ontbreekt in dit jaar"},
      {"fout.tot_voor_van", "het laatste jaar ligt vóór het eerste"},
      {"fout.xlsx_ongeldig", "dit bestand is geen Excel-werkboek (XLSX) of het is beschadigd"},
      {"melding.programma_aangemaakt", "Het uitvoeringsprogramma is aangemaakt."},
      {"melding.regel_toegevoegd", "De regel is toegevoegd."},
      {"melding.regel_gewijzigd", "De regel is gewijzigd."},
      {"melding.regel_verwijderd", "De regel is verwijderd."},
      {"melding.doel_toegevoegd", "Het doel is toegevoegd."},
      {"melding.doel_gewijzigd", "Het doel is gewijzigd."},
      {"melding.doel_verwijderd", "Het doel is verwijderd."},
      {"melding.programma_vastgesteld",
       "Het uitvoeringsprogramma is vastgesteld en staat als product bij stap 4 van de "
       "beleidscyclus."},
      {"melding.programma_bijgesteld",
       "De bijstelling is aangemaakt als nieuwe versie in concept. Pas de regels aan en stel haar "
       "vast."},
  });
  m.add_fields({
      {"totJaar", "Tot en met jaar"},
      {"bestand", "Bestand"},
      {"beoogdEffect", "Beoogd effect"},
      {"deelnemer", "Deelnemer"},
      {"aantal", "Aantal"},
      {"uren", "Uren"},
      {"bedrag", "Bedrag"},
      {"doel", "Doel"},
      {"regels", "Regels"},
  });
  m.add_fields({
      {"indicator1Naam", "Indicator 1: naam"},
      {"indicator1Eenheid", "Indicator 1: eenheid"},
      {"indicator1Nulwaarde", "Indicator 1: nulwaarde"},
      {"indicator1Streefwaarde", "Indicator 1: streefwaarde"},
      {"indicator1Meetmethode", "Indicator 1: meetmethode"},
      {"indicator2Naam", "Indicator 2: naam"},
      {"indicator2Eenheid", "Indicator 2: eenheid"},
      {"indicator2Nulwaarde", "Indicator 2: nulwaarde"},
      {"indicator2Streefwaarde", "Indicator 2: streefwaarde"},
      {"indicator2Meetmethode", "Indicator 2: meetmethode"},
      {"indicator3Naam", "Indicator 3: naam"},
      {"indicator3Eenheid", "Indicator 3: eenheid"},
      {"indicator3Nulwaarde", "Indicator 3: nulwaarde"},
      {"indicator3Streefwaarde", "Indicator 3: streefwaarde"},
      {"indicator3Meetmethode", "Indicator 3: meetmethode"},
      {"indicator4Naam", "Indicator 4: naam"},
      {"indicator4Eenheid", "Indicator 4: eenheid"},
      {"indicator4Nulwaarde", "Indicator 4: nulwaarde"},
      {"indicator4Streefwaarde", "Indicator 4: streefwaarde"},
      {"indicator4Meetmethode", "Indicator 4: meetmethode"},
      {"indicator5Naam", "Indicator 5: naam"},
      {"indicator5Eenheid", "Indicator 5: eenheid"},
      {"indicator5Nulwaarde", "Indicator 5: nulwaarde"},
      {"indicator5Streefwaarde", "Indicator 5: streefwaarde"},
      {"indicator5Meetmethode", "Indicator 5: meetmethode"},
  });
}

}  // namespace regie::web
