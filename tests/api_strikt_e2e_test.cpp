// The API's promises at the edges, over HTTP on a real server: one error format (also for what
// the server answers before routing), JSON bodies only and read strictly, ISO dates, paging
// errors that say what is wrong, the list headers, HEAD, and If-Match with strong ETags only
// (decision 16).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http_e2e_fixture.hpp"
#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

std::string detail(const HttpResponse& response) {
  auto body = parse_json(response);
  return body.is_object() && body.contains("detail") && body["detail"].is_string()
             ? body["detail"].get<std::string>()
             : std::string();
}

// A problem document (RFC 9457) with API-Version: status, title and detail, nothing else
// than type and instance beside them.
void expect_problem(const HttpResponse& response, int status) {
  EXPECT_EQ(response.status, status) << response.body;
  EXPECT_EQ(response.header("Content-Type"), "application/problem+json") << response.body;
  EXPECT_EQ(response.header("API-Version"), "1.0.0");
  auto body = parse_json(response);
  ASSERT_TRUE(body.is_object()) << response.body;
  EXPECT_EQ(body["status"], status);
  EXPECT_TRUE(body["title"].is_string() && !body["title"].get<std::string>().empty());
  EXPECT_TRUE(body["detail"].is_string() && !body["detail"].get<std::string>().empty());
  for (const auto& [key, value] : body.items()) {
    EXPECT_TRUE(key == "type" || key == "title" || key == "status" || key == "detail" ||
                key == "instance")
        << key;
  }
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The shared server of HttpE2eTest, with a POST that sets its own headers.
class ApiStriktE2eTest : public HttpE2eTest {
 protected:
  // A POST with exactly these headers (no Content-Type added).
  static HttpResponse post(const std::string& target, const std::string& body,
                           const Headers& headers) {
    HttpRequest request;
    request.method = "POST";
    request.target = target;
    request.headers.emplace_back("Authorization", "Bearer " + server().token("beheerder"));
    for (const auto& h : headers) request.headers.push_back(h);
    request.body = body;
    return server().send(request);
  }
};

// One error format: every error the API gives is problem+json.

TEST_F(ApiStriktE2eTest, WatDeServerZelfAntwoordtIsProblemJsonMetApiVersion) {
  const std::uint16_t port = server().port();
  const std::string host = "Host: 127.0.0.1\r\n";
  struct Geval {
    std::string naam;
    HttpResponse response;
    int status;
  };
  std::vector<Geval> gevallen;
  gevallen.push_back({"400 verzoekregel", send_raw(port, "DIT IS GEEN HTTP\r\n\r\n"), 400});
  gevallen.push_back({"413 body",
                      send_raw(port, "POST /api/v1/organisaties HTTP/1.1\r\n" + host +
                                         "Content-Type: application/json\r\n"
                                         "Content-Length: 3000000\r\n\r\n{"),
                      413});
  std::string koppen = "GET /api/v1/regios HTTP/1.1\r\n" + host;
  for (int i = 0; koppen.size() < 20'000; ++i) {
    koppen += "X-Vulling-" + std::to_string(i) + ": " + std::string(1000, 'a') + "\r\n";
  }
  gevallen.push_back({"431 koppen", send_raw(port, koppen + "\r\n"), 431});
  gevallen.push_back({"404 API", server().api("GET", "/api/v1/bestaat-niet", "beheerder"), 404});
  gevallen.push_back(
      {"404 statisch", send_request(port, {"GET", "/static/bestaat-niet.css"}), 404});
  gevallen.push_back({"405 API", server().api("DELETE", "/api/v1/regios", "beheerder"), 405});
  gevallen.push_back({"405 HTML", send_request(port, {"DELETE", "/inloggen"}), 405});
  for (const auto& geval : gevallen) {
    SCOPED_TRACE(geval.naam);
    expect_problem(geval.response, geval.status);
  }
  EXPECT_TRUE(contains(detail(gevallen[1].response), "2 MiB")) << gevallen[1].response.body;
  EXPECT_TRUE(contains(detail(gevallen[2].response), "16 KiB")) << gevallen[2].response.body;
}

TEST_F(ApiStriktE2eTest, HetDocumentNoemtDeAntwoordenVanDeServerZelf) {
  auto document = parse_json(server().api("GET", "/api/v1/openapi.json", ""));
  ASSERT_TRUE(document.is_object());
  const auto& shared = document["components"]["responses"];
  for (const char* naam : {"OngeldigVerzoek", "OnbekendPad", "MethodeNietToegestaan",
                           "VoorwaardeNietVervuld", "VerzoekTeGroot", "MediatypeNietOndersteund",
                           "KopregelsTeGroot", "InterneFout", "NietBeschikbaar"}) {
    SCOPED_TRACE(naam);
    ASSERT_TRUE(shared.contains(naam));
    EXPECT_TRUE(shared[naam]["content"].contains("application/problem+json"));
    EXPECT_TRUE(shared[naam]["headers"].contains("API-Version"));
  }
  // Every operation names what it may get besides its own answers.
  for (const auto& [pad, methoden] : document["paths"].items()) {
    for (const auto& [methode, operatie] : methoden.items()) {
      SCOPED_TRACE(methode + " " + pad);
      const auto& responses = operatie["responses"];
      EXPECT_TRUE(responses.contains("431") && responses.contains("500"));
      if (operatie.contains("requestBody")) {
        EXPECT_EQ(responses["413"]["$ref"], "#/components/responses/VerzoekTeGroot");
        EXPECT_EQ(responses["415"]["$ref"], "#/components/responses/MediatypeNietOndersteund");
      }
      bool if_match = false;
      for (const auto& p : operatie.value("parameters", json::array())) {
        if_match = if_match || p.value("$ref", "") == "#/components/parameters/ifMatch";
      }
      if (if_match) {
        EXPECT_TRUE(responses.contains("412") && responses.contains("428"));
      }
    }
  }
}

// JSON only: another Content-Type is a 415.

TEST_F(ApiStriktE2eTest, EenBodyDieGeenJsonIsGeeft415) {
  const std::string pad = "/api/v1/organisaties";
  const std::string body = R"({"naam": "Mediatype ", "soort": "overig"})";
  for (const auto& type : {std::string("text/plain"), std::string("application/xml"),
                           std::string("application/x-www-form-urlencoded"),
                           std::string("application/json; charset=iso-8859-1"),
                           std::string("application/json; versie=2"), std::string()}) {
    SCOPED_TRACE(type);
    Headers headers;
    if (!type.empty()) headers.emplace_back("Content-Type", type);
    auto response = post(pad, body, headers);
    expect_problem(response, 415);
    EXPECT_TRUE(contains(detail(response), "application/json")) << response.body;
  }
  auto met_charset = post(pad, R"({"naam": "Mediatype met charset", "soort": "overig"})",
                          {{"Content-Type", "Application/JSON; Charset=\"UTF-8\""}});
  EXPECT_EQ(met_charset.status, 201) << met_charset.body;
  // Without a token the answer is 401, whatever the body.
  HttpRequest anoniem{"POST", pad, {{"Content-Type", "text/plain"}}, "x"};
  EXPECT_EQ(server().send(anoniem).status, 401);
}

// Strict JSON: the kinds of the document, no duplicates, no control characters.

TEST_F(ApiStriktE2eTest, VerkeerdeTypenNoemenElkVeldTegelijk) {
  // A number where the document says text, text where it says integer, and a bad choice.
  auto response = server().api("POST", "/api/v1/organisaties", "beheerder",
                               R"({"naam": 42, "soort": "kasteel", "inwonertal": "1000"})");
  expect_problem(response, 400);
  auto d = detail(response);
  EXPECT_TRUE(contains(d, "naam: verwacht tekst")) << d;
  EXPECT_TRUE(contains(d, "inwonertal: verwacht een geheel getal")) << d;
  EXPECT_TRUE(contains(d, "soort: kies een van de mogelijke waarden")) << d;

  auto persoon = server().api("POST", "/api/v1/personen", "beheerder",
                              R"({"naam": "Piet", "organisatieId": "1"})");
  expect_problem(persoon, 400);
  EXPECT_TRUE(contains(detail(persoon), "organisatieId: verwacht een geheel getal"))
      << persoon.body;
  // An object is no value at all; true is a yes/no, not a text.
  auto object = server().api("POST", "/api/v1/organisaties", "beheerder",
                             R"({"naam": {"tekst": "x"}, "soort": true})");
  expect_problem(object, 400);
  EXPECT_TRUE(contains(detail(object), "naam: verwacht één waarde")) << object.body;
  EXPECT_TRUE(contains(detail(object), "soort: verwacht tekst")) << object.body;
}

TEST_F(ApiStriktE2eTest, EenVeldDatTweeKeerVoorkomtGeeft400MetDeAndereFouten) {
  auto response = server().api("POST", "/api/v1/organisaties", "beheerder",
                               R"({"naam": "Eerst", "naam": "Dan", "soort": "kasteel"})");
  expect_problem(response, 400);
  auto d = detail(response);
  EXPECT_TRUE(contains(d, "naam: staat meer dan eens in het verzoek")) << d;
  EXPECT_TRUE(contains(d, "soort:")) << d;
  // In a row of a list the name says which row.
  json opdracht = {{"titel", "Dubbel"}, {"jaar", 2027}};
  std::string body = opdracht.dump();
  body.pop_back();
  body += R"(, "planning": [{"omschrijving": "a"}, {"omschrijving": "b", "omschrijving": "c"}]})";
  auto rij = server().api("POST", "/api/v1/opdrachten", "opdrachtgever", body);
  expect_problem(rij, 400);
  EXPECT_TRUE(contains(detail(rij), "planning[2].omschrijving: staat meer dan eens")) << rij.body;
}

TEST_F(ApiStriktE2eTest, StuurtekensAlleenRegeleindenInTekstVanMeerRegels) {
  for (const auto& naam : {std::string("Nul\\u0000byte"), std::string("Twee\\nregels"),
                           std::string("Met\\ttab"), std::string("Bel\\u0007")}) {
    SCOPED_TRACE(naam);
    auto response = server().api("POST", "/api/v1/organisaties", "beheerder",
                                 R"({"naam": ")" + naam + R"(", "soort": "overig"})");
    expect_problem(response, 400);
    EXPECT_TRUE(contains(detail(response), "naam: de tekst bevat een stuurteken")) << response.body;
  }
  // The eleven parts of an opdracht are texts of several lines; NUL is refused there too.
  auto meer = server().api(
      "POST", "/api/v1/opdrachten", "opdrachtgever",
      R"({"titel": "Regels", "jaar": 2027, "aanleiding": "Eerste regel\nTweede\tregel\r\nDerde"})");
  ASSERT_EQ(meer.status, 201) << meer.body;
  EXPECT_EQ(parse_json(meer)["aanleiding"], "Eerste regel\nTweede\tregel\r\nDerde");
  auto nul = server().api("POST", "/api/v1/opdrachten", "opdrachtgever",
                          R"({"titel": "Regels", "jaar": 2027, "doel": "a\u0000b"})");
  expect_problem(nul, 400);
  EXPECT_TRUE(contains(detail(nul), "doel: de tekst bevat een stuurteken")) << nul.body;
}

TEST_F(ApiStriktE2eTest, InLijstenEnScoresGeldtHetzelfde) {
  auto opdracht = server().api(
      "POST", "/api/v1/opdrachten", "opdrachtgever",
      R"({"titel": "Rijen", "jaar": "2027", "planning": [{"omschrijving": 5, "datum": "01-07-2027"}],
          "bemensing": [{"rol": "Toezicht", "uren": "12"}], "risicos": "geen"})");
  expect_problem(opdracht, 400);
  auto d = detail(opdracht);
  EXPECT_TRUE(contains(d, "jaar: verwacht een geheel getal")) << d;
  EXPECT_TRUE(contains(d, "planning[1].omschrijving: verwacht tekst")) << d;
  EXPECT_TRUE(contains(d, "planning[1].datum: geen geldige datum: verwacht JJJJ-MM-DD")) << d;
  EXPECT_TRUE(contains(d, "bemensing[1].uren: verwacht een geheel getal")) << d;
  EXPECT_TRUE(contains(d, "risicos: verwacht een JSON-lijst")) << d;

  auto scores = server().api("POST", "/api/v1/zelfbeoordelingen", "opdrachtgever",
                             R"({"jaar": 2024, "profiel": "opdrachtgever",
                                 "scores": [{"competentie": "alert", "score": "3"}]})");
  expect_problem(scores, 400);
  EXPECT_TRUE(contains(detail(scores), "scores.alert: verwacht een geheel getal")) << scores.body;
}

