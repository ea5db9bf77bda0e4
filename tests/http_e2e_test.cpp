// End to end over HTTP: a real server on a loopback port, a real SQLite file with the demo
// regio, requests over a socket. What a client or a browser sees: headers, status codes,
// problem documents, cookies, forms, Dutch texts and formats, and the audit log behind it.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

#include "domain/audit/audit_repository.hpp"
#include "domain/auth/inlogbeperking.hpp"
#include "domain/governance/register_repository.hpp"
#include "http_test_support.hpp"
#include "service/crypto.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

constexpr const char* kRegioNaam = "Omgevingsdienst Regio Voorbeeld";
constexpr const char* kOnjuist = "De combinatie van gebruikersnaam en wachtwoord is onjuist.";

json parse_json(const HttpResponse& response) { return json::parse(response.body, nullptr, false); }

std::string etag(std::int64_t versie) { return "\"" + std::to_string(versie) + "\""; }

// The id at the end of a Location such as "/api/v1/organisaties/17" or "/organisaties/17?…".
Id id_from_location(const std::string& location) {
  auto end = location.find('?');
  std::string path = location.substr(0, end);
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return 0;
  return std::atoll(path.c_str() + slash + 1);
}

std::int64_t total_count(const HttpResponse& response) {
  return std::atoll(response.header("X-Total-Count").c_str());
}

class HttpE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().key << " " << started.error().detail;
    shared_server = std::move(started).value();
  }

  static void TearDownTestSuite() {
    shared_browsers.clear();
    if (shared_server) shared_server->stop();
    shared_server.reset();
  }

  void SetUp() override {
    if (!shared_server) GTEST_SKIP() << "de testserver is niet gestart";
  }

  static TestServer& server() { return *shared_server; }

  // A logged-in browser per demo account, shared by the tests (an argon2id login is slow).
  // Tests that end or replace a session make their own Browser.
  static Browser& browser(const std::string& account) {
    auto& slot = shared_browsers[account];
    if (!slot) {
      slot = std::make_unique<Browser>(shared_server->port());
      EXPECT_TRUE(slot->login_demo(account)) << "inloggen als " << account;
    }
    return *slot;
  }

  // Creates an organisatie through the API as beheerder; returns its id (0 on failure).
  static Id create_organisatie(const std::string& naam, const std::string& soort = "overig") {
    auto response = shared_server->api("POST", "/api/v1/organisaties", "beheerder",
                                       json{{"naam", naam}, {"soort", soort}}.dump());
    EXPECT_EQ(response.status, 201) << response.body;
    return id_from_location(response.header("Location"));
  }

  static inline std::unique_ptr<TestServer> shared_server;
  static inline std::map<std::string, std::unique_ptr<Browser>> shared_browsers;
};

void expect_common_headers(const HttpResponse& response) {
  EXPECT_EQ(response.header("API-Version"), "1.0.0");
  EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.header("X-Frame-Options"), "DENY");
  EXPECT_NE(response.header("Content-Security-Policy").find("frame-ancestors 'none'"),
            std::string::npos)
      << response.header("Content-Security-Policy");
  EXPECT_FALSE(response.header("Referrer-Policy").empty());
}

// The headers of every response.

TEST_F(HttpE2eTest, ElkSoortAntwoordHeeftApiVersionEnDeBeveiligingskoppen) {
  struct Geval {
    std::string naam;
    HttpResponse response;
    int status;
  };
  std::vector<Geval> gevallen;
  gevallen.push_back({"API JSON", server().api("GET", "/api/v1/organisaties", "beheerder"), 200});
  gevallen.push_back({"API problem", server().api("GET", "/api/v1/organisaties", ""), 401});
  gevallen.push_back({"API 404", server().api("GET", "/api/v1/bestaat-niet", "beheerder"), 404});
  gevallen.push_back({"HTML-pagina", send_request(server().port(), {"GET", "/inloggen"}), 200});
  gevallen.push_back({"redirect", send_request(server().port(), {"GET", "/organisaties"}), 303});
  gevallen.push_back(
      {"statische CSS", send_request(server().port(), {"GET", "/static/regie.css"}), 200});
  gevallen.push_back(
      {"onbekend pad", send_request(server().port(), {"GET", "/bestaat/niet"}), 404});
  gevallen.push_back({"405", send_request(server().port(), {"DELETE", "/inloggen"}), 405});
  gevallen.push_back(
      {"400 van de server zelf", send_raw(server().port(), "DIT IS GEEN HTTP\r\n\r\n"), 400});
  for (const auto& geval : gevallen) {
    SCOPED_TRACE(geval.naam);
    EXPECT_EQ(geval.response.status, geval.status) << geval.response.body;
    expect_common_headers(geval.response);
    EXPECT_FALSE(geval.response.has_header("Strict-Transport-Security"));
  }
  EXPECT_NE(gevallen[1].response.header("Content-Type").find("application/problem+json"),
            std::string::npos);
  EXPECT_NE(gevallen[5].response.header("Content-Type").find("text/css"), std::string::npos);
}

TEST_F(HttpE2eTest, StrictTransportSecurityAlleenBijHttpsVanDeVertrouwdeProxy) {
  HttpRequest https{"GET", "/inloggen", {{"X-Forwarded-Proto", "https"}}};
  auto via_proxy = send_request(server().port(), https);
  EXPECT_EQ(via_proxy.status, 200);
  EXPECT_NE(via_proxy.header("Strict-Transport-Security").find("max-age="), std::string::npos);
  expect_common_headers(via_proxy);

  auto api_via_proxy =
      server().api("GET", "/api/v1/regios", "beheerder", "", {{"X-Forwarded-Proto", "https"}});
  EXPECT_EQ(api_via_proxy.status, 200);
  EXPECT_TRUE(api_via_proxy.has_header("Strict-Transport-Security"));

  HttpRequest http{"GET", "/inloggen", {{"X-Forwarded-Proto", "http"}}};
  EXPECT_FALSE(send_request(server().port(), http).has_header("Strict-Transport-Security"));

  // A client that is not the trusted proxy cannot claim HTTPS.
  HttpRequest untrusted{"GET", "/inloggen", {{"X-Forwarded-Proto", "https"}}, "", "127.0.0.2"};
  auto direct = send_request(server().port(), untrusted);
  ASSERT_EQ(direct.status, 200) << direct.body;
  EXPECT_FALSE(direct.has_header("Strict-Transport-Security"));
  EXPECT_FALSE(direct.set_cookie("regie_inlog_csrf").empty());
  EXPECT_TRUE(direct.set_cookie("__Host-regie_inlog_csrf").empty());
}

// The API.

TEST_F(HttpE2eTest, ApiZonderOfMetFoutTokenGeeft401ProblemJson) {
  for (const auto& authorization :
       {std::string(), std::string("Bearer fout-token"), std::string("Basic YmVoZWVyZGVyOng=")}) {
    SCOPED_TRACE(authorization);
    Headers headers;
    if (!authorization.empty()) headers.emplace_back("Authorization", authorization);
    auto response = send_request(server().port(), {"GET", "/api/v1/organisaties", headers});
    EXPECT_EQ(response.status, 401);
    EXPECT_NE(response.header("Content-Type").find("application/problem+json"), std::string::npos);
    EXPECT_NE(response.header("WWW-Authenticate").find("Bearer"), std::string::npos);
    auto body = parse_json(response);
    ASSERT_TRUE(body.is_object()) << response.body;
    EXPECT_EQ(body.value("status", 0), 401);
    EXPECT_FALSE(body.value("title", "").empty());
    EXPECT_EQ(body.value("instance", ""), "/api/v1/organisaties");
  }
}

