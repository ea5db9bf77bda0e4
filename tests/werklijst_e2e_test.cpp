// OPD-3, B8-1, GOV-9 on the start page, per kind of user: what waits for me, what waits for the
// other side (with who), my late Big 8 steps and the findings that concern me. A real server
// with the demo regio in a real SQLite file.
#include <gtest/gtest.h>

#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using testhulp::bevat;

// The text of the section with the heading id, or "" when the page has none.
std::string sectie(const std::string& html, const std::string& id) {
  auto begin = html.find("aria-labelledby=\"" + id + "\"");
  if (begin == std::string::npos) return "";
  return html.substr(begin, html.find("</section>", begin) - begin);
}

class WerklijstE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  std::string startpagina(const std::string& account) {
    Browser browser(server_->port());
    EXPECT_TRUE(browser.login_demo(account)) << account;
    auto pagina = browser.get("/");
    EXPECT_EQ(pagina.status, 200);
    return html_unescape(pagina.body);
  }

  std::unique_ptr<TestServer> server_;
};

// OPD-3: the opdrachtgever of Beekdal offers its concept; the omgevingsdienst is to start the
// asbestos opdracht it accepted, and the page says who.
TEST_F(WerklijstE2eTest, OpdrachtgeverZietWatOpHemEnOpDeOmgevingsdienstWacht) {
  auto html = startpagina("opdrachtgever");
  auto mijn = sectie(html, "wacht-op-u");
  EXPECT_TRUE(bevat(mijn, "Extra toezicht evenementen Beekdal")) << html;
  EXPECT_TRUE(bevat(mijn, "Aanbieden aan de opdrachtnemer"));
  // OPD-5: the open verzoek on its asbestos opdracht waits for its decision.
  EXPECT_TRUE(bevat(mijn, "Toezicht asbest Beekdal 2027, wijzigingsverzoek 2"));
  EXPECT_TRUE(bevat(mijn, "Besluiten over het wijzigingsverzoek"));
  auto ander = sectie(html, "wacht-op-ander");
  EXPECT_TRUE(bevat(ander, "Toezicht asbest Beekdal"));
  EXPECT_TRUE(bevat(ander, "Uitvoering starten"));
  EXPECT_TRUE(bevat(ander, "Thomas Bakker, accountmanager voor Gemeente Beekdal"));
  EXPECT_FALSE(bevat(ander, "Extra toezicht evenementen"));
  // GOV-9: the findings about Beekdal, with a link.
  EXPECT_TRUE(bevat(sectie(html, "start-bevindingen"), "bevindingen over uw organisatie"));
}

// OPD-3: the accountmanager starts what was accepted, and waits for the opdrachtgever's offer.
TEST_F(WerklijstE2eTest, AccountmanagerZietWatOpHemWachtEnWieDeAndereKantIs) {
  auto html = startpagina("accountmanager");
  auto mijn = sectie(html, "wacht-op-u");
  EXPECT_TRUE(bevat(mijn, "Toezicht asbest Beekdal")) << html;
  EXPECT_TRUE(bevat(mijn, "Regionaal uitvoeringsprogramma VTH"));  // every AM, collectief
  EXPECT_TRUE(bevat(mijn, "Uitvoering starten"));
  auto ander = sectie(html, "wacht-op-ander");
  EXPECT_TRUE(bevat(ander, "Extra toezicht evenementen Beekdal"));
  EXPECT_TRUE(bevat(ander, "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal"));
  EXPECT_TRUE(bevat(sectie(html, "start-bevindingen"), "bevindingen in de regio"));
}

// OPD-3: someone who is no side of any opdracht gets no work lists; the beheerder sees the
// findings of the regio; the bestuurder those about its organisatie.
TEST_F(WerklijstE2eTest, ZonderKantGeenWerklijstMaarWelBevindingen) {
  auto beheer = startpagina("beheerder");
  EXPECT_EQ(sectie(beheer, "wacht-op-u"), "");
  EXPECT_EQ(sectie(beheer, "wacht-op-ander"), "");
  EXPECT_TRUE(bevat(sectie(beheer, "start-bevindingen"), "bevindingen in de regio"));
  auto bestuur = startpagina("bestuurder");
  EXPECT_EQ(sectie(bestuur, "wacht-op-u"), "");
  EXPECT_TRUE(bevat(sectie(bestuur, "start-bevindingen"), "over uw organisatie"));
}

