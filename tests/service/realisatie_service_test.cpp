// Realisaties over the in-memory store with the demo regio, whose catalogue and programme are
// 2027; the clock stands in August 2027 (MON-1, MON-2, MON-6, MON-7): the import all or nothing,
// the same file twice, a replacement, a correction after closing, the kept totals against a
// recomputation after every kind of import, and plan versus realisatie.
#include "service/realisatie_service.hpp"

#include <algorithm>
#include <random>

#include "core/csv.hpp"
#include "service/crypto.hpp"
#include "service/monitoring_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;
using monitoring::ImportStatus;

class RealisatieServiceTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    auto b = service().create_bron(medewerker(), bron_velden());
    ASSERT_TRUE(b.ok()) << (b.ok() ? "" : b.error().key);
  }

  std::shared_ptr<Clock> augustus_ = hand_klok("2027-08-02T09:00:00Z");
  RealisatieService service() { return RealisatieService(store_, audit_, augustus_); }
  MonitoringService monitoring() { return MonitoringService(store_, augustus_); }
  Context medewerker() { return als(RolSoort::kMedewerker, kOd); }

  static Fields bron_velden() {
    return {{"naam", "Testsysteem"},        {"kolomDatum", "Datum"},
            {"kolomDeelnemer", "Gemeente"}, {"kolomZaaktype", "Zaaktype"},
            {"kolomUren", "Uren"},          {"kolomAantal", "Aantal"},
            {"kolomBedrag", "Kosten"},      {"zaaktypen", "Controle milieubedrijf = TH-01"}};
  }

  Result<RealisatieVerslag> importeer(const std::string& csv, bool proef = false,
                                      const std::string& naam = "export.csv") {
    return service().importeren(medewerker(), {"testsysteem", naam, {}, proef}, opener_van(csv));
  }

  void totalen_kloppen() {
    auto c = service().controleer_totalen(medewerker());
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().detail);
  }

  std::int64_t uren_beekdal(monitoring::Maand maand) {
    auto uow = lezen();
    auto cellen = uow->realisaties().cellen(regio_id(), maand, maand, organisatie_id(kBeekdal));
    std::int64_t uren = 0;
    for (const auto& [cel, t] : *cellen) uren += t.telling.uren;
    return uren;
  }

  static constexpr const char* kKop = "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten\n";
};

// MON-1: a file with one bad line imports nothing and names the line; MON-7: a good file's
// import records file, hash, person and time, and every row points at it.
TEST_F(RealisatieServiceTest, MON1_MON7_AllesOfNietsEnHerkomst) {
  const std::string slecht = std::string(kKop) +
                             "03-02-2027;Beekdal;TH-01;8;1;100\n"
                             "30-02-2027;Beekdal;TH-01;8;1;100\n";
  const auto voor = service().imports(medewerker(), 1000)->size();  // the demo's
  auto r = importeer(slecht);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().fields.size(), 1U);
  EXPECT_EQ(r.error().fields[0].field, "regel 3, kolom Datum, waarde \"30-02-2027\"");
  EXPECT_EQ(uren_beekdal(202702), 0);
  EXPECT_EQ(service().imports(medewerker(), 1000)->size(), voor);

  const std::string goed = std::string(kKop) +
                           "03-02-2027;Beekdal;Controle milieubedrijf;8,5;1;837,25\n"
                           "04-02-2027;Gemeente Beekdal;TH-01;1.000;2;98.500\n";
  auto proef = importeer(goed, true);
  ASSERT_TRUE(proef.ok()) << proef.error().key;
  EXPECT_TRUE(proef->proef);
  EXPECT_EQ(proef->telling.uren, 100850);
  EXPECT_EQ(uren_beekdal(202702), 0);  // a proef saves nothing

  auto echt = importeer(goed, false, "februari.csv");
  ASSERT_TRUE(echt.ok()) << echt.error().key;
  EXPECT_EQ(echt->telling.regels, 2);
  EXPECT_EQ(echt->telling.bedrag_cents, 9933725);
  EXPECT_EQ(uren_beekdal(202702), 100850);
  auto imp = service().een_import(medewerker(), echt->import_id);
  ASSERT_TRUE(imp.ok());
  EXPECT_EQ(imp->bestandsnaam, "februari.csv");
  EXPECT_EQ(imp->sha256, sha256_hex(goed));
  EXPECT_EQ(imp->bron_naam, "Testsysteem");
  EXPECT_EQ(imp->op, "2027-08-02T09:00:00Z");
  EXPECT_NE(imp->door.find("tester"), std::string::npos);
  auto rijen = service().realisaties(medewerker(), echt->import_id, 0, 10);
  ASSERT_EQ(rijen->size(), 2U);
  EXPECT_EQ((*rijen)[0].import_id, echt->import_id);
  EXPECT_EQ(laatste_audit().actie, "realisatie.importeren");
  EXPECT_EQ(laatste_audit().object, "realisatie-import/" + std::to_string(echt->import_id));
  totalen_kloppen();

  // An opdrachtgever may neither import nor read the imports.
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  EXPECT_EQ(
      service().importeren(og, {"testsysteem", "x.csv", {}, false}, opener_van(goed)).error().code,
      ErrorCode::kForbidden);
  EXPECT_EQ(service().imports(og, 10).error().code, ErrorCode::kForbidden);
}

