// OPD-1, OPD-3 over HTTP, as the opdracht page shows them: who is to take the next step (with
// their hat), why the reader has no button, what an incomplete concept still lacks (one
// summary with links), the latest reason it was sent back, and a confirmation that names the
// step taken. A real server with the demo regio in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

using testhulp::bevat;

class VolgendeStapE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  // The demo opdracht whose titel starts with `begin`.
  Id demo_opdracht(const std::string& begin) {
    auto lijst = json::parse(server_->api("GET", "/api/v1/opdrachten", "beheerder").body);
    for (const auto& o : lijst["_embedded"]["opdrachten"]) {
      if (o["titel"].get<std::string>().rfind(begin, 0) == 0) return o["id"].get<Id>();
    }
    ADD_FAILURE() << "geen demo-opdracht " << begin;
    return 0;
  }

  std::string etag(Id id) {
    return server_->api("GET", "/api/v1/opdrachten/" + std::to_string(id), "beheerder")
        .header("ETag");
  }

  HttpResponse api_stap(const std::string& account, Id id, const std::string& stap,
                        const std::string& reden = "") {
    return server_->api("POST", "/api/v1/opdrachten/" + std::to_string(id) + "/overgangen", account,
                        json{{"stap", stap}, {"reden", reden}}.dump(), {{"If-Match", etag(id)}});
  }

  std::string pagina(Browser& browser, Id id) {
    auto r = browser.get("/opdrachten/" + std::to_string(id));
    EXPECT_EQ(r.status, 200);
    return html_unescape(r.body);
  }

  std::unique_ptr<TestServer> server_;
};

// OPD-1, OPD-3: on a concept the opdrachtgever is to offer it: its page says so to both sides,
// names who, lists what is still missing with links into the form; offering it anyway gives one
// summary at the top, not the same error under the Motivering field.
TEST_F(VolgendeStapE2eTest, ConceptNoemtWieAanZetIsEnWatNogOntbreekt) {
  const Id id = demo_opdracht("Extra toezicht evenementen Beekdal");
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto html = pagina(og, id);
  EXPECT_TRUE(bevat(html, "De opdrachtgever</strong> is aan zet: aanbieden aan de opdrachtnemer."))
      << html;
  EXPECT_TRUE(bevat(html, "U bent een van hen."));
  EXPECT_TRUE(bevat(html, "<li>Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal</li>"));
  EXPECT_TRUE(bevat(html, "Nog aan te vullen:"));
  const std::string naar_risicos = "/opdrachten/" + std::to_string(id) + "/bewerken#veld-risicos";
  EXPECT_TRUE(bevat(html, naar_risicos));

  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("accountmanager"));
  auto html_am = pagina(am, id);
  EXPECT_TRUE(bevat(html_am, "De opdrachtgever</strong> is aan zet"));
  EXPECT_FALSE(bevat(html_am, "U bent een van hen."));
  EXPECT_FALSE(bevat(html_am, "name=\"stap\" value=\"aanbieden\""));

  // Anouk Meijer (Dijkstede) sees no maatwerk of Beekdal at all; the bestuurder of Beekdal sees
  // it and is told why it has no button.
  Browser bs(server_->port());
  ASSERT_TRUE(bs.login_demo("bestuurder"));
  auto html_bs = pagina(bs, id);
  EXPECT_TRUE(bevat(html_bs, "U neemt zelf geen stap op deze opdracht")) << html_bs;

  auto geweigerd = og.post(
      "/opdrachten/" + std::to_string(id) + "/stappen",
      {{"versie", etag(id).substr(1, etag(id).size() - 2)}, {"stap", "aanbieden"}, {"reden", ""}});
  EXPECT_EQ(geweigerd.status, 400);
  auto fout = html_unescape(geweigerd.body);
  EXPECT_TRUE(bevat(fout, "id=\"ontbreekt\"")) << fout;
  EXPECT_TRUE(bevat(fout, "De opdracht is niet aangeboden: ze is nog niet compleet."));
  EXPECT_TRUE(bevat(fout, naar_risicos));
  EXPECT_FALSE(bevat(fout, "id=\"reden-aanbieden-fout\""));
}

