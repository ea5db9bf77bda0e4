// OPD-6 over HTTP: the opdrachtnemer reports stagnation or an unforeseen circumstance on an
// opdracht that is being carried out; the open signaal is on the opdrachtgever's start page at
// once and stays there until the opdrachtgever handles it. A real server with the demo regio
// in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "domain/audit/audit_repository.hpp"
#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

using testhulp::bevat;

class SignaalE2eTest : public ::testing::Test {
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

  // A complete collectief opdracht of Beekdal (the demo opdrachtgever's organisatie); offered
  // and accepted when `aanvaarden`, else left a concept.
  Id opdracht(const std::string& titel, bool aanvaarden) {
    json body = {
        {"titel", titel},
        {"jaar", 2027},
        {"aanleiding", "De regionale uitvoerings- en handhavingsstrategie is vastgesteld."},
        {"scope", "Alle milieutaken van het basistakenpakket voor Beekdal."},
        {"doel", "In 2027 is 95% van de vergunningen binnen de termijn verleend."},
        {"activiteiten", "Vergunningverlening, toezicht en handhaving bij 120 bedrijven."},
        {"resultaat", "Een jaarverslag met de bereikte doelen en producten."},
        {"sturingsvorm", "Sturing via de accountmanager; maandelijks overleg."},
        {"monitoring", "Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie."},
        {"governance", "Het college stelt vast."},
        {"planning", {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}}}},
        {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", 800}}}},
        {"financien", {{{"jaar", 2027}, {"bedrag", 9600000}, {"omschrijving", "Bijdrage"}}}},
        {"stakeholders", {{{"naam", "Provincie Voorbeeldland"}, {"rol", "Bevoegd gezag"}}}},
        {"risicos",
         {{{"omschrijving", "Krapte"},
           {"kans", "hoog"},
           {"impact", "middel"},
           {"beheersmaatregel", "Inhuur"},
           {"eigenaar", "OD"}}}}};
    auto aangemaakt = server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", body.dump());
    EXPECT_EQ(aangemaakt.status, 201) << aangemaakt.body;
    Id id = json::parse(aangemaakt.body)["id"];
    if (!aanvaarden) return id;
    auto stap = [&](const std::string& account, const std::string& naam) {
      return server_->api("POST", "/api/v1/opdrachten/" + std::to_string(id) + "/overgangen",
                          account, json{{"stap", naam}}.dump(), {{"If-Match", etag(id)}});
    };
    EXPECT_EQ(stap("opdrachtgever", "aanbieden").status, 201);
    EXPECT_EQ(server_->interne_afstemming(id).status, 201);  // OPD-8
    EXPECT_EQ(stap("accountmanager", "aanvaarden").status, 201);
    return id;
  }

  static std::string signalen_pad(Id id) {
    return "/api/v1/opdrachten/" + std::to_string(id) + "/signalen";
  }

  static json melding(const std::string& wat) {
    return {{"soort", "stagnatie"},
            {"wat", wat},
            {"impact", "De inspecties van het eerste kwartaal lopen zes weken uit."},
            {"maatregel", "Tijdelijke inzet van een toezichthouder milieu."}};
  }

  HttpResponse afhandelen(const std::string& account, const std::string& pad,
                          const std::string& if_match, const json& body) {
    Headers extra;
    if (!if_match.empty()) extra.emplace_back("If-Match", if_match);
    return server_->api("POST", pad + "/afhandeling", account, body.dump(), extra);
  }

  std::string startpagina(const std::string& account) {
    Browser browser(server_->port());
    EXPECT_TRUE(browser.login_demo(account)) << account;
    auto pagina = browser.get("/");
    EXPECT_EQ(pagina.status, 200);
    return html_unescape(pagina.body);
  }

  json open_signalen(const std::string& account) {
    auto r = server_->api("GET", "/api/v1/signalen?status=open", account);
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body)["_embedded"]["signalen"];
  }

  static bool in_lijst(const json& lijst, Id id) {
    for (const auto& s : lijst) {
      if (s["id"] == id) return true;
    }
    return false;
  }

  bool heeft_audit(const std::string& actie, const std::string& object,
                   const std::string& resultaat) {
    auto uow = server_->store().begin(Toegang::kLezen);
    if (!uow.ok()) return false;
    auto regels = (*uow)->audit().list(0, 100'000);
    if (!regels.ok()) return false;
    for (const auto& r : *regels) {
      if (r.actie == actie && r.object == object && r.resultaat == resultaat) return true;
    }
    return false;
  }

  std::unique_ptr<TestServer> server_;
};