// Dates and paging: ISO dates only, and paging errors that say what is wrong.

TEST_F(ApiStriktE2eTest, ApiDatumsZijnAlleenIso) {
  auto organisatie = server().api("POST", "/api/v1/organisaties", "beheerder",
                                  R"({"naam": "Gemeente Datum", "soort": "gemeente"})");
  ASSERT_EQ(organisatie.status, 201) << organisatie.body;
  const std::string pad = organisatie.header("Location") + "/deelnemerschappen";
  auto nl = server().api("POST", pad, "beheerder",
                         R"({"relatie": "niet_deelnemer", "van": "01-01-2040"})");
  expect_problem(nl, 400);
  EXPECT_TRUE(contains(detail(nl), "van: geen geldige datum: verwacht JJJJ-MM-DD")) << nl.body;
  auto iso =
      server().api("POST", pad, "beheerder",
                   R"({"relatie": "niet_deelnemer", "van": "2040-01-01", "tot": "2040-12-31"})");
  EXPECT_EQ(iso.status, 201) << iso.body;

  auto peildatum = server().api("GET", "/api/v1/rollen?peildatum=01-12-2026", "beheerder");
  expect_problem(peildatum, 400);
  EXPECT_TRUE(contains(detail(peildatum), "peildatum: geen geldige datum: verwacht JJJJ-MM-DD"))
      << peildatum.body;

  // The forms keep dd-mm-jjjj.
  Browser browser(server().port());
  ASSERT_TRUE(browser.login_demo("beheerder"));
  const std::string html_pad = pad.substr(std::string("/api/v1").size());
  auto form = browser.post(html_pad, {{"relatie", "deelnemer"}, {"van", "01-01-2050"}});
  EXPECT_EQ(form.status, 303) << form.body;
  auto lijst = parse_json(server().api("GET", pad, "beheerder"));
  ASSERT_EQ(lijst["_embedded"]["deelnemerschappen"].size(), 2U) << lijst.dump();
  EXPECT_EQ(lijst["_embedded"]["deelnemerschappen"][1]["van"], "2050-01-01");
}

