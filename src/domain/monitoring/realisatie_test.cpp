// Realisaties read through a bronsysteem's mapping (MON-1, MON-6), the kept totals, and plan
// versus realisatie with its prognose and tolerance band (MON-2, MON-3).
#include "domain/monitoring/realisatie.hpp"

#include <gtest/gtest.h>

#include <random>

#include "core/csv.hpp"
#include "domain/monitoring/plan_realisatie.hpp"

namespace regie::monitoring {
namespace {

using programma::RegelSoort;

Bronsysteem zaaksysteem() {
  Bronsysteem b;
  b.naam = "Zaaksysteem";
  b.kolommen.datum = "Datum";
  b.kolommen.deelnemer = "Gemeente";
  b.kolommen.zaaktype = "Zaaktype";
  b.kolommen.uren = "Uren";
  b.kolommen.aantal = "Aantal";
  b.kolommen.bedrag = "Kosten";
  b.kolommen.medewerker = "Medewerker";
  b.deelnemernamen = {{"Gem. Lindenwaard", 12}};
  b.zaaktypen = {{"Controle milieubedrijf", "TH-01"}, {"Melding; milieu", "VV-02"}};
  return b;
}

Naslag naslag() {
  Naslag n;
  n.deelnemers = {{11, "Gemeente Beekdal"}, {12, "Gemeente Lindenwaard"}};
  n.catalogi[2027] = {{"TH-01", {"toezicht", RegelSoort::kCollectief}}};
  n.catalogi[2026] = {{"TH-01", {"toezicht", RegelSoort::kCollectief}},
                      {"VV-02", {"vergunningverlening", RegelSoort::kCollectief}},
                      {"AD-01", {"advies", RegelSoort::kSpecifiek}}};
  return n;
}

struct Uitkomst {
  std::vector<Realisatie> rijen;
  std::vector<FieldError> fouten;
};

Uitkomst lees(const std::string& csv, const Naslag& n) {
  auto tabel = parse_csv(csv);
  EXPECT_TRUE(tabel.ok()) << (tabel.ok() ? "" : tabel.error().detail);
  auto lezer = Rijlezer::maak(zaaksysteem(), tabel->header, n);
  EXPECT_TRUE(lezer.ok());
  Uitkomst u;
  for (const auto& rij : tabel->rows) {
    Realisatie r;
    if (lezer->lees(rij, r, u.fouten)) u.rijen.push_back(r);
  }
  return u;
}

std::vector<std::string> teksten(const std::vector<FieldError>& fouten) {
  std::vector<std::string> out;
  for (const auto& f : fouten) out.push_back(f.field + ": " + f.key);
  return out;
}

// MON-1: a file with more distinct values than the reader remembers (a column mapped to the wrong
// field has a new value on every row) is still read row by row as before: every unknown value is
// named, and known values after the limit are accepted with their product.
TEST(RealisatieTest, MON1_MeerVerschillendeWaardenDanDeLezerOnthoudt) {
  std::string csv = "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker\n";
  const int n = 10'050;
  for (int i = 0; i < n; ++i) {
    csv += "03-02-2026;Onbekend " + std::to_string(i) + ";Zaak " + std::to_string(i) + ";1;1;1;x\n";
  }
  csv += "03-02-2026;Beekdal;Controle milieubedrijf;2;1;1;x\n";
  csv += "03-02-2026;Gem. Lindenwaard;TH-01;3;1;1;x\n";
  auto u = lees(csv, naslag());
  ASSERT_EQ(u.fouten.size(), static_cast<std::size_t>(2 * n));
  EXPECT_EQ(u.fouten.back().key, "fout.zaaktype_onbekend");
  EXPECT_NE(u.fouten.back().field.find("Zaak 10049"), std::string::npos);
  ASSERT_EQ(u.rijen.size(), 2U);
  EXPECT_EQ(u.rijen[0].deelnemer_id, 11);
  EXPECT_EQ(u.rijen[0].productcode, "TH-01");
  EXPECT_EQ(u.rijen[1].deelnemer_id, 12);
  EXPECT_EQ(u.rijen[1].uren, 300);
}

// MON-1: a Dutch Excel export — BOM, ';', decimal commas, thousands dots, a quoted ';' and
// quotes inside — is read as it is meant; one impossible date is a rejected row naming line,
// column and value.
TEST(RealisatieTest, MON1_NederlandseExcelExport) {
  const std::string csv = std::string(kCsvBom) +
                          "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker\r\n"
                          "03-02-2026;Gemeente Beekdal;Controle milieubedrijf;8,5;1;\"€ 1.234,56\";"
                          "\"Jansen, \"\"Piet\"\"\"\r\n"
                          "2026-02-04;Beekdal;\"Melding; milieu\";1.234,25;2;98,50;Öztürk\r\n"
                          "31-02-2026;Gem. Lindenwaard;TH-01;4;1;0;Š\r\n"
                          "5/3/2026;gemeente  lindenwaard;AD-01;2;;;\r\n";
  auto u = lees(csv, naslag());
  ASSERT_EQ(u.rijen.size(), 3U);
  EXPECT_EQ(u.rijen[0].uren, 850);
  EXPECT_EQ(u.rijen[0].bedrag_cents, 123456);
  EXPECT_EQ(u.rijen[0].medewerker, "Jansen, \"Piet\"");
  EXPECT_EQ(u.rijen[0].deelnemer_id, 11);
  EXPECT_EQ(u.rijen[0].productcode, "TH-01");
  EXPECT_EQ(u.rijen[1].productcode, "VV-02");
  EXPECT_EQ(u.rijen[1].uren, 123425);
  EXPECT_EQ(u.rijen[1].bedrag_cents, 9850);
  EXPECT_EQ(u.rijen[1].medewerker, "Öztürk");
  EXPECT_EQ(u.rijen[2].datum.iso(), "2026-03-05");
  EXPECT_EQ(u.rijen[2].deelnemer_id, 12);  // the own name, spaces and case as people type
  EXPECT_EQ(u.rijen[2].aantal, 0);
  EXPECT_EQ(u.rijen[2].regel, 5);
  ASSERT_EQ(u.fouten.size(), 1U);
  EXPECT_EQ(u.fouten[0].field, "regel 4, kolom Datum, waarde \"31-02-2026\"");
  EXPECT_EQ(u.fouten[0].key, "fout.ongeldige_datum");
}

// MON-1: a Windows-1252 export (Excel's "CSV (gescheiden door lijstscheidingsteken)") reads
// "Öztürk" and "Š" correctly.
TEST(RealisatieTest, MON1_Windows1252) {
  const std::string csv =
      "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker\r\n"
      "03-02-2026;Beekdal;TH-01;1;1;1;\xD6zt\xFCrk\r\n"
      "03-02-2026;Beekdal;TH-01;1;1;1;\x8A"
      "abi\xE7\r\n";
  auto u = lees(csv, naslag());
  ASSERT_EQ(u.rijen.size(), 2U) << teksten(u.fouten).front();
  EXPECT_EQ(u.rijen[0].medewerker, "Öztürk");
  EXPECT_EQ(u.rijen[1].medewerker, "Šabiç");
}

// MON-1: an unmapped zaaktype or gemeente, a product the year's catalogue lacks and an
// unreadable number are rejected rows naming the value — never a silent skip. MON-6: a row in a
// closed month is rejected.
TEST(RealisatieTest, MON1_MON6_AfgewezenRegelsNoemenDeWaarde) {
  Naslag n = naslag();
  n.gesloten.insert(202601);
  const std::string csv =
      "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker\n"
      "03-02-2026;Gemeente Zandhorst;TH-01;1;1;1;a\n"
      "03-02-2026;Beekdal;Sloop;1;1;1;a\n"
      "03-02-2025;Beekdal;TH-01;1;1;1;a\n"
      "03-02-2026;Beekdal;TH-01;12.5;1;1;a\n"
      "15-01-2026;Beekdal;TH-01;1;1;1;a\n";
  auto u = lees(csv, n);
  EXPECT_TRUE(u.rijen.empty());
  EXPECT_EQ(teksten(u.fouten),
            (std::vector<std::string>{
                "regel 2, kolom Gemeente, waarde \"Gemeente Zandhorst\": fout.deelnemer_onbekend",
                "regel 3, kolom Zaaktype, waarde \"Sloop\": fout.zaaktype_onbekend",
                "regel 4, kolom Zaaktype, waarde \"TH-01\": fout.product_niet_in_catalogus",
                "regel 5, kolom Uren, waarde \"12.5\": fout.punt_groepen",
                "regel 6, kolom Datum: fout.periode_gesloten"}));
}

// MON-1: a column of the mapping the file lacks is named before any row is read.
TEST(RealisatieTest, MON1_OntbrekendeKolom) {
  auto lezer = Rijlezer::maak(zaaksysteem(), {"Datum", "Gemeente", "Uren"}, naslag());
  ASSERT_FALSE(lezer.ok());
  EXPECT_EQ(
      teksten(lezer.error().fields),
      (std::vector<std::string>{
          "kolom Zaaktype: fout.csv_kolom_ontbreekt", "kolom Aantal: fout.csv_kolom_ontbreekt",
          "kolom Kosten: fout.csv_kolom_ontbreekt", "kolom Medewerker: fout.csv_kolom_ontbreekt"}));
}

// MON-1: an XLSX sheet's serial dates and "8.5" numbers read as the CSV reader would give them.
TEST(RealisatieTest, MON1_XlsxDatumsEnGetallen) {
  auto rijen =
      xlsx_als_csv({{"Datum", "Uren"}, {"46056", "8.5"}, {"", ""}, {"03-02-2026", "2"}}, 2, 0, {1});
  ASSERT_EQ(rijen.size(), 2U);
  EXPECT_EQ(rijen[0].fields[0], "03-02-2026");  // serial 46056 = 3 February 2026
  EXPECT_EQ(rijen[0].fields[1], "8,5");
  EXPECT_EQ(rijen[1].regel, 4U);
}

// The bronsysteem's mapping as a form and the API give it.
TEST(RealisatieTest, MON1_BronLezen) {
  Fields f = {{"naam", "Zaaksysteem"},
              {"kolomDatum", "Datum"},
              {"kolomDeelnemer", "Gemeente"},
              {"kolomZaaktype", "Zaaktype"},
              {"kolomUren", "Uren"},
              {"deelnemernamen", "Gem. Beekdal = gemeente beekdal\n\n"},
              {"zaaktypen", "Controle = TH-01\nMelding = VV 02\nControle = TH-02"}};
  auto b = parse_bron(f, {{11, "Gemeente Beekdal"}});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(teksten(b.error().fields),
            (std::vector<std::string>{"zaaktypen, regel 2: fout.productcode",
                                      "zaaktypen, regel 3: fout.koppeling_dubbel"}));
  f["zaaktypen"] = "Controle = TH-01";
  f["kolomAantal"] = "datum";
  b = parse_bron(f, {{11, "Gemeente Beekdal"}});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(teksten(b.error().fields),
            (std::vector<std::string>{"kolomAantal: fout.kolom_al_gekoppeld"}));
  f.erase("kolomAantal");
  b = parse_bron(f, {{11, "Gemeente Beekdal"}});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->deelnemernamen, (std::vector<Deelnemernaam>{{"Gem. Beekdal", 11}}));
  EXPECT_EQ(zaaktypen_tekst(*b), "Controle = TH-01\n");
}

// The kept totals equal a recomputation over the rows, whatever order they come in and after
// taking an import away again (a property over random rows).
TEST(RealisatieTest, MON1_TotalenGelijkAanHerberekening) {
  std::mt19937 rng(20261204);
  const Naslag n = naslag();
  const std::vector<std::string> codes = {"TH-01", "VV-02", "AD-01"};
  for (int ronde = 0; ronde < 50; ++ronde) {
    std::vector<Realisatie> a;
    std::vector<Realisatie> b;
    for (int i = 0; i < 40; ++i) {
      Realisatie r;
      r.deelnemer_id = 11 + static_cast<Id>(rng() % 2);
      r.productcode = codes[rng() % codes.size()];
      r.datum = *Datum::from_ymd(2026, static_cast<unsigned>(1 + rng() % 12),
                                 static_cast<unsigned>(1 + rng() % 28));
      r.uren = static_cast<std::int64_t>(rng() % 1000) - 100;
      r.aantal = rng() % 3;
      r.bedrag_cents = rng() % 100000;
      (i % 2 == 0 ? a : b).push_back(r);
    }
    auto cellen_van = [&](const std::vector<Realisatie>& rijen) {
      Cellen c;
      for (const auto& r : rijen) tel(c, r, n.catalogi.at(2026).at(r.productcode));
      return c;
    };
    Cellen samen = cellen_van(a);
    tel(samen, cellen_van(b), 1);
    std::vector<Realisatie> alles = a;
    alles.insert(alles.end(), b.begin(), b.end());
    std::shuffle(alles.begin(), alles.end(), rng);
    EXPECT_EQ(samen, cellen_van(alles));
    EXPECT_EQ(per_taakveld(samen), per_taakveld(cellen_van(alles)));
    // The import's own counter (product by its catalogue entry) gives the same cells.
    Celteller teller;
    for (const auto& r : alles) {
      teller.tel(r, maand_van(r.datum), n.catalogi.at(2026).at(r.productcode));
    }
    EXPECT_EQ(teller.cellen(), cellen_van(alles));
    tel(samen, cellen_van(b), -1);
    EXPECT_EQ(samen, cellen_van(a));
    Taakveldcellen t = per_taakveld(cellen_van(alles));
    tel(t, per_taakveld(cellen_van(b)), -1);
    EXPECT_EQ(t, per_taakveld(cellen_van(a)));
  }
}

Reeks reeks_met_plan(std::int64_t plan_uren) {
  Reeks r;
  r.plan.uren = plan_uren;
  return r;
}

// MON-2: the prognose is linear without last year, seasonal with it; the plan before any month
// has passed.
TEST(RealisatieTest, MON2_Prognose) {
  Reeks r = reeks_met_plan(1200);
  for (int m = 0; m < 6; ++m) r.dit_jaar[static_cast<std::size_t>(m)].uren = 100;
  auto v = vergelijk(r, 6, kStandaardTolerantie);
  EXPECT_EQ(v.methode, Prognosemethode::kLineair);
  EXPECT_EQ(v.realisatie.uren, 600);
  EXPECT_EQ(v.prognose.uren, 1200);
  EXPECT_EQ(v.uren, Afwijking::kBinnen);

  // Last year did a quarter of its work in the first half: the same pace now means 2400.
  for (int m = 0; m < 12; ++m) {
    r.vorig_jaar[static_cast<std::size_t>(m)].uren = m < 6 ? 50 : 150;
    r.vorig_jaar[static_cast<std::size_t>(m)].regels = 1;
  }
  v = vergelijk(r, 6, kStandaardTolerantie);
  EXPECT_EQ(v.methode, Prognosemethode::kSeizoen);
  EXPECT_EQ(v.prognose.uren, 2400);
  EXPECT_EQ(v.uren, Afwijking::kBoven);

  v = vergelijk(r, 0, kStandaardTolerantie);
  EXPECT_EQ(v.methode, Prognosemethode::kGeen);
  EXPECT_EQ(v.prognose.uren, 1200);
}

// MON-3: the tolerance band, default ±10 %, both edges inside.
TEST(RealisatieTest, MON3_Tolerantieband) {
  EXPECT_EQ(afwijking(1000, 1100, 10), Afwijking::kBinnen);
  EXPECT_EQ(afwijking(1000, 1101, 10), Afwijking::kBoven);
  EXPECT_EQ(afwijking(1000, 900, 10), Afwijking::kBinnen);
  EXPECT_EQ(afwijking(1000, 899, 10), Afwijking::kOnder);
  EXPECT_EQ(afwijking(0, 1, 10), Afwijking::kBoven);  // not planned, yet done
  EXPECT_EQ(afwijking(0, 0, 10), Afwijking::kBinnen);
}

// MON-2: plan and realisatie per level, collectief and specifiek apart.
TEST(RealisatieTest, MON2_ReeksenPerNiveau) {
  std::vector<Planregel> plan = {
      {11, "TH-01", "toezicht", RegelSoort::kCollectief, {1000, 10, 100000, 0}},
      {12, "TH-01", "toezicht", RegelSoort::kCollectief, {500, 5, 50000, 0}},
      {11, "AD-01", "advies", RegelSoort::kSpecifiek, {200, 2, 20000, 0}}};
  Cellen cellen;
  cellen[{11, "TH-01", 202603}] = {"toezicht", RegelSoort::kCollectief, {300, 3, 30000, 3}};
  cellen[{12, "TH-01", 202503}] = {"toezicht", RegelSoort::kCollectief, {100, 1, 10000, 1}};
  cellen[{11, "AD-01", 202604}] = {"advies", RegelSoort::kSpecifiek, {50, 1, 5000, 1}};
  auto per_deelnemer = reeksen_uit_cellen(Niveau::kDeelnemer, 2026, plan, cellen, std::nullopt);
  ASSERT_EQ(per_deelnemer.size(), 3U);  // 11 collectief, 11 specifiek, 12 collectief
  EXPECT_EQ(per_deelnemer[0].deelnemer_id, 11);
  EXPECT_EQ(per_deelnemer[0].plan.uren, 1000);
  EXPECT_EQ(per_deelnemer[0].dit_jaar[2].uren, 300);
  EXPECT_EQ(per_deelnemer[1].soort, RegelSoort::kSpecifiek);
  EXPECT_EQ(per_deelnemer[2].vorig_jaar[2].uren, 100);
  auto regio = reeksen_uit_taakvelden(Niveau::kRegio, 2026, plan, per_taakveld(cellen));
  ASSERT_EQ(regio.size(), 2U);
  EXPECT_EQ(regio[0].plan.uren, 1500);
  EXPECT_EQ(regio[0].dit_jaar[2].uren, 300);
  EXPECT_EQ(regio[1].plan.uren, 200);
  auto een = reeksen_uit_cellen(Niveau::kProduct, 2026, plan, cellen, Id{12});
  ASSERT_EQ(een.size(), 1U);
  EXPECT_EQ(een[0].sleutel, "TH-01");
  EXPECT_EQ(peilmaand(2026, *Datum::from_ymd(2026, 12, 1)), 11);
  EXPECT_EQ(peilmaand(2025, *Datum::from_ymd(2026, 12, 1)), 12);
  EXPECT_EQ(peilmaand(2027, *Datum::from_ymd(2026, 12, 1)), 0);
}

TEST(RealisatieTest, MON6_Maanden) {
  EXPECT_EQ(parse_maand("2026-03"), 202603);
  EXPECT_EQ(parse_maand("3-2026"), 202603);
  EXPECT_EQ(parse_maand("13-2026"), std::nullopt);
  EXPECT_EQ(maand_nl(202603), "maart 2026");
  const Datum vandaag = *Datum::from_ymd(2026, 12, 1);
  EXPECT_TRUE(mag_sluiten(202611, vandaag, {}).ok());
  EXPECT_FALSE(mag_sluiten(202612, vandaag, {}).ok());  // still running
  EXPECT_EQ(mag_sluiten(202610, vandaag, {202610}).error().code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace regie::monitoring
