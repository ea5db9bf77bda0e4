// COMP-1 over HTTP: the yearly competence self-assessment and the regio's aggregate, through the
// API and the HTML pages, against a real server with the demo regio in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "domain/audit/audit_repository.hpp"
#include "domain/competenties/competenties.hpp"
#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;
using competenties::Profiel;

class CompetentieE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
    jaar_ = server_->clock().vandaag().jaar();
  }

  // The account's own self-assessments through the API.
  json eigen(const std::string& account) {
    auto response = server_->api("GET", "/api/v1/zelfbeoordelingen", account);
    EXPECT_EQ(response.status, 200) << response.body;
    return json::parse(response.body)["_embedded"]["zelfbeoordelingen"];
  }

  // The id of the account's self-assessment for a jaar and profiel (0 when none).
  Id eigen_id(const std::string& account, int jaar, const std::string& profiel) {
    for (const auto& z : eigen(account)) {
      if (z["jaar"] == jaar && z["profiel"] == profiel) return z["id"].get<Id>();
    }
    return 0;
  }

  static json body(int jaar, Profiel profiel, int score) {
    json scores = json::array();
    for (const auto& c : competenties::catalogus(profiel)) {
      scores.push_back({{"competentie", std::string(c.code)}, {"score", score}});
    }
    return {
        {"jaar", jaar}, {"profiel", std::string(competenties::code(profiel))}, {"scores", scores}};
  }

  json overzicht(const std::string& account, const std::string& query = "") {
    auto response = server_->api(
        "GET",
        "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/competentie-overzicht" + query,
        account);
    EXPECT_EQ(response.status, 200) << response.body;
    return json::parse(response.body);
  }

  static const json& profiel(const json& body, const std::string& naam) {
    for (const auto& p : body["_embedded"]["profielen"]) {
      if (p["profiel"] == naam) return p;
    }
    static const json kLeeg;
    return kLeeg;
  }

  std::unique_ptr<TestServer> server_;
  int jaar_ = 0;
};

// COMP-1: the catalogue holds both profiles of the guide with their descriptions.
TEST_F(CompetentieE2eTest, CatalogusBevatBeideProfielenMetOmschrijving) {
  auto response = server_->api("GET", "/api/v1/competenties", "bestuurder");
  ASSERT_EQ(response.status, 200) << response.body;
  auto body = json::parse(response.body);
  ASSERT_EQ(body["_embedded"]["profielen"].size(), 2u);
  EXPECT_EQ(response.header("X-Total-Count"), "2");
  EXPECT_EQ(profiel(body, "accountmanager")["competenties"].size(), 12u);
  EXPECT_EQ(profiel(body, "opdrachtgever")["competenties"].size(), 14u);
  EXPECT_NE(response.body.find("Politiek-bestuurlijke sensitiviteit"), std::string::npos);
  EXPECT_EQ(server_->api("GET", "/api/v1/competenties", "").status, 401);
}