TEST_F(ApiStriktE2eTest, PagineringsfoutenZeggenWatErMisIs) {
  struct Geval {
    std::string query;
    std::string verwacht;
  };
  for (const auto& geval : {Geval{"paginaGrootte=0", "paginaGrootte: het getal is te klein"},
                            Geval{"paginaGrootte=101", "paginaGrootte: het getal is te groot"},
                            Geval{"paginaGrootte=tien", "paginaGrootte: geen geheel getal"},
                            Geval{"pagina=0", "pagina: het getal is te klein"},
                            Geval{"pagina=een", "pagina: geen geheel getal"}}) {
    SCOPED_TRACE(geval.query);
    auto response = server().api("GET", "/api/v1/organisaties?" + geval.query, "beheerder");
    expect_problem(response, 400);
    EXPECT_TRUE(contains(detail(response), geval.verwacht)) << response.body;
  }
}

// The headers of a list, and HEAD.

TEST_F(ApiStriktE2eTest, ElkeLijstHeeftXTotalCountEnElkeGepagineerdeOokPaginaEnLimiet) {
  Id regio = server().regio_id();
  auto opdrachten = parse_json(server().api("GET", "/api/v1/opdrachten", "beheerder"));
  ASSERT_FALSE(opdrachten["_embedded"]["opdrachten"].empty());
  Id opdracht = opdrachten["_embedded"]["opdrachten"][0]["id"].get<Id>();
  for (const auto& pad : {"/api/v1/regios/" + std::to_string(regio) + "/bevindingen",
                          "/api/v1/opdrachten/" + std::to_string(opdracht) + "/overgangen"}) {
    SCOPED_TRACE(pad);
    auto response = server().api("GET", pad, "beheerder");
    ASSERT_EQ(response.status, 200) << response.body;
    auto body = parse_json(response);
    auto naam = pad.substr(pad.rfind('/') + 1);
    EXPECT_EQ(response.header("X-Total-Count"), std::to_string(body["_embedded"][naam].size()));
  }
  for (const std::string pad :
       {"/api/v1/regios", "/api/v1/organisaties", "/api/v1/personen", "/api/v1/rollen",
        "/api/v1/opdrachten", "/api/v1/vertegenwoordigingen"}) {
    SCOPED_TRACE(pad);
    auto response = server().api("GET", pad + "?paginaGrootte=2", "beheerder");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_FALSE(response.header("X-Total-Count").empty());
    EXPECT_EQ(response.header("X-Pagination-Page"), "1");
    EXPECT_EQ(response.header("X-Pagination-Limit"), "2");
  }
}

