// B8-1..B8-4 over HTTP: the Big 8 cycle of the demo regio through the API and the HTML pages,
// against a real server with a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "domain/audit/audit_repository.hpp"
#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

class BeleidscyclusE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
    auto cyclus = get_cyclus("beheerder");
    for (const auto& s : cyclus["_embedded"]["stappen"]) {
      stap_ids_[s["code"].get<std::string>()] = s["id"].get<Id>();
    }
    ASSERT_EQ(stap_ids_.size(), 8u);
  }

  std::string pad(const std::string& rest = "") const {
    return "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/beleidscyclus" + rest;
  }
  std::string stap_pad(const std::string& code, const std::string& rest = "") const {
    return pad("/stappen/" + std::to_string(stap_ids_.at(code)) + rest);
  }

  json get_cyclus(const std::string& account) {
    auto response = server_->api("GET", pad(), account);
    EXPECT_EQ(response.status, 200) << response.body;
    return json::parse(response.body, nullptr, false);
  }

  HttpResponse get_stap(const std::string& code, const std::string& account = "beheerder") {
    return server_->api("GET", stap_pad(code), account);
  }

  bool heeft_audit(const std::string& actie, const std::string& resultaat) {
    auto uow = server_->store().begin(Toegang::kLezen);
    if (!uow.ok()) return false;
    auto regels = (*uow)->audit().list(0, 100'000);
    if (!regels.ok()) return false;
    for (const auto& r : *regels) {
      if (r.actie == actie && r.resultaat == resultaat) return true;
    }
    return false;
  }

  std::unique_ptr<TestServer> server_;
  std::map<std::string, Id> stap_ids_;
};

// B8-1: the eight steps in order, with the demo's current position and its late strategy.
TEST_F(BeleidscyclusE2eTest, CyclusToontAchtStappenHuidigePositieEnWatTeLaatIs) {
  auto cyclus = get_cyclus("bestuurder");
  const auto& stappen = cyclus["_embedded"]["stappen"];
  ASSERT_EQ(stappen.size(), 8u);
  const char* kCodes[] = {"strategisch_beleidskader",
                          "doelen_en_prioriteiten",
                          "operationeel_beleidskader",
                          "planning_en_control",
                          "voorbereiden",
                          "uitvoering",
                          "monitoring",
                          "rapportage_en_evaluatie"};
  for (std::size_t i = 0; i < stappen.size(); ++i) {
    EXPECT_EQ(stappen[i]["code"], kCodes[i]);
    EXPECT_EQ(stappen[i]["volgorde"], static_cast<int>(i) + 1);
    EXPECT_EQ(stappen[i]["ritme"], i < 3 ? "vierjaarlijks" : "jaarlijks");
    EXPECT_FALSE(stappen[i]["eigenaarNaam"].is_null()) << kCodes[i];
  }
  EXPECT_EQ(stappen[0]["periode"], "2027-2030");
  EXPECT_EQ(stappen[0]["status"], "afgerond");
  EXPECT_EQ(stappen[0]["werkelijkEind"], "2026-06-30");
  // The policy round is done (B8-4: the strategy adopted by the colleges); the first step not
  // afgerond is the programme of 2027 (step 4), moved to 26-11-2026 and still open.
  EXPECT_EQ(stappen[2]["status"], "afgerond");
  const Id programma = stap_ids_.at("planning_en_control");
  EXPECT_EQ(cyclus["huidigeStapId"], programma);
  bool laat = false;
  for (const auto& id : cyclus["teLaat"]) laat = laat || id == programma;
  EXPECT_TRUE(laat) << cyclus["teLaat"];
  for (const auto& id : cyclus["teLaat"]) {
    EXPECT_NE(id, stap_ids_.at("strategisch_beleidskader")) << "een afgeronde stap is nooit laat";
  }
  EXPECT_EQ(stappen[3]["periode"], "2027");
  EXPECT_EQ(stappen[3]["huidig"], true);
  EXPECT_EQ(stappen[3]["teLaat"], true);
  // B8-2: the demo's evaluation conclusion points at the analysis of 2027-2030.
  ASSERT_EQ(cyclus["_embedded"]["evaluatieconclusies"].size(), 1u);
  EXPECT_EQ(cyclus["_embedded"]["evaluatieconclusies"][0]["raaktStapId"],
            stap_ids_.at("strategisch_beleidskader"));

  // Another regio does not exist for this account.
  auto ander = server_->api(
      "GET", "/api/v1/regios/" + std::to_string(server_->regio_id() + 1) + "/beleidscyclus",
      "beheerder");
  EXPECT_EQ(ander.status, 404);
}

