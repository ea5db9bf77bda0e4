// GOV-9 over HTTP: the governance findings of the demo regio through the API and the HTML
// health page, against a real server with a real SQLite file.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

class GovernanceE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  json bevindingen(const std::string& account, const std::string& query = "") {
    auto response = server_->api(
        "GET", "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/bevindingen" + query,
        account);
    EXPECT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.header("API-Version"), "1.0.0");
    return json::parse(response.body);
  }

  static bool heeft(const json& body, const std::string& requirement, const std::string& ernst,
                    const std::string& wie) {
    for (const auto& b : body["_embedded"]["bevindingen"]) {
      if (b["requirement"] != requirement || b["ernst"] != ernst) continue;
      for (const auto& o : b["organisaties"]) {
        if (o["naam"] == wie) return true;
      }
      for (const auto& p : b["personen"]) {
        if (p["naam"] == wie) return true;
      }
    }
    return false;
  }

  std::unique_ptr<TestServer> server_;
};

// GOV-9, GOV-4, GOV-5, GOV-6: the demo's deliberate flaws are found, each with a remedy.
TEST_F(GovernanceE2eTest, ApiToontDeBewusteGebrekenVanDeDemoregioMetRemedie) {
  auto body = bevindingen("beheerder", "?peildatum=2026-11-28");
  EXPECT_EQ(body["peildatum"], "2026-11-28");
  EXPECT_FALSE(body["eigenWeergave"].get<bool>());
  EXPECT_TRUE(heeft(body, "GOV-4", "fout", "Gemeente Zandhorst"));
  EXPECT_TRUE(heeft(body, "GOV-5", "fout", "Sanne de Vries"));
  EXPECT_TRUE(heeft(body, "GOV-6", "waarschuwing", "Gemeente Lindenwaard"));
  for (const auto& b : body["_embedded"]["bevindingen"]) {
    EXPECT_FALSE(b["uitleg"].get<std::string>().empty());
    EXPECT_FALSE(b["remedie"].get<std::string>().empty());
    EXPECT_EQ(b["uitleg"].get<std::string>().find('{'), std::string::npos) << b["uitleg"];
    if (b["requirement"] == "GOV-6") {
      EXPECT_EQ(b["waarden"]["uren"], "300");
      EXPECT_NE(b["uitleg"].get<std::string>().find("300 uur"), std::string::npos);
    }
  }
}

// GOV-9, GOV-4: before any rol started, every deelnemer lacks both aanspreekpunten.
TEST_F(GovernanceE2eTest, PeildatumVoorDeBenoemingenGeeftElkeDeelnemerEenGov4Bevinding) {
  auto body = bevindingen("accountmanager", "?peildatum=2022-12-31");
  int gov4 = 0;
  for (const auto& b : body["_embedded"]["bevindingen"]) {
    if (b["requirement"] == "GOV-4") ++gov4;
  }
  // 10 deelnemers (the niet-deelnemer starts in 2023), each without either role.
  EXPECT_EQ(gov4, 20);
  auto invalid = server_->api(
      "GET", "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/bevindingen?peildatum=x",
      "beheerder");
  EXPECT_EQ(invalid.status, 400);
  EXPECT_EQ(invalid.header("Content-Type"), "application/problem+json");
}

// GOV-9: an opdrachtgever sees its own view: only findings about its own organisatie.
TEST_F(GovernanceE2eTest, OpdrachtgeverZietAlleenBevindingenOverDeEigenOrganisatie) {
  auto body = bevindingen("opdrachtgever");
  EXPECT_TRUE(body["eigenWeergave"].get<bool>());
  EXPECT_FALSE(heeft(body, "GOV-4", "fout", "Gemeente Zandhorst"));
  for (const auto& b : body["_embedded"]["bevindingen"]) {
    bool beekdal = false;
    for (const auto& o : b["organisaties"]) beekdal = beekdal || o["naam"] == "Gemeente Beekdal";
    EXPECT_TRUE(beekdal) << b.dump();
  }
  auto andere = server_->api("GET", "/api/v1/regios/999/bevindingen", "beheerder");
  EXPECT_EQ(andere.status, 404);
}

// GOV-9: the health page in Dutch, reachable from the regio page.
TEST_F(GovernanceE2eTest, GezondheidspaginaToontBevindingenInHetNederlands) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("beheerder"));
  auto regio = browser.get("/regio");
  ASSERT_EQ(regio.status, 200);
  EXPECT_NE(regio.body.find("href=\"/regio/bevindingen\""), std::string::npos);
  auto page = browser.get("/regio/bevindingen?peildatum=28-11-2026");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Gemeente Zandhorst"), std::string::npos);
  EXPECT_NE(page.body.find("geen ambtelijk opdrachtgever"), std::string::npos);
  EXPECT_NE(page.body.find("Benoem één ambtelijk opdrachtgever"), std::string::npos);
  EXPECT_NE(page.body.find("300 uur per jaar"), std::string::npos);
  EXPECT_NE(page.body.find("op 28-11-2026"), std::string::npos);
}

}  // namespace
}  // namespace regie::e2e