TEST_F(HttpE2eTest, ApiOrganisatiesPaginerenMetTotaalEnLinks) {
  auto alles = server().api("GET", "/api/v1/organisaties?paginaGrootte=100", "beheerder");
  ASSERT_EQ(alles.status, 200);
  std::int64_t totaal = total_count(alles);
  EXPECT_GE(totaal, 13);  // the demo regio
  EXPECT_EQ(static_cast<std::int64_t>(parse_json(alles)["_embedded"]["organisaties"].size()),
            totaal);
  std::int64_t paginas = (totaal + 4) / 5;

  auto eerste = server().api("GET", "/api/v1/organisaties?paginaGrootte=5", "beheerder");
  ASSERT_EQ(eerste.status, 200);
  EXPECT_EQ(total_count(eerste), totaal);
  auto body = parse_json(eerste);
  EXPECT_EQ(body["_embedded"]["organisaties"].size(), 5u);
  EXPECT_FALSE(body["_links"].contains("prev"));
  ASSERT_TRUE(body["_links"].contains("next"));
  std::string next = body["_links"]["next"]["href"];
  EXPECT_NE(next.find("pagina=2"), std::string::npos) << next;
  EXPECT_NE(next.find("paginaGrootte=5"), std::string::npos) << next;

  auto tweede = server().api("GET", next, "beheerder");
  ASSERT_EQ(tweede.status, 200);
  auto body2 = parse_json(tweede);
  EXPECT_TRUE(body2["_links"].contains("prev"));
  EXPECT_EQ(
      body2["_links"]["prev"]["href"].get<std::string>().find("pagina=1") != std::string::npos,
      true);
  EXPECT_NE(body2["_embedded"]["organisaties"][0]["id"],
            body["_embedded"]["organisaties"][0]["id"]);

  auto laatste = server().api(
      "GET", "/api/v1/organisaties?paginaGrootte=5&pagina=" + std::to_string(paginas), "beheerder");
  ASSERT_EQ(laatste.status, 200);
  auto body3 = parse_json(laatste);
  EXPECT_FALSE(body3["_links"].contains("next"));
  EXPECT_TRUE(body3["_links"].contains("prev"));
  EXPECT_EQ(static_cast<std::int64_t>(body3["_embedded"]["organisaties"].size()),
            totaal - (paginas - 1) * 5);
}

TEST_F(HttpE2eTest, ApiPadMetAfsluitendeSchuineStreepBestaatNiet) {
  for (const char* pad : {"/api/v1/organisaties/", "/api/v1/regios/", "/api/v1/rollen/"}) {
    SCOPED_TRACE(pad);
    auto response = server().api("GET", pad, "beheerder");
    EXPECT_EQ(response.status, 404);
    EXPECT_NE(response.header("Content-Type").find("application/problem+json"), std::string::npos);
  }
}

TEST_F(HttpE2eTest, ApiOnbekendeQueryWaardenGeven400MetDeParameter) {
  struct Geval {
    const char* target;
    const char* parameter;
  };
  for (const auto& geval : {Geval{"/api/v1/organisaties?soort=planeet", "soort"},
                            Geval{"/api/v1/organisaties?sorteer=kleur", "sorteer"},
                            Geval{"/api/v1/organisaties?paginaGrootte=0", "paginaGrootte"},
                            Geval{"/api/v1/organisaties?paginaGrootte=1000", "paginaGrootte"},
                            Geval{"/api/v1/organisaties?pagina=nul", "pagina"},
                            Geval{"/api/v1/personen?organisatieId=abc", "organisatieId"},
                            Geval{"/api/v1/rollen?peildatum=gisteren", "peildatum"},
                            Geval{"/api/v1/rollen?soort=koning", "soort"}}) {
    SCOPED_TRACE(geval.target);
    auto response = server().api("GET", geval.target, "beheerder");
    EXPECT_EQ(response.status, 400);
    EXPECT_NE(response.header("Content-Type").find("application/problem+json"), std::string::npos);
    EXPECT_NE(parse_json(response).value("detail", "").find(geval.parameter), std::string::npos)
        << response.body;
  }
}

TEST_F(HttpE2eTest, ApiOngeldigeInvoerGeeftEen400DatElkVeldNoemt) {
  auto response = server().api("POST", "/api/v1/organisaties", "beheerder",
                               R"({"naam": "", "soort": "planeet", "inwonertal": "veel"})");
  EXPECT_EQ(response.status, 400);
  EXPECT_NE(response.header("Content-Type").find("application/problem+json"), std::string::npos);
  auto body = parse_json(response);
  ASSERT_TRUE(body.is_object()) << response.body;
  EXPECT_EQ(body.value("status", 0), 400);
  EXPECT_FALSE(body.value("title", "").empty());
  EXPECT_EQ(body.value("instance", ""), "/api/v1/organisaties");
  std::string detail = body.value("detail", "");
  for (const char* veld : {"naam", "soort", "inwonertal"}) {
    EXPECT_NE(detail.find(veld), std::string::npos) << veld << " ontbreekt in: " << detail;
  }
}

TEST_F(HttpE2eTest, ApiOngeldigeJsonGeeft400) {
  for (const char* body : {"{\"naam\": ", "[]", "geen json", R"({"naam": ["lijst"]})"}) {
    SCOPED_TRACE(body);
    auto response = server().api("POST", "/api/v1/organisaties", "beheerder", body);
    EXPECT_EQ(response.status, 400);
    EXPECT_NE(response.header("Content-Type").find("application/problem+json"), std::string::npos);
    EXPECT_EQ(parse_json(response).value("status", 0), 400);
  }
}

