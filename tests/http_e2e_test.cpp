// End to end over HTTP: a real server on a loopback port, a real SQLite file with the demo
// regio, requests over a socket. What a client or a browser sees: headers, status codes,
// problem documents, cookies, forms, Dutch texts and formats, and the audit log behind it.
// Logging in and sessions are in inloggen_e2e_test.cpp; the fixture in http_e2e_fixture.hpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>

#include <sstream>

#include "domain/audit/audit_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "http_e2e_fixture.hpp"
#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

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

// GOV-3 over the API: changed hours hold from urenVanaf and the earlier period stays in
// urenperioden; a urenVanaf that is no ISO date is a 400 naming the field.
TEST_F(HttpE2eTest, GOV3_ApiUrenWijzigenVanafEenDatumLaatDeEerderePeriodeIntact) {
  const std::string basis = json{
      {"persoonId", server().persoon_id("Pieter de Boer")},
      {"organisatieId", server().organisatie_id("Gemeente Beekdal")},
      {"soort", "beleidsadviseur"},
      {"van", "2023-01-01"},
      {"urenPerJaar", 300}}.dump();
  auto aangemaakt = server().api("POST", "/api/v1/rollen", "beheerder", basis);
  ASSERT_EQ(aangemaakt.status, 201) << aangemaakt.body;
  EXPECT_EQ(parse_json(aangemaakt)["urenperioden"],
            json::parse(R"([{"van": "2023-01-01", "urenPerJaar": 300}])"));
  const std::string pad = aangemaakt.header("Location");

  json wijziging = json::parse(basis);
  wijziging["urenPerJaar"] = 450;
  wijziging["urenVanaf"] = "01-01-2027";
  auto fout = server().api("PUT", pad, "beheerder", wijziging.dump(), {{"If-Match", etag(1)}});
  EXPECT_EQ(fout.status, 400) << fout.body;
  EXPECT_NE(parse_json(fout).value("detail", "").find("urenVanaf"), std::string::npos) << fout.body;

  wijziging["urenVanaf"] = "2027-01-01";
  auto gewijzigd = server().api("PUT", pad, "beheerder", wijziging.dump(), {{"If-Match", etag(1)}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  auto rol = parse_json(server().api("GET", pad, "beheerder"));
  EXPECT_EQ(rol["urenPerJaar"], 450);
  EXPECT_EQ(rol["urenperioden"], json::parse(R"([{"van": "2023-01-01", "urenPerJaar": 300},
                                                 {"van": "2027-01-01", "urenPerJaar": 450}])"));
  EXPECT_EQ(server().api("DELETE", pad, "beheerder", "", {{"If-Match", etag(2)}}).status, 204);
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
    std::string wie;  // GOV-10: the persoon with its hats, or the beheerder's login
  };
  for (const auto& geval :
       {Geval{"beheerder", "/organisaties", kRegioNaam, "beheerder"},
        Geval{"opdrachtgever", "/personen", "Gemeente Beekdal",
              "Pieter de Boer · ambtelijk opdrachtgever Gemeente Beekdal"},
        Geval{"bestuurder", "/rollen", "Gemeente Beekdal",
              "Wethouder Hanneke Brouwer · bestuurlijk opdrachtgever Gemeente Beekdal; "
              "portefeuillehouder milieu Gemeente Beekdal"}}) {
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
    EXPECT_NE(header.find(geval.wie), std::string::npos) << header;
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
                        // GOV-10: a persoon's line names the login, the persoon and its hats.
                        Verwacht{"medewerker (Daan Smit, medewerker Omgevingsdienst Regio "
                                 "Voorbeeld)",
                                 "organisatie.aanmaken", "geweigerd", "api ", ""},
                        Verwacht{"beheerder", "organisatie.aanmaken", "ongeldig", "api ", ""},
                        Verwacht{"beheerder", "organisatie.aanmaken", "gelukt", "web ", web_object},
                        Verwacht{"opdrachtgever (Pieter de Boer, ambtelijk opdrachtgever "
                                 "Gemeente Beekdal)",
                                 "organisatie.wijzigen", "geweigerd", "web ",
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