// B8-1: a step is edited with If-Match; a stale version is refused; a taken position swaps.
TEST_F(BeleidscyclusE2eTest, StapWijzigenMetIfMatchEnVolgordeRuilt) {
  auto voor = get_stap("monitoring");
  ASSERT_EQ(voor.status, 200);
  std::string etag = voor.header("ETag");
  ASSERT_FALSE(etag.empty());
  json body = {{"naam", "Monitoring en bijsturing"},
               {"volgorde", 6},
               {"periode", "2026"},
               {"status", "bezig"},
               {"geplandBegin", "2026-01-01"},
               {"geplandEind", "2026-12-31"},
               {"werkelijkBegin", "2026-01-02"},
               {"werkelijkEind", nullptr},
               {"eigenaarPersoonId", server_->persoon_id("Femke Visser")}};
  EXPECT_EQ(server_->api("PUT", stap_pad("monitoring"), "beheerder", body.dump()).status, 428);
  EXPECT_EQ(
      server_
          ->api("PUT", stap_pad("monitoring"), "opdrachtgever", body.dump(), {{"If-Match", etag}})
          .status,
      403);
  auto gewijzigd = server_->api("PUT", stap_pad("monitoring"), "accountmanager", body.dump(),
                                {{"If-Match", etag}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  auto stap = json::parse(gewijzigd.body);
  EXPECT_EQ(stap["naam"], "Monitoring en bijsturing");
  EXPECT_EQ(stap["volgorde"], 6);
  EXPECT_EQ(stap["eigenaarNaam"], "Femke Visser");
  EXPECT_NE(gewijzigd.header("ETag"), etag);
  // Step 6 (uitvoering) took position 7.
  auto uitvoering = json::parse(get_stap("uitvoering").body);
  EXPECT_EQ(uitvoering["volgorde"], 7);

  auto verouderd =
      server_->api("PUT", stap_pad("monitoring"), "directie", body.dump(), {{"If-Match", etag}});
  EXPECT_EQ(verouderd.status, 409);

  json fout = body;
  fout["periode"] = "2026-2029";
  fout["status"] = "afgerond";
  auto ongeldig = server_->api("PUT", stap_pad("monitoring"), "beheerder", fout.dump(),
                               {{"If-Match", gewijzigd.header("ETag")}});
  EXPECT_EQ(ongeldig.status, 400);
  EXPECT_NE(ongeldig.body.find("periode"), std::string::npos) << ongeldig.body;
  EXPECT_NE(ongeldig.body.find("werkelijkEind"), std::string::npos) << ongeldig.body;
  EXPECT_TRUE(heeft_audit("cyclusstap.wijzigen", "gelukt"));
}

// B8-4: the demo keeps every round: the programme of 2026 stays with its round while step 4 is
// in 2027, moved once with a reason; the strategy is the adopted product of its round.
TEST_F(BeleidscyclusE2eTest, ElkeRondeBlijftBewaardMetProductEnVaststellendOrgaan) {
  auto programma = json::parse(get_stap("planning_en_control", "opdrachtgever").body);
  EXPECT_EQ(programma["periode"], "2027");
  EXPECT_EQ(programma["vereistProduct"], "uitvoeringsprogramma");
  // UP-4: the demo's programme 2027, vastgesteld by the AB on 20-11-2026, is the round's product.
  EXPECT_EQ(programma["product"]["titel"], "Uitvoeringsprogramma VTH 2027") << programma;
  EXPECT_EQ(programma["product"]["vastgesteldDoor"], "algemeen_bestuur");
  EXPECT_EQ(programma["geplandEind"], "2026-11-26");
  EXPECT_EQ(programma["oorspronkelijkEind"], "2026-11-12");
  EXPECT_EQ(programma["verschoven"], true);
  const auto& rondes = programma["_embedded"]["rondes"];
  ASSERT_EQ(rondes.size(), 1u) << rondes;
  EXPECT_EQ(rondes[0]["periode"], "2026");
  EXPECT_EQ(rondes[0]["status"], "afgerond");
  EXPECT_EQ(rondes[0]["werkelijkEind"], "2025-12-11");
  const auto& verschuivingen = programma["_embedded"]["planwijzigingen"];
  ASSERT_EQ(verschuivingen.size(), 1u);
  EXPECT_EQ(verschuivingen[0]["van"], "2026-11-12");
  EXPECT_EQ(verschuivingen[0]["naar"], "2026-11-26");
  EXPECT_NE(verschuivingen[0]["reden"].get<std::string>().find("teruggelegd"), std::string::npos);
  bool programma_2026 = false;
  bool bijdrage = false;
  for (const auto& d : programma["_embedded"]["documenten"]) {
    programma_2026 =
        programma_2026 ||
        (d["titel"] == "Uitvoeringsprogramma 2026" && d["periode"] == "2026" &&
         d["soort"] == "uitvoeringsprogramma" && d["vastgesteldDoor"] == "algemeen_bestuur");
    bijdrage =
        bijdrage || (d["soort"] == "bijdrage" && d["periode"] == "2027" &&
                     d["door"] == "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");
  }
  EXPECT_TRUE(programma_2026);
  EXPECT_TRUE(bijdrage);

  auto strategie = json::parse(get_stap("operationeel_beleidskader", "bestuurder").body);
  EXPECT_EQ(strategie["status"], "afgerond");
  ASSERT_FALSE(strategie["product"].is_null());
  EXPECT_EQ(strategie["product"]["titel"],
            "Regionale uitvoerings- en handhavingsstrategie 2027-2030");
  EXPECT_EQ(strategie["product"]["vastgesteldDoor"], "colleges");
  EXPECT_EQ(strategie["product"]["vastgesteldOp"], "2026-10-08");

  auto evaluatie = json::parse(get_stap("rapportage_en_evaluatie").body);
  ASSERT_EQ(evaluatie["_embedded"]["rondes"].size(), 1u);
  EXPECT_EQ(evaluatie["_embedded"]["rondes"][0]["periode"], "2025");

  // The step page says it in words.
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("bestuurder"));
  auto pagina = browser.get("/regio/beleidscyclus/stappen/" +
                            std::to_string(stap_ids_.at("planning_en_control")));
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Uitvoeringsprogramma: Uitvoeringsprogramma VTH 2027, vastgesteld "
                             "door het algemeen bestuur op 20-11-2026."),
            std::string::npos)
      << pagina.body;
  EXPECT_NE(pagina.body.find("01-09-2026 t/m 26-11-2026 (verschoven; eerst gepland tot "
                             "12-11-2026)"),
            std::string::npos);
  EXPECT_NE(pagina.body.find("Eerdere rondes van deze stap"), std::string::npos);
  EXPECT_NE(pagina.body.find("door het algemeen bestuur op 11-12-2025"), std::string::npos);
}

