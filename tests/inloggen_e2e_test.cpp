// End to end over HTTP, logging in: sessions and their cookies, the login CSRF, the return
// address, the login throttle per name and address (decision 7), and log fields that outside
// input cannot break (decision 23).
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

#include "domain/audit/audit_repository.hpp"
#include "domain/auth/inlogbeperking.hpp"
#include "http_e2e_fixture.hpp"
#include "http_test_support.hpp"
#include "service/crypto.hpp"

namespace regie::e2e {
namespace {

// Its own test suite on the shared fixture (gtest wants one fixture class per suite name).
class InloggenE2eTest : public HttpE2eTest {};

// HTML: sessions.

TEST_F(InloggenE2eTest, HtmlZonderSessieNaarInloggenEnNaInloggenTerug) {
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
TEST_F(InloggenE2eTest, HtmlInloggenStuurtNietDoorNaarEenAndereSiteEnSplitstGeenAntwoord) {
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

TEST_F(InloggenE2eTest, HtmlFoutWachtwoordGeeft401MetNederlandseMelding) {
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
TEST_F(InloggenE2eTest, InloggenMetOnbekendeNaamDuurtNetZoLangAlsMetFoutWachtwoord) {
  // The real cost, as the regie binary uses it (this test program hashes at the minimum).
  struct EchteKosten {
    EchteKosten() { service::set_hash_kosten(service::HashKosten::kInteractief); }
    ~EchteKosten() { service::set_hash_kosten(service::HashKosten::kMinimaal); }
    EchteKosten(const EchteKosten&) = delete;
    EchteKosten& operator=(const EchteKosten&) = delete;
  } echte_kosten;
  ASSERT_TRUE(server()
                  .auth()
                  .create_gebruiker("tijdtest", std::nullopt, server().organisatie_id(kRegioNaam),
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

TEST_F(InloggenE2eTest, HtmlInloggenZonderInlogCsrfWordtGeweigerd) {
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

TEST_F(InloggenE2eTest, HtmlInloggenGeeftSessiecookieHttpOnlySameSiteLax) {
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

TEST_F(InloggenE2eTest, HtmlAchterDeProxyHeetHetCookieHostRegieSessieEnIsHetSecure) {
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

TEST_F(InloggenE2eTest, HtmlSessieIdIsBijElkeInlogNieuw) {
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

TEST_F(InloggenE2eTest, HtmlUitloggenMaaktDeSessieOpDeServerOngeldig) {
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

TEST_F(InloggenE2eTest, HtmlFormulierZonderOfMetFouteCsrfGeeft403EnWijzigtNiets) {
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
TEST_F(InloggenE2eTest, HtmlNaVijfFouteWachtwoordenWachtAlleenDatAdresEnSteedsLanger) {
  const std::string wachtwoord = "een-lang-genoeg-wachtwoord";
  auto toegevoegd = server().auth().create_gebruiker(
      "blokkadetest", std::nullopt, server().organisatie_id(kRegioNaam), wachtwoord);
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
TEST_F(InloggenE2eTest, EenPadMetRegeleindenSchrijftGeenEigenLogregel) {
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
TEST_F(InloggenE2eTest, EenGebruikersnaamMetRegeleindenBlijftEenAuditregel) {
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

}  // namespace
}  // namespace regie::e2e