TEST_F(HttpE2eTest, ApiAanmakenLezenWijzigenEnVerwijderenMetVersies) {
  auto created = server().api("POST", "/api/v1/organisaties", "beheerder",
                              R"({"naam": "Gemeente Versiedorp", "soort": "gemeente",
                                  "inwonertal": 12000})");
  ASSERT_EQ(created.status, 201) << created.body;
  std::string location = created.header("Location");
  Id id = id_from_location(location);
  ASSERT_GT(id, 0);
  EXPECT_EQ(location, "/api/v1/organisaties/" + std::to_string(id));
  EXPECT_EQ(created.header("ETag"), etag(1));
  EXPECT_EQ(parse_json(created).value("naam", ""), "Gemeente Versiedorp");

  auto read = server().api("GET", location, "beheerder");
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.header("ETag"), "\"1\"");

  auto first = server().api("PUT", location, "beheerder",
                            R"({"naam": "Gemeente Versiestad", "soort": "gemeente"})",
                            {{"If-Match", etag(1)}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.header("ETag"), etag(2));

  // A second writer still holding version 1.
  auto stale =
      server().api("PUT", location, "beheerder",
                   R"({"naam": "Gemeente Verloren", "soort": "overig"})", {{"If-Match", etag(1)}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.header("Content-Type").find("application/problem+json"), std::string::npos);
  auto after = server().api("GET", location, "beheerder");
  EXPECT_EQ(parse_json(after).value("naam", ""), "Gemeente Versiestad");
  EXPECT_EQ(parse_json(after).value("soort", ""), "gemeente");
  EXPECT_EQ(after.header("ETag"), etag(2));

  auto without = server().api("PUT", location, "beheerder",
                              R"({"naam": "Gemeente Zonderversie", "soort": "gemeente"})");
  EXPECT_EQ(without.status, 428);
  // A "versie" in the body is no substitute for If-Match (decision 16).
  auto body_versie =
      server().api("PUT", location, "beheerder",
                   R"({"naam": "Gemeente Bodyversie", "soort": "gemeente", "versie": 2})");
  EXPECT_EQ(body_versie.status, 428);
  EXPECT_EQ(server().api("DELETE", location + "?versie=2", "beheerder").status, 428);
  EXPECT_EQ(server().api("DELETE", location, "beheerder").status, 428);
  EXPECT_EQ(server().api("DELETE", location, "beheerder", "", {{"If-Match", etag(1)}}).status, 409);

  auto deleted = server().api("DELETE", location, "beheerder", "", {{"If-Match", etag(2)}});
  EXPECT_EQ(deleted.status, 204);
  EXPECT_TRUE(deleted.body.empty());
  auto gone = server().api("GET", location, "beheerder");
  EXPECT_EQ(gone.status, 404);
  EXPECT_NE(gone.header("Content-Type").find("application/problem+json"), std::string::npos);
}

TEST_F(HttpE2eTest, ApiRolMetPersoonUitEenAndereRegioOfOnzichtbaarGeeft400) {
  // A second regio next to the demo, written straight into the store.
  Id andere_persoon = 0;
  Id andere_organisatie = 0;
  {
    auto uow = server().store().begin(Toegang::kSchrijven);
    ASSERT_TRUE(uow.ok());
    governance::Regio regio;
    regio.naam = "Omgevingsdienst Elders";
    auto regio_id = (*uow)->registry().create_regio(regio);
    ASSERT_TRUE(regio_id.ok());
    governance::Organisatie org;
    org.regio_id = *regio_id;
    org.naam = "Gemeente Elders";
    auto org_id = (*uow)->registry().create_organisatie(org);
    ASSERT_TRUE(org_id.ok());
    governance::Persoon persoon;
    persoon.regio_id = *regio_id;
    persoon.organisatie_id = *org_id;
    persoon.naam = "Iemand Elders";
    auto persoon_id = (*uow)->registry().create_persoon(persoon);
    ASSERT_TRUE(persoon_id.ok());
    ASSERT_TRUE((*uow)->commit().ok());
    andere_persoon = *persoon_id;
    andere_organisatie = *org_id;
  }
  Id beekdal = server().organisatie_id("Gemeente Beekdal");
  Id pieter = server().persoon_id("Pieter de Boer");
  Id anouk = server().persoon_id("Anouk Meijer");  // Dijkstede: not visible to Beekdal
  ASSERT_GT(beekdal, 0);
  ASSERT_GT(pieter, 0);
  ASSERT_GT(anouk, 0);
  auto rol = [](Id persoon, Id organisatie) {
    return json{{"persoonId", persoon},
                {"organisatieId", organisatie},
                {"soort", "beleidsadviseur"},
                {"van", "2024-01-01"},
                {"urenPerJaar", 100}}
        .dump();
  };
  std::int64_t voor = total_count(server().api("GET", "/api/v1/rollen", "beheerder"));

  struct Geval {
    const char* naam;
    std::string account;
    std::string body;
    const char* veld;
  };
  for (const auto& geval :
       {Geval{"persoon uit een andere regio", "beheerder", rol(andere_persoon, beekdal),
              "persoonId"},
        Geval{"organisatie uit een andere regio", "beheerder", rol(pieter, andere_organisatie),
              "organisatieId"},
        Geval{"persoon die de opdrachtgever niet ziet", "opdrachtgever", rol(anouk, beekdal),
              "persoonId"},
        Geval{"persoon die niet bestaat", "beheerder", rol(999999, beekdal), "persoonId"}}) {
    SCOPED_TRACE(geval.naam);
    auto response = server().api("POST", "/api/v1/rollen", geval.account, geval.body);
    EXPECT_EQ(response.status, 400) << response.body;
    EXPECT_NE(parse_json(response).value("detail", "").find(geval.veld), std::string::npos)
        << response.body;
  }
  EXPECT_EQ(total_count(server().api("GET", "/api/v1/rollen", "beheerder")), voor);
}

// GOV-1: the periods in which an organisatie is deelnemer or niet-deelnemer do not overlap.
TEST_F(HttpE2eTest, ApiDeelnemerschapMetOverlappendePeriodeGeeft400) {
  Id id = create_organisatie("Gemeente Periodeveen", "gemeente");
  ASSERT_GT(id, 0);
  std::string pad = "/api/v1/organisaties/" + std::to_string(id) + "/deelnemerschappen";
  auto eerste = server().api("POST", pad, "beheerder",
                             R"({"relatie": "niet_deelnemer", "van": "2013-01-01",
                                 "tot": "2015-12-31"})");
  EXPECT_EQ(eerste.status, 201) << eerste.body;
  EXPECT_FALSE(eerste.header("Location").empty());
  auto tweede =
      server().api("POST", pad, "beheerder", R"({"relatie": "deelnemer", "van": "2016-01-01"})");
  EXPECT_EQ(tweede.status, 201) << tweede.body;

  auto overlap = server().api("POST", pad, "beheerder",
                              R"({"relatie": "deelnemer", "van": "2015-06-01",
                                  "tot": "2016-06-30"})");
  EXPECT_EQ(overlap.status, 400);
  EXPECT_NE(overlap.header("Content-Type").find("application/problem+json"), std::string::npos);
  EXPECT_NE(parse_json(overlap).value("detail", "").find("van"), std::string::npos) << overlap.body;

  // The demo's Beekdal is deelnemer from 2013 onwards, open-ended.
  auto beekdal = server().api("POST",
                              "/api/v1/organisaties/" +
                                  std::to_string(server().organisatie_id("Gemeente Beekdal")) +
                                  "/deelnemerschappen",
                              "beheerder", R"({"relatie": "niet_deelnemer", "van": "2030-01-01"})");
  EXPECT_EQ(beekdal.status, 400);

  auto lijst = server().api("GET", pad, "beheerder");
  ASSERT_EQ(lijst.status, 200);
  EXPECT_EQ(parse_json(lijst)["_embedded"]["deelnemerschappen"].size(), 2u) << lijst.body;
}

// GOV-3: rollen per persoon per organisatie, with a period; the list answers "who on that date".
TEST_F(HttpE2eTest, ApiRollenOpEenPeildatum) {
  // The demo's regisseur beleidscyclus runs from 01-01-2023 to 31-12-2026.
  auto binnen = server().api(
      "GET", "/api/v1/rollen?soort=regisseur_beleidscyclus&peildatum=2026-06-01", "beheerder");
  ASSERT_EQ(binnen.status, 200) << binnen.body;
  EXPECT_EQ(total_count(binnen), 1);
  EXPECT_EQ(parse_json(binnen)["_embedded"]["rollen"][0].value("persoonNaam", ""), "Ingrid Mulder");
  auto laatste_dag = server().api(
      "GET", "/api/v1/rollen?soort=regisseur_beleidscyclus&peildatum=2026-12-31", "beheerder");
  EXPECT_EQ(total_count(laatste_dag), 1);
  auto erna = server().api(
      "GET", "/api/v1/rollen?soort=regisseur_beleidscyclus&peildatum=2027-01-01", "beheerder");
  EXPECT_EQ(total_count(erna), 0);
  auto ervoor = server().api("GET", "/api/v1/rollen?peildatum=2022-12-31", "beheerder");
  EXPECT_EQ(total_count(ervoor), 0);
  auto alle = server().api("GET", "/api/v1/rollen?peildatum=2025-01-01", "beheerder");
  EXPECT_GT(total_count(alle), 40);
}