// B8-4: afgerond only with the round's adopted product (step 8 has no jaarverslag for 2026 yet;
// step 4's product is the vastgesteld programme 2027); moving the planned end asks a reason and
// keeps the original; a later periode keeps the round left.
TEST_F(BeleidscyclusE2eTest, AfrondenVraagtHetProductEnVerschuivenEenReden) {
  auto verslag = get_stap("rapportage_en_evaluatie");
  auto verslagstap = json::parse(verslag.body);
  json verslag_af = {{"naam", verslagstap["naam"]},
                     {"volgorde", verslagstap["volgorde"]},
                     {"periode", "2026"},
                     {"status", "afgerond"},
                     {"geplandBegin", "2027-01-15"},
                     {"geplandEind", "2027-04-30"},
                     {"werkelijkBegin", "2026-11-02"},
                     {"werkelijkEind", "2026-12-01"},
                     {"eigenaarPersoonId", verslagstap["eigenaarPersoonId"]}};
  auto zonder_product = server_->api("PUT", stap_pad("rapportage_en_evaluatie"), "accountmanager",
                                     verslag_af.dump(), {{"If-Match", verslag.header("ETag")}});
  EXPECT_EQ(zonder_product.status, 400);
  EXPECT_NE(zonder_product.body.find("pas afgerond met zijn product"), std::string::npos)
      << zonder_product.body;

  auto voor = get_stap("planning_en_control");
  auto stap = json::parse(voor.body);
  json body = {{"naam", stap["naam"]},
               {"volgorde", 4},
               {"periode", "2027"},
               {"status", "afgerond"},
               {"geplandBegin", "2026-09-01"},
               {"geplandEind", "2026-11-26"},
               {"werkelijkBegin", "2026-09-01"},
               {"werkelijkEind", "2026-12-01"},
               {"eigenaarPersoonId", stap["eigenaarPersoonId"]}};

  json verschuif = body;
  verschuif["status"] = "bezig";
  verschuif["werkelijkEind"] = nullptr;
  verschuif["geplandEind"] = "2026-12-17";
  auto zonder_reden = server_->api("PUT", stap_pad("planning_en_control"), "accountmanager",
                                   verschuif.dump(), {{"If-Match", voor.header("ETag")}});
  EXPECT_EQ(zonder_reden.status, 400);
  EXPECT_NE(zonder_reden.body.find("redenPlanwijziging"), std::string::npos) << zonder_reden.body;
  verschuif["redenPlanwijziging"] = "Het AB vergadert op 17 december";
  auto verschoven = server_->api("PUT", stap_pad("planning_en_control"), "accountmanager",
                                 verschuif.dump(), {{"If-Match", voor.header("ETag")}});
  ASSERT_EQ(verschoven.status, 200) << verschoven.body;
  auto na = json::parse(verschoven.body);
  EXPECT_EQ(na["oorspronkelijkEind"], "2026-11-12");
  EXPECT_EQ(na["teLaat"], false);
  EXPECT_EQ(na["_embedded"]["planwijzigingen"].size(), 2u);

  // The vastgesteld programme, recorded on the step by its vaststelling, makes it afgerond.
  body["geplandEind"] = "2026-12-17";
  auto af = server_->api("PUT", stap_pad("planning_en_control"), "accountmanager", body.dump(),
                         {{"If-Match", verschoven.header("ETag")}});
  ASSERT_EQ(af.status, 200) << af.body;
  auto afgerond = json::parse(af.body);
  EXPECT_EQ(afgerond["status"], "afgerond");
  EXPECT_EQ(afgerond["product"]["titel"], "Uitvoeringsprogramma VTH 2027");
  EXPECT_EQ(afgerond["product"]["link"].get<std::string>().rfind("/programmas/", 0), 0u);

  // The next round keeps this one, with its product.
  json volgende = body;
  volgende["periode"] = "2028";
  volgende["status"] = "niet_gestart";
  volgende["geplandBegin"] = "2027-09-01";
  volgende["geplandEind"] = "2027-11-30";
  volgende["werkelijkBegin"] = nullptr;
  volgende["werkelijkEind"] = nullptr;
  auto nieuw = server_->api("PUT", stap_pad("planning_en_control"), "accountmanager",
                            volgende.dump(), {{"If-Match", af.header("ETag")}});
  ASSERT_EQ(nieuw.status, 200) << nieuw.body;
  auto ronde = json::parse(nieuw.body);
  EXPECT_TRUE(ronde["product"].is_null());
  EXPECT_EQ(ronde["oorspronkelijkEind"], "2027-11-30");
  ASSERT_EQ(ronde["_embedded"]["rondes"].size(), 2u);
  EXPECT_EQ(ronde["_embedded"]["rondes"][1]["periode"], "2027");
  EXPECT_EQ(ronde["_embedded"]["rondes"][1]["status"], "afgerond");
  // And it does not go back.
  volgende["periode"] = "2027";
  EXPECT_EQ(server_
                ->api("PUT", stap_pad("planning_en_control"), "accountmanager", volgende.dump(),
                      {{"If-Match", nieuw.header("ETag")}})
                .status,
            400);
}