// OPD-6: only the opdrachtnemer reports, only while the opdracht is carried out, with what,
// impact and measure; every missing field is named at once.
TEST_F(SignaalE2eTest, OpdrachtnemerMeldtEnAndereMeldingenWordenGeweigerd) {
  Id id = opdracht("Toezicht Beekdal 2027", true);
  Id concept_id = opdracht("Nog een concept", false);
  const std::string wat = "De werving van twee toezichthouders levert geen kandidaten op.";

  auto gemeld = server_->api("POST", signalen_pad(id), "accountmanager", melding(wat).dump());
  ASSERT_EQ(gemeld.status, 201) << gemeld.body;
  auto body = json::parse(gemeld.body);
  Id sid = body["id"];
  EXPECT_EQ(gemeld.header("Location"), signalen_pad(id) + "/" + std::to_string(sid));
  EXPECT_EQ(gemeld.header("ETag"), "\"1\"");
  EXPECT_EQ(body["opdrachtId"], id);
  EXPECT_EQ(body["soort"], "stagnatie");
  EXPECT_EQ(body["wat"], wat);
  EXPECT_EQ(body["status"], "open");
  EXPECT_EQ(body["gemeldDoor"], "Thomas Bakker, accountmanager voor Gemeente Beekdal");  // GOV-10
  EXPECT_FALSE(body["gemeldOp"].get<std::string>().empty());
  EXPECT_TRUE(body["afhandeling"].is_null());
  EXPECT_TRUE(heeft_audit("signaal.melden",
                          "opdracht/" + std::to_string(id) + "/signaal/" + std::to_string(sid),
                          "gelukt"));

  auto door_directie = server_->api("POST", signalen_pad(id), "directie",
                                    melding("Onvoorziene bodemverontreiniging").dump());
  EXPECT_EQ(door_directie.status, 201);

  auto door_opdrachtgever =
      server_->api("POST", signalen_pad(id), "opdrachtgever", melding(wat).dump());
  EXPECT_EQ(door_opdrachtgever.status, 403);
  EXPECT_NE(door_opdrachtgever.header("Content-Type").find("application/problem+json"),
            std::string::npos);
  EXPECT_EQ(server_->api("POST", signalen_pad(id), "medewerker", melding(wat).dump()).status, 403);
  EXPECT_EQ(server_->api("POST", signalen_pad(id), "bestuurder", melding(wat).dump()).status, 403);

  auto bij_concept =
      server_->api("POST", signalen_pad(concept_id), "accountmanager", melding(wat).dump());
  EXPECT_EQ(bij_concept.status, 409);
  EXPECT_TRUE(bevat(bij_concept.body, "aanvaard of in uitvoering")) << bij_concept.body;

  auto leeg = server_->api("POST", signalen_pad(id), "accountmanager",
                           json{{"wat", " "}, {"soort", "vertraging"}}.dump());
  EXPECT_EQ(leeg.status, 400);
  EXPECT_TRUE(bevat(leeg.body, "soort: kies een van de mogelijke waarden")) << leeg.body;
  EXPECT_TRUE(bevat(leeg.body, "wat: dit veld is verplicht")) << leeg.body;
  EXPECT_TRUE(bevat(leeg.body, "impact: dit veld is verplicht")) << leeg.body;
  EXPECT_TRUE(bevat(leeg.body, "maatregel: dit veld is verplicht")) << leeg.body;
  EXPECT_EQ(
      server_->api("POST", signalen_pad(999999), "accountmanager", melding(wat).dump()).status,
      404);

  // Listed with the opdracht for whoever sees it; one signaal with its ETag.
  auto lijst = json::parse(server_->api("GET", signalen_pad(id), "bestuurder").body);
  ASSERT_EQ(lijst["_embedded"]["signalen"].size(), 2u);
  EXPECT_EQ(lijst["_embedded"]["signalen"][0]["id"], sid);
  auto een = server_->api("GET", signalen_pad(id) + "/" + std::to_string(sid), "opdrachtgever");
  EXPECT_EQ(een.status, 200);
  EXPECT_EQ(een.header("ETag"), "\"1\"");
  // A signaal id under another opdracht is not found.
  EXPECT_EQ(
      server_->api("GET", signalen_pad(concept_id) + "/" + std::to_string(sid), "beheerder").status,
      404);
}