// GOV-2: AB and DB membership is recorded as rollen and can be listed per bestuursorgaan.
TEST_F(HttpE2eTest, ApiLedenVanAlgemeenEnDagelijksBestuur) {
  auto ab = server().api("GET", "/api/v1/rollen?soort=ab_lid&paginaGrootte=100", "beheerder");
  ASSERT_EQ(ab.status, 200) << ab.body;
  EXPECT_EQ(total_count(ab), 10);  // every deelnemer seated: nine gemeenten and the provincie
  auto leden = parse_json(ab)["_embedded"]["rollen"];
  bool brouwer = false;
  for (const auto& lid : leden) {
    EXPECT_EQ(lid.value("soort", ""), "ab_lid");
    brouwer = brouwer || lid.value("persoonNaam", "") == "Wethouder Hanneke Brouwer";
    EXPECT_NE(lid.value("organisatieNaam", ""), "Gemeente Heuvelrand");  // niet-deelnemer
  }
  EXPECT_TRUE(brouwer);
  auto db = server().api("GET", "/api/v1/rollen?soort=db_lid", "directie");
  ASSERT_EQ(db.status, 200);
  EXPECT_EQ(total_count(db), 3);
}

// HTML: sessions.

TEST_F(HttpE2eTest, HtmlZonderSessieNaarInloggenEnNaInloggenTerug) {
  auto anoniem = send_request(server().port(), {"GET", "/organisaties?zoek=Beek"});
  EXPECT_EQ(anoniem.status, 303);
  std::string location = anoniem.header("Location");
  EXPECT_EQ(location.rfind("/inloggen?terug=", 0), 0u) << location;
  EXPECT_EQ(location, "/inloggen?terug=" + url_encode("/organisaties?zoek=Beek"));

  Browser browser(server().port());
  auto form = browser.get(location);
  ASSERT_EQ(form.status, 200);
  EXPECT_FALSE(form.set_cookie("regie_inlog_csrf").empty());
  std::string terug = field_value(form.body, "terug");
  EXPECT_FALSE(terug.empty());
  auto login = browser.post_raw("/inloggen", {{"csrf", csrf_field(form.body)},
                                              {"terug", terug},
                                              {"naam", "accountmanager"},
                                              {"wachtwoord", service::kDemoWachtwoord}});
  EXPECT_EQ(login.status, 303);
  EXPECT_EQ(login.header("Location"), "/organisaties?zoek=Beek");
  auto pagina = browser.get("/organisaties?zoek=Beek");
  EXPECT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Gemeente Beekdal"), std::string::npos);

  // Already logged in: the login page sends the user on.
  EXPECT_EQ(browser.get("/inloggen").status, 303);
}

// The return address after login comes from the URL, so from anyone who sends the user a link:
// it must stay on this site and must not reach the response headers unchecked.
TEST_F(HttpE2eTest, HtmlInloggenStuurtNietDoorNaarEenAndereSiteEnSplitstGeenAntwoord) {
  for (const std::string terug : {"//elders.example/", "/\\elders.example/", "/\t/elders.example/",
                                  "/\r\n/elders.example/", "/x\r\nSet-Cookie: regie_sessie=vast"}) {
    SCOPED_TRACE(url_encode(terug));
    Browser browser(server().port());
    auto form = browser.get("/inloggen?terug=" + url_encode(terug));
    ASSERT_EQ(form.status, 200);
    auto login = browser.post_raw("/inloggen", {{"csrf", csrf_field(form.body)},
                                                {"terug", field_value(form.body, "terug")},
                                                {"naam", "accountmanager"},
                                                {"wachtwoord", service::kDemoWachtwoord}});
    ASSERT_EQ(login.status, 303);
    std::string location = login.header("Location");
    EXPECT_EQ(location.find_first_of("\t\r\n"), std::string::npos) << location;
    // Browsers drop tabs and newlines from a URL and read a backslash as a slash.
    std::string als_browser;
    for (char c : location) {
      if (c == '\t' || c == '\r' || c == '\n') continue;
      als_browser.push_back(c == '\\' ? '/' : c);
    }
    EXPECT_EQ(als_browser.rfind("//", 0), std::string::npos) << location;
    EXPECT_EQ(als_browser.rfind('/', 0), 0u) << location;
    // Exactly one session cookie, the real one.
    int sessie_cookies = 0;
    for (const auto& cookie : login.headers_named("Set-Cookie")) {
      if (cookie.rfind("regie_sessie=", 0) == 0) ++sessie_cookies;
    }
    EXPECT_EQ(sessie_cookies, 1);
    EXPECT_NE(login.set_cookie("regie_sessie").find("HttpOnly"), std::string::npos);
  }
}

TEST_F(HttpE2eTest, HtmlFoutWachtwoordGeeft401MetNederlandseMelding) {
  Browser browser(server().port());
  auto response = browser.login("directie", "geen-goed-wachtwoord");
  EXPECT_EQ(response.status, 401);
  EXPECT_NE(response.body.find(kOnjuist), std::string::npos);
  EXPECT_NE(response.body.find("lang=\"nl\""), std::string::npos);
  EXPECT_TRUE(response.set_cookie("regie_sessie").empty());
  EXPECT_FALSE(browser.cookie("regie_sessie").has_value());
  // The name stays filled in; the password does not.
  EXPECT_EQ(attribute(tag_with_id(response.body, "naam"), "value"), "directie");
  EXPECT_EQ(attribute(tag_with_id(response.body, "wachtwoord"), "value"), std::nullopt);

  // An unknown account gets the very same answer.
  Browser ander(server().port());
  auto onbekend = ander.login("bestaat-niet", "geen-goed-wachtwoord");
  EXPECT_EQ(onbekend.status, 401);
  EXPECT_NE(onbekend.body.find(kOnjuist), std::string::npos);
}

// "The same answer for both" (AuthService::login) includes the time it takes: otherwise the
// response time tells which account names exist.
TEST_F(HttpE2eTest, InloggenMetOnbekendeNaamDuurtNetZoLangAlsMetFoutWachtwoord) {
  // The real cost, as the regie binary uses it (this test program hashes at the minimum).
  struct EchteKosten {
    EchteKosten() { service::set_hash_kosten(service::HashKosten::kInteractief); }
    ~EchteKosten() { service::set_hash_kosten(service::HashKosten::kMinimaal); }
    EchteKosten(const EchteKosten&) = delete;
    EchteKosten& operator=(const EchteKosten&) = delete;
  } echte_kosten;
  ASSERT_TRUE(server()
                  .auth()
                  .create_gebruiker("tijdtest", auth::Gebruikersrol::kMedewerker,
                                    server().organisatie_id(kRegioNaam),
                                    "een-lang-genoeg-wachtwoord")
                  .ok());
  auto kortste = [&](const std::string& naam) {
    auto beste = std::chrono::steady_clock::duration::max();
    for (int i = 0; i < 3; ++i) {
      Browser browser(server().port());
      auto form = browser.get("/inloggen");
      auto begin = std::chrono::steady_clock::now();
      auto response = browser.post_raw(
          "/inloggen",
          {{"csrf", csrf_field(form.body)}, {"naam", naam}, {"wachtwoord", "onjuist"}});
      beste = std::min(beste, std::chrono::steady_clock::now() - begin);
      EXPECT_EQ(response.status, 401);
    }
    return std::chrono::duration<double, std::milli>(beste).count();
  };
  double bekend = kortste("tijdtest");
  double onbekend = kortste("bestaat-niet-tijdtest");
  EXPECT_GT(onbekend, bekend / 4) << "onbekende naam " << onbekend << " ms, bekende naam met fout "
                                  << "wachtwoord " << bekend << " ms";
}

