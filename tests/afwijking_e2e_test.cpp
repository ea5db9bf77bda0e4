// MON-3 and GOV-12 over HTTP: the demo's import raised afwijkingen of 2026; the accountmanager
// drafts a voorstel through the API (If-Match, every field error at once, no silent overwrite);
// the opdrachtgever sees it on the start page and decides in the browser on its mandate; a
// collectieve opdracht of 2026 shows its year's signalen; the regio's band is validated. A real
// server with the demo regio in a real SQLite file.
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

class AfwijkingE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  json lopend(const std::string& account) {
    auto r = server_->api("GET", "/api/v1/afwijkingen?jaar=2026&status=lopend", account);
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body)["_embedded"]["afwijkingen"];
  }

  static json met_status(const json& lijst, const std::string& status) {
    for (const auto& a : lijst) {
      if (a["status"] == status) return a;
    }
    return json();
  }

  bool heeft_audit(const std::string& actie, const std::string& object) {
    auto uow = server_->store().begin(Toegang::kLezen);
    if (!uow.ok()) return false;
    auto regels = (*uow)->audit().list(0, 100'000);
    if (!regels.ok()) return false;
    for (const auto& r : *regels) {
      if (r.actie == actie && r.object == object && r.resultaat == "gelukt") return true;
    }
    return false;
  }

  std::unique_ptr<TestServer> server_;
};

