#include "domain/programma/catalogus.hpp"

#include <gtest/gtest.h>

#include "core/xlsx.hpp"
#include "domain/programma/catalogus_csv.hpp"
#include "domain/programma/verdeelsleutel.hpp"

namespace regie::programma {
namespace {

Fields kental() {
  return {{"productcode", "VTH-T01"}, {"naam", "Toezicht asbestsloop"}, {"taakveld", "toezicht"},
          {"taak", "basistaak"},      {"afrekenwijze", "kental"},       {"normuren", "12,5"},
          {"uurtarief", "98,50"}};
}

std::vector<std::string> sleutels(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field + " " + f.key);
  return out;
}

// UP-3: a product of the PDC with its afrekenwijze and what each one needs.
TEST(CatalogusTest, ProductLezenPerAfrekenwijze) {
  auto p = parse_product(kental());
  ASSERT_TRUE(p.ok()) << sleutels(p.error()).front();
  EXPECT_EQ(p->normuren, 1250);
  EXPECT_EQ(p->uurtarief_cents, 9850);
  EXPECT_EQ(prijs_per_eenheid_cents(*p), 123125);  // 12,5 × € 98,50 = € 1.231,25
  EXPECT_TRUE(p->verdeelsleutel.empty());

  Fields regionaal = kental();
  regionaal["afrekenwijze"] = "regionaal";
  regionaal.erase("normuren");
  auto r = parse_product(regionaal);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->verdeelsleutel, "inwonertal");  // the default key
  EXPECT_EQ(prijs_per_eenheid_cents(*r), 0);

  Fields maatwerk = {{"productcode", "MW-1"},
                     {"naam", "Maatwerk"},
                     {"taakveld", "advies"},
                     {"taak", "plustaak"},
                     {"afrekenwijze", "maatwerk"}};
  EXPECT_TRUE(parse_product(maatwerk).ok());
}

// UP-3: the year of a page or form: a whole number within the catalogue's years, else none.
TEST(CatalogusTest, CatalogusjaarUitTekst) {
  EXPECT_EQ(catalogusjaar("2028"), 2028);
  EXPECT_EQ(catalogusjaar("2000"), 2000);
  EXPECT_EQ(catalogusjaar("2100"), 2100);
  EXPECT_EQ(catalogusjaar("1999"), std::nullopt);
  EXPECT_EQ(catalogusjaar("2101"), std::nullopt);
  EXPECT_EQ(catalogusjaar("20x8"), std::nullopt);
  EXPECT_EQ(catalogusjaar(""), std::nullopt);
}

TEST(CatalogusTest, ElkeFoutTegelijk) {
  Fields f = kental();
  f["productcode"] = "VTH 01";   // a space
  f["normuren"] = "";            // kental needs it
  f["uurtarief"] = "98,505";     // three decimals
  f["taak"] = "kerntaak";        // no such choice
  f["verdeelsleutel"] = "vast";  // only for regionaal
  auto p = parse_product(f);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(sleutels(p.error()),
            (std::vector<std::string>{"productcode fout.productcode", "taak fout.ongeldige_keuze",
                                      "uurtarief fout.bedrag_decimalen", "normuren fout.verplicht",
                                      "verdeelsleutel fout.sleutel_alleen_regionaal"}));
  Fields regionaal = kental();
  regionaal["afrekenwijze"] = "regionaal";  // normuren given where it means nothing
  EXPECT_EQ(sleutels(parse_product(regionaal).error()),
            (std::vector<std::string>{"normuren fout.normuren_alleen_kental"}));
}

TEST(CatalogusTest, KopieVoorEenNieuwJaar) {
  auto p = parse_product(kental());
  p->id = 7;
  p->jaar = 2026;
  p->versie = 4;
  auto kopie = kopie_voor_jaar({*p}, 2027);
  ASSERT_EQ(kopie.size(), 1u);
  EXPECT_EQ(kopie[0].id, 0);
  EXPECT_EQ(kopie[0].jaar, 2027);
  EXPECT_EQ(kopie[0].versie, 1);
  EXPECT_EQ(kopie[0].code, "VTH-T01");
}