// COMP-1: one's own assessments can be read and edited with If-Match; someone else's cannot be
// read or edited by anyone, the beheerder included (404, as if it did not exist).
TEST_F(CompetentieE2eTest, EigenZelfbeoordelingLezenEnWijzigenVanEenAnderNiet) {
  Id eigen_og = eigen_id("opdrachtgever", jaar_, "opdrachtgever");
  Id van_am = eigen_id("accountmanager", jaar_, "accountmanager");
  ASSERT_GT(eigen_og, 0);
  ASSERT_GT(van_am, 0);
  EXPECT_EQ(eigen("opdrachtgever").size(), 2u);  // this year and last year
  EXPECT_TRUE(eigen("beheerder").empty());       // not linked to a persoon

  std::string pad = "/api/v1/zelfbeoordelingen/" + std::to_string(eigen_og);
  auto gelezen = server_->api("GET", pad, "opdrachtgever");
  ASSERT_EQ(gelezen.status, 200) << gelezen.body;
  EXPECT_EQ(gelezen.header("ETag"), "\"1\"");
  EXPECT_EQ(json::parse(gelezen.body)["persoonId"], server_->persoon_id("Pieter de Boer"));
  for (const std::string account : {"beheerder", "accountmanager", "directie", "bestuurder"}) {
    SCOPED_TRACE(account);
    EXPECT_EQ(server_->api("GET", pad, account).status, 404);
    EXPECT_EQ(server_
                  ->api("PUT", pad, account, body(jaar_, Profiel::kOpdrachtgever, 1).dump(),
                        {{"If-Match", "\"1\""}})
                  .status,
              404);
  }
  EXPECT_EQ(
      server_->api("GET", "/api/v1/zelfbeoordelingen/" + std::to_string(van_am), "opdrachtgever")
          .status,
      404);

  auto zonder_versie =
      server_->api("PUT", pad, "opdrachtgever", body(jaar_, Profiel::kOpdrachtgever, 5).dump());
  EXPECT_EQ(zonder_versie.status, 428);
  auto gewijzigd =
      server_->api("PUT", pad, "opdrachtgever", body(jaar_, Profiel::kOpdrachtgever, 5).dump(),
                   {{"If-Match", "\"1\""}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  EXPECT_EQ(gewijzigd.header("ETag"), "\"2\"");
  EXPECT_EQ(json::parse(gewijzigd.body)["scores"][0]["score"], 5);
  auto verouderd =
      server_->api("PUT", pad, "opdrachtgever", body(jaar_, Profiel::kOpdrachtgever, 4).dump(),
                   {{"If-Match", "\"1\""}});
  EXPECT_EQ(verouderd.status, 409);
  auto ander_jaar =
      server_->api("PUT", pad, "opdrachtgever", body(jaar_ - 3, Profiel::kOpdrachtgever, 4).dump(),
                   {{"If-Match", "\"2\""}});
  EXPECT_EQ(ander_jaar.status, 400);
  EXPECT_NE(ander_jaar.body.find("jaar"), std::string::npos);
}

// COMP-1: a bad score gives 400 naming the field; one per jaar and profiel; an account without
// a linked persoon cannot fill one in. The audit log names the object, never the scores.
TEST_F(CompetentieE2eTest, OngeldigeScoreDubbeleEnOngekoppeldeWordenGeweigerd) {
  auto fout = body(jaar_ - 1, Profiel::kAccountmanager, 3);
  fout["scores"][3]["score"] = 7;
  fout["scores"].erase(5);
  auto response = server_->api("POST", "/api/v1/zelfbeoordelingen", "accountmanager", fout.dump());
  ASSERT_EQ(response.status, 400) << response.body;
  EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
  auto detail = json::parse(response.body)["detail"].get<std::string>();
  EXPECT_NE(detail.find("scores.verbindend: de score moet 1, 2, 3, 4 of 5 zijn"), std::string::npos)
      << detail;
  EXPECT_NE(detail.find("scores.alert: kies een score van 1 tot en met 5"), std::string::npos)
      << detail;

  auto nieuw = server_->api("POST", "/api/v1/zelfbeoordelingen", "accountmanager",
                            body(jaar_ - 1, Profiel::kAccountmanager, 3).dump());
  ASSERT_EQ(nieuw.status, 201) << nieuw.body;
  auto id = json::parse(nieuw.body)["id"].get<Id>();
  EXPECT_EQ(nieuw.header("Location"), "/api/v1/zelfbeoordelingen/" + std::to_string(id));
  auto dubbel = server_->api("POST", "/api/v1/zelfbeoordelingen", "accountmanager",
                             body(jaar_ - 1, Profiel::kAccountmanager, 4).dump());
  EXPECT_EQ(dubbel.status, 409);
  EXPECT_NE(dubbel.body.find("al een zelfbeoordeling"), std::string::npos);
  EXPECT_EQ(server_
                ->api("POST", "/api/v1/zelfbeoordelingen", "beheerder",
                      body(jaar_, Profiel::kOpdrachtgever, 3).dump())
                .status,
            403);

  auto uow = server_->store().begin(Toegang::kLezen);
  ASSERT_TRUE(uow.ok());
  auto audit = (*uow)->audit().list(0, 10'000);
  ASSERT_TRUE(audit.ok());
  bool gevonden = false;
  for (const auto& e : *audit) {
    if (e.actie.rfind("zelfbeoordeling.", 0) != 0) continue;
    EXPECT_EQ(e.object.rfind("zelfbeoordeling", 0), 0u) << e.object;
    EXPECT_EQ(e.object.find("score"), std::string::npos);
    gevonden = gevonden || e.object == "zelfbeoordeling/" + std::to_string(id);
  }
  EXPECT_TRUE(gevonden);
}

// COMP-1: the regio sees aggregates only, where training is needed first; a group smaller than
// the minimum shows no figures at all.
TEST_F(CompetentieE2eTest, RegioZietAlleenTotalenEnKleineGroepenNiet) {
  auto body = overzicht("bestuurder");
  EXPECT_EQ(body["jaar"], jaar_);
  EXPECT_EQ(body["minimumGroepsgrootte"], 3);
  const auto& og = profiel(body, "opdrachtgever");
  ASSERT_TRUE(og["getoond"].get<bool>());
  EXPECT_EQ(og["aantalBeoordelingen"], 6);
  const auto& eerste = og["competenties"][0];
  EXPECT_EQ(eerste["competentie"], "politiek_bestuurlijke_sensitiviteit");
  EXPECT_TRUE(eerste["opleidingNodig"].get<bool>());
  EXPECT_EQ(eerste["ontwikkelbehoefte"], 4);
  EXPECT_EQ(eerste["aantalBeoordelingen"], 6);
  EXPECT_EQ(profiel(body, "accountmanager")["competenties"][0]["competentie"], "doortastend");
  // No individual data: no persoon ids, no notes.
  std::string tekst = body.dump();
  EXPECT_EQ(tekst.find("persoonId"), std::string::npos);
  EXPECT_EQ(tekst.find("toelichting"), std::string::npos);
  EXPECT_EQ(tekst.find("terug moet naar het bestuur"), std::string::npos);

  // Last year only two opdrachtgevers assessed themselves: nothing is shown.
  auto vorig = overzicht("opdrachtgever", "?jaar=" + std::to_string(jaar_ - 1));
  const auto& klein = profiel(vorig, "opdrachtgever");
  EXPECT_FALSE(klein["getoond"].get<bool>());
  EXPECT_TRUE(klein["aantalBeoordelingen"].is_null());
  for (const auto& c : klein["competenties"]) {
    EXPECT_FALSE(c["getoond"].get<bool>());
    EXPECT_TRUE(c["gemiddelde"].is_null());
    EXPECT_TRUE(c["ontwikkelbehoefte"].is_null());
  }

  auto pad = "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/competentie-overzicht";
  EXPECT_EQ(server_->api("GET", pad + "?jaar=1999", "beheerder").status, 400);
  EXPECT_EQ(server_->api("GET", "/api/v1/regios/999/competentie-overzicht", "beheerder").status,
            404);
}

// COMP-1: the pages: Mijn competenties, the form (errors named, conflict in Dutch), another's
// assessment refused, and the regio page stating that individual scores are not shown.
TEST_F(CompetentieE2eTest, PaginasMijnCompetentiesFormulierEnRegio) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("accountmanager"));
  auto start = browser.get("/");
  EXPECT_NE(start.body.find("href=\"/competenties\""), std::string::npos);
  auto mijn = browser.get("/competenties");
  ASSERT_EQ(mijn.status, 200);
  EXPECT_NE(mijn.body.find("Mijn competenties"), std::string::npos);
  EXPECT_NE(mijn.body.find("Accountmanager"), std::string::npos);
  EXPECT_NE(mijn.body.find("als accountmanager wijzigen"), std::string::npos);
  // Only the profile of one's own hats is offered.
  EXPECT_EQ(mijn.body.find("als opdrachtgever invullen"), std::string::npos);
  EXPECT_NE(browser.get("/regio").body.find("href=\"/regio/competenties\""), std::string::npos);

  auto formulier =
      browser.get("/competenties/nieuw?profiel=accountmanager&jaar=" + std::to_string(jaar_ - 1));
  ASSERT_EQ(formulier.status, 200);
  EXPECT_NE(formulier.body.find("type=\"radio\""), std::string::npos);
  EXPECT_NE(formulier.body.find("<legend class=\"utrecht-form-fieldset__legend\">Relatie</legend>"),
            std::string::npos);
  EXPECT_NE(formulier.body.find("Treedt doortastend op"), std::string::npos);  // help text

  Form velden = {{"jaar", std::to_string(jaar_ - 1)}, {"profiel", "accountmanager"}};
  for (const auto& c : competenties::catalogus(Profiel::kAccountmanager)) {
    if (c.code != "alert") velden.emplace_back(competenties::score_veld(c.code), "4");
  }
  auto onvolledig = browser.post("/competenties", velden);
  EXPECT_EQ(onvolledig.status, 400);
  EXPECT_NE(onvolledig.body.find("Alert: kies een score van 1 tot en met 5"), std::string::npos);
  velden.emplace_back("scores.alert", "2");
  velden.emplace_back("toelichtingen.alert", "Meer signaleren");
  auto opgeslagen = browser.post("/competenties", velden);
  ASSERT_EQ(opgeslagen.status, 303) << opgeslagen.body;

  Id id = eigen_id("accountmanager", jaar_ - 1, "accountmanager");
  ASSERT_GT(id, 0);
  auto bewerken = browser.get("/competenties/" + std::to_string(id));
  ASSERT_EQ(bewerken.status, 200);
  EXPECT_NE(bewerken.body.find("Meer signaleren"), std::string::npos);
  Form wijziging = {{"versie", "1"}, {"scores.alert", "3"}};
  for (const auto& c : competenties::catalogus(Profiel::kAccountmanager)) {
    if (c.code != "alert") wijziging.emplace_back(competenties::score_veld(c.code), "4");
  }
  ASSERT_EQ(browser.post("/competenties/" + std::to_string(id), wijziging).status, 303);
  auto conflict = browser.post("/competenties/" + std::to_string(id), wijziging);  // versie 1 again
  EXPECT_EQ(conflict.status, 409);
  EXPECT_NE(conflict.body.find("Uw wijziging is nog niet opgeslagen"), std::string::npos);

  Browser ander(server_->port());
  ASSERT_TRUE(ander.login_demo("opdrachtgever"));
  auto eigen = ander.get("/competenties").body;
  EXPECT_NE(eigen.find("als opdrachtgever"), std::string::npos);
  EXPECT_EQ(eigen.find("als accountmanager"), std::string::npos);
  Browser directie(server_->port());
  ASSERT_TRUE(directie.login_demo("directie"));
  auto geen = html_unescape(directie.get("/competenties").body);
  EXPECT_NE(geen.find("Bij uw rollen van vandaag hoort geen van beide"), std::string::npos);
  EXPECT_EQ(geen.find("invullen</a>"), std::string::npos);
  EXPECT_EQ(ander.get("/competenties/" + std::to_string(id)).status, 404);
  EXPECT_EQ(ander.post("/competenties/" + std::to_string(id), wijziging).status, 404);

  auto regio = ander.get("/regio/competenties");
  ASSERT_EQ(regio.status, 200);
  EXPECT_NE(regio.body.find("Individuele scores worden niet getoond"), std::string::npos);
  EXPECT_NE(regio.body.find("Ja, opleiding nodig"), std::string::npos);
  auto vorig = ander.get("/regio/competenties?jaar=" + std::to_string(jaar_ - 1));
  EXPECT_NE(vorig.body.find("de cijfers worden niet getoond"), std::string::npos);
  auto gesorteerd = ander.get("/regio/competenties?sorteer=naam");
  EXPECT_NE(gesorteerd.body.find("aria-sort=\"ascending\""), std::string::npos);
}

}  // namespace
}  // namespace regie::e2e
