#include "domain/beleidscyclus/ronde.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::beleidscyclus {
namespace {

using testhulp::d;

using testhulp::heeft_fout;

Stap strategie(Status status) {
  Stap s;
  s.id = 3;
  s.code = StapCode::kOperationeelBeleidskader;
  s.volgorde = 3;
  s.naam = std::string(standaard_naam(s.code));
  s.periode = "2027-2030";
  s.status = status;
  s.gepland_begin = d(2026, 9, 1);
  s.gepland_eind = d(2026, 10, 31);
  s.oorspronkelijk_eind = d(2026, 10, 31);
  s.werkelijk_begin = d(2026, 9, 15);
  return s;
}

Document document(Id id, ProductSoort soort, const std::string& periode,
                  std::optional<Orgaan> orgaan) {
  Document doc;
  doc.id = id;
  doc.stap_id = 3;
  doc.titel = "Strategie";
  doc.periode = periode;
  doc.soort = soort;
  doc.vastgesteld_door = orgaan;
  if (orgaan) doc.vastgesteld_op = d(2026, 10, 28);
  return doc;
}

// B8-4: a step is afgerond only with its product of this round, adopted by a body.
TEST(RondeTest, AfgerondAlleenMetHetVastgesteldeProductVanDezeRonde) {
  Stap huidig = strategie(Status::kBezig);
  Stap nieuw = huidig;
  nieuw.status = Status::kAfgerond;
  nieuw.werkelijk_eind = d(2026, 10, 28);
  const std::vector<std::pair<std::string, std::vector<Document>>> kZonder = {
      {"geen document", {}},
      {"alleen een concept", {document(1, ProductSoort::kStrategie, "2027-2030", std::nullopt)}},
      {"een andere soort",
       {document(1, ProductSoort::kBijdrage, "2027-2030", std::nullopt),
        document(2, ProductSoort::kOverig, "2027-2030", Orgaan::kAlgemeenBestuur)}},
      {"de strategie van de vorige ronde",
       {document(1, ProductSoort::kStrategie, "2023-2026", Orgaan::kAlgemeenBestuur)}},
  };
  for (const auto& [naam, documenten] : kZonder) {
    SCOPED_TRACE(naam);
    auto result = beoordeel_wijziging(huidig, nieuw, {}, documenten);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(heeft_fout(result.error(), "status", "fout.afgerond_zonder_product"));
  }
  std::vector<Document> met = {
      document(1, ProductSoort::kStrategie, "2027-2030", std::nullopt),
      document(2, ProductSoort::kStrategie, "2027-2030", Orgaan::kColleges)};
  auto result = beoordeel_wijziging(huidig, nieuw, {}, met);
  ASSERT_TRUE(result.ok()) << result.error().detail;
  EXPECT_EQ(result->stap.status, Status::kAfgerond);
  ASSERT_NE(vastgesteld_product(nieuw, met), nullptr);
  EXPECT_EQ(vastgesteld_product(nieuw, met)->id, 2);
  // A step without a typed product (doelen en prioriteiten) is afgerond without one.
  Stap doelen = huidig;
  doelen.code = StapCode::kDoelenEnPrioriteiten;
  Stap doelen_af = doelen;
  doelen_af.status = Status::kAfgerond;
  EXPECT_TRUE(beoordeel_wijziging(doelen, doelen_af, {}, {}).ok());
}

// B8-4: each step takes its own product, an evaluatie on step 8, and bijdragen everywhere.
TEST(RondeTest, ElkeStapHeeftZijnEigenProductsoort) {
  EXPECT_EQ(vereist_product(StapCode::kStrategischBeleidskader), ProductSoort::kRisicoanalyse);
  EXPECT_EQ(vereist_product(StapCode::kOperationeelBeleidskader), ProductSoort::kStrategie);
  EXPECT_EQ(vereist_product(StapCode::kPlanningEnControl), ProductSoort::kUitvoeringsprogramma);
  EXPECT_EQ(vereist_product(StapCode::kRapportageEnEvaluatie), ProductSoort::kJaarverslag);
  EXPECT_EQ(vereist_product(StapCode::kMonitoring), std::nullopt);
  EXPECT_TRUE(past_bij_stap(ProductSoort::kEvaluatie, StapCode::kRapportageEnEvaluatie));
  EXPECT_FALSE(past_bij_stap(ProductSoort::kEvaluatie, StapCode::kMonitoring));
  EXPECT_FALSE(past_bij_stap(ProductSoort::kStrategie, StapCode::kPlanningEnControl));
  EXPECT_TRUE(past_bij_stap(ProductSoort::kBijdrage, StapCode::kUitvoering));
  EXPECT_EQ(soorten_voor(StapCode::kPlanningEnControl),
            (std::vector<ProductSoort>{ProductSoort::kUitvoeringsprogramma, ProductSoort::kBijdrage,
                                       ProductSoort::kOverig}));
}

// B8-4: a later periode starts a new round; the round left is kept as it was. A round that has
// begun does not go back; one never started only carried a label.
TEST(RondeTest, EenNieuweRondeBewaartDeVorige) {
  Stap huidig = strategie(Status::kAfgerond);
  huidig.werkelijk_eind = d(2026, 10, 28);
  Stap nieuw = huidig;
  nieuw.periode = "2031-2034";
  nieuw.status = Status::kNietGestart;
  nieuw.gepland_begin = d(2030, 1, 1);
  nieuw.gepland_eind = d(2030, 10, 31);
  nieuw.werkelijk_begin.reset();
  nieuw.werkelijk_eind.reset();
  auto result = beoordeel_wijziging(huidig, nieuw, {}, {});
  ASSERT_TRUE(result.ok());
  ASSERT_TRUE(result->vorige_ronde.has_value());
  EXPECT_EQ(result->vorige_ronde->periode, "2027-2030");
  EXPECT_EQ(result->vorige_ronde->status, Status::kAfgerond);
  EXPECT_EQ(result->vorige_ronde->werkelijk_eind, d(2026, 10, 28));
  EXPECT_EQ(result->vorige_ronde->stap_id, 3);
  EXPECT_EQ(result->stap.oorspronkelijk_eind, d(2030, 10, 31));
  EXPECT_FALSE(result->planwijziging.has_value());

  Stap terug = nieuw;
  terug.periode = "2023-2026";
  auto fout = beoordeel_wijziging(huidig, terug, {}, {});
  ASSERT_FALSE(fout.ok());
  EXPECT_TRUE(heeft_fout(fout.error(), "periode", "fout.ronde_terug"));

  Stap leeg;
  leeg.id = 8;
  leeg.code = StapCode::kRapportageEnEvaluatie;
  leeg.periode = "2026";
  Stap vorig_jaar = leeg;
  vorig_jaar.periode = "2025";
  auto label = beoordeel_wijziging(leeg, vorig_jaar, {}, {});
  ASSERT_TRUE(label.ok());
  EXPECT_FALSE(label->vorige_ronde.has_value());

  // Not back to a periode the step has had a round in, nor before it.
  std::vector<Ronde> rondes = {*result->vorige_ronde};
  EXPECT_TRUE(is_eerdere_ronde(rondes, "2027-2030"));
  EXPECT_TRUE(is_eerdere_ronde(rondes, "2023-2026"));
  EXPECT_FALSE(is_eerdere_ronde(rondes, "2031-2034"));
}

// B8-4: moving the planned end within a round asks a reason and keeps the original planning, so
// "later than planned" stays visible.
TEST(RondeTest, VerschuivenVraagtEenRedenEnBewaartDeOorspronkelijkePlanning) {
  Stap huidig = strategie(Status::kBezig);
  Stap nieuw = huidig;
  nieuw.gepland_eind = d(2026, 12, 18);
  auto zonder = beoordeel_wijziging(huidig, nieuw, {}, {});
  ASSERT_FALSE(zonder.ok());
  EXPECT_TRUE(heeft_fout(zonder.error(), "redenPlanwijziging", "fout.reden_planwijziging"));

  auto met = beoordeel_wijziging(
      huidig, nieuw, {{"redenPlanwijziging", "Het AB vergadert pas op 18 december"}}, {});
  ASSERT_TRUE(met.ok());
  EXPECT_EQ(met->stap.oorspronkelijk_eind, d(2026, 10, 31));
  EXPECT_TRUE(is_verschoven(met->stap));
  ASSERT_TRUE(met->planwijziging.has_value());
  EXPECT_EQ(met->planwijziging->van, d(2026, 10, 31));
  EXPECT_EQ(met->planwijziging->naar, d(2026, 12, 18));
  EXPECT_EQ(met->planwijziging->reden, "Het AB vergadert pas op 18 december");
  EXPECT_EQ(met->planwijziging->periode, "2027-2030");

  // A second move keeps the first planning as the original.
  Stap weer = met->stap;
  weer.gepland_eind = d(2027, 1, 31);
  auto tweede = beoordeel_wijziging(met->stap, weer, {{"redenPlanwijziging", "Nog later"}}, {});
  ASSERT_TRUE(tweede.ok());
  EXPECT_EQ(tweede->stap.oorspronkelijk_eind, d(2026, 10, 31));
  EXPECT_EQ(tweede->planwijziging->van, d(2026, 12, 18));

  // The first planning of a step asks nothing and becomes the original.
  Stap ongepland = huidig;
  ongepland.gepland_eind.reset();
  ongepland.oorspronkelijk_eind.reset();
  auto eerste = beoordeel_wijziging(ongepland, huidig, {}, {});
  ASSERT_TRUE(eerste.ok());
  EXPECT_FALSE(eerste->planwijziging.has_value());
  EXPECT_EQ(eerste->stap.oorspronkelijk_eind, d(2026, 10, 31));
  EXPECT_FALSE(is_verschoven(eerste->stap));
}

// B8-4: a reopening warns about the later steps that are bezig or afgerond.
TEST(RondeTest, HeropenenRaaktDeLatereStappenDieAlBegonnenZijn) {
  std::vector<Stap> alle = standaard_stappen(1, 2027);
  for (std::size_t i = 0; i < alle.size(); ++i) alle[i].id = static_cast<Id>(i + 1);
  alle[0].status = Status::kAfgerond;
  alle[1].status = Status::kAfgerond;
  alle[2].status = Status::kBezig;
  alle[3].status = Status::kNietGestart;
  alle[5].status = Status::kBezig;
  auto geraakt = geraakte_stappen(alle, alle[0]);
  ASSERT_EQ(geraakt.size(), 3U);
  EXPECT_EQ(geraakt[0].id, 2);
  EXPECT_EQ(geraakt[1].id, 3);
  EXPECT_EQ(geraakt[2].id, 6);
  EXPECT_TRUE(geraakte_stappen(alle, alle[7]).empty());
}

// B8-4: a reopening asks a new deadline from today on.
TEST(RondeTest, HeropenenVraagtEenNieuweDeadline) {
  Stap s = strategie(Status::kAfgerond);
  s.werkelijk_eind = d(2026, 10, 28);
  auto zonder = heropenen(s, {{"reden", "Nieuwe risico's"}}, d(2026, 12, 1));
  ASSERT_FALSE(zonder.ok());
  EXPECT_TRUE(heeft_fout(zonder.error(), "geplandEind", "fout.verplicht"));
  auto verleden =
      heropenen(s, {{"reden", "Nieuwe risico's"}, {"geplandEind", "2026-11-30"}}, d(2026, 12, 1));
  ASSERT_FALSE(verleden.ok());
  EXPECT_TRUE(heeft_fout(verleden.error(), "geplandEind", "fout.deadline_verleden"));
  auto goed =
      heropenen(s, {{"reden", "Nieuwe risico's"}, {"geplandEind", "2027-02-15"}}, d(2026, 12, 1));
  ASSERT_TRUE(goed.ok());
  EXPECT_FALSE(is_te_laat(goed->stap, d(2026, 12, 1)));
  EXPECT_TRUE(is_verschoven(goed->stap));
}

// B8-4: a document's kind, and for a product who adopted it when; never a bijdrage.
TEST(RondeTest, EenProductIsVastgesteldDoorEenOrgaanOpEenDatum) {
  auto goed = parse_document({{"titel", "Strategie 2027-2030"},
                              {"link", "https://example.org/s.pdf"},
                              {"soort", "strategie"},
                              {"vastgesteldDoor", "algemeen_bestuur"},
                              {"vastgesteldOp", "2026-10-28"}});
  ASSERT_TRUE(goed.ok());
  EXPECT_EQ(goed->soort, ProductSoort::kStrategie);
  EXPECT_EQ(goed->vastgesteld_door, Orgaan::kAlgemeenBestuur);
  EXPECT_EQ(goed->vastgesteld_op, d(2026, 10, 28));
  auto zonder_soort = parse_document({{"titel", "Notitie"}, {"link", "https://example.org/n"}});
  ASSERT_TRUE(zonder_soort.ok());
  EXPECT_EQ(zonder_soort->soort, ProductSoort::kOverig);

  const std::vector<std::pair<Fields, std::pair<std::string, std::string>>> kFout = {
      {{{"soort", "begroting"}}, {"soort", "fout.ongeldige_keuze"}},
      {{{"soort", "strategie"}, {"vastgesteldDoor", "algemeen_bestuur"}},
       {"vastgesteldOp", "fout.vastgesteld_op_bij_orgaan"}},
      {{{"soort", "strategie"}, {"vastgesteldOp", "2026-10-28"}},
       {"vastgesteldDoor", "fout.orgaan_bij_vastgesteld_op"}},
      {{{"soort", "bijdrage"}, {"vastgesteldDoor", "colleges"}, {"vastgesteldOp", "2026-10-28"}},
       {"vastgesteldDoor", "fout.bijdrage_niet_vastgesteld"}},
      {{{"soort", "strategie"}, {"vastgesteldDoor", "raad"}, {"vastgesteldOp", "2026-10-28"}},
       {"vastgesteldDoor", "fout.ongeldige_keuze"}},
  };
  for (const auto& [velden, fout] : kFout) {
    Fields f = velden;
    f.emplace("titel", "Titel");
    f.emplace("link", "https://example.org/x");
    auto result = parse_document(f);
    ASSERT_FALSE(result.ok()) << fout.first;
    EXPECT_TRUE(heeft_fout(result.error(), fout.first, fout.second)) << fout.second;
  }
}

}  // namespace
}  // namespace regie::beleidscyclus