// UP-3: a catalogue CSV from Dutch Excel; a bad line imports nothing and is named with its
// column and reason.
TEST(CatalogusCsvTest, BestandUitNederlandseExcel) {
  // Windows-1252 (é as 0xE9), ';', columns in another order and case, decimal comma.
  const std::string bestand =
      "Code;Naam;Taakveld;Taak;Afrekenwijze;Uurtarief;Normuren\r\n"
      "VTH-T01;Toezicht asbestsloop;toezicht;Basistaak;Kental;98,50;12,5\r\n"
      "VTH-V01;Omgevingsvergunning milieu (\xE9\xE9nvoudig);vergunningverlening;basistaak;kental;"
      "109,80;1.040\r\n";
  auto regels = lees_producten_csv(bestand);
  ASSERT_TRUE(regels.ok()) << sleutels(regels.error()).front();
  ASSERT_EQ(regels->size(), 2u);
  EXPECT_EQ((*regels)[1].regel, 3u);
  EXPECT_EQ((*regels)[1].product.naam, "Omgevingsvergunning milieu (\xC3\xA9\xC3\xA9nvoudig)");
  EXPECT_EQ((*regels)[1].product.uurtarief_cents, 10980);
  EXPECT_EQ((*regels)[1].product.normuren, 104000);
  EXPECT_EQ((*regels)[0].product.taak, Taak::kBasistaak);

  // Written and read back: the same products.
  std::vector<Product> producten = {(*regels)[0].product, (*regels)[1].product};
  auto terug = lees_producten_csv(schrijf_producten_csv(producten));
  ASSERT_TRUE(terug.ok());
  EXPECT_EQ((*terug)[0].product, producten[0]);
  EXPECT_EQ((*terug)[1].product, producten[1]);

  const std::string fout =
      "code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\n"
      "A1;Een;toezicht;basistaak;kental;1;50\n"
      "A2;Twee;toezicht;basistaak;kental;twaalf;50\n"
      "A1;Dubbel;toezicht;basistaak;kental;1;50\n";
  auto mis = lees_producten_csv(fout);
  ASSERT_FALSE(mis.ok());
  EXPECT_EQ(sleutels(mis.error()),
            (std::vector<std::string>{"regel 3, kolom normuren fout.geen_decimaal_getal",
                                      "regel 4, kolom code fout.csv_code_dubbel"}));
  auto kolommen = lees_producten_csv("code;naam;soort\nA;B;C\n");
  EXPECT_EQ(
      sleutels(kolommen.error()),
      (std::vector<std::string>{
          "kolom soort fout.csv_onbekende_kolom", "kolom taakveld fout.csv_kolom_ontbreekt",
          "kolom taak fout.csv_kolom_ontbreekt", "kolom afrekenwijze fout.csv_kolom_ontbreekt"}));
}

// UP-3: the catalogue from an Excel workbook: numbers as Excel stores them (8.5, not "8,5"), a
// line is the sheet's row, an empty row is skipped, and a bad row fails the whole file by row and
// column; CSV bytes still read as CSV.
TEST(CatalogusCsvTest, WerkboekUitExcel) {
  using C = XlsxCel;
  XlsxBlad blad{"Producten", {}, {}};
  blad.rijen = {
      {C::van_tekst("Code"), C::van_tekst("Naam"), C::van_tekst("Taakveld"), C::van_tekst("Taak"),
       C::van_tekst("Afrekenwijze"), C::van_tekst("Normuren"), C::van_tekst("Uurtarief")},
      {C::van_tekst("TH-01"), C::van_tekst("Periodieke controle"), C::van_tekst("toezicht"),
       C::van_tekst("basistaak"), C::van_tekst("kental"), C::van_getal(8.5), C::van_getal(98.5)},
      {},
      {C::van_tekst("RG-01"), C::van_tekst("Klachtenlijn"), C::van_tekst("advies"),
       C::van_tekst("basistaak"), C::van_tekst("regionaal"), C::leeg(), C::van_getal(104)}};
  auto bytes = schrijf_xlsx({blad});
  ASSERT_TRUE(bytes.ok());
  auto regels = lees_producten(*bytes);
  ASSERT_TRUE(regels.ok()) << sleutels(regels.error()).front();
  ASSERT_EQ(regels->size(), 2u);
  EXPECT_EQ((*regels)[0].product.normuren, 850);
  EXPECT_EQ((*regels)[0].product.uurtarief_cents, 9850);
  EXPECT_EQ((*regels)[1].regel, 4u);  // row 3 is empty
  EXPECT_EQ((*regels)[1].product.uurtarief_cents, 10400);

  blad.rijen[3][6] = C::van_tekst("veel");
  auto fout = lees_producten(*schrijf_xlsx({blad}));
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(sleutels(fout.error()),
            (std::vector<std::string>{"regel 4, kolom Uurtarief fout.geen_bedrag"}));
  auto kapot = lees_producten_xlsx("PK\x03\x04 geen werkboek");
  ASSERT_FALSE(kapot.ok());
  EXPECT_EQ(kapot.error().fields.at(0).key, "fout.xlsx_ongeldig");
  EXPECT_TRUE(lees_producten("code;naam;taakveld;taak;afrekenwijze\nA;B;toezicht;basistaak;"
                             "maatwerk\n")
                  .ok());
}

TEST(VerdeelsleutelTest, InwonertalUitHetRegister) {
  governance::Organisatie a{1,     1, "Gemeente Beekdal", governance::OrganisatieSoort::kGemeente,
                            44120, 1};
  governance::Organisatie b{
      2, 1, "Gemeente Dijkstede", governance::OrganisatieSoort::kGemeente, std::nullopt, 1};
  governance::Organisatie provincie{
      3, 1, "Provincie Voorbeeldland", governance::OrganisatieSoort::kProvincie, 1163000, 1};
  auto k = inwonertal_sleutel(1, 2027, {a, provincie});  // the provincie's share is apart
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(k->code, "inwonertal");
  EXPECT_EQ(k->aandelen, (std::vector<Aandeel>{{1, 44120}}));
  EXPECT_EQ(sleutels(inwonertal_sleutel(1, 2027, {a, b}).error()),
            (std::vector<std::string>{"Gemeente Dijkstede fout.inwonertal_ontbreekt"}));
  EXPECT_EQ(inwonertal_sleutel(1, 2027, {}).error().fields.at(0).key, "fout.verdeelsleutel_leeg");
  EXPECT_EQ(inwonertal_sleutel(1, 2027, {provincie}).error().fields.at(0).key,
            "fout.verdeelsleutel_leeg");
}

}  // namespace
}  // namespace regie::programma