TEST_F(HttpE2eTest, HtmlInloggenZonderInlogCsrfWordtGeweigerd) {
  Browser browser(server().port());
  auto zonder = browser.post_raw("/inloggen",
                                 {{"naam", "beheerder"}, {"wachtwoord", service::kDemoWachtwoord}});
  EXPECT_EQ(zonder.status, 403);
  EXPECT_TRUE(zonder.set_cookie("regie_sessie").empty());
  auto form = browser.get("/inloggen");
  auto fout = browser.post_raw("/inloggen", {{"csrf", csrf_field(form.body) + "x"},
                                             {"naam", "beheerder"},
                                             {"wachtwoord", service::kDemoWachtwoord}});
  EXPECT_EQ(fout.status, 403);
  EXPECT_TRUE(fout.set_cookie("regie_sessie").empty());
}

TEST_F(HttpE2eTest, HtmlInloggenGeeftSessiecookieHttpOnlySameSiteLax) {
  Browser browser(server().port());
  auto response = browser.login("medewerker", service::kDemoWachtwoord);
  ASSERT_EQ(response.status, 303) << response.body;
  EXPECT_EQ(response.header("Location"), "/");
  std::string cookie = response.set_cookie("regie_sessie");
  ASSERT_FALSE(cookie.empty());
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << cookie;
  EXPECT_TRUE(response.set_cookie("__Host-regie_sessie").empty());
  // The login CSRF cookie is cleared.
  EXPECT_NE(response.set_cookie("regie_inlog_csrf").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(browser.get("/").status, 200);
}

TEST_F(HttpE2eTest, HtmlAchterDeProxyHeetHetCookieHostRegieSessieEnIsHetSecure) {
  Browser browser(server().port(), /*secure=*/true);
  auto form = browser.get("/inloggen");
  std::string inlog_csrf = form.set_cookie("__Host-regie_inlog_csrf");
  ASSERT_FALSE(inlog_csrf.empty());
  EXPECT_NE(inlog_csrf.find("; Secure"), std::string::npos);
  auto response = browser.login("opdrachtgever", service::kDemoWachtwoord);
  ASSERT_EQ(response.status, 303) << response.body;
  std::string cookie = response.set_cookie("__Host-regie_sessie");
  ASSERT_FALSE(cookie.empty());
  EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Domain="), std::string::npos) << cookie;
  EXPECT_TRUE(response.set_cookie("regie_sessie").empty());
  auto start = browser.get("/");
  EXPECT_EQ(start.status, 200);
  EXPECT_TRUE(start.has_header("Strict-Transport-Security"));
}

TEST_F(HttpE2eTest, HtmlSessieIdIsBijElkeInlogNieuw) {
  Browser browser(server().port());
  // A session id planted before login (fixation) is not taken over.
  browser.set_cookie("regie_sessie", "door-een-aanvaller-gekozen");
  ASSERT_TRUE(browser.login_demo("bestuurder"));
  std::string eerste = browser.cookie("regie_sessie").value_or("");
  EXPECT_NE(eerste, "door-een-aanvaller-gekozen");
  EXPECT_GE(eerste.size(), 32u);

  Browser opnieuw(server().port());
  ASSERT_TRUE(opnieuw.login_demo("bestuurder"));
  std::string tweede = opnieuw.cookie("regie_sessie").value_or("");
  EXPECT_FALSE(tweede.empty());
  EXPECT_NE(eerste, tweede);
  EXPECT_NE(browser.csrf(), opnieuw.csrf());
}

TEST_F(HttpE2eTest, HtmlUitloggenMaaktDeSessieOpDeServerOngeldig) {
  Browser browser(server().port());
  ASSERT_TRUE(browser.login_demo("directie"));
  std::string oud = browser.cookie("regie_sessie").value_or("");
  ASSERT_FALSE(oud.empty());
  auto uit = browser.post("/uitloggen", {});
  EXPECT_EQ(uit.status, 303);
  EXPECT_EQ(uit.header("Location").rfind("/inloggen", 0), 0u);
  EXPECT_NE(uit.set_cookie("regie_sessie").find("Max-Age=0"), std::string::npos);

  // A copy of the old cookie (say, kept by an attacker) no longer works.
  Browser kopie(server().port());
  kopie.set_cookie("regie_sessie", oud);
  auto pagina = kopie.get("/");
  EXPECT_EQ(pagina.status, 303);
  EXPECT_EQ(pagina.header("Location").rfind("/inloggen", 0), 0u);
  auto form = kopie.post("/organisaties",
                         {{"csrf", browser.csrf()}, {"naam", "Na uitloggen"}, {"soort", "overig"}});
  EXPECT_EQ(form.status, 303);
  EXPECT_EQ(server().organisatie_id("Na uitloggen"), 0);
}

TEST_F(HttpE2eTest, HtmlFormulierZonderOfMetFouteCsrfGeeft403EnWijzigtNiets) {
  Browser& beheerder = browser("beheerder");
  Form velden = {{"naam", "Gemeente Csrfdorp"}, {"soort", "gemeente"}};
  auto zonder = beheerder.post_raw("/organisaties", velden);
  EXPECT_EQ(zonder.status, 403);
  EXPECT_NE(html_unescape(zonder.body).find("Het formulier is verlopen"), std::string::npos);

  Form fout = velden;
  fout.emplace_back("csrf", beheerder.csrf() + "x");
  EXPECT_EQ(beheerder.post_raw("/organisaties", fout).status, 403);

  // Another session's token is no good either.
  Browser& ander = browser("opdrachtgever");
  Form geleend = velden;
  geleend.emplace_back("csrf", ander.csrf());
  EXPECT_EQ(beheerder.post_raw("/organisaties", geleend).status, 403);
  EXPECT_EQ(server().organisatie_id("Gemeente Csrfdorp"), 0);

  Id beekdal = server().organisatie_id("Gemeente Beekdal");
  auto verwijderen =
      beheerder.post_raw("/organisaties/" + std::to_string(beekdal) + "/verwijderen",
                         {{"versie", std::to_string(server().organisatie_versie(beekdal))}});
  EXPECT_EQ(verwijderen.status, 403);
  EXPECT_EQ(server().organisatie_id("Gemeente Beekdal"), beekdal);
}

// Decision 7: five wrong passwords from one address make that address wait, told how long in
// Retry-After, even for the right password; the wait grows with every further failure (the
// server's clock is moved on, no sleeping). The person itself, from an address that has not been
// failing, gets in with the right password at once: nobody can lock someone out by name.
TEST_F(HttpE2eTest, HtmlNaVijfFouteWachtwoordenWachtAlleenDatAdresEnSteedsLanger) {
  const std::string wachtwoord = "een-lang-genoeg-wachtwoord";
  auto toegevoegd =
      server().auth().create_gebruiker("blokkadetest", auth::Gebruikersrol::kMedewerker,
                                       server().organisatie_id(kRegioNaam), wachtwoord);
  ASSERT_TRUE(toegevoegd.ok());
  Browser aanvaller(server().port());
  aanvaller.set_source_address("127.0.0.2");
  for (int poging = 1; poging <= auth::kVrijeInlogpogingen; ++poging) {
    SCOPED_TRACE(poging);
    auto fout = aanvaller.login("blokkadetest", "fout-" + std::to_string(poging));
    EXPECT_EQ(fout.status, 401);
    EXPECT_NE(fout.body.find(kOnjuist), std::string::npos);
    EXPECT_FALSE(fout.has_header("Retry-After"));
  }
  auto wacht = [&](const std::string& met) {
    auto geweigerd = aanvaller.login("blokkadetest", met);
    EXPECT_EQ(geweigerd.status, 429);
    EXPECT_NE(geweigerd.body.find("Te veel mislukte inlogpogingen vanaf dit adres."),
              std::string::npos);
    EXPECT_TRUE(geweigerd.set_cookie("regie_sessie").empty());
    EXPECT_FALSE(aanvaller.cookie("regie_sessie").has_value());
    return std::atoll(geweigerd.header("Retry-After").c_str());
  };
  auto eerste = wacht(wachtwoord);
  EXPECT_GT(eerste, 0);
  EXPECT_LE(eerste, 60);

  Browser eigenaar(server().port());  // 127.0.0.1
  auto binnen = eigenaar.login("blokkadetest", wachtwoord);
  EXPECT_EQ(binnen.status, 303);
  EXPECT_TRUE(eigenaar.cookie("regie_sessie").has_value());

  // After the wait one attempt is heard; it fails, and the next wait is twice as long.
  server().verzet_klok(std::chrono::seconds(eerste));
  EXPECT_EQ(aanvaller.login("blokkadetest", "fout-6").status, 401);
  auto tweede = wacht(wachtwoord);
  EXPECT_GT(tweede, 60);
  EXPECT_LE(tweede, 120);
  // The owner's success did not clear the failing address, nor did its failures reach her.
  Browser nog_eens(server().port());
  EXPECT_EQ(nog_eens.login("blokkadetest", wachtwoord).status, 303);
}

// A path decoded for the access log cannot forge a log line or write a NUL: every log field with
// outside input is escaped (decision 23). The log of the real server is captured, as written.
TEST_F(HttpE2eTest, EenPadMetRegeleindenSchrijftGeenEigenLogregel) {
  std::ostringstream log;
  auto vorige = spdlog::default_logger();
  auto vastlegger = std::make_shared<spdlog::logger>(
      "vastlegger", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
  vastlegger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");  // as `regie serve`
  spdlog::set_default_logger(vastlegger);
  spdlog::set_level(spdlog::level::info);
  const std::string nep = "2026-12-01T09:00:00.000+0000 info NEP-REGEL";
  std::string nep_pad;
  for (char c : nep) {
    nep_pad += c == ' ' ? std::string("%20") : c == '+' ? "%2B" : std::string(1, c);
  }
  auto crlf = send_request(server().port(), {"GET", "/api/v1/organisaties%0d%0a" + nep_pad});
  auto nul = send_request(server().port(), {"GET", "/api/v1/organisaties%00NUL-IN-LOG"});
  auto lf = send_request(server().port(), {"GET", "/inloggen%0ANEP-LF"});
  spdlog::set_default_logger(vorige);
  spdlog::set_level(spdlog::level::warn);
  EXPECT_NE(crlf.status, 0) << crlf.body;
  EXPECT_NE(nul.status, 0) << nul.body;
  EXPECT_NE(lf.status, 0) << lf.body;

  const std::string tekst = log.str();
  EXPECT_EQ(tekst.find('\0'), std::string::npos) << "NUL in het log";
  EXPECT_EQ(tekst.find('\r'), std::string::npos) << "CR in het log";
  std::vector<std::string> regels;
  std::istringstream in(tekst);
  for (std::string regel; std::getline(in, regel);) regels.push_back(regel);
  ASSERT_EQ(regels.size(), 3u) << tekst;
  for (const auto& regel : regels) {
    // Every line is a line the server wrote: the access log with its prefix.
    EXPECT_NE(regel.find(" info toegang method=GET path=/"), std::string::npos) << regel;
    EXPECT_NE(regel.rfind("NEP-REGEL", 0), 0u) << regel;
    EXPECT_NE(regel.rfind("NEP-LF", 0), 0u) << regel;
  }
  EXPECT_NE(tekst.find("path=/api/v1/organisaties\\x0d\\x0a" + nep + " status="), std::string::npos)
      << tekst;
  EXPECT_NE(tekst.find("path=/api/v1/organisaties\\x00NUL-IN-LOG status="), std::string::npos)
      << tekst;
  EXPECT_NE(tekst.find("path=/inloggen\\x0aNEP-LF status="), std::string::npos) << tekst;
}

// The audit log's text fields carry the typed user name of a login: escaped the same way, so an
// audit line is one line whatever was typed.
TEST_F(HttpE2eTest, EenGebruikersnaamMetRegeleindenBlijftEenAuditregel) {
  Browser browser(server().port());
  auto fout = browser.login("iemand\r\n2026-12-01T09:00:00Z inloggen gelukt", "onjuist");
  EXPECT_EQ(fout.status, 401);
  auto uow = server().store().begin(Toegang::kLezen);
  ASSERT_TRUE(uow.ok());
  auto regels = (*uow)->audit().list(0, 1'000'000);
  ASSERT_TRUE(regels.ok());
  ASSERT_FALSE(regels->empty());
  const auto& laatste = regels->back();
  EXPECT_EQ(laatste.actie, "inloggen");
  EXPECT_EQ(laatste.actor, "iemand\\x0d\\x0a2026-12-01T09:00:00Z inloggen gelukt");
  EXPECT_EQ(laatste.object, "gebruiker/iemand\\x0d\\x0a2026-12-01T09:00:00Z inloggen gelukt");
  for (const auto& regel : *regels) {
    for (const std::string* veld :
         {&regel.actor, &regel.actie, &regel.object, &regel.resultaat, &regel.herkomst}) {
      EXPECT_EQ(veld->find_first_of(std::string("\r\n\0", 3)), std::string::npos) << *veld;
    }
  }
  auto keten = server().audit().verify();
  ASSERT_TRUE(keten.ok());
  EXPECT_FALSE(keten->first_broken_id.has_value());
}

// HTML: forms.

TEST_F(HttpE2eTest, HtmlOrganisatieAanmakenViaHetFormulier) {
  Browser& beheerder = browser("beheerder");
  auto nieuw = beheerder.get("/organisaties/nieuw");
  ASSERT_EQ(nieuw.status, 200);
  EXPECT_EQ(csrf_field(nieuw.body), beheerder.csrf());
  auto response = beheerder.post(
      "/organisaties",
      {{"naam", "Gemeente Formulierdorp"}, {"soort", "gemeente"}, {"inwonertal", "12345"}});
  ASSERT_EQ(response.status, 303) << response.body;
  std::string location = response.header("Location");
  Id id = id_from_location(location);
  EXPECT_GT(id, 0);
  EXPECT_EQ(id, server().organisatie_id("Gemeente Formulierdorp"));
  auto detail = beheerder.get(location);
  EXPECT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find("Het is toegevoegd."), std::string::npos);
  EXPECT_NE(detail.body.find("12.345"), std::string::npos);

  auto lijst = beheerder.get("/organisaties?zoek=Formulier");
  EXPECT_EQ(lijst.status, 200);
  EXPECT_NE(
      lijst.body.find("href=\"/organisaties/" + std::to_string(id) + "\">Gemeente Formulierdorp<"),
      std::string::npos);
}

TEST_F(HttpE2eTest, HtmlLegeNaamToontDeFoutBijHetVeldEnHoudtDeRestVast) {
  Browser& beheerder = browser("beheerder");
  auto response = beheerder.post("/organisaties",
                                 {{"naam", ""}, {"soort", "provincie"}, {"inwonertal", "98765"}});
  EXPECT_EQ(response.status, 400);
  std::string naam = tag_with_id(response.body, "veld-naam");
  ASSERT_FALSE(naam.empty());
  EXPECT_EQ(attribute(naam, "aria-invalid"), "true");
  EXPECT_NE(attribute(naam, "aria-describedby").value_or("").find("veld-naam-fout"),
            std::string::npos);
  auto fout_pos = response.body.find("id=\"veld-naam-fout\"");
  ASSERT_NE(fout_pos, std::string::npos);
  EXPECT_EQ(response.body.substr(response.body.find('>', fout_pos) + 1, 21),
            "dit veld is verplicht");
  // The error summary links to the field.
  EXPECT_NE(response.body.find("href=\"#veld-naam\""), std::string::npos);
  // The other input is kept.
  EXPECT_EQ(attribute(tag_with_id(response.body, "veld-inwonertal"), "value"), "98765");
  EXPECT_EQ(attribute(tag_with_id(response.body, "veld-inwonertal"), "aria-invalid"), std::nullopt);
  EXPECT_NE(response.body.find("<option value=\"provincie\" selected>"), std::string::npos);
  EXPECT_NE(response.body.find("lang=\"nl\""), std::string::npos);
}

TEST_F(HttpE2eTest, HtmlTweeTabbladenMetDezelfdeVersieGevenBijHetTweedeEenConflict) {
  Id id = create_organisatie("Gemeente Tabbladen");
  ASSERT_GT(id, 0);
  Browser& beheerder = browser("beheerder");
  std::string pad = "/organisaties/" + std::to_string(id);
  auto tab1 = beheerder.get(pad + "/bewerken");
  auto tab2 = beheerder.get(pad + "/bewerken");
  ASSERT_EQ(tab1.status, 200);
  ASSERT_EQ(tab2.status, 200);
  std::string versie = field_value(tab1.body, "versie");
  EXPECT_EQ(versie, "1");
  EXPECT_EQ(field_value(tab2.body, "versie"), versie);

  auto opslaan1 = beheerder.post(pad, {{"versie", versie},
                                       {"naam", "Gemeente Tabblad Een"},
                                       {"soort", "gemeente"},
                                       {"inwonertal", "1111"}});
  EXPECT_EQ(opslaan1.status, 303);
  auto opslaan2 = beheerder.post(pad, {{"versie", versie},
                                       {"naam", "Gemeente Tabblad Twee"},
                                       {"soort", "overig"},
                                       {"inwonertal", "2222"}});
  EXPECT_EQ(opslaan2.status, 409);
  EXPECT_NE(opslaan2.body.find("Iemand anders heeft dit intussen gewijzigd"), std::string::npos);
  // The second tab's input is still there, now against the latest version.
  EXPECT_EQ(attribute(tag_with_id(opslaan2.body, "veld-naam"), "value"), "Gemeente Tabblad Twee");
  EXPECT_EQ(attribute(tag_with_id(opslaan2.body, "veld-inwonertal"), "value"), "2222");
  EXPECT_EQ(field_value(opslaan2.body, "versie"), "2");

  auto uow = server().store().begin(Toegang::kLezen);
  ASSERT_TRUE(uow.ok());
  auto opgeslagen = (*uow)->registry().get_organisatie(id);
  ASSERT_TRUE(opgeslagen.ok());
  EXPECT_EQ(opgeslagen->naam, "Gemeente Tabblad Een");
  EXPECT_EQ(opgeslagen->inwonertal, 1111);
  EXPECT_EQ(opgeslagen->versie, 2);
}

TEST_F(HttpE2eTest, HtmlPaginasZijnNederlandsMetRegioOrganisatieSkiplinkEnKruimelpad) {
  struct Geval {
    std::string account;
    std::string pad;
    std::string organisatie;
  };
  for (const auto& geval : {Geval{"beheerder", "/organisaties", kRegioNaam},
                            Geval{"opdrachtgever", "/personen", "Gemeente Beekdal"},
                            Geval{"bestuurder", "/rollen", "Gemeente Beekdal"}}) {
    SCOPED_TRACE(geval.account + " " + geval.pad);
    auto pagina = browser(geval.account).get(geval.pad);
    ASSERT_EQ(pagina.status, 200);
    EXPECT_NE(pagina.header("Content-Type").find("text/html"), std::string::npos);
    const std::string& html = pagina.body;
    EXPECT_NE(html.find("<html lang=\"nl\""), std::string::npos);
    auto header_start = html.find("<header");
    auto header_end = html.find("</header>");
    ASSERT_NE(header_start, std::string::npos);
    ASSERT_NE(header_end, std::string::npos);
    std::string header = html.substr(header_start, header_end - header_start);
    EXPECT_NE(header.find(kRegioNaam), std::string::npos);
    EXPECT_NE(header.find(geval.organisatie), std::string::npos);
    EXPECT_NE(header.find(geval.account), std::string::npos);
    EXPECT_NE(html.find("href=\"#inhoud\""), std::string::npos);
    EXPECT_NE(html.find("Direct naar de inhoud"), std::string::npos);
    EXPECT_NE(html.find("id=\"inhoud\""), std::string::npos);
    EXPECT_NE(html.find("aria-label=\"Kruimelpad\""), std::string::npos);
    EXPECT_NE(html.find("utrecht-breadcrumb-nav__link\" href=\"/\""), std::string::npos);
  }
}

TEST_F(HttpE2eTest, HtmlGetallenEnDatumsInNederlandseNotatie) {
  Browser& opdrachtgever = browser("opdrachtgever");
  auto lijst = opdrachtgever.get("/organisaties?zoek=Beekdal");
  ASSERT_EQ(lijst.status, 200);
  EXPECT_NE(lijst.body.find(">45.210<"), std::string::npos);
  EXPECT_EQ(lijst.body.find("45210"), std::string::npos);

  Id beekdal = server().organisatie_id("Gemeente Beekdal");
  auto detail = opdrachtgever.get("/organisaties/" + std::to_string(beekdal));
  ASSERT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find("45.210"), std::string::npos);
  EXPECT_NE(detail.body.find(">01-01-2013<"), std::string::npos);  // deelnemer since
  EXPECT_EQ(detail.body.find("2013-01-01"), std::string::npos);
  EXPECT_NE(detail.body.find("01-01-2023 t/m heden"), std::string::npos);

  Id ingrid = server().persoon_id("Ingrid Mulder");
  auto persoon = opdrachtgever.get("/personen/" + std::to_string(ingrid));
  ASSERT_EQ(persoon.status, 200);
  EXPECT_NE(persoon.body.find("01-01-2023 t/m 31-12-2026"), std::string::npos);
  EXPECT_NE(persoon.body.find(">600<"), std::string::npos);

  // Provincie Voorbeeldland: 1.163.000 inwoners.
  auto provincie = opdrachtgever.get("/organisaties?zoek=Provincie");
  EXPECT_NE(provincie.body.find("1.163.000"), std::string::npos);
}

