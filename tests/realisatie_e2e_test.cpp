// MON-1 … MON-7 over HTTP: a real server with the demo (realisaties of 2025 and 2026 up to
// November, months up to September 2026 closed) in a real SQLite file. A bronsysteem made over
// the API, a Dutch Excel file imported over the API (a bad line named, the same file twice, the
// provenance and rows), the upload form, plan versus realisatie changing with it, a correction
// after closing, who may do what, and the totals equal to a recomputation at the end.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using nlohmann::json;
using testhulp::bevat;

class RealisatieE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  HttpResponse importeer(const std::string& csv, const std::string& query) {
    return server_->api("POST", "/api/v1/realisatie-imports?" + query, "medewerker", csv,
                        {{"Content-Type", "text/csv; charset=utf-8"}});
  }

  // Beekdal's realised hours of TH-02 in 2026, from the API.
  double uren_beekdal_th02() {
    const Id beekdal = server_->organisatie_id("Gemeente Beekdal");
    auto r = server_->api(
        "GET",
        "/api/v1/plan-realisatie?jaar=2026&niveau=product&deelnemerId=" + std::to_string(beekdal),
        "medewerker");
    EXPECT_EQ(r.status, 200) << r.body;
    const json antwoord = json::parse(r.body);
    for (const auto& regel : antwoord["regels"]) {
      if (regel.value("productcode", "") == "TH-02") return regel["realisatie"]["uren"];
    }
    return -1;
  }

  std::unique_ptr<TestServer> server_;
};

// MON-1, MON-7: a bronsysteem over the API; a file with an impossible date imports nothing and
// names the line; the good file imports, its provenance and rows come back, and the same file
// again changes nothing; MON-2: plan versus realisatie moves with it.
TEST_F(RealisatieE2eTest, MON1_MON2_MON7_ImportOverDeApi) {
  const Id lindenwaard = server_->organisatie_id("Gemeente Lindenwaard");
  auto bron = server_->api(
      "POST", "/api/v1/bronsystemen", "medewerker",
      json{{"naam", "Spreadsheet toezicht"},
           {"kolomDatum", "Datum"},
           {"kolomDeelnemer", "Gemeente"},
           {"kolomZaaktype", "Soort zaak"},
           {"kolomUren", "Uren"},
           {"kolomBedrag", "Kosten"},
           {"zaaktypen", {{{"zaaktype", "Asbest"}, {"productcode", "TH-02"}}}},
           {"deelnemernamen", {{{"waarde", "Lindenw."}, {"organisatieId", lindenwaard}}}}}
          .dump());
  ASSERT_EQ(bron.status, 201) << bron.body;
  EXPECT_EQ(json::parse(bron.body)["deelnemernamen"][0]["organisatieId"], lindenwaard);

  const double voor = uren_beekdal_th02();
  const std::string kop =
      "\xEF\xBB\xBF"
      "Datum;Gemeente;Soort zaak;Uren;Kosten\r\n";
  const std::string slecht =
      kop + "12-10-2026;Beekdal;Asbest;6;591,00\r\n" + "31-11-2026;Beekdal;Asbest;6;591,00\r\n";
  auto fout = importeer(slecht, "bron=Spreadsheet%20toezicht&bestandsnaam=okt.csv");
  ASSERT_EQ(fout.status, 400) << fout.body;
  EXPECT_TRUE(bevat(fout.header("Content-Type"), "application/problem+json"));
  EXPECT_TRUE(bevat(fout.body, "regel 3, kolom Datum")) << fout.body;
  EXPECT_EQ(uren_beekdal_th02(), voor);

  const std::string goed = kop + "12-10-2026;Beekdal;Asbest;6;591,00\r\n" +
                           "13-10-2026;Gemeente Beekdal;\"Asbest\";1.004,5;\"98.943,25\"\r\n" +
                           "14-10-2026;Lindenw.;TH-02;2;197,00\r\n";
  auto r = importeer(goed, "bron=Spreadsheet%20toezicht&bestandsnaam=okt.csv");
  ASSERT_EQ(r.status, 201) << r.body;
  const auto verslag = json::parse(r.body);
  EXPECT_EQ(verslag["totaal"]["regels"], 3);
  EXPECT_EQ(verslag["totaal"]["bedrag"], 9973125);
  EXPECT_EQ(verslag["vanMaand"], "2026-10");
  const Id import_id = verslag["importId"];
  EXPECT_EQ(r.header("Location"), "/api/v1/realisatie-imports/" + std::to_string(import_id));
  EXPECT_DOUBLE_EQ(uren_beekdal_th02(), voor + 1010.5);

  auto herkomst = server_->api("GET", r.header("Location"), "medewerker");
  ASSERT_EQ(herkomst.status, 200);
  const auto h = json::parse(herkomst.body);
  EXPECT_EQ(h["bestandsnaam"], "okt.csv");
  EXPECT_EQ(h["soort"], "api");
  EXPECT_EQ(h["bronsysteem"], "Spreadsheet toezicht");
  EXPECT_EQ(h["sha256"].get<std::string>().size(), 64U);
  EXPECT_TRUE(bevat(h["door"].get<std::string>(), "Daan Smit"));
  auto rijen = server_->api("GET", r.header("Location") + "/realisaties?aantal=2", "medewerker");
  ASSERT_EQ(rijen.status, 200);
  const auto lijst = json::parse(rijen.body)["_embedded"]["realisaties"];
  ASSERT_EQ(lijst.size(), 2U);
  EXPECT_EQ(lijst[1]["uren"], 1004.5);
  EXPECT_EQ(lijst[1]["regel"], 3);

  auto nogmaals = importeer(goed, "bron=Spreadsheet%20toezicht&bestandsnaam=okt-kopie.csv");
  ASSERT_EQ(nogmaals.status, 200);
  EXPECT_EQ(json::parse(nogmaals.body)["ongewijzigd"], true);
  EXPECT_DOUBLE_EQ(uren_beekdal_th02(), voor + 1010.5);

  // Not JSON, not CSV: 415; an opdrachtgever may not import.
  EXPECT_EQ(server_
                ->api("POST", "/api/v1/realisatie-imports?bron=x", "medewerker", goed,
                      {{"Content-Type", "application/json"}})
                .status,
            415);
  EXPECT_EQ(server_
                ->api("POST", "/api/v1/realisatie-imports?bron=Spreadsheet%20toezicht",
                      "opdrachtgever", goed, {{"Content-Type", "text/csv"}})
                .status,
            403);
}