// OPD-6: an open signaal is on the opdrachtgever's start page and in /api/v1/signalen at once,
// and stays until the opdrachtgever handles it from the version it read.
TEST_F(SignaalE2eTest, OpenSignaalStaatOpDeStartpaginaTotDeOpdrachtgeverHetAfhandelt) {
  Id id = opdracht("Toezicht Beekdal 2027", true);
  const std::string wat = "De werving van twee toezichthouders voor Beekdal loopt vast.";
  auto gemeld = server_->api("POST", signalen_pad(id), "accountmanager", melding(wat).dump());
  ASSERT_EQ(gemeld.status, 201) << gemeld.body;
  Id sid = json::parse(gemeld.body)["id"];
  std::string pad = signalen_pad(id) + "/" + std::to_string(sid);

  auto start_og = startpagina("opdrachtgever");
  EXPECT_TRUE(bevat(start_og, "Signalen van de omgevingsdienst"));
  EXPECT_TRUE(bevat(start_og, wat));
  EXPECT_TRUE(bevat(start_og, "href=\"/opdrachten/" + std::to_string(id) + "#signaal-" +
                                  std::to_string(sid) + "\""));
  auto start_am = startpagina("accountmanager");
  EXPECT_TRUE(bevat(start_am, "Open signalen"));
  EXPECT_TRUE(bevat(start_am, wat));
  auto open_og = open_signalen("opdrachtgever");
  ASSERT_TRUE(in_lijst(open_og, sid)) << open_og.dump();
  for (const auto& s : open_og) {
    if (s["id"] == sid) {
      EXPECT_EQ(s["opdrachtTitel"], "Toezicht Beekdal 2027");
      EXPECT_EQ(s["magAfhandelen"], true);
    }
  }
  EXPECT_TRUE(in_lijst(open_signalen("directie"), sid));
  EXPECT_TRUE(open_signalen("medewerker").empty());
  EXPECT_EQ(server_->api("GET", "/api/v1/signalen?status=afgehandeld", "opdrachtgever").status,
            400);

  const json af = {{"afhandeling", "Tijdelijke inzet akkoord; we bespreken het in het overleg."}};
  EXPECT_EQ(afhandelen("accountmanager", pad, "\"1\"", af).status, 403);
  EXPECT_EQ(afhandelen("opdrachtgever", pad, "\"0\"", af).status, 409);  // stale version
  EXPECT_EQ(afhandelen("opdrachtgever", pad, "", af).status, 428);
  auto zonder = afhandelen("opdrachtgever", pad, "\"1\"", json{{"afhandeling", "  "}});
  EXPECT_EQ(zonder.status, 400);
  EXPECT_TRUE(bevat(zonder.body, "afhandeling: dit veld is verplicht")) << zonder.body;
  EXPECT_TRUE(in_lijst(open_signalen("opdrachtgever"), sid));  // refusals changed nothing

  auto ok = afhandelen("opdrachtgever", pad, "\"1\"", af);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.header("ETag"), "\"2\"");
  auto body = json::parse(ok.body);
  EXPECT_EQ(body["status"], "afgehandeld");
  EXPECT_EQ(body["afhandeling"], af["afhandeling"]);
  EXPECT_EQ(body["afgehandeldDoor"],
            "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");  // GOV-10
  EXPECT_FALSE(body["afgehandeldOp"].get<std::string>().empty());
  EXPECT_TRUE(heeft_audit("signaal.afhandelen",
                          "opdracht/" + std::to_string(id) + "/signaal/" + std::to_string(sid),
                          "gelukt"));
  EXPECT_EQ(afhandelen("opdrachtgever", pad, "\"2\"", af).status, 409);  // already handled

  EXPECT_FALSE(bevat(startpagina("opdrachtgever"), wat));
  EXPECT_FALSE(bevat(startpagina("accountmanager"), wat));
  EXPECT_FALSE(in_lijst(open_signalen("opdrachtgever"), sid));
  // Still with its opdracht, handled.
  auto lijst = json::parse(server_->api("GET", signalen_pad(id), "opdrachtgever").body);
  ASSERT_EQ(lijst["_embedded"]["signalen"].size(), 1u);
  EXPECT_EQ(lijst["_embedded"]["signalen"][0]["status"], "afgehandeld");
}

