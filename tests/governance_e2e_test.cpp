// GOV-6, GOV-8 and GOV-9 over HTTP: the governance findings of the demo regio, the
// vertegenwoordigingen with their mandaat and the projectgroep, through the API and the HTML
// pages, against a real server with a real SQLite file.
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
  EXPECT_TRUE(heeft(body, "GOV-5", "waarschuwing", "Sanne de Vries"));
  EXPECT_TRUE(heeft(body, "GOV-6", "waarschuwing", "Gemeente Lindenwaard"));
  for (const auto& b : body["_embedded"]["bevindingen"]) {
    EXPECT_FALSE(b["uitleg"].get<std::string>().empty());
    EXPECT_FALSE(b["remedie"].get<std::string>().empty());
    EXPECT_EQ(b["uitleg"].get<std::string>().find('{'), std::string::npos) << b["uitleg"];
    if (b["code"] == "gov6.te_weinig_uren") {
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
  // No requirement codes in text for people, on the regio page and the lists it leads to.
  for (const char* pad : {"/regio", "/rollen", "/organisaties", "/vertegenwoordigingen"}) {
    const auto tekst = html_unescape(browser.get(pad).body);
    for (const char* code : {"(GOV-", "(OPD-", "(COMP-", "(B8"}) {
      EXPECT_EQ(tekst.find(code), std::string::npos) << pad << " " << code;
    }
  }
  auto page = browser.get("/regio/bevindingen?peildatum=28-11-2026");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Gemeente Zandhorst"), std::string::npos);
  EXPECT_NE(page.body.find("geen ambtelijk opdrachtgever"), std::string::npos);
  EXPECT_NE(page.body.find("Benoem één ambtelijk opdrachtgever"), std::string::npos);
  EXPECT_NE(page.body.find("300 uur per jaar"), std::string::npos);
  EXPECT_NE(page.body.find("op 28-11-2026"), std::string::npos);
  // No requirement codes in text for people; the ernst as a tag with its word; who and what a
  // finding is about are links; the pettenscheiding of the ten AB members is one row (GOV-5),
  // which names the DB members among them and their opdrachtnemer hat.
  auto html = html_unescape(page.body);
  EXPECT_EQ(html.find(">GOV-"), std::string::npos);
  EXPECT_EQ(html.find("(GOV-"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"regie-tag regie-tag--fout\">Fout</span>"), std::string::npos);
  EXPECT_NE(html.find("<a class=\"utrecht-link\" href=\"/organisaties/" +
                      std::to_string(server_->organisatie_id("Gemeente Zandhorst")) +
                      "\">Gemeente Zandhorst</a>"),
            std::string::npos);
  EXPECT_NE(html.find("href=\"/personen/" +
                      std::to_string(server_->persoon_id("Wethouder Hanneke Brouwer")) + "\""),
            std::string::npos);
  EXPECT_NE(html.find("10 bestuurders zijn lid van het AB of DB (eigenaar) en ook bestuurlijk "
                      "opdrachtgever of portefeuillehouder milieu; 3 van hen zitten in het DB, dat "
                      "ook de omgevingsdienst als opdrachtnemer aanstuurt"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("Deze bestuurder combineert"), std::string::npos);
  // GOV-9: "Wat te doen" opens the form that repairs it, filled in: the missing ambtelijk
  // opdrachtgever of Zandhorst, and the projectgroep.
  const std::string zandhorst = std::to_string(server_->organisatie_id("Gemeente Zandhorst"));
  const std::string actie =
      "/rollen/nieuw?soort=ambtelijk_opdrachtgever&organisatieId=" + zandhorst;
  EXPECT_NE(html.find("href=\"" + actie + "\">Benoem één ambtelijk opdrachtgever"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("href=\"/regio/projectgroep\">"), std::string::npos);
  auto formulier = html_unescape(browser.get(actie).body);
  EXPECT_NE(formulier.find("<option value=\"ambtelijk_opdrachtgever\" selected"), std::string::npos)
      << formulier;
  EXPECT_NE(formulier.find("<option value=\"" + zandhorst + "\" selected"), std::string::npos);
  // Who may not add a rol gets the text, not a link into a refusal.
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  EXPECT_EQ(html_unescape(og.get("/regio/bevindingen").body).find("/rollen/nieuw"),
            std::string::npos);
}

// GOV-6: the demo's incomplete mandaat for Lindenwaard is a finding and does not lift the
// capacity finding; completing it through the API lifts both. Edits need the version read.
TEST_F(GovernanceE2eTest,
       VolledigMandaatVoorCollectiefOpdrachtgeverschapHeftCapaciteitsbevindingOp) {
  auto voor = bevindingen("beheerder");
  EXPECT_TRUE(heeft(voor, "GOV-6", "waarschuwing", "Gemeente Lindenwaard"));
  bool onvolledig = false;
  for (const auto& b : voor["_embedded"]["bevindingen"]) {
    onvolledig = onvolledig || b["code"] == "gov6.mandaat_onvolledig";
  }
  EXPECT_TRUE(onvolledig);

  auto lijst = server_->api("GET", "/api/v1/vertegenwoordigingen", "opdrachtgever");
  ASSERT_EQ(lijst.status, 200);
  auto items = json::parse(lijst.body)["_embedded"]["vertegenwoordigingen"];
  // The demo's five: Molenbroek and Lindenwaard in full, three on the collectieve opdracht.
  ASSERT_EQ(items.size(), 5u);
  json lindenwaard;
  for (const auto& v : items) {
    if (v["vertegenwoordigdeNaam"] == "Gemeente Lindenwaard") lindenwaard = v;
  }
  ASSERT_FALSE(lindenwaard.is_null());
  EXPECT_EQ(lindenwaard["opdrachtgeverNaam"], "Gemeente Kanaalzijde");
  EXPECT_FALSE(lindenwaard["mandaatCompleet"].get<bool>());
  std::string pad = "/api/v1/vertegenwoordigingen/" + std::to_string(lindenwaard["id"].get<Id>());
  auto gelezen = server_->api("GET", pad, "beheerder");
  ASSERT_EQ(gelezen.status, 200);
  std::string etag = gelezen.header("ETag");
  json body = {{"opdrachtgeverId", lindenwaard["opdrachtgeverId"]},
               {"vertegenwoordigdeId", lindenwaard["vertegenwoordigdeId"]},
               {"mandaatVerleendDoor", lindenwaard["mandaatVerleendDoor"]},
               {"mandaatVerleendOp", "2025-11-20"},
               {"mandaatScope", "Opdrachtverlening VTH namens Lindenwaard"},
               {"mandaatVan", "2026-01-01"},
               {"mandaatTot", "2027-12-31"}};
  EXPECT_EQ(server_->api("PUT", pad, "beheerder", body.dump()).status, 428);
  // An opdrachtgever of neither side may not change it.
  EXPECT_EQ(server_->api("PUT", pad, "opdrachtgever", body.dump(), {{"If-Match", etag}}).status,
            403);
  auto gewijzigd = server_->api("PUT", pad, "beheerder", body.dump(), {{"If-Match", etag}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  EXPECT_EQ(server_->api("PUT", pad, "beheerder", body.dump(), {{"If-Match", etag}}).status, 409);
  auto terug = json::parse(server_->api("GET", pad, "beheerder").body);
  EXPECT_TRUE(terug["mandaatCompleet"].get<bool>());
  EXPECT_TRUE(terug["mandaatGeldig"].get<bool>());

  auto na = bevindingen("beheerder");
  // Lindenwaard's own hours no longer count; now Kanaalzijde represents it, and its ambtelijk
  // opdrachtgever's 540 hours fall short of 450 + 100 for one deelnemer represented (decision 26).
  bool vertegenwoordiger = false;
  for (const auto& b : na["_embedded"]["bevindingen"]) {
    EXPECT_NE(b["code"], "gov6.mandaat_onvolledig") << b.dump();
    EXPECT_NE(b["code"], "gov6.te_weinig_uren") << b.dump();
    if (b["code"] == "gov6.vertegenwoordiger_te_weinig_uren") {
      vertegenwoordiger = true;
      EXPECT_EQ(b["organisaties"][0]["naam"], "Gemeente Kanaalzijde") << b.dump();
      EXPECT_EQ(b["organisaties"][1]["naam"], "Gemeente Lindenwaard") << b.dump();
    }
  }
  EXPECT_TRUE(vertegenwoordiger);
  // The demo's other flaws stay.
  EXPECT_TRUE(heeft(na, "GOV-4", "fout", "Gemeente Zandhorst"));
}

// GOV-6, decision 4: Beekdal's opdrachtgever cannot record itself as the representative of
// Zandhorst with a mandaat "granted" by its own wethouder: 403, also with a broken body, and
// Zandhorst's GOV-4 error stays. The beheerder cannot record it either: the mandaat must come
// from Zandhorst's bestuurlijk opdrachtgever.
TEST_F(GovernanceE2eTest, OpdrachtgeverMaaktZichNietTotVertegenwoordigerVanEenAndereGemeente) {
  const Id zandhorst = server_->organisatie_id("Gemeente Zandhorst");
  json mandaat = {{"opdrachtgeverId", server_->organisatie_id("Gemeente Beekdal")},
                  {"vertegenwoordigdeId", zandhorst},
                  {"mandaatVerleendDoor", server_->persoon_id("Wethouder Hanneke Brouwer")},
                  {"mandaatVerleendOp", "2026-11-20"},
                  {"mandaatScope", "Opdrachtverlening VTH namens Zandhorst"},
                  {"mandaatVan", "2026-01-01"},
                  {"mandaatTot", "2027-12-31"}};
  auto r = server_->api("POST", "/api/v1/vertegenwoordigingen", "opdrachtgever", mandaat.dump());
  EXPECT_EQ(r.status, 403) << r.body;
  auto kapot = mandaat;
  kapot["mandaatVan"] = "2026-02-31";
  kapot["mandaatVerleendDoor"] = "niemand";
  EXPECT_EQ(
      server_->api("POST", "/api/v1/vertegenwoordigingen", "opdrachtgever", kapot.dump()).status,
      403);
  auto beheerder =
      server_->api("POST", "/api/v1/vertegenwoordigingen", "beheerder", mandaat.dump());
  EXPECT_EQ(beheerder.status, 400);
  EXPECT_NE(beheerder.body.find("mandaatVerleendDoor: alleen de bestuurlijk opdrachtgever"),
            std::string::npos)
      << beheerder.body;
  auto lijst = json::parse(server_->api("GET", "/api/v1/vertegenwoordigingen", "beheerder").body);
  EXPECT_EQ(lijst["_embedded"]["vertegenwoordigingen"].size(), 5u);
  EXPECT_TRUE(heeft(bevindingen("beheerder"), "GOV-4", "fout", "Gemeente Zandhorst"));

  // The HTML form: the same refusal.
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  Form form;
  for (const auto& [veld, waarde] : mandaat.items()) {
    form.emplace_back(veld, waarde.is_string() ? waarde.get<std::string>() : waarde.dump());
  }
  EXPECT_EQ(browser.post("/vertegenwoordigingen", form).status, 403);
  EXPECT_TRUE(heeft(bevindingen("beheerder"), "GOV-4", "fout", "Gemeente Zandhorst"));
}

// GOV-6: a wrong vertegenwoordiging is refused with every field named, in Dutch.
TEST_F(GovernanceE2eTest, OngeldigeVertegenwoordigingGeeft400MetVeldnamen) {
  Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  Id heuvelrand = server_->organisatie_id("Gemeente Heuvelrand");
  json zelf = {{"opdrachtgeverId", beekdal}, {"vertegenwoordigdeId", beekdal}};
  auto r1 = server_->api("POST", "/api/v1/vertegenwoordigingen", "beheerder", zelf.dump());
  EXPECT_EQ(r1.status, 400);
  EXPECT_NE(r1.body.find("vertegenwoordigdeId: een opdrachtgever kan zichzelf niet"),
            std::string::npos)
      << r1.body;
  // A niet-deelnemer is represented by nobody; a mandaat date must exist.
  json niet_deelnemer = {{"opdrachtgeverId", beekdal},
                         {"vertegenwoordigdeId", heuvelrand},
                         {"mandaatVerleendDoor", 999999}};
  auto r2 =
      server_->api("POST", "/api/v1/vertegenwoordigingen", "beheerder", niet_deelnemer.dump());
  EXPECT_EQ(r2.status, 400);
  EXPECT_NE(r2.body.find("vertegenwoordigdeId: deze organisatie is geen deelnemer"),
            std::string::npos)
      << r2.body;
  EXPECT_NE(r2.body.find("mandaatVerleendDoor:"), std::string::npos) << r2.body;
  auto lijst = json::parse(server_->api("GET", "/api/v1/vertegenwoordigingen", "beheerder").body);
  EXPECT_EQ(lijst["_embedded"]["vertegenwoordigingen"].size(), 5u);

  // The same refusal in the HTML form keeps the input and names the field.
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  auto form =
      browser.post("/vertegenwoordigingen", {{"opdrachtgeverId", std::to_string(beekdal)},
                                             {"vertegenwoordigdeId", std::to_string(beekdal)},
                                             {"mandaatScope", "Mijn invoer"}});
  EXPECT_EQ(form.status, 400);
  EXPECT_NE(form.body.find("een opdrachtgever kan zichzelf niet vertegenwoordigen"),
            std::string::npos);
  EXPECT_NE(form.body.find("Mijn invoer"), std::string::npos);
}

// GOV-8: the demo's projectgroep lacks two deelnemers; the beheerder adds them and the finding
// goes; an opdrachtgever may only add a lid for its own organisatie.
TEST_F(GovernanceE2eTest, ProjectgroepOnvolledigTotElkeDeelnemerEenLidHeeft) {
  std::string pad = "/api/v1/regios/" + std::to_string(server_->regio_id()) + "/projectgroep";
  auto groep = server_->api("GET", pad, "bestuurder");
  ASSERT_EQ(groep.status, 200) << groep.body;
  auto body = json::parse(groep.body);
  EXPECT_EQ(body["regisseurNaam"], "Ingrid Mulder");
  std::vector<std::string> ontbrekend;
  for (const auto& o : body["ontbrekendeDeelnemers"]) ontbrekend.push_back(o["naam"]);
  EXPECT_EQ(ontbrekend, (std::vector<std::string>{"Gemeente Polderveen", "Gemeente Zandhorst"}));
  bool gov8 = false;
  auto voor = bevindingen("beheerder");
  for (const auto& b : voor["_embedded"]["bevindingen"]) {
    gov8 = gov8 || b["code"] == "gov8.projectgroep_onvolledig";
  }
  EXPECT_TRUE(gov8);

  Id zandhorst = server_->organisatie_id("Gemeente Zandhorst");
  Id polderveen = server_->organisatie_id("Gemeente Polderveen");
  json lid_zandhorst = {{"persoonId", server_->persoon_id("Wethouder Ans Timmermans")},
                        {"organisatieId", zandhorst}};
  EXPECT_EQ(server_->api("POST", pad + "/leden", "opdrachtgever", lid_zandhorst.dump()).status,
            403);
  EXPECT_EQ(server_->api("POST", pad + "/leden", "beheerder", lid_zandhorst.dump()).status, 201);
  EXPECT_EQ(server_->api("POST", pad + "/leden", "beheerder", lid_zandhorst.dump()).status, 400);
  json lid_polderveen = {{"persoonId", server_->persoon_id("Koen Dekker")},
                         {"organisatieId", polderveen}};
  EXPECT_EQ(server_->api("POST", pad + "/leden", "beheerder", lid_polderveen.dump()).status, 201);

  auto na = json::parse(server_->api("GET", pad, "beheerder").body);
  EXPECT_TRUE(na["ontbrekendeDeelnemers"].empty());
  auto daarna = bevindingen("beheerder");
  for (const auto& b : daarna["_embedded"]["bevindingen"]) {
    EXPECT_NE(b["requirement"], "GOV-8") << b.dump();
  }
  // Changing the regisseur needs the version read.
  json geen = {{"regisseurPersoonId", nullptr}};
  EXPECT_EQ(server_->api("PUT", pad, "beheerder", geen.dump()).status, 428);
  EXPECT_EQ(server_->api("PUT", pad, "beheerder", geen.dump(), {{"If-Match", "\"0\""}}).status,
            409);
}

// GOV-9 per organisatie: the beheerder may look at any organisatie, an opdrachtgever only at its
// own; the HTML page is linked from the organisatie.
TEST_F(GovernanceE2eTest, BevindingenPerOrganisatie) {
  Id zandhorst = server_->organisatie_id("Gemeente Zandhorst");
  auto body = bevindingen("beheerder", "?organisatieId=" + std::to_string(zandhorst));
  EXPECT_EQ(body["organisatieId"], zandhorst);
  ASSERT_FALSE(body["_embedded"]["bevindingen"].empty());
  for (const auto& b : body["_embedded"]["bevindingen"]) {
    bool betreft = false;
    for (const auto& o : b["organisaties"]) betreft = betreft || o["id"] == zandhorst;
    EXPECT_TRUE(betreft) << b.dump();
  }
  auto ander = server_->api("GET",
                            "/api/v1/regios/" + std::to_string(server_->regio_id()) +
                                "/bevindingen?organisatieId=" + std::to_string(zandhorst),
                            "opdrachtgever");
  EXPECT_EQ(ander.status, 403);

  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("directie"));
  std::string org = "/organisaties/" + std::to_string(zandhorst);
  EXPECT_NE(browser.get(org).body.find("href=\"" + org + "/bevindingen\""), std::string::npos);
  auto pagina = browser.get(org + "/bevindingen");
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Governance van Gemeente Zandhorst"), std::string::npos);
  EXPECT_NE(pagina.body.find("geen ambtelijk opdrachtgever"), std::string::npos);
  EXPECT_EQ(pagina.body.find("Sanne de Vries"), std::string::npos);
}

// GOV-5, GOV-7: the page of a bestuurder with two hats says which pet applies, for whoever
// prepares a meeting with that bestuurder.
TEST_F(GovernanceE2eTest, PersoonspaginaVanBestuurderToontPettenscheiding) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  auto pagina =
      browser.get("/personen/" + std::to_string(server_->persoon_id("Wethouder Hanneke Brouwer")));
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Petten en aandachtspunten"), std::string::npos);
  EXPECT_NE(pagina.body.find("pettenscheiding"), std::string::npos);
  auto gewoon = browser.get("/personen/" + std::to_string(server_->persoon_id("Pieter de Boer")));
  ASSERT_EQ(gewoon.status, 200);
  EXPECT_EQ(gewoon.body.find("Petten en aandachtspunten"), std::string::npos);
}

// GOV-6, GOV-8: the pages in Dutch, reachable from the regio page.
TEST_F(GovernanceE2eTest, PaginasVoorVertegenwoordigingEnProjectgroep) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("beheerder"));
  auto regio = browser.get("/regio");
  EXPECT_NE(regio.body.find("href=\"/vertegenwoordigingen\""), std::string::npos);
  EXPECT_NE(regio.body.find("href=\"/regio/projectgroep\""), std::string::npos);
  auto lijst = browser.get("/vertegenwoordigingen");
  ASSERT_EQ(lijst.status, 200);
  EXPECT_NE(lijst.body.find("Gemeente Rivierhoven"), std::string::npos);
  EXPECT_NE(lijst.body.find("Onvolledig"), std::string::npos);
  EXPECT_NE(lijst.body.find("Geldig"), std::string::npos);
  auto groep = browser.get("/regio/projectgroep");
  ASSERT_EQ(groep.status, 200);
  EXPECT_NE(groep.body.find("Ingrid Mulder"), std::string::npos);
  EXPECT_NE(groep.body.find("Gemeente Polderveen, Gemeente Zandhorst"), std::string::npos);
  // The section's text appears once: not again in every row's action cell.
  const std::string uitleg = "Elke deelnemer wijst een lid aan";
  auto eerste = groep.body.find(uitleg);
  ASSERT_NE(eerste, std::string::npos);
  EXPECT_EQ(groep.body.find(uitleg, eerste + 1), std::string::npos);
  auto toegevoegd = browser.post(
      "/regio/projectgroep/leden",
      {{"persoonId", std::to_string(server_->persoon_id("Koen Dekker"))},
       {"organisatieId", std::to_string(server_->organisatie_id("Gemeente Polderveen"))}});
  EXPECT_EQ(toegevoegd.status, 303);
  groep = browser.get("/regio/projectgroep");
  EXPECT_NE(groep.body.find("Koen Dekker"), std::string::npos);
  EXPECT_EQ(groep.body.find("Gemeente Polderveen, Gemeente Zandhorst"), std::string::npos);
  auto fout = browser.post("/regio/projectgroep/leden", {{"persoonId", ""}, {"organisatieId", ""}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("dit veld is verplicht"), std::string::npos);
}

}  // namespace
}  // namespace regie::e2e
