// OPD-4, OPD-7 over HTTP: an opdracht names the programmaregels of its year's uitvoeringsprogramma
// that it carries out; its page shows its own money and hours beside theirs with the difference,
// and the doelen they serve; the choice is made on a form without JavaScript or through the API
// with If-Match. A real server with the demo in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

using testhulp::bevat;

class KoppelingE2eTest : public ::testing::Test {
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

  std::string pad(const std::string& titel) {
    return "/opdrachten/" + std::to_string(opdrachten_.at(titel));
  }

  std::unique_ptr<TestServer> server_;
  std::map<std::string, Id> opdrachten_;
};

// OPD-4, OPD-7: the demo's maatwerk carries out Beekdal's evenementen line: equal hours and
// money, the doel it serves; the collective opdracht shows the difference with its lines.
TEST_F(KoppelingE2eTest, OPD4_OPD7_OpdrachtpaginaToontRegelsDoelenEnVerschil) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  auto maatwerk = browser.get(pad("Extra toezicht evenementen Beekdal 2027"));
  ASSERT_EQ(maatwerk.status, 200);
  EXPECT_TRUE(bevat(maatwerk.body, "Uitvoeringsprogramma: regels die deze opdracht uitvoert"));
  EXPECT_TRUE(bevat(maatwerk.body, "MW-01 "));
  EXPECT_TRUE(bevat(maatwerk.body, "€ 26.400,00"));
  EXPECT_TRUE(bevat(maatwerk.body, "Uren: gelijk aan de programmaregels."));
  EXPECT_TRUE(bevat(maatwerk.body, "Geld: gelijk aan de programmaregels."));
  EXPECT_TRUE(bevat(maatwerk.body, "1. Een gezonde en veilige leefomgeving"));
  EXPECT_TRUE(bevat(maatwerk.body, "id=\"programmaregels-kiezen\""));

  auto api =
      json::parse(server_
                      ->api("GET",
                            pad("Regionaal uitvoeringsprogramma VTH 2027").insert(0, "/api/v1") +
                                "/programmaregels",
                            "bestuurder")
                      .body);
  const auto& m = api["middelen"];
  EXPECT_EQ(m["verschilBedrag"].get<std::int64_t>(),
            m["opdrachtBedrag"].get<std::int64_t>() - m["programmaBedrag"].get<std::int64_t>());
  EXPECT_GT(api["regels"].size(), 10u);
  for (const auto& r : api["regels"]) EXPECT_EQ(r["soort"], "collectief");
  EXPECT_EQ(api["doelen"].size(), 2u);
  EXPECT_EQ(api["magWijzigen"], false);  // the bestuurder takes no step itself
}