// The bestuurder's overview: the opdrachten of Beekdal and the regio with their budget, the open
// verzoeken with their cost, the open signalen, the coming decisions of the Big 8 and, where it
// decides in the AB and DB, its hats (GOV-5). Nobody else gets it.
TEST_F(WerklijstE2eTest, BestuurderZietZijnOverzichtInEenPaarMinuten) {
  auto html = startpagina("bestuurder");
  auto opdrachten = sectie(html, "bestuur-opdrachten");
  EXPECT_TRUE(bevat(opdrachten, "Opdrachten van Gemeente Beekdal en de regio")) << html;
  EXPECT_TRUE(bevat(opdrachten, "Regionaal uitvoeringsprogramma VTH 2027"));
  EXPECT_TRUE(bevat(opdrachten, "€ 1.854.065,50"));
  EXPECT_TRUE(bevat(opdrachten, "Toezicht asbest Beekdal 2027"));
  EXPECT_TRUE(bevat(opdrachten, "Totaal begroot"));
  auto verzoeken = sectie(html, "bestuur-verzoeken");
  EXPECT_TRUE(bevat(verzoeken, "Toezicht asbest Beekdal 2027")) << verzoeken;
  EXPECT_TRUE(bevat(verzoeken, " meer; ")) << verzoeken;
  auto signalen = sectie(html, "bestuur-signalen");
  EXPECT_TRUE(bevat(signalen, "Regionaal uitvoeringsprogramma VTH 2027")) << signalen;
  auto besluiten = sectie(html, "bestuur-besluiten");
  EXPECT_TRUE(bevat(besluiten,
                    "Uitvoeringsprogramma 2027</a> vaststellen, gepland op 26-11-2026 (te laat)"))
      << besluiten;
  EXPECT_TRUE(bevat(besluiten, "Let op uw petten"));
  EXPECT_TRUE(bevat(besluiten, "dagelijks bestuur (dat de omgevingsdienst als opdrachtnemer"));
  for (const char* ander : {"opdrachtgever", "accountmanager", "beheerder"}) {
    EXPECT_EQ(sectie(startpagina(ander), "bestuur-opdrachten"), "") << ander;
  }
}

// OPD-6: the representative of the collectief handles the signaal on it; Beekdal, represented,
// reads it but it is not on its list.
TEST_F(WerklijstE2eTest, VertegenwoordigerHandeltHetSignaalAf) {
  auto naomi = sectie(startpagina("naomi.bos"), "wacht-op-u");
  EXPECT_TRUE(bevat(naomi, "Regionaal uitvoeringsprogramma VTH")) << naomi;
  EXPECT_TRUE(bevat(naomi, "signaal van Youssef El Amrani"));
  EXPECT_TRUE(bevat(naomi, "Het signaal afhandelen"));
  EXPECT_FALSE(bevat(sectie(startpagina("opdrachtgever"), "wacht-op-u"), "Het signaal afhandelen"));
}

// B8-1: the accountmanager sees the late step of the cycle he owns (the programme of 2027);
// the regisseur, whose policy round is done, and the opdrachtgever do not.
TEST_F(WerklijstE2eTest, EigenaarZietZijnTeLateStapVanDeBig8) {
  auto html = startpagina("accountmanager");
  auto laat = sectie(html, "big8-te-laat");
  EXPECT_TRUE(bevat(laat, "Stap 4: Planning en control")) << html;
  EXPECT_TRUE(bevat(laat, "gepland klaar op"));
  EXPECT_EQ(sectie(startpagina("ingrid.mulder"), "big8-te-laat"), "");
  EXPECT_EQ(sectie(startpagina("opdrachtgever"), "big8-te-laat"), "");
}

}  // namespace
}  // namespace regie::e2e