// B8-4: an opdrachtgever contributes a bijdrage through the step page; products are not theirs.
TEST_F(BeleidscyclusE2eTest, OpdrachtgeverDraagtBijViaDeStappagina) {
  const std::string basis =
      "/regio/beleidscyclus/stappen/" + std::to_string(stap_ids_.at("planning_en_control"));
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("anouk.meijer"));
  auto pagina = browser.get(basis);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Bijdrage toevoegen (ronde 2027)"), std::string::npos);
  EXPECT_EQ(pagina.body.find("id=\"document-soort\""), std::string::npos);
  auto fout = browser.post(basis + "/documenten", {{"titel", ""}, {"link", "https://x.nl/a"}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_EQ(field_value(fout.body, "link"), "https://x.nl/a");
  auto gelukt = browser.post(basis + "/documenten",
                             {{"titel", "Wensen Dijkstede 2027"}, {"link", "https://x.nl/d"}});
  ASSERT_EQ(gelukt.status, 303);
  auto location = gelukt.header("Location");
  EXPECT_NE(location.find("melding=bijdrage_toegevoegd"), std::string::npos);
  auto terug = browser.get(location.substr(0, location.find('#')));
  EXPECT_NE(terug.body.find("Uw bijdrage is toegevoegd"), std::string::npos);
  EXPECT_NE(terug.body.find("Wensen Dijkstede 2027"), std::string::npos);
  EXPECT_NE(terug.body.find("Bijdrage van een opdrachtgever"), std::string::npos);
  // A product through the same form is refused with the reason.
  auto product = browser.post(
      basis + "/documenten",
      {{"titel", "UP"}, {"link", "https://x.nl/up"}, {"soort", "uitvoeringsprogramma"}});
  EXPECT_EQ(product.status, 400);
  EXPECT_NE(product.body.find("als opdrachtgever voegt u een bijdrage toe"), std::string::npos);
}

// B8-1: documents (title and link) and decisions on a step.
TEST_F(BeleidscyclusE2eTest, DocumentenEnBesluitenBijEenStap) {
  auto document = server_->api("POST", stap_pad("planning_en_control", "/documenten"), "directie",
                               json{{"titel", "Uitvoeringsprogramma 2027"},
                                    {"link", "https://documenten.voorbeeld.nl/up-2027.pdf"}}
                                   .dump());
  ASSERT_EQ(document.status, 201) << document.body;
  EXPECT_FALSE(document.header("Location").empty());
  auto besluit = server_->api(
      "POST", stap_pad("planning_en_control", "/besluiten"), "beheerder",
      json{{"tekst", "Het AB stelt het UP 2027 vast"}, {"datum", "2026-12-10"}}.dump());
  ASSERT_EQ(besluit.status, 201) << besluit.body;
  EXPECT_EQ(server_
                ->api("POST", stap_pad("planning_en_control", "/documenten"), "medewerker",
                      json{{"titel", "X"}, {"link", "https://x.nl"}}.dump())
                .status,
            403);
  auto slecht = server_->api("POST", stap_pad("planning_en_control", "/documenten"), "beheerder",
                             json{{"titel", ""}, {"link", "javascript:alert(1)"}}.dump());
  EXPECT_EQ(slecht.status, 400);

  auto stap = json::parse(get_stap("planning_en_control", "opdrachtgever").body);
  bool gevonden = false;
  for (const auto& d : stap["_embedded"]["documenten"]) {
    gevonden =
        gevonden || (d["titel"] == "Uitvoeringsprogramma 2027" &&
                     d["door"] == "Marieke Jansen, directie Omgevingsdienst Regio Voorbeeld");
  }
  EXPECT_TRUE(gevonden);
  bool besloten = false;
  for (const auto& b : stap["_embedded"]["besluiten"]) {
    besloten = besloten || (b["datum"] == "2026-12-10");
  }
  EXPECT_TRUE(besloten);
}

// B8-3: an afgerond policy step is reopened with a reason; the history shows who, when, why
// and the status before, in the API and on the step page.
TEST_F(BeleidscyclusE2eTest, BeleidsstapHeropenenMetRedenEnGeschiedenis) {
  const std::string reden = "Nieuwe landelijke risico's voor asbest vragen een bijgestelde analyse";
  const json invoer = {{"reden", reden}, {"geplandEind", "2027-02-15"}};
  EXPECT_EQ(server_
                ->api("POST", stap_pad("strategisch_beleidskader", "/heropeningen"), "beheerder",
                      json{{"reden", "  "}, {"geplandEind", "2027-02-15"}}.dump())
                .status,
            400);
  EXPECT_EQ(server_
                ->api("POST", stap_pad("strategisch_beleidskader", "/heropeningen"), "bestuurder",
                      invoer.dump())
                .status,
            403);
  // Not a policy step; B8-4: a new deadline that has passed.
  auto uitvoering = server_->api("POST", stap_pad("planning_en_control", "/heropeningen"),
                                 "beheerder", invoer.dump());
  EXPECT_EQ(uitvoering.status, 400);
  EXPECT_NE(uitvoering.body.find("beleidsstap"), std::string::npos) << uitvoering.body;
  auto verleden =
      server_->api("POST", stap_pad("strategisch_beleidskader", "/heropeningen"), "beheerder",
                   json{{"reden", reden}, {"geplandEind", "2026-11-30"}}.dump());
  EXPECT_EQ(verleden.status, 400);
  EXPECT_NE(verleden.body.find("kies een nieuwe deadline vanaf vandaag"), std::string::npos)
      << verleden.body;

  // B8-4: the later steps that are bezig or afgerond are named before reopening.
  auto voor = json::parse(get_stap("strategisch_beleidskader").body);
  EXPECT_EQ(voor["geraaktBijHeropenen"].size(), 6u) << voor["geraaktBijHeropenen"];  // 2..7
  auto heropend = server_->api("POST", stap_pad("strategisch_beleidskader", "/heropeningen"),
                               "directie", invoer.dump());
  ASSERT_EQ(heropend.status, 201) << heropend.body;
  auto stap = json::parse(get_stap("strategisch_beleidskader").body);
  EXPECT_EQ(stap["status"], "heropend");
  EXPECT_TRUE(stap["werkelijkEind"].is_null());
  ASSERT_EQ(stap["_embedded"]["heropeningen"].size(), 1u);
  const auto& h = stap["_embedded"]["heropeningen"][0];
  EXPECT_EQ(h["door"], "Marieke Jansen, directie Omgevingsdienst Regio Voorbeeld");  // GOV-10
  EXPECT_EQ(h["reden"], reden);
  EXPECT_EQ(h["vorigeStatus"], "afgerond");
  EXPECT_EQ(h["periode"], "2027-2030");
  EXPECT_EQ(h["nieuwEind"], "2027-02-15");  // B8-4
  EXPECT_EQ(stap["geplandEind"], "2027-02-15");
  EXPECT_EQ(stap["teLaat"], false);
  EXPECT_FALSE(h["tijdstip"].get<std::string>().empty());
  // The reopened step is now the current position.
  EXPECT_EQ(get_cyclus("beheerder")["huidigeStapId"], stap_ids_.at("strategisch_beleidskader"));
  // Reopening again needs it afgerond first.
  EXPECT_EQ(server_
                ->api("POST", stap_pad("strategisch_beleidskader", "/heropeningen"), "beheerder",
                      invoer.dump())
                .status,
            400);
  EXPECT_TRUE(heeft_audit("cyclusstap.heropenen", "gelukt"));

  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  auto pagina = browser.get("/regio/beleidscyclus/stappen/" +
                            std::to_string(stap_ids_.at("strategisch_beleidskader")));
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Nieuwe landelijke risico&apos;s voor asbest"), std::string::npos);
  EXPECT_NE(pagina.body.find("Heropend"), std::string::npos);
  // Read only: no forms for an opdrachtgever.
  EXPECT_EQ(pagina.body.find("heropenen-formulier"), std::string::npos);
}

// B8-2: a conclusion is recorded on the evaluation step and points at a later period.
TEST_F(BeleidscyclusE2eTest, EvaluatieconclusieRaaktStapEnPeriode) {
  json conclusie = {{"tekst", "Handhavingsstrategie: meer nadruk op bodem"},
                    {"datum", "2026-11-20"},
                    {"raaktStapId", stap_ids_.at("operationeel_beleidskader")},
                    {"raaktPeriode", "2031-2034"}};
  auto aangemaakt =
      server_->api("POST", pad("/evaluatieconclusies"), "accountmanager", conclusie.dump());
  ASSERT_EQ(aangemaakt.status, 201) << aangemaakt.body;
  auto body = json::parse(aangemaakt.body);
  EXPECT_EQ(body["stapId"], stap_ids_.at("rapportage_en_evaluatie"));
  EXPECT_EQ(body["periode"], "2026");
  EXPECT_EQ(body["raaktPeriode"], "2031-2034");

  json voorbij = conclusie;
  voorbij["raaktPeriode"] = "2023-2026";
  EXPECT_EQ(server_->api("POST", pad("/evaluatieconclusies"), "beheerder", voorbij.dump()).status,
            400);
  json jaar = conclusie;
  jaar["raaktPeriode"] = "2031";
  EXPECT_EQ(server_->api("POST", pad("/evaluatieconclusies"), "beheerder", jaar.dump()).status,
            400);
  EXPECT_EQ(
      server_->api("POST", pad("/evaluatieconclusies"), "opdrachtgever", conclusie.dump()).status,
      403);

  // The step it changes lists it, and only that step.
  auto strategie = json::parse(get_stap("operationeel_beleidskader", "opdrachtgever").body);
  ASSERT_EQ(strategie["_embedded"]["evaluatieconclusies"].size(), 1u);
  EXPECT_EQ(strategie["_embedded"]["evaluatieconclusies"][0]["id"], body["id"]);
  auto doelen = json::parse(get_stap("doelen_en_prioriteiten").body);
  EXPECT_TRUE(doelen["_embedded"]["evaluatieconclusies"].empty());

  auto lijst = server_->api("GET", pad("/evaluatieconclusies"), "medewerker");
  ASSERT_EQ(lijst.status, 200);
  auto items = json::parse(lijst.body)["_embedded"]["evaluatieconclusies"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(lijst.header("X-Total-Count"), "2");
  EXPECT_EQ(items[1]["tekst"], "Handhavingsstrategie: meer nadruk op bodem");
}

// B8-1: the cycle page shows the circle as an accessible SVG with a text alternative and a
// table with the same data, the current position and what is late.
TEST_F(BeleidscyclusE2eTest, CyclusPaginaToontToegankelijkeCirkelTekstEnTabel) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("bestuurder"));
  auto pagina = browser.get("/regio/beleidscyclus");
  ASSERT_EQ(pagina.status, 200);
  const auto& html = pagina.body;
  EXPECT_NE(html.find("<svg class=\"regie-cyclus__cirkel\" role=\"img\" "
                      "aria-labelledby=\"cyclus-titel cyclus-beschrijving\""),
            std::string::npos);
  EXPECT_NE(html.find("<title id=\"cyclus-titel\">"), std::string::npos);
  EXPECT_NE(html.find("<desc id=\"cyclus-beschrijving\">"), std::string::npos);
  std::size_t paden = 0;
  for (auto pos = html.find("<path d=\"M "); pos != std::string::npos;
       pos = html.find("<path d=\"M ", pos + 1)) {
    ++paden;
  }
  EXPECT_EQ(paden, 8u);
  EXPECT_NE(html.find("Huidige positie: Stap 4: Planning en control"), std::string::npos);
  EXPECT_NE(html.find("Te laat (gepland eind verstreken, niet afgerond)"), std::string::npos);
  EXPECT_NE(html.find("01-09-2026 t/m 26-11-2026"), std::string::npos);  // dd-mm-jjjj
  EXPECT_NE(html.find("Verschoven (eerst gepland tot 12-11-2026)"), std::string::npos);  // B8-4
  EXPECT_NE(html.find("<caption class=\"utrecht-table__caption\">De acht stappen"),
            std::string::npos);
  EXPECT_NE(html.find("aria-current=\"page\">Beleidscyclus"), std::string::npos);
  // Read only for a bestuurder: no form for conclusions.
  EXPECT_EQ(html.find("conclusie-formulier"), std::string::npos);
}