// OPD-4: the opdrachtgever chooses on the form: a line that does not fit is refused with the
// line named and the choice kept; an empty choice shows the whole difference; a stale form
// answers 409 with the user's choice.
TEST_F(KoppelingE2eTest, OPD4_KiezenViaHetFormulier) {
  const auto opdracht = pad("Extra toezicht evenementen Beekdal 2027");
  auto regels = json::parse(
      server_->api("GET", "/api/v1" + opdracht + "/programmaregels", "opdrachtgever").body);
  const auto beekdal = std::to_string(regels["regels"][0]["deelnemer"].get<Id>());
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  auto formulier = browser.get(opdracht + "/programmaregels");
  ASSERT_EQ(formulier.status, 200);
  EXPECT_TRUE(bevat(formulier.body, "name=\"regel:MW-01:" + beekdal + "\" value=\"ja\" checked"));
  const auto versie = field_value(formulier.body, "versie");

  auto fout = browser.post(opdracht + "/programmaregels",
                           {{"versie", versie}, {"regel:VV-01:" + beekdal, "ja"}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_TRUE(bevat(fout.body, "VV-01 voor Gemeente Beekdal: past niet bij deze opdracht"))
      << fout.body;

  auto leeg = browser.post(opdracht + "/programmaregels", {{"versie", versie}});
  ASSERT_EQ(leeg.status, 303);
  EXPECT_TRUE(bevat(leeg.header("Location"), "melding=programmaregels_opgeslagen"));
  auto pagina = browser.get(opdracht);
  EXPECT_TRUE(bevat(pagina.body, "Deze opdracht noemt nog geen programmaregels"));
  EXPECT_TRUE(
      bevat(pagina.body, "Geld: de opdracht noemt € 26.400,00 meer dan de programmaregels."));

  auto verouderd = browser.post(opdracht + "/programmaregels",
                                {{"versie", versie}, {"regel:MW-01:" + beekdal, "ja"}});
  EXPECT_EQ(verouderd.status, 409);
  EXPECT_TRUE(bevat(verouderd.body, "programmaregels-verouderd"));
  EXPECT_TRUE(bevat(verouderd.body, "name=\"regel:MW-01:" + beekdal + "\" value=\"ja\" checked"));
}

// OPD-4 over the API: If-Match with the set's ETag; a stale ETag is 409; every error is named
// by its place in the list.
TEST_F(KoppelingE2eTest, OPD4_ApiMetIfMatch) {
  const auto api_pad =
      "/api/v1" + pad("Extra toezicht evenementen Beekdal 2027") + "/programmaregels";
  auto lezen = server_->api("GET", api_pad, "accountmanager");
  ASSERT_EQ(lezen.status, 200);
  const auto etag = lezen.header("ETag");
  auto zonder = server_->api("PUT", api_pad, "accountmanager", R"({"regels": []})");
  EXPECT_EQ(zonder.status, 428);
  auto fout =
      server_->api("PUT", api_pad, "accountmanager",
                   R"({"regels": [{"deelnemer": 1}, {"productcode": "MW-01", "deelnemer": "x"}]})",
                   {{"If-Match", etag}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_TRUE(bevat(fout.body, "regels[1].productcode")) << fout.body;
  EXPECT_TRUE(bevat(fout.body, "regels[2].deelnemer")) << fout.body;
  auto goed =
      server_->api("PUT", api_pad, "accountmanager", R"({"regels": []})", {{"If-Match", etag}});
  ASSERT_EQ(goed.status, 200) << goed.body;
  EXPECT_TRUE(json::parse(goed.body)["regels"].empty());
  EXPECT_NE(goed.header("ETag"), etag);
  auto oud =
      server_->api("PUT", api_pad, "accountmanager", R"({"regels": []})", {{"If-Match", etag}});
  EXPECT_EQ(oud.status, 409);
}

// OPD-4: a line carried out by two opdrachten is counted by both; that is shown on each
// opdracht's page (with a link to the other) and on the form before choosing, and over the API
// in ookGekozenDoor.
TEST_F(KoppelingE2eTest, OPD4_RegelDieTweeOpdrachtenUitvoerenWordtGemeld) {
  auto ctx = server_->context("accountmanager");
  ASSERT_TRUE(ctx.ok());
  auto& opdrachten = *server_->app()->services.opdrachten;
  Fields velden = {{"titel", "Extra piketdienst 2027"},
                   {"jaar", "2027"},
                   {"opdrachtgeverId", std::to_string(server_->organisatie_id("Gemeente Beekdal"))},
                   {"aanleiding", "Meer meldingen buiten kantoortijd."},
                   {"scope", "De piketdienst milieu."},
                   {"doel", "Elke melding binnen een uur opgepakt."},
                   {"activiteiten", "Piketdienst."},
                   {"resultaat", "Een rooster."},
                   {"sturingsvorm", "Via de accountmanager."},
                   {"monitoring", "Per kwartaal."},
                   {"governance", "Het AB stelt vast."}};
  auto nieuw = opdrachten.create(*ctx, velden, {});
  ASSERT_TRUE(nieuw.ok()) << nieuw.error().key;
  const std::string regionaal = pad("Regionaal uitvoeringsprogramma VTH 2027");
  auto regels = json::parse(
      server_->api("GET", "/api/v1" + regionaal + "/programmaregels", "accountmanager").body);
  ASSERT_FALSE(regels["regels"].empty());
  const auto& gedeeld = regels["regels"][0];
  for (const auto& r : regels["regels"]) EXPECT_TRUE(r["ookGekozenDoor"].empty());
  const std::string code = gedeeld["productcode"].get<std::string>();
  const std::string sleutel =
      "regel:" + code + ":" +
      (gedeeld["deelnemer"].is_null() ? "0" : std::to_string(gedeeld["deelnemer"].get<Id>()));
  const std::string nieuw_pad = "/opdrachten/" + std::to_string(nieuw->id);

  // The form of the new opdracht says who carries the line out already.
  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("accountmanager"));
  auto formulier = html_unescape(am.get(nieuw_pad + "/programmaregels").body);
  EXPECT_TRUE(bevat(formulier, "Ook gekozen door <a class=\"utrecht-link\" href=\"" + regionaal +
                                   "\">Regionaal uitvoeringsprogramma VTH 2027</a>"))
      << formulier;
  auto gekozen = am.post(nieuw_pad + "/programmaregels",
                         {{"versie", field_value(formulier, "versie")}, {sleutel, "ja"}});
  ASSERT_EQ(gekozen.status, 303) << gekozen.body;

  // Both pages say so, each naming the other.
  auto pagina = html_unescape(am.get(regionaal).body);
  EXPECT_TRUE(bevat(pagina, "id=\"programmaregels-gedeeld\"")) << pagina;
  EXPECT_TRUE(bevat(pagina, "href=\"" + nieuw_pad + "\">Extra piketdienst 2027</a>"));
  auto andere = html_unescape(am.get(nieuw_pad).body);
  EXPECT_TRUE(bevat(andere, "Deze regels voert ook een andere opdracht uit"));
  EXPECT_TRUE(bevat(andere, "Regionaal uitvoeringsprogramma VTH 2027</a>"));

  auto na = json::parse(
      server_->api("GET", "/api/v1" + regionaal + "/programmaregels", "accountmanager").body);
  for (const auto& r : na["regels"]) {
    if (r["productcode"] != code || r["deelnemer"] != gedeeld["deelnemer"]) {
      EXPECT_TRUE(r["ookGekozenDoor"].empty());
      continue;
    }
    ASSERT_EQ(r["ookGekozenDoor"].size(), 1u);
    EXPECT_EQ(r["ookGekozenDoor"][0]["opdrachtId"].get<Id>(), nieuw->id);
    EXPECT_EQ(r["ookGekozenDoor"][0]["titel"], "Extra piketdienst 2027");
  }
}

}  // namespace
}  // namespace regie::e2e