TEST_F(ApiStriktE2eTest, HeadGeeftDeKoppenVanGetZonderBody) {
  for (const auto& pad : {std::string("/api/v1/organisaties"),
                          "/api/v1/regios/" + std::to_string(server().regio_id())}) {
    SCOPED_TRACE(pad);
    auto get = server().api("GET", pad, "beheerder");
    auto head = server().api("HEAD", pad, "beheerder");
    ASSERT_EQ(get.status, 200);
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.empty()) << head.body;
    EXPECT_EQ(head.header("Content-Length"), std::to_string(get.body.size()));
    EXPECT_EQ(head.header("Content-Type"), get.header("Content-Type"));
    EXPECT_EQ(head.header("ETag"), get.header("ETag"));
    EXPECT_EQ(head.header("X-Total-Count"), get.header("X-Total-Count"));
    EXPECT_EQ(head.header("API-Version"), "1.0.0");
  }
  auto verkeerd = server().api("DELETE", "/api/v1/regios", "beheerder");
  EXPECT_EQ(verkeerd.header("Allow"), "GET, HEAD");
  auto organisaties = server().api("PATCH", "/api/v1/organisaties", "beheerder");
  EXPECT_EQ(organisaties.header("Allow"), "GET, HEAD, POST");
}

// If-Match with strong ETags only (decision 16).

