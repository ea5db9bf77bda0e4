// OPD-8 over HTTP, as the opdracht page shows it: an offered opdracht has no Aanvaarden button
// until the omgevingsdienst has recorded its interne afstemming; the form names every missing
// field in Dutch and keeps what was typed; the record shows on both sides, read-only for the
// opdrachtgever; then acceptance goes ahead. A real server with the demo in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

using testhulp::bevat;

class InterneAfstemmingE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  std::string etag(Id id) {
    return server_->api("GET", "/api/v1/opdrachten/" + std::to_string(id), "beheerder")
        .header("ETag");
  }

  // A copy of the demo's accepted asbest opdracht, drafted and offered by Pieter de Boer.
  Id aangeboden() {
    auto lijst =
        json::parse(server_->api("GET", "/api/v1/opdrachten?status=aanvaard", "beheerder").body);
    Id bron_id = 0;
    for (const auto& o : lijst["_embedded"]["opdrachten"]) {
      if (o["soort"] == "maatwerk") bron_id = o["id"].get<Id>();
    }
    EXPECT_NE(bron_id, 0);
    json bron = json::parse(
        server_->api("GET", "/api/v1/opdrachten/" + std::to_string(bron_id), "beheerder").body);
    for (const char* weg :
         {"id", "regioId", "status", "inhoudsversie", "totaalBedrag", "totaalUren", "versie",
          "controle", "mogelijkeStappen", "namens", "_links"}) {
      bron.erase(weg);
    }
    bron["titel"] = "Asbest, tweede ronde";
    auto r = server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", bron.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    Id id = json::parse(r.body)["id"];
    auto a =
        server_->api("POST", "/api/v1/opdrachten/" + std::to_string(id) + "/overgangen",
                     "opdrachtgever", json{{"stap", "aanbieden"}}.dump(), {{"If-Match", etag(id)}});
    EXPECT_EQ(a.status, 201) << a.body;
    return id;
  }

  std::unique_ptr<TestServer> server_;
};