// OPD-6 in the HTML: the accountmanager reports through the form on the opdracht page (a missing
// field comes back with the input kept), the opdrachtgever handles it through its form.
TEST_F(SignaalE2eTest, MeldenEnAfhandelenViaDeFormulieren) {
  Id id = opdracht("Toezicht Beekdal 2027", true);
  const std::string href = "/opdrachten/" + std::to_string(id);

  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("accountmanager"));
  auto pagina = am.get(href);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_TRUE(bevat(pagina.body, "Signaal melden"));
  EXPECT_TRUE(bevat(pagina.body, "action=\"" + href + "/signalen\""));

  auto onvolledig = am.post(href + "/signalen", {{"soort", "onvoorzien"},
                                                 {"wat", "Asbest gevonden bij de sloop."},
                                                 {"impact", ""},
                                                 {"maatregel", ""}});
  EXPECT_EQ(onvolledig.status, 400);
  auto tekst = html_unescape(onvolledig.body);
  EXPECT_TRUE(bevat(tekst, "Asbest gevonden bij de sloop."));  // input kept
  EXPECT_NE(tag_with_id(onvolledig.body, "signaal-impact-fout"), "");
  EXPECT_NE(tag_with_id(onvolledig.body, "signaal-maatregel-fout"), "");
  EXPECT_EQ(tag_with_id(onvolledig.body, "signaal-wat-fout"), "");

  auto gemeld =
      am.post(href + "/signalen", {{"soort", "onvoorzien"},
                                   {"wat", "Asbest gevonden bij de sloop."},
                                   {"impact", "De sloop ligt drie weken stil."},
                                   {"maatregel", "Een asbestinventarisatie laten doen."}});
  ASSERT_EQ(gemeld.status, 303) << gemeld.body;
  EXPECT_EQ(gemeld.header("Location").rfind(href + "?melding=signaal_gemeld#signaal-", 0), 0u);

  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto bij_og = og.get(href);
  ASSERT_EQ(bij_og.status, 200);
  EXPECT_FALSE(bevat(bij_og.body, "Signaal melden"));  // not the opdrachtnemer side
  EXPECT_TRUE(bevat(html_unescape(bij_og.body), "Een asbestinventarisatie laten doen."));
  auto lijst = json::parse(server_->api("GET", signalen_pad(id), "opdrachtgever").body);
  Id sid = lijst["_embedded"]["signalen"][0]["id"];
  std::string actie = href + "/signalen/" + std::to_string(sid) + "/afhandeling";
  EXPECT_TRUE(bevat(bij_og.body, "action=\"" + actie + "\""));
  EXPECT_FALSE(bevat(am.get(href).body, "action=\"" + actie + "\""));

  auto zonder = og.post(actie, {{"versie", "1"}, {"afhandeling", ""}});
  EXPECT_EQ(zonder.status, 400);
  EXPECT_NE(tag_with_id(zonder.body, "afhandeling-" + std::to_string(sid) + "-fout"), "");
  auto verouderd = og.post(actie, {{"versie", "0"}, {"afhandeling", "Akkoord."}});
  EXPECT_EQ(verouderd.status, 303);
  EXPECT_TRUE(bevat(verouderd.header("Location"), "melding=verouderd"));
  auto afgehandeld = og.post(actie, {{"versie", "1"}, {"afhandeling", "Inventarisatie akkoord."}});
  ASSERT_EQ(afgehandeld.status, 303);
  EXPECT_TRUE(bevat(afgehandeld.header("Location"), "melding=signaal_afgehandeld"));
  auto na = html_unescape(og.get(href).body);
  EXPECT_TRUE(bevat(na, "Inventarisatie akkoord."));
  EXPECT_FALSE(bevat(og.get(href).body, "action=\"" + actie + "\""));
}

// OPD-6: the demo's accepted regional programme has an open signaal of stagnation, shown at once
// on the opdrachtgever's start page; a role without a side keeps a clean start page.
TEST_F(SignaalE2eTest, DemoSignaalOpDeStartpaginaEnSchoneStartpaginaZonderSignalen) {
  const std::string demo_wat = "De werving van twee BRZO-toezichthouders voor 2027";
  auto start_og = startpagina("opdrachtgever");
  EXPECT_TRUE(bevat(start_og, "Signalen van de omgevingsdienst"));
  EXPECT_TRUE(bevat(start_og, demo_wat));
  EXPECT_TRUE(bevat(start_og, "Regionaal uitvoeringsprogramma VTH 2027"));
  auto open = open_signalen("opdrachtgever");
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0]["soort"], "stagnatie");
  EXPECT_EQ(open[0]["gemeldDoor"], "Youssef El Amrani, accountmanager voor Gemeente Rivierhoven");
  EXPECT_EQ(open[0]["magAfhandelen"], false);  // Rivierhoven gives it, not Beekdal

  // The bestuurder handles none, so no action block; her overview names it among the open
  // signalen of the opdrachten that concern Beekdal.
  auto start_bs = startpagina("bestuurder");
  EXPECT_FALSE(bevat(start_bs, "Signalen van de omgevingsdienst"));
  EXPECT_TRUE(bevat(start_bs, "Open signalen"));
  EXPECT_TRUE(bevat(start_bs, demo_wat));
}

}  // namespace
}  // namespace regie::e2e