TEST_F(HttpE2eTest, HtmlToontInvoerVanGebruikersGeescaped) {
  Id id = create_organisatie("<script>alert(\"regie\")</script> & 'Co'");
  ASSERT_GT(id, 0);
  Browser& beheerder = browser("beheerder");
  for (const std::string& pad :
       {"/organisaties?zoek=" + url_encode("<script>"), "/organisaties/" + std::to_string(id),
        "/organisaties/" + std::to_string(id) + "/bewerken"}) {
    SCOPED_TRACE(pad);
    auto pagina = beheerder.get(pad);
    ASSERT_EQ(pagina.status, 200);
    EXPECT_EQ(pagina.body.find("<script>"), std::string::npos);
    EXPECT_NE(pagina.body.find("&lt;script&gt;alert(&quot;regie&quot;)&lt;/script&gt; &amp; "),
              std::string::npos);
  }
}

// The audit log.

// Behind a proxy, X-Forwarded-For is "client, proxy1, …": each proxy appends the address it
// received from. Only the entry the trusted proxy appended (the last) is not the client's own
// claim; the audit log (BIO) must record that one.
TEST_F(HttpE2eTest, AuditHerkomstAchterDeProxyIsHetAdresDatDeProxyZag) {
  Id beekdal = server().organisatie_id("Gemeente Beekdal");
  std::string pad = "/api/v1/organisaties/" + std::to_string(beekdal);
  std::string body = R"({"naam": "Gemeente Beekdal", "soort": "gemeente"})";
  auto laatste_herkomst = [&]() -> std::string {
    auto uow = server().store().begin(Toegang::kLezen);
    if (!uow.ok()) return "";
    auto entries = (*uow)->audit().list(0, 1000000);
    if (!entries.ok() || entries->empty()) return "";
    return entries->back().herkomst;
  };
  // A refused write is audited too; it leaves the record as it is.
  auto achter_proxy =
      server().api("PUT", pad, "medewerker", body,
                   {{"If-Match", etag(1)}, {"X-Forwarded-For", "6.6.6.6, 203.0.113.7"}});
  EXPECT_EQ(achter_proxy.status, 403);
  EXPECT_EQ(laatste_herkomst(), "api 203.0.113.7");

  auto enkel = server().api("PUT", pad, "medewerker", body,
                            {{"If-Match", etag(1)}, {"X-Forwarded-For", "198.51.100.4"}});
  EXPECT_EQ(enkel.status, 403);
  EXPECT_EQ(laatste_herkomst(), "api 198.51.100.4");

  // A client that is not the trusted proxy cannot choose its address.
  HttpRequest direct{"PUT",
                     pad,
                     {{"Authorization", "Bearer " + server().token("medewerker")},
                      {"Content-Type", "application/json"},
                      {"If-Match", etag(1)},
                      {"X-Forwarded-For", "6.6.6.6"}},
                     body,
                     "127.0.0.2"};
  EXPECT_EQ(send_request(server().port(), direct).status, 403);
  EXPECT_EQ(laatste_herkomst(), "api 127.0.0.2");
}