// MON-1: the upload form in the browser; MON-6: a closed month refuses a row, a correction with a
// reason goes through; MON-2: the dashboard shows the new figure; the totals still equal a
// recomputation from the rows.
TEST_F(RealisatieE2eTest, MON1_MON6_UploadAfsluitenEnCorrectie) {
  Browser mw(server_->port());
  ASSERT_TRUE(mw.login_demo("medewerker"));
  auto pagina = mw.get("/realisaties");
  ASSERT_EQ(pagina.status, 200);
  EXPECT_TRUE(bevat(pagina.body, "enctype=\"multipart/form-data\""));
  EXPECT_TRUE(bevat(html_unescape(pagina.body), "januari 2025 t/m september 2026"));

  auto upload = [&](const std::string& bron, const std::string& csv) {
    return mw.send(formulier_met_bestand(mw.csrf(), "/realisaties/import", {{"bron", bron}},
                                         "bestand", csv, "oktober.csv"));
  };
  auto bron = mw.post("/realisaties/bronnen", {{"naam", "Handmatig"},
                                               {"kolomDatum", "Datum"},
                                               {"kolomDeelnemer", "Gemeente"},
                                               {"kolomZaaktype", "Product"},
                                               {"kolomUren", "Uren"}});
  ASSERT_EQ(bron.status, 303) << html_unescape(bron.body);

  const std::string kop = "Datum;Gemeente;Product;Uren\r\n";
  auto gesloten = upload("Handmatig", kop + "15-03-2026;Beekdal;TH-02;4\r\n");
  ASSERT_EQ(gesloten.status, 400);
  EXPECT_TRUE(bevat(html_unescape(gesloten.body), "Regel 2, kolom Datum: deze maand is afgesloten"))
      << html_unescape(gesloten.body);

  const auto dashboard_voor = html_unescape(mw.get("/monitoring?niveau=regio").body);
  auto goed = upload("Handmatig", kop + "15-10-2026;Beekdal;TH-02;40\r\n");
  ASSERT_EQ(goed.status, 200) << html_unescape(goed.body);
  const auto goed_html = html_unescape(goed.body);
  EXPECT_TRUE(bevat(goed_html, "Ingelezen als import")) << goed_html;
  EXPECT_TRUE(bevat(goed_html, "1 regel over oktober 2026: 40 uur"));
  const auto dashboard_na = html_unescape(mw.get("/monitoring?niveau=regio").body);
  EXPECT_NE(dashboard_voor, dashboard_na);
  EXPECT_TRUE(bevat(dashboard_na, "Dragen de resultaten bij aan het beoogde effect?"));
  EXPECT_LT(dashboard_na.find("Dragen de resultaten"), dashboard_na.find("Plan tegen realisatie"));
  EXPECT_TRUE(bevat(dashboard_na, "<svg class=\"regie-grafiek\""));
  EXPECT_TRUE(bevat(dashboard_na, "<title id=\"grafiek-1-titel\">"));

  auto correctie =
      mw.post("/realisaties/correctie",
              {{"deelnemerId", std::to_string(server_->organisatie_id("Gemeente Beekdal"))},
               {"productcode", "TH-02"},
               {"datum", "15-03-2026"},
               {"uren", "-4"},
               {"reden", "Sanering ging niet door"}});
  ASSERT_EQ(correctie.status, 303) << html_unescape(correctie.body);
  auto detail = html_unescape(mw.get(correctie.header("Location")).body);
  EXPECT_TRUE(bevat(detail, "Sanering ging niet door"));
  EXPECT_TRUE(bevat(detail, "-4"));

  // An opdrachtgever sees the dashboard (its own deelnemer to choose) but not the imports.
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  EXPECT_EQ(og.get("/realisaties").status, 403);
  auto eigen = html_unescape(og.get("/monitoring?niveau=product").body);
  EXPECT_TRUE(bevat(eigen, "Gemeente Beekdal"));
  EXPECT_FALSE(bevat(eigen, "Gemeente Dijkstede"));

  auto ctx = server_->context("medewerker");
  ASSERT_TRUE(ctx.ok());
  auto totalen = server_->app()->services.realisaties->controleer_totalen(*ctx);
  EXPECT_TRUE(totalen.ok()) << (totalen.ok() ? "" : totalen.error().detail);
}