// B8-1: the HTML edit form keeps the user's input on a stale version and shows the conflict.
TEST_F(BeleidscyclusE2eTest, HtmlFormulierMeldtVerouderdeVersieEnFoutenBijVelden) {
  const std::string basis =
      "/regio/beleidscyclus/stappen/" + std::to_string(stap_ids_.at("voorbereiden"));
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("accountmanager"));
  auto formulier = browser.get(basis + "/bewerken");
  ASSERT_EQ(formulier.status, 200);
  std::string versie = field_value(formulier.body, "versie");
  ASSERT_FALSE(versie.empty());
  Form velden = {{"naam", "Voorbereiden"},
                 {"volgorde", "5"},
                 {"periode", "2026"},
                 {"status", "afgerond"},
                 {"geplandBegin", "2025-12-01"},
                 {"geplandEind", "2026-01-31"},
                 {"werkelijkBegin", "2025-12-01"},
                 {"werkelijkEind", "2026-01-29"},
                 {"versie", versie}};
  auto opgeslagen = browser.post(basis, velden);
  EXPECT_EQ(opgeslagen.status, 303);
  EXPECT_NE(opgeslagen.header("Location").find("melding=opgeslagen"), std::string::npos);

  // The same old version again: 409 with the Dutch conflict text and the input kept.
  velden[0].second = "Voorbereiden (werkprocessen en planning)";
  auto conflict = browser.post(basis, velden);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_NE(conflict.body.find("Iemand anders heeft deze stap intussen gewijzigd"),
            std::string::npos);
  EXPECT_EQ(field_value(conflict.body, "naam"), "Voorbereiden (werkprocessen en planning)");

  // Errors sit next to their fields.
  Form fout = {{"naam", ""},
               {"volgorde", "5"},
               {"periode", "2026-2029"},
               {"status", "afgerond"},
               {"versie", field_value(conflict.body, "versie")}};
  auto ongeldig = browser.post(basis, fout);
  EXPECT_EQ(ongeldig.status, 400);
  auto naam_tag = tag_with_id(ongeldig.body, "veld-naam");
  EXPECT_EQ(attribute(naam_tag, "aria-invalid"), "true");
  EXPECT_NE(ongeldig.body.find("id=\"veld-periode-fout\""), std::string::npos);
  EXPECT_NE(ongeldig.body.find("vul één jaar in"), std::string::npos);

  // A document form post with an error shows the step page with the error at the field.
  auto document = browser.post(basis + "/documenten", {{"titel", "Werkprocessen"}, {"link", "x"}});
  EXPECT_EQ(document.status, 400);
  EXPECT_NE(document.body.find("id=\"document-link-fout\""), std::string::npos);
}

}  // namespace
}  // namespace regie::e2e
