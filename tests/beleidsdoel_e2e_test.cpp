// OPD-7 over HTTP: an opdracht names the policy products of the Big 8 it serves and which doelen
// and keuzes from them; the product's step page lists the opdrachten that serve it. A real server
// with the demo in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

using testhulp::bevat;

class BeleidsdoelE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
    auto lijst = json::parse(server_->api("GET", "/api/v1/opdrachten", "beheerder").body);
    for (const auto& o : lijst["_embedded"]["opdrachten"]) {
      opdrachten_[o["titel"].get<std::string>()] = o["id"].get<Id>();
    }
  }

  std::string doelen_pad(const std::string& titel) {
    return "/api/v1/opdrachten/" + std::to_string(opdrachten_.at(titel)) + "/beleidsdoelen";
  }

  std::unique_ptr<TestServer> server_;
  std::map<std::string, Id> opdrachten_;
};

// OPD-7: the demo's programme and asbest opdracht name the strategy the colleges adopted; the
// strategy's page shows them; the evenementen concept names nothing yet and says so.
TEST_F(BeleidsdoelE2eTest, OPD7_OpdrachtNoemtDeStrategieEnDeStrategieToontWieHaarDient) {
  auto lijst = json::parse(
      server_->api("GET", doelen_pad("Toezicht asbest Beekdal 2027"), "bestuurder").body);
  const auto& doelen = lijst["_embedded"]["beleidsdoelen"];
  ASSERT_EQ(doelen.size(), 1u) << lijst;
  EXPECT_EQ(doelen[0]["product"]["soort"], "strategie");
  EXPECT_EQ(doelen[0]["product"]["titel"],
            "Regionale uitvoerings- en handhavingsstrategie 2027-2030");
  EXPECT_EQ(doelen[0]["product"]["vastgesteldDoor"], "colleges");
  EXPECT_TRUE(bevat(doelen[0]["beleidskeuzes"], "Prioriteit asbest"));
  EXPECT_EQ(doelen[0]["genoemdDoor"], "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(lijst["magWijzigen"], false);  // the bestuurder takes no step itself

  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("bestuurder"));
  const Id stap = doelen[0]["product"]["stapId"];
  auto strategie = browser.get("/regio/beleidscyclus/stappen/" + std::to_string(stap));
  ASSERT_EQ(strategie.status, 200);
  EXPECT_TRUE(bevat(strategie.body, "Opdrachten die dit beleid dienen"));
  EXPECT_TRUE(bevat(strategie.body, "Regionaal uitvoeringsprogramma VTH 2027"));
  EXPECT_TRUE(bevat(strategie.body, "Toezicht asbest Beekdal 2027"));
  auto ontwerp = browser.get(
      "/opdrachten/" + std::to_string(opdrachten_.at("Extra toezicht evenementen Beekdal 2027")));
  EXPECT_TRUE(bevat(ontwerp.body, "Deze opdracht noemt nog geen doelen of beleidskeuzes"));
  EXPECT_FALSE(bevat(ontwerp.body, "beleidsdoel-formulier"));
}