// MON-1: the same file twice changes nothing; a new file of the same months replaces the earlier
// import atomically, which stays in the history; a file that covers an earlier one only in part
// is refused.
TEST_F(RealisatieServiceTest, MON1_ZelfdeBestandEnVervanging) {
  const std::string maart = std::string(kKop) + "03-03-2027;Beekdal;TH-01;10;1;0\n";
  const auto voor = service().imports(medewerker(), 1000)->size();  // the demo's
  auto a = importeer(maart);
  ASSERT_TRUE(a.ok());
  auto nogmaals = importeer(maart);
  ASSERT_TRUE(nogmaals.ok());
  EXPECT_TRUE(nogmaals->ongewijzigd);
  EXPECT_EQ(nogmaals->import_id, a->import_id);
  EXPECT_EQ(nogmaals->sha256, a->sha256);
  EXPECT_EQ(nogmaals->telling.uren, 1000);
  // Found once its rows were read (decision 51): rolled back, and the log says so.
  EXPECT_EQ(laatste_audit().actie, "realisatie.importeren");
  EXPECT_EQ(laatste_audit().object, "realisatie-import/" + std::to_string(a->import_id));
  EXPECT_EQ(laatste_audit().resultaat, "conflict");
  EXPECT_EQ(uren_beekdal(202703), 1000);
  EXPECT_EQ(service().imports(medewerker(), 1000)->size(), voor + 1);

  const std::string maart_april =
      std::string(kKop) + "03-03-2027;Beekdal;TH-01;12;1;0\n" + "03-04-2027;Beekdal;TH-01;5;1;0\n";
  auto b = importeer(maart_april);
  ASSERT_TRUE(b.ok()) << b.error().key;
  EXPECT_EQ(b->vervangen, (std::vector<Id>{a->import_id}));
  EXPECT_EQ(uren_beekdal(202703), 1200);
  EXPECT_EQ(uren_beekdal(202704), 500);
  auto oud = service().een_import(medewerker(), a->import_id);
  EXPECT_EQ(oud->status, ImportStatus::kVervangen);
  EXPECT_EQ(oud->vervangen_door, b->import_id);
  totalen_kloppen();

  const std::string april_mei =
      std::string(kKop) + "03-04-2027;Beekdal;TH-01;1;1;0\n" + "03-05-2027;Beekdal;TH-01;1;1;0\n";
  auto c = importeer(april_mei);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().fields.at(0).key, "fout.import_overlapt_deels");
  EXPECT_EQ(uren_beekdal(202704), 500);
}

