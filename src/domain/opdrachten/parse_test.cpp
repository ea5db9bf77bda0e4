#include "domain/opdrachten/parse.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/opdrachten/wijziging.hpp"
#include "support/testhulp.hpp"

namespace regie::opdrachten {
namespace {

using testhulp::heeft_fout;

// OPD-1: every part is read, lists as rows.
TEST(ParseOpdrachtTest, AlleOnderdelenWordenGelezen) {
  Fields velden = {{"titel", " Uitvoeringsprogramma 2027 "},       {"jaar", "2027"},
                   {"aanleiding", "De strategie is vastgesteld."}, {"doel", "95% op tijd."},
                   {"sturingsvorm", "Via de accountmanager."},     {"governance", "Stuurgroep."}};
  Lijsten lijsten = {
      {"planning", {{{"omschrijving", "Start"}, {"datum", "01-01-2027"}}}},
      {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", "3.200"}}}},
      {"financien", {{{"jaar", "2027"}, {"bedrag", "123.456,78"}, {"omschrijving", "Bijdrage"}}}},
      {"stakeholders", {{{"naam", "Provincie"}, {"rol", "Bevoegd gezag"}}}},
      {"risicos",
       {{{"omschrijving", "Krapte"},
         {"kans", "hoog"},
         {"impact", "middel"},
         {"beheersmaatregel", "Inhuur"},
         {"eigenaar", "Directie"}}}}};
  auto o = parse_opdracht(velden, lijsten);
  ASSERT_TRUE(o.ok()) << o.error().fields.size();
  EXPECT_EQ(o->titel, "Uitvoeringsprogramma 2027");
  EXPECT_EQ(o->jaar, 2027);
  EXPECT_EQ(o->soort, Soort::kCollectief);
  ASSERT_EQ(o->planning.size(), 1u);
  EXPECT_EQ(o->planning[0].datum->iso(), "2027-01-01");
  EXPECT_EQ(o->bemensing[0].uren, 3200);
  EXPECT_EQ(o->financien[0].cents, 12345678);
  EXPECT_EQ(o->stakeholders[0].rol, "Bevoegd gezag");
  EXPECT_EQ(o->risicos[0].kans, Niveau::kHoog);
  EXPECT_EQ(o->risicos[0].impact, Niveau::kMiddel);
}

// OPD-1: invoer_van is the input parse_opdracht reads back to the same parts (the edit form and
// the demo start from it): amounts with cents, dates, ids, levels and maatwerk's extras.
TEST(ParseOpdrachtTest, InvoerVanLeestTerugTotDezelfdeOnderdelen) {
  Opdracht o;
  o.titel = "Toezicht asbest 2027";
  o.jaar = 2027;
  o.soort = Soort::kMaatwerk;
  o.deelnemer_id = 7;
  o.extra_uren = 320;
  o.extra_financiering_cents = 35'200'05;
  o.aanleiding = "Meer sloopmeldingen;\nmet \"asbest\".";
  o.scope = "Sloop";
  o.doel = "90% binnen vijf werkdagen.";
  o.planning = {{"Start", Datum::parse_iso("2027-01-11")}, {"Zonder datum", std::nullopt}};
  o.bemensing = {{"Toezichthouder", 1'320, 12}};
  o.financien = {{2027, 1'234'567'89, "Bijdrage"}};
  o.stakeholders = {{"Gemeente Beekdal", 7, std::nullopt, "Opdrachtgever"}};
  o.risicos = {{"Piek", Niveau::kHoog, Niveau::kLaag, "Inzet regio", "Teamleider"}};
  auto invoer = invoer_van(o);
  auto terug = parse_opdracht(invoer.velden, invoer.lijsten);
  ASSERT_TRUE(terug.ok()) << terug.error().fields.front().field;
  for (const auto& v : vergelijk(o, *terug)) EXPECT_FALSE(v.gewijzigd) << v.onderdeel;
  EXPECT_EQ(terug->extra_financiering_cents, 35'200'05);
  EXPECT_EQ(terug->financien[0].cents, 1'234'567'89);
  EXPECT_EQ(terug->bemensing[0].persoon_id, 12);
  EXPECT_FALSE(terug->planning[1].datum.has_value());
}

// OPD-1, OPD-2: every error at once, each naming its field or the list row.
TEST(ParseOpdrachtTest, FoutenNoemenVeldOfRegel) {
  Fields velden = {{"titel", ""}, {"jaar", "27"}, {"soort", "regionaal"}};
  Lijsten lijsten = {
      {"planning",
       {{{"omschrijving", "Start"}, {"datum", "01-01-2027"}},
        {{"omschrijving", "Evaluatie"}, {"datum", "31-02-2027"}}}},
      {"financien", {{{"jaar", "2027"}, {"bedrag", "12,345"}}}},
      {"risicos", {{{"omschrijving", "Krapte"}, {"kans", "groot"}, {"impact", "hoog"}}}}};
  auto o = parse_opdracht(velden, lijsten);
  ASSERT_FALSE(o.ok());
  const auto& e = o.error();
  EXPECT_TRUE(heeft_fout(e, "titel", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(e, "jaar", "fout.te_klein"));
  EXPECT_TRUE(heeft_fout(e, "soort", "fout.ongeldige_keuze"));
  EXPECT_TRUE(heeft_fout(e, "planning[2].datum", "fout.ongeldige_datum"));
  EXPECT_TRUE(heeft_fout(e, "financien[1].bedrag", "fout.bedrag_decimalen"));
  EXPECT_TRUE(heeft_fout(e, "risicos[1].kans", "fout.ongeldige_keuze"));
  EXPECT_FALSE(heeft_fout(e, "planning[1].datum", "fout.ongeldige_datum"));

  auto collectief = parse_opdracht({{"titel", "X"}, {"jaar", "2027"}, {"deelnemerId", "3"}}, {});
  ASSERT_FALSE(collectief.ok());
  EXPECT_TRUE(heeft_fout(collectief.error(), "deelnemerId", "opd.collectief_zonder_deelnemer"));
  auto maatwerk = parse_opdracht({{"titel", "X"},
                                  {"jaar", "2027"},
                                  {"soort", "maatwerk"},
                                  {"deelnemerId", "3"},
                                  {"extraUren", "120"},
                                  {"extraFinanciering", "9.600"}},
                                 {});
  ASSERT_TRUE(maatwerk.ok());
  EXPECT_EQ(maatwerk->soort, Soort::kMaatwerk);
  EXPECT_EQ(maatwerk->deelnemer_id, 3);
  EXPECT_EQ(maatwerk->extra_uren, 120);
  EXPECT_EQ(maatwerk->extra_financiering_cents, 960000);
}

// OPD-2, OPD-4: an amount is euro in Dutch notation: a dot groups thousands, a comma starts the
// cents, no comma means whole euros. "38.000" was once read as € 380,00.
TEST(ParseOpdrachtTest, BedragenZijnEurosInNederlandseNotatie) {
  Fields velden = {{"titel", "X"},       {"jaar", "2027"},       {"soort", "maatwerk"},
                   {"deelnemerId", "3"}, {"extraUren", "1.200"}, {"extraFinanciering", "38.000"}};
  Lijsten lijsten = {{"financien",
                      {{{"jaar", "2027"}, {"bedrag", "12.500"}},
                       {{"jaar", "2027"}, {"bedrag", "38000"}},
                       {{"jaar", "2028"}, {"bedrag", "1.234,5"}},
                       {{"jaar", "2028"}, {"bedrag", "€ 9.600,00"}}}}};
  auto o = parse_opdracht(velden, lijsten);
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->extra_uren, 1200);
  EXPECT_EQ(o->extra_financiering_cents, 38'000'00);
  ASSERT_EQ(o->financien.size(), 4u);
  EXPECT_EQ(o->financien[0].cents, 12'500'00);
  EXPECT_EQ(o->financien[1].cents, 38'000'00);
  EXPECT_EQ(o->financien[2].cents, 1'234'50);
  EXPECT_EQ(o->financien[3].cents, 9'600'00);
}

// A misplaced dot or a third decimal is refused at its field, never read as something else.
TEST(ParseOpdrachtTest, VerkeerdGeschrevenBedragNoemtHetVeld) {
  Fields velden = {{"titel", "X"},       {"jaar", "2027"},      {"soort", "maatwerk"},
                   {"deelnemerId", "3"}, {"extraUren", "3.20"}, {"extraFinanciering", "12.34"}};
  Lijsten lijsten = {{"financien",
                      {{{"jaar", "2027"}, {"bedrag", "1.23.4"}},
                       {{"jaar", "2027"}, {"bedrag", "12,345"}},
                       {{"jaar", "2027"}, {"bedrag", "-5"}},
                       {{"jaar", "2027"}, {"bedrag", "vijf"}}}}};
  auto o = parse_opdracht(velden, lijsten);
  ASSERT_FALSE(o.ok());
  const auto& e = o.error();
  EXPECT_TRUE(heeft_fout(e, "extraUren", "fout.punt_groepen"));
  EXPECT_TRUE(heeft_fout(e, "extraFinanciering", "fout.punt_groepen"));
  EXPECT_TRUE(heeft_fout(e, "financien[1].bedrag", "fout.punt_groepen"));
  EXPECT_TRUE(heeft_fout(e, "financien[2].bedrag", "fout.bedrag_decimalen"));
  EXPECT_TRUE(heeft_fout(e, "financien[3].bedrag", "fout.te_klein"));
  EXPECT_TRUE(heeft_fout(e, "financien[4].bedrag", "fout.geen_bedrag"));
}

}  // namespace
}  // namespace regie::opdrachten
