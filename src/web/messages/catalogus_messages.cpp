// Dutch texts of the producten- en dienstencatalogus and its verdeelsleutels (UP-3).
#include "web/messages.hpp"

namespace regie::web {

void add_catalogus_messages(Messages& m) {
  m.add_texts({
      {"melding.product_toegevoegd", "Het product is toegevoegd."},
      {"fout.bestand_leeg", "kies een bestand (Excel of CSV) om in te lezen"},
      {"melding.product_gewijzigd", "Het product is gewijzigd."},
      {"melding.product_verwijderd", "Het product is verwijderd."},
      {"melding.catalogusjaar_gekopieerd",
       "De catalogus is naar dit jaar gekopieerd; de producten zijn nu per stuk te wijzigen."},
      {"fout.productcode", "gebruik alleen letters, cijfers, punt, streepje of liggend streepje"},
      {"fout.productcode_bestaat", "deze productcode staat al in de catalogus van dit jaar"},
      {"fout.normuren_alleen_kental",
       "normuren horen alleen bij afrekenwijze kental; laat dit leeg"},
      {"fout.sleutel_alleen_regionaal",
       "een verdeelsleutel hoort alleen bij afrekenwijze regionaal; laat dit leeg"},
      {"fout.onbekende_sleutel", "deze verdeelsleutel bestaat niet in dit jaar"},
      {"fout.catalogusjaar_leeg", "in dit jaar staan geen producten om over te nemen"},
      {"fout.catalogusjaar_bestaat",
       "in dit jaar staan al producten; kies een jaar zonder catalogus"},
      {"fout.verdeelsleutel_leeg", "de verdeelsleutel heeft geen deelnemers met een aandeel"},
      {"fout.verdeelsleutel_negatief", "een aandeel in de verdeelsleutel kan niet negatief zijn"},
      {"fout.inwonertal_ontbreekt",
       "het inwonertal ontbreekt in het register; vul het in bij de organisatie"},
      {"fout.csv_onbekende_kolom",
       "onbekende kolom; gebruik code, naam, taakveld, taak, afrekenwijze, normuren, uurtarief "
       "en verdeelsleutel"},
      {"fout.csv_kolom_dubbel", "deze kolom staat twee keer in het bestand"},
      {"fout.csv_kolom_ontbreekt", "deze kolom ontbreekt in het bestand"},
      {"fout.csv_code_dubbel", "deze code staat al op een eerdere regel"},
      {"fout.sleutelcode_gereserveerd",
       "inwonertal is de sleutel uit het register; kies een andere code"},
      {"fout.sleutelsoort_register",
       "de sleutel inwonertal komt uit het register; kies een vast percentage of een eigen "
       "gewicht"},
      {"fout.sleutelsoort_vast",
       "de soort van een sleutel blijft; maak een nieuwe sleutel voor een andere soort"},
      {"fout.eenheid_alleen_gewicht", "een eenheid hoort alleen bij een eigen gewicht"},
      {"fout.percentages_niet_100", "de percentages moeten samen precies 100 zijn"},
      {"fout.sleutelcode_bestaat", "deze sleutelcode bestaat al in dit jaar"},
      {"fout.sleutel_in_gebruik",
       "een product van dit jaar wordt met deze sleutel verdeeld; kies daar eerst een andere"},
      {"fout.sleutel_uit_register",
       "de sleutel inwonertal komt uit het register en wordt niet met de hand gewijzigd"},
      {"melding.sleutel_toegevoegd", "De verdeelsleutel is toegevoegd."},
      {"melding.sleutel_gewijzigd", "De verdeelsleutel is gewijzigd."},
      {"melding.sleutel_verwijderd", "De verdeelsleutel is verwijderd."},
  });
  m.add_fields({
      {"productcode", "Code"},
      {"taakveld", "Taakveld"},
      {"taak", "Basistaak of plustaak"},
      {"afrekenwijze", "Afrekenwijze"},
      {"normuren", "Normuren per stuk"},
      {"uurtarief", "Uurtarief"},
      {"verdeelsleutel", "Verdeelsleutel"},
      {"vanJaar", "Over te nemen jaar"},
      {"sleutelcode", "Sleutelcode"},
      {"eenheid", "Eenheid"},
      {"aandelen", "Aandelen"},
  });
}

}  // namespace regie::web