// MON-3: the accountmanager's voorstel through the API.
TEST_F(AfwijkingE2eTest, MON3_HetVoorstelViaDeApi) {
  const json open = met_status(lopend("accountmanager"), "open");
  ASSERT_TRUE(open.is_object()) << "de demo heeft geen open afwijking voor de accountmanager";
  EXPECT_TRUE(open["magVoorstellen"].get<bool>());
  const std::string pad =
      "/api/v1/afwijkingen/" + std::to_string(open["id"].get<Id>()) + "/bijsturingsvoorstel";
  const json voorstel = {{"maatregel", "Twee extra controles per maand tot en met maart"},
                         {"gevolgen", "De uren komen binnen de band"},
                         {"afgestemdMet", "Anouk Meijer"},
                         {"meerkosten", 1250000}};
  auto zonder = server_->api("PUT", pad, "accountmanager", voorstel.dump());
  EXPECT_EQ(zonder.status, 428) << zonder.body;
  const std::string etag = "\"" + std::to_string(open["versie"].get<std::int64_t>()) + "\"";
  auto leeg =
      server_->api("PUT", pad, "accountmanager", json::object().dump(), {{"If-Match", etag}});
  ASSERT_EQ(leeg.status, 400) << leeg.body;
  EXPECT_TRUE(bevat(leeg.body, "maatregel") && bevat(leeg.body, "gevolgen") &&
              bevat(leeg.body, "afgestemdMet"))
      << leeg.body;
  EXPECT_EQ(leeg.header("Content-Type"), "application/problem+json");
  auto ok = server_->api("PUT", pad, "accountmanager", voorstel.dump(), {{"If-Match", etag}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto nu = json::parse(ok.body);
  EXPECT_EQ(nu["status"], "voorstel");
  EXPECT_EQ(nu["bijsturingsvoorstel"]["meerkosten"], 1250000);
  EXPECT_TRUE(bevat(nu["bijsturingsvoorstel"]["door"].get<std::string>(), "accountmanager"));
  // From the old version: refused, nothing overwritten.
  auto oud = server_->api("PUT", pad, "accountmanager", voorstel.dump(), {{"If-Match", etag}});
  EXPECT_EQ(oud.status, 409) << oud.body;
  // Another gemeente's opdrachtgever does not see it.
  auto ander = server_->api("GET", "/api/v1/afwijkingen/" + std::to_string(open["id"].get<Id>()),
                            "opdrachtgever");
  if (open["deelnemer"] != "Gemeente Beekdal") {
    EXPECT_EQ(ander.status, 404);
  }
  EXPECT_TRUE(
      heeft_audit("afwijking.voorstellen", "afwijking/" + std::to_string(open["id"].get<Id>())));
}

// MON-3, GOV-12: Pieter sees the voorstel on his start page and decides in the browser.
TEST_F(AfwijkingE2eTest, MON3_GOV12_DeOpdrachtgeverBesluitInDeBrowser) {
  const json wacht = met_status(lopend("opdrachtgever"), "voorstel");
  ASSERT_TRUE(wacht.is_object()) << "de demo heeft geen voorstel dat op Pieter wacht";
  ASSERT_TRUE(wacht["magBeslissen"].get<bool>());
  const std::string href = "/afwijkingen/" + std::to_string(wacht["id"].get<Id>());

  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto start = html_unescape(og.get("/").body);
  EXPECT_TRUE(bevat(start, "Afwijkingen van het plan")) << start;
  EXPECT_TRUE(bevat(start, "wacht op uw besluit"));
  EXPECT_TRUE(bevat(start, "href=\"" + href + "\""));

  auto pagina = html_unescape(og.get(href).body);
  EXPECT_TRUE(bevat(pagina, "binnen het mandaat van ambtelijk opdrachtgever Gemeente Beekdal"));
  const std::string versie = std::to_string(wacht["versie"].get<std::int64_t>());
  auto leeg = og.post(href + "/besluit", {{"versie", versie}, {"besluit", "akkoord"}});
  EXPECT_EQ(leeg.status, 400);
  EXPECT_TRUE(bevat(html_unescape(leeg.body), "dit veld is verplicht"));
  auto besluit =
      og.post(href + "/besluit", {{"versie", versie},
                                  {"besluit", "aangepast"},
                                  {"toelichting", "Akkoord, zonder controles in december"}});
  ASSERT_EQ(besluit.status, 303) << besluit.body;
  auto na = html_unescape(og.get(href + "?melding=besluit_vastgelegd").body);
  EXPECT_TRUE(bevat(na, "Het besluit is vastgelegd."));
  EXPECT_TRUE(bevat(na, "Aangepast akkoord"));
  EXPECT_TRUE(bevat(na, "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal"));
  EXPECT_FALSE(bevat(na, "action=\"" + href + "/besluit\""));
  EXPECT_FALSE(bevat(html_unescape(og.get("/").body), "Afwijkingen van het plan"));
  EXPECT_TRUE(
      heeft_audit("afwijking.beslissen", "afwijking/" + std::to_string(wacht["id"].get<Id>())));
}

// MON-3: the regio's tolerance band: shown and changed on the regio, refused beyond 100 %.
TEST_F(AfwijkingE2eTest, MON3_DeTolerantiebandVanDeRegio) {
  const std::string pad = "/api/v1/regios/" + std::to_string(server_->regio_id());
  auto regio = server_->api("GET", pad, "beheerder");
  ASSERT_EQ(regio.status, 200) << regio.body;
  auto r = json::parse(regio.body);
  EXPECT_EQ(r["tolerantieProcent"], 10);
  json invoer = {{"naam", r["naam"]},
                 {"minimumUrenAmbtelijkOpdrachtgever", r["minimumUrenAmbtelijkOpdrachtgever"]},
                 {"tolerantieProcent", 150}};
  const std::string etag = regio.header("ETag");
  auto te_veel = server_->api("PUT", pad, "beheerder", invoer.dump(), {{"If-Match", etag}});
  ASSERT_EQ(te_veel.status, 400) << te_veel.body;
  EXPECT_TRUE(bevat(te_veel.body, "tolerantieProcent"));
  invoer["tolerantieProcent"] = 15;
  auto goed = server_->api("PUT", pad, "beheerder", invoer.dump(), {{"If-Match", etag}});
  ASSERT_EQ(goed.status, 200) << goed.body;
  Browser beheerder(server_->port());
  ASSERT_TRUE(beheerder.login_demo("beheerder"));
  EXPECT_TRUE(bevat(html_unescape(beheerder.get("/regio").body), "plus en min 15 procent"));
}

}  // namespace
}  // namespace regie::e2e