TEST_F(HttpE2eTest, NaSchrijfactiesIsHetAuditlogCompleetEnDeKetenOngebroken) {
  auto api_gelukt = server().api("POST", "/api/v1/organisaties", "beheerder",
                                 R"({"naam": "Gemeente Auditdorp", "soort": "gemeente"})");
  ASSERT_EQ(api_gelukt.status, 201);
  std::string api_object =
      "organisatie/" + std::to_string(id_from_location(api_gelukt.header("Location")));
  auto api_geweigerd = server().api("POST", "/api/v1/organisaties", "medewerker",
                                    R"({"naam": "Gemeente Mag Niet", "soort": "gemeente"})");
  ASSERT_EQ(api_geweigerd.status, 403);
  auto api_ongeldig = server().api("POST", "/api/v1/organisaties", "beheerder", R"({"naam": ""})");
  ASSERT_EQ(api_ongeldig.status, 400);
  auto web_gelukt =
      browser("beheerder")
          .post("/organisaties", {{"naam", "Gemeente Webaudit"}, {"soort", "overig"}});
  ASSERT_EQ(web_gelukt.status, 303);
  std::string web_object =
      "organisatie/" + std::to_string(id_from_location(web_gelukt.header("Location")));
  Id beekdal = server().organisatie_id("Gemeente Beekdal");
  auto web_geweigerd = browser("opdrachtgever")
                           .post("/organisaties/" + std::to_string(beekdal),
                                 {{"versie", std::to_string(server().organisatie_versie(beekdal))},
                                  {"naam", "Gemeente Beekdal"},
                                  {"soort", "gemeente"}});
  ASSERT_EQ(web_geweigerd.status, 403);

  auto check = server().audit().verify();
  ASSERT_TRUE(check.ok());
  EXPECT_FALSE(check->first_broken_id.has_value()) << check->reason;
  EXPECT_GT(check->checked, 5);

  auto uow = server().store().begin(Toegang::kLezen);
  ASSERT_TRUE(uow.ok());
  auto entries = (*uow)->audit().list(0, 100000);
  ASSERT_TRUE(entries.ok());
  auto find = [&](const std::string& actor, const std::string& actie, const std::string& resultaat,
                  const std::string& herkomst, const std::string& object = "") {
    for (const auto& e : *entries) {
      if (e.actor == actor && e.actie == actie && e.resultaat == resultaat &&
          e.herkomst.rfind(herkomst, 0) == 0 && (object.empty() || e.object == object)) {
        return &e;
      }
    }
    return static_cast<const audit::Entry*>(nullptr);
  };
  const std::regex iso_tijd(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z)");
  struct Verwacht {
    const char* actor;
    const char* actie;
    const char* resultaat;
    const char* herkomst;
    std::string object;
  };
  for (const auto& v : {Verwacht{"beheerder", "organisatie.aanmaken", "gelukt", "api ", api_object},
                        Verwacht{"medewerker", "organisatie.aanmaken", "geweigerd", "api ", ""},
                        Verwacht{"beheerder", "organisatie.aanmaken", "ongeldig", "api ", ""},
                        Verwacht{"beheerder", "organisatie.aanmaken", "gelukt", "web ", web_object},
                        Verwacht{"opdrachtgever", "organisatie.wijzigen", "geweigerd", "web ",
                                 "organisatie/" + std::to_string(beekdal)},
                        Verwacht{"beheerder", "inloggen", "gelukt", "web ", ""}}) {
    SCOPED_TRACE(std::string(v.actor) + " " + v.actie + " " + v.resultaat + " " + v.herkomst);
    const audit::Entry* entry = find(v.actor, v.actie, v.resultaat, v.herkomst, v.object);
    ASSERT_NE(entry, nullptr);
    EXPECT_FALSE(entry->object.empty());
    EXPECT_TRUE(std::regex_match(entry->tijdstip, iso_tijd)) << entry->tijdstip;
    EXPECT_EQ(entry->herkomst, std::string(v.herkomst) + "127.0.0.1");
    EXPECT_EQ(entry->hash.size(), 64u);
  }
}

}  // namespace
}  // namespace regie::e2e