// MON-1: the upload page names its upload with a token and asks how far the import has come;
// the stand is the uploader's alone, reaches all rows and 100 % when done, and is never kept in
// the answer cache (it moves without a commit).
TEST_F(RealisatieE2eTest, MON1_DeVoortgangVanEenUpload) {
  Browser mw(server_->port());
  ASSERT_TRUE(mw.login_demo("medewerker"));
  ASSERT_EQ(mw.get("/realisaties").status, 200);
  const std::string token = "3f9a0c2b7d6e41a8b5c4d3e2f1a09b8c";
  EXPECT_EQ(mw.get("/realisaties/voortgang/" + token).status, 404);
  std::string csv = "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker;Zaaknummer\r\n";
  for (int i = 0; i < 12'000; ++i) {
    csv += std::to_string(1 + i % 28) +
           "-10-2026;Beekdal;Controle milieubedrijf;1,5;1;147,75;Jansen;Z-" + std::to_string(i) +
           "\r\n";
  }
  auto upload = mw.send(formulier_met_bestand(mw.csrf(), "/realisaties/import",
                                              {{"bron", "Zaaksysteem"}, {"voortgang", token}},
                                              "bestand", csv, "oktober.csv"));
  // October came in with the demo's export up to November: refused, but checked to the end.
  ASSERT_EQ(upload.status, 400) << html_unescape(upload.body);
  auto stand = mw.get("/realisaties/voortgang/" + token);
  ASSERT_EQ(stand.status, 200) << stand.body;
  EXPECT_EQ(stand.header("Content-Type"), "application/json");
  EXPECT_EQ(stand.header("Cache-Control"), "no-store");
  const json s = json::parse(stand.body);
  EXPECT_EQ(s["regels"], 12'000);
  EXPECT_EQ(s["procent"], 100);
  EXPECT_EQ(s["klaar"], true);
  EXPECT_EQ(mw.get("/realisaties/voortgang/" + token).body, stand.body);

  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("accountmanager"));
  EXPECT_EQ(am.get("/realisaties/voortgang/" + token).status, 404);
  EXPECT_EQ(mw.get("/realisaties/voortgang/0000000000000000ffffffffffffffff").status, 404);
}

}  // namespace
}  // namespace regie::e2e