// OPD-8
TEST_F(InterneAfstemmingE2eTest, OPD8_AanvaardenWachtOpDeAfstemmingDieDeOmgevingsdienstVastlegt) {
  const Id id = aangeboden();
  const std::string pad = "/opdrachten/" + std::to_string(id);
  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("accountmanager"));
  auto voor = html_unescape(am.get(pad).body);
  EXPECT_FALSE(bevat(voor, "name=\"stap\" value=\"aanvaarden\"")) << voor;
  EXPECT_TRUE(bevat(voor, "name=\"stap\" value=\"terugleggen\""));
  EXPECT_TRUE(bevat(voor, "Aanvaarden kan pas als de omgevingsdienst de interne afstemming"));
  EXPECT_TRUE(bevat(voor, "Er is nog geen interne afstemming vastgelegd."));
  EXPECT_TRUE(bevat(voor,
                    "<legend class=\"utrecht-form-fieldset__legend\">Interne afstemming "
                    "vastleggen</legend>"));

  // Nothing filled in but the teams and a condition without a toelichting: every error in Dutch,
  // the teams kept.
  auto fout = am.post(pad + "/interne-afstemmingen",
                      {{"teams", "Team asbest"}, {"uitkomst", "onder_voorwaarden"}});
  EXPECT_EQ(fout.status, 400);
  auto fout_html = html_unescape(fout.body);
  EXPECT_TRUE(bevat(fout_html, "Team asbest")) << fout_html;
  EXPECT_TRUE(bevat(fout_html, "geef een toelichting: welke voorwaarden"));
  EXPECT_TRUE(bevat(fout_html, "id=\"afstemming-capaciteit-fout\"")) << fout_html;
  EXPECT_TRUE(bevat(fout_html, "id=\"afstemming-effecten-fout\""));

  auto goed = am.post(pad + "/interne-afstemmingen",
                      {{"teams", "Team asbest en team toezicht"},
                       {"capaciteit", "Twee inspecteurs vrij vanaf april"},
                       {"effecten", "Reguliere controles schuiven een maand"},
                       {"uitkomst", "onder_voorwaarden"},
                       {"toelichting", "Start niet voor april"}});
  ASSERT_EQ(goed.status, 303) << goed.body;
  EXPECT_TRUE(bevat(goed.header("Location"), "melding=interne_afstemming_vastgelegd"));
  const auto naar = goed.header("Location");
  auto na = html_unescape(am.get(naar.substr(0, naar.find('#'))).body);
  EXPECT_TRUE(bevat(na, "De interne afstemming is vastgelegd.")) << na;
  EXPECT_TRUE(bevat(na, "(geldt voor deze aanbieding)"));
  EXPECT_TRUE(bevat(na, "Uitvoerbaar onder voorwaarden"));
  EXPECT_TRUE(bevat(na, "Thomas Bakker, accountmanager voor Gemeente Beekdal"));
  EXPECT_TRUE(bevat(na, "name=\"stap\" value=\"aanvaarden\""));

  // The opdrachtgever reads it, without a form; the API says acceptance no longer waits.
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto og_html = html_unescape(og.get(pad).body);
  EXPECT_TRUE(bevat(og_html, "Twee inspecteurs vrij vanaf april"));
  EXPECT_FALSE(bevat(og_html, "Interne afstemming vastleggen</legend>"));
  auto api = json::parse(
      server_
          ->api("GET", "/api/v1/opdrachten/" + std::to_string(id) + "/interne-afstemmingen",
                "opdrachtgever")
          .body);
  EXPECT_TRUE(api["aanvaardenWacht"].is_null());
  EXPECT_EQ(api["_embedded"]["interneAfstemmingen"].size(), 1U);
  EXPECT_EQ(api["_embedded"]["interneAfstemmingen"][0]["uitkomst"], "onder_voorwaarden");
  EXPECT_FALSE(api["magVastleggen"].get<bool>());

  auto aanvaard =
      am.post(pad + "/stappen",
              {{"stap", "aanvaarden"}, {"versie", std::to_string(std::stoll(etag(id).substr(1)))}});
  EXPECT_EQ(aanvaard.status, 303) << aanvaard.body;
  auto json_na = json::parse(
      server_->api("GET", "/api/v1/opdrachten/" + std::to_string(id), "beheerder").body);
  EXPECT_EQ(json_na["status"], "aanvaard");
}

// OPD-8: the API refuses acceptance without an afstemming with the reason, and refuses an
// afstemming from the opdrachtgever.
TEST_F(InterneAfstemmingE2eTest, OPD8_ApiWeigertAanvaardenZonderAfstemming) {
  const Id id = aangeboden();
  const std::string pad = "/api/v1/opdrachten/" + std::to_string(id);
  auto te_vroeg = server_->api("POST", pad + "/overgangen", "accountmanager",
                               json{{"stap", "aanvaarden"}}.dump(), {{"If-Match", etag(id)}});
  EXPECT_EQ(te_vroeg.status, 400);
  EXPECT_TRUE(bevat(te_vroeg.body, "interne afstemming")) << te_vroeg.body;
  EXPECT_EQ(server_->interne_afstemming(id, "opdrachtgever").status, 403);
  auto gemaakt = server_->interne_afstemming(id);
  ASSERT_EQ(gemaakt.status, 201) << gemaakt.body;
  auto een = server_->api("GET", gemaakt.header("Location"), "opdrachtgever");
  EXPECT_EQ(een.status, 200) << gemaakt.header("Location");
  EXPECT_EQ(json::parse(een.body)["vastgelegdDoor"],
            "Thomas Bakker, accountmanager voor Gemeente Beekdal");
  EXPECT_EQ(server_
                ->api("POST", pad + "/overgangen", "accountmanager",
                      json{{"stap", "aanvaarden"}}.dump(), {{"If-Match", etag(id)}})
                .status,
            201);
}

}  // namespace
}  // namespace regie::e2e