TEST_F(ApiStriktE2eTest, IfMatchAlleenEenSterkeEtagVanEenVersie) {
  auto aangemaakt = server().api("POST", "/api/v1/organisaties", "beheerder",
                                 R"({"naam": "Gemeente Etag", "soort": "overig"})");
  ASSERT_EQ(aangemaakt.status, 201) << aangemaakt.body;
  const std::string pad = aangemaakt.header("Location");
  const std::string body = R"({"naam": "Gemeente Etag", "soort": "gemeente"})";
  struct Geval {
    std::string if_match;
    int status;
    std::string verwacht;
  };
  for (const auto& geval :
       {Geval{"", 428, "De versie ontbreekt"}, Geval{"W/\"1\"", 412, "Zwakke ETags"},
        Geval{"*", 428, "If-Match: * noemt geen versie"},
        Geval{"\"1\", \"2\"", 412, "meer dan één ETag"},
        Geval{"1", 412, "geen ETag van een versie"}, Geval{"\"een\"", 412, "geen ETag"}}) {
    SCOPED_TRACE(geval.if_match);
    Headers headers;
    if (!geval.if_match.empty()) headers.emplace_back("If-Match", geval.if_match);
    auto response = server().api("PUT", pad, "beheerder", body, headers);
    expect_problem(response, geval.status);
    EXPECT_TRUE(contains(detail(response), geval.verwacht)) << response.body;
    if (!geval.if_match.empty()) {
      EXPECT_FALSE(contains(detail(response), "De versie ontbreekt")) << response.body;
    }
    EXPECT_FALSE(server().api("DELETE", pad, "beheerder", "", headers).status == 204);
  }
  auto sterk = server().api("PUT", pad, "beheerder", body, {{"If-Match", "\"1\""}});
  EXPECT_EQ(sterk.status, 200) << sterk.body;
  EXPECT_EQ(sterk.header("ETag"), "\"2\"");
}

}  // namespace
}  // namespace regie::e2e