// OPD-3, GOV-12: an offered opdracht waits for the omgevingsdienst: the accountmanager
// registered for the opdrachtgever and the directie, not another accountmanager; once sent back
// the reason stands next to the status; the confirmation names the step.
TEST_F(VolgendeStapE2eTest, AangebodenWachtOpDeOmgevingsdienstEnDeRedenStaatBijDeStatus) {
  const Id id = demo_opdracht("Extra toezicht evenementen Beekdal");
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  json aanvulling = json::parse(
      server_->api("GET", "/api/v1/opdrachten/" + std::to_string(id), "opdrachtgever").body);
  for (const char* alleen_lezen :
       {"_links", "controle", "mogelijkeStappen", "namens", "id", "status", "versie",
        "inhoudsversie", "opdrachtgeverId", "regioId", "tijdlijn", "totaalCents", "totaalUren"}) {
    aanvulling.erase(alleen_lezen);
  }
  aanvulling["scope"] = "Toezicht op drie zomerevenementen in Beekdal.";
  aanvulling["doel"] =
      "Bij elk van de drie evenementen is 100% van de meldingen binnen een dag "
      "behandeld.";
  aanvulling["activiteiten"] = "- Controles tijdens de evenementen";
  aanvulling["resultaat"] = "Een verslag per evenement.";
  aanvulling["sturingsvorm"] = "De accountmanager is aanspreekpunt.";
  aanvulling["monitoring"] = "Na elk evenement een verslag; evaluatie in september.";
  aanvulling["governance"] = "De ambtelijk opdrachtgever stuurt.";
  aanvulling["bemensing"] = {{{"rol", "Toezichthouder"}, {"uren", 240}}};
  aanvulling["financien"] = {
      {{"jaar", aanvulling["jaar"]}, {"bedrag", 2640000}, {"omschrijving", "Extra"}}};
  aanvulling["stakeholders"] = {{{"naam", "Politie"}, {"rol", "Openbare orde"}}};
  aanvulling["risicos"] = {{{"omschrijving", "Slecht weer"},
                            {"kans", "middel"},
                            {"impact", "laag"},
                            {"beheersmaatregel", "Uitwijkdatum"},
                            {"eigenaar", "Organisator"}}};
  auto bijgewerkt = server_->api("PUT", "/api/v1/opdrachten/" + std::to_string(id), "opdrachtgever",
                                 aanvulling.dump(), {{"If-Match", etag(id)}});
  ASSERT_EQ(bijgewerkt.status, 200) << bijgewerkt.body;

  auto aangeboden = og.post(
      "/opdrachten/" + std::to_string(id) + "/stappen",
      {{"versie", etag(id).substr(1, etag(id).size() - 2)}, {"stap", "aanbieden"}, {"reden", ""}});
  ASSERT_EQ(aangeboden.status, 303) << aangeboden.body;
  EXPECT_TRUE(bevat(aangeboden.header("Location"), "?melding=stap_aanbieden"));
  auto html = html_unescape(og.get(aangeboden.header("Location")).body);
  EXPECT_TRUE(bevat(html, "De opdracht is aangeboden aan de omgevingsdienst."));
  EXPECT_TRUE(bevat(html,
                    "De omgevingsdienst</strong> is aan zet: aanvaarden of terugleggen met "
                    "motivering."))
      << html;
  EXPECT_TRUE(bevat(html, "<li>Thomas Bakker, accountmanager voor Gemeente Beekdal</li>"));
  EXPECT_TRUE(bevat(html, "<li>Marieke Jansen, directie Omgevingsdienst Regio Voorbeeld</li>"));
  EXPECT_FALSE(bevat(html, "Youssef El Amrani"));
  EXPECT_FALSE(bevat(html, "U bent een van hen."));

  ASSERT_EQ(
      api_stap("accountmanager", id, "terugleggen", "Er is geen risico voor de geluidsoverlast.")
          .status,
      201);
  html = pagina(og, id);
  EXPECT_TRUE(bevat(html, "<dt>Laatst teruggelegd</dt>")) << html;
  EXPECT_TRUE(bevat(html,
                    "door Thomas Bakker, accountmanager voor Gemeente Beekdal: Er is geen "
                    "risico voor de geluidsoverlast."));
  EXPECT_TRUE(bevat(html,
                    "De opdrachtgever</strong> is aan zet: herzien (terug naar concept) of "
                    "aanbieden aan de opdrachtnemer."));
}

// OPD-3: the accepted regional programme is to be started by the omgevingsdienst: every
// accountmanager (it is collective) and the directie.
TEST_F(VolgendeStapE2eTest, CollectieveOpdrachtWachtOpHaarAccountmanagerEnDeDirectie) {
  const Id id = demo_opdracht("Regionaal uitvoeringsprogramma VTH");
  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("youssef.elamrani"));
  auto html = pagina(am, id);
  EXPECT_TRUE(bevat(html,
                    "De omgevingsdienst</strong> is aan zet: uitvoering starten. U bent een "
                    "van hen."))
      << html;
  EXPECT_TRUE(bevat(html, "<li>Youssef El Amrani, accountmanager voor Gemeente Rivierhoven</li>"));
  EXPECT_TRUE(bevat(html, "<li>Thomas Bakker, accountmanager voor "));
  EXPECT_TRUE(bevat(html, "<li>Marieke Jansen, directie Omgevingsdienst Regio Voorbeeld</li>"));
  EXPECT_FALSE(bevat(html, "<dt>Laatst teruggelegd</dt>"));  // accepted since
}

}  // namespace
}  // namespace regie::e2e