// MON-6: a closed month locks its realisaties — a file with a row in it and a replacement of an
// import in it are refused — and a correction line with its reason is recorded as an import of
// its own.
TEST_F(RealisatieServiceTest, MON6_CorrectieNaAfsluiten) {
  ASSERT_TRUE(importeer(std::string(kKop) + "03-03-2027;Beekdal;TH-01;10;1;0\n").ok());
  auto gesloten = service().periode_sluiten(medewerker(), {{"maand", "03-2027"}});
  ASSERT_TRUE(gesloten.ok()) << gesloten.error().key;
  EXPECT_EQ(gesloten->maand, 202703);
  EXPECT_EQ(service().periode_sluiten(medewerker(), {{"maand", "2027-03"}}).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(service().periode_sluiten(medewerker(), {{"maand", "2027-08"}}).error().fields[0].key,
            "fout.maand_nog_niet_voorbij");

  auto in_gesloten = importeer(std::string(kKop) + "04-03-2027;Beekdal;TH-01;12;1;0\n");
  ASSERT_FALSE(in_gesloten.ok());
  EXPECT_EQ(in_gesloten.error().fields[0].key, "fout.periode_gesloten");

  Fields correctie = {{"deelnemerId", std::to_string(organisatie_id(kBeekdal))},
                      {"productcode", "TH-01"},
                      {"datum", "31-03-2027"},
                      {"uren", "-2,5"}};
  auto zonder_reden = service().corrigeren(medewerker(), correctie);
  ASSERT_FALSE(zonder_reden.ok());
  EXPECT_EQ(zonder_reden.error().fields[0].field, "reden");
  correctie["reden"] = "Dubbel geboekte controle";
  auto c = service().corrigeren(medewerker(), correctie);
  ASSERT_TRUE(c.ok()) << c.error().key;
  EXPECT_EQ(c->soort, monitoring::ImportSoort::kCorrectie);
  EXPECT_EQ(c->reden, "Dubbel geboekte controle");
  EXPECT_EQ(uren_beekdal(202703), 750);
  totalen_kloppen();
}

// MON-1: after every kind of import — new, the same again, replacing, refused, correction — the
// kept totals equal a recomputation from the rows (a property over random files).
TEST_F(RealisatieServiceTest, MON1_TotalenNaElkeImport) {
  std::mt19937 rng(4122026);
  const std::vector<std::string> codes = {"TH-01", "TH-02", "VV-01", "AD-01", "MW-01"};
  const std::vector<std::string> gemeenten = {"Beekdal", "Gemeente Lindenwaard", "Zandhorst"};
  for (int ronde = 0; ronde < 12; ++ronde) {
    const int van = 1 + static_cast<int>(rng() % 5);  // up to July: the clock stands in August
    const int tot = van + static_cast<int>(rng() % 3);
    std::string csv = kKop;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      const int maand = van + static_cast<int>(rng() % static_cast<unsigned>(tot - van + 1));
      csv += std::to_string(1 + rng() % 28) + "-" + std::to_string(maand) + "-2027;" +
             gemeenten[rng() % gemeenten.size()] + ";" + codes[rng() % codes.size()] + ";" +
             std::to_string(rng() % 40) + "," + std::to_string(rng() % 10) + ";" +
             std::to_string(rng() % 3) + ";" + std::to_string(rng() % 2000) + "\n";
    }
    if (ronde % 5 == 4) csv += "1-1-2027;Nergenshuizen;TH-01;1;1;1\n";  // refused as a whole
    auto r = importeer(csv);
    if (ronde % 5 == 4) {
      EXPECT_FALSE(r.ok());  // a partial overlap may refuse other rounds too
    }
    if (ronde % 4 == 1) {
      auto c = service().corrigeren(medewerker(),
                                    {{"deelnemerId", std::to_string(organisatie_id(kBeekdal))},
                                     {"productcode", "TH-01"},
                                     {"datum", "15-0" + std::to_string(van) + "-2027"},
                                     {"uren", "-1"},
                                     {"reden", "Correctie ronde " + std::to_string(ronde)}});
      EXPECT_TRUE(c.ok());
    }
    totalen_kloppen();
  }
}

// MON-2: plan versus realisatie from the 2027 programme's begroting and the kept totals, with a
// prognose after seven months; an opdrachtgever sees only its own deelnemer.
TEST_F(RealisatieServiceTest, MON2_PlanTegenRealisatie) {
  ASSERT_TRUE(importeer(std::string(kKop) + "03-03-2027;Beekdal;TH-01;70;7;0\n").ok());
  auto regio = monitoring().plan_realisatie(medewerker(), {2027, monitoring::Niveau::kRegio, {}});
  ASSERT_TRUE(regio.ok()) << regio.error().key;
  EXPECT_EQ(regio->peilmaand, 7);
  ASSERT_TRUE(regio->programma_id.has_value());
  ASSERT_FALSE(regio->totaal.empty());
  const auto& collectief = regio->totaal[0];
  EXPECT_EQ(collectief.reeks.soort, programma::RegelSoort::kCollectief);
  EXPECT_GT(collectief.reeks.plan.uren, 0);
  // The demo's realisaties of the year before (2026) give the season.
  EXPECT_EQ(collectief.methode, monitoring::Prognosemethode::kSeizoen);
  EXPECT_EQ(collectief.realisatie.uren, 7000);
  EXPECT_GT(collectief.prognose.uren, 7000);
  // Beekdal alone, per product: TH-01 with its 70 hours.
  auto beekdal = monitoring().plan_realisatie(
      medewerker(), {2027, monitoring::Niveau::kProduct, organisatie_id(kBeekdal)});
  ASSERT_TRUE(beekdal.ok());
  auto th01 = std::find_if(beekdal->regels.begin(), beekdal->regels.end(),
                           [](const auto& v) { return v.reeks.sleutel == "TH-01"; });
  ASSERT_NE(th01, beekdal->regels.end());
  EXPECT_EQ(th01->realisatie.uren, 7000);
  EXPECT_GT(th01->reeks.plan.uren, 0);

  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto eigen = monitoring().plan_realisatie(og, {2027, monitoring::Niveau::kProduct, {}});
  ASSERT_TRUE(eigen.ok()) << eigen.error().key;
  EXPECT_EQ(eigen->deelnemer, organisatie_id(kBeekdal));
  auto ander = monitoring().plan_realisatie(
      og, {2027, monitoring::Niveau::kProduct, organisatie_id("Gemeente Lindenwaard")});
  EXPECT_EQ(ander.error().code, ErrorCode::kForbidden);
}

}  // namespace
}  // namespace regie::service