// OPD-7: the opdrachtgever names the risicoanalyse on the concept through the page: a Dutch error
// that keeps what was chosen, then the record, then it is removed again.
TEST_F(BeleidsdoelE2eTest, OPD7_OpdrachtgeverNoemtEnVerwijdertEenDoelViaDePagina) {
  const std::string pad =
      "/opdrachten/" + std::to_string(opdrachten_.at("Extra toezicht evenementen Beekdal 2027"));
  auto keuzes = json::parse(
      server_->api("GET", doelen_pad("Extra toezicht evenementen Beekdal 2027"), "opdrachtgever")
          .body)["keuzes"];
  std::string analyse;
  for (const auto& k : keuzes) {
    if (k["soort"] == "risicoanalyse") analyse = std::to_string(k["documentId"].get<Id>());
  }
  ASSERT_FALSE(analyse.empty()) << keuzes;
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  auto pagina = browser.get(pad);
  ASSERT_TRUE(bevat(pagina.body, "beleidsdoel-formulier"));
  auto fout =
      browser.post(pad + "/beleidsdoelen", {{"documentId", analyse}, {"beleidskeuzes", ""}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_TRUE(bevat(fout.body, "id=\"beleidsdoel-beleidskeuzes-fout\""));
  EXPECT_TRUE(bevat(fout.body, "value=\"" + analyse + "\" selected"));
  auto goed =
      browser.post(pad + "/beleidsdoelen",
                   {{"documentId", analyse},
                    {"beleidskeuzes", "Evenementen met verhoogd risico op geluidsoverlast"}});
  ASSERT_EQ(goed.status, 303);
  auto location = goed.header("Location");
  EXPECT_TRUE(bevat(location, "melding=beleidsdoel_genoemd"));
  auto terug = browser.get(location.substr(0, location.find('#')));
  EXPECT_TRUE(bevat(terug.body, "Het doel is genoemd bij de opdracht."));
  EXPECT_TRUE(bevat(terug.body, "Evenementen met verhoogd risico op geluidsoverlast"));
  EXPECT_TRUE(bevat(terug.body, "Regionale omgevingsanalyse en risicoanalyse VTH 2027-2030"));

  auto lijst = json::parse(
      server_->api("GET", doelen_pad("Extra toezicht evenementen Beekdal 2027"), "opdrachtgever")
          .body);
  ASSERT_EQ(lijst["_embedded"]["beleidsdoelen"].size(), 1u);
  Id doel = lijst["_embedded"]["beleidsdoelen"][0]["id"];
  // Naming it again is refused with the reason.
  auto dubbel =
      server_->api("POST", doelen_pad("Extra toezicht evenementen Beekdal 2027"), "accountmanager",
                   json{{"documentId", std::stoll(analyse)}, {"beleidskeuzes", "Nog eens"}}.dump());
  EXPECT_EQ(dubbel.status, 400);
  EXPECT_TRUE(bevat(dubbel.body, "deze opdracht noemt dit beleidsproduct al")) << dubbel.body;
  auto weg = browser.post(pad + "/beleidsdoelen/" + std::to_string(doel) + "/verwijderen", {});
  ASSERT_EQ(weg.status, 303);
  EXPECT_TRUE(bevat(weg.header("Location"), "melding=beleidsdoel_verwijderd"));
  EXPECT_TRUE(json::parse(server_
                              ->api("GET", doelen_pad("Extra toezicht evenementen Beekdal 2027"),
                                    "opdrachtgever")
                              .body)["_embedded"]["beleidsdoelen"]
                  .empty());
}

// OPD-7: only a policy product of the regio (not a bijdrage, not an unknown id), only by a side.
TEST_F(BeleidsdoelE2eTest, OPD7_AlleenEenBeleidsproductEnAlleenDoorEenKant) {
  const auto pad = doelen_pad("Extra toezicht evenementen Beekdal 2027");
  auto cyclus = json::parse(
      server_
          ->api("GET", "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/beleidscyclus",
                "beheerder")
          .body);
  Id programma = 0;
  for (const auto& s : cyclus["_embedded"]["stappen"]) {
    if (s["code"] == "planning_en_control") programma = s["id"];
  }
  auto stap = json::parse(server_
                              ->api("GET",
                                    "/api/v1/regios/" + std::to_string(server_->regio_id()) +
                                        "/beleidscyclus/stappen/" + std::to_string(programma),
                                    "beheerder")
                              .body);
  Id bijdrage = 0;
  for (const auto& d : stap["_embedded"]["documenten"]) {
    if (d["soort"] == "bijdrage") bijdrage = d["id"];
  }
  ASSERT_NE(bijdrage, 0);
  for (Id document : {bijdrage, Id{999'999}}) {
    auto r = server_->api("POST", pad, "opdrachtgever",
                          json{{"documentId", document}, {"beleidskeuzes", "Iets"}}.dump());
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_TRUE(bevat(r.body, "documentId")) << r.body;
  }
  EXPECT_EQ(server_
                ->api("POST", pad, "medewerker",
                      json{{"documentId", bijdrage}, {"beleidskeuzes", "Iets"}}.dump())
                .status,
            403);
}

}  // namespace
}  // namespace regie::e2e
