// Issue 16 over HTTP: the answer cache of the read path (web/antwoordcache.hpp) never shows a
// person what they may not see, nor data older than the last write, whether the write came
// through this server, through another connection or process on the same database, or the day
// moved on; and after logout the cached page is gone for that session. A real server with the
// demo in a real SQLite file; hits and misses read from GET /metrics.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "http_e2e_fixture.hpp"
#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using testhulp::bevat;

class AntwoordcacheE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  // regie_answer_cache_total{result="hit"|"miss"} from GET /metrics (this machine).
  std::uint64_t teller(const std::string& uitkomst) {
    HttpRequest request;
    request.method = "GET";
    request.target = "/metrics";
    auto metrics = server_->send(request);
    const std::string regel = "regie_answer_cache_total{result=\"" + uitkomst + "\"} ";
    auto at = metrics.body.find(regel);
    if (at == std::string::npos) {
      ADD_FAILURE() << "geen " << regel << " in\n" << metrics.body;
      return 0;
    }
    return std::stoull(metrics.body.substr(at + regel.size()));
  }

  std::unique_ptr<TestServer> server_;
};

TEST_F(AntwoordcacheE2eTest, TweedeLezingKomtUitDeCacheMetHetzelfdeAntwoord) {
  auto eerste = server_->api("GET", "/api/v1/organisaties", "beheerder");
  ASSERT_EQ(eerste.status, 200) << eerste.body;
  const auto treffers = teller("hit");
  auto tweede = server_->api("GET", "/api/v1/organisaties", "beheerder");
  ASSERT_EQ(tweede.status, 200);
  EXPECT_EQ(tweede.body, eerste.body);
  EXPECT_EQ(tweede.header("Content-Type"), eerste.header("Content-Type"));
  EXPECT_EQ(tweede.header("API-Version"), "1.0.0");
  EXPECT_EQ(teller("hit"), treffers + 1);
}

// What the beheerder's answer holds is never given to someone who may not see it: each asks
// with their own key, and the guard runs before the cache.
TEST_F(AntwoordcacheE2eTest, AntwoordVanDeBeheerderNooitVoorEenAnder) {
  auto beheerder = server_->api("GET", "/api/v1/gebruikers", "beheerder");
  ASSERT_EQ(beheerder.status, 200) << beheerder.body;
  ASSERT_EQ(server_->api("GET", "/api/v1/gebruikers", "beheerder").status, 200);
  auto opdrachtgever = server_->api("GET", "/api/v1/gebruikers", "opdrachtgever");
  EXPECT_EQ(opdrachtgever.status, 403) << opdrachtgever.body;
  EXPECT_EQ(server_->api("GET", "/api/v1/gebruikers", "").status, 401);

  Browser beheer(server_->port());
  ASSERT_TRUE(beheer.login_demo("beheerder"));
  auto pagina = beheer.get("/gebruikers");
  ASSERT_EQ(pagina.status, 200);
  ASSERT_EQ(beheer.get("/gebruikers").body, pagina.body);
  Browser ander(server_->port());
  ASSERT_TRUE(ander.login_demo("opdrachtgever"));
  auto geweigerd = ander.get("/gebruikers");
  EXPECT_EQ(geweigerd.status, 403);
  EXPECT_FALSE(bevat(geweigerd.body, "beheerder")) << "naam van een account gelekt";
  // Another session of the same person gets its own page, with its own CSRF token.
  Browser tweede_sessie(server_->port());
  ASSERT_TRUE(tweede_sessie.login_demo("beheerder"));
  auto eigen = tweede_sessie.get("/gebruikers");
  ASSERT_EQ(eigen.status, 200);
  EXPECT_TRUE(bevat(eigen.body, tweede_sessie.csrf()));
  EXPECT_FALSE(bevat(eigen.body, beheer.csrf()));

  // After logout the session's cached page is not given out again.
  ASSERT_EQ(beheer.post("/uitloggen", {}).status, 303);
  auto na_uitloggen = beheer.get("/gebruikers");
  EXPECT_EQ(na_uitloggen.status, 303);
  EXPECT_EQ(na_uitloggen.header("Location").rfind("/inloggen", 0), 0U);
}

TEST_F(AntwoordcacheE2eTest, NaEenWijzigingViaDeApiDeNieuweGegevens) {
  const Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  const std::string url = "/api/v1/organisaties/" + std::to_string(beekdal);
  auto voor = server_->api("GET", url, "beheerder");
  ASSERT_EQ(voor.status, 200);
  ASSERT_EQ(server_->api("GET", url, "beheerder").body, voor.body);
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("beheerder"));
  const std::string pagina = "/organisaties/" + std::to_string(beekdal);
  ASSERT_TRUE(bevat(browser.get(pagina).body, "Gemeente Beekdal"));

  auto gewijzigd = server_->api("PUT", url, "beheerder",
                                R"({"naam": "Gemeente Beekdal-Nieuw", "soort": "gemeente"})",
                                {{"If-Match", voor.header("ETag")}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  auto na = server_->api("GET", url, "beheerder");
  EXPECT_EQ(parse_json(na).value("naam", ""), "Gemeente Beekdal-Nieuw");
  EXPECT_NE(na.header("ETag"), voor.header("ETag"));
  EXPECT_TRUE(bevat(browser.get(pagina).body, "Gemeente Beekdal-Nieuw"));
}

// A write by another connection (another regie process, or the command line) on the same
// database file: the next read shows it.
TEST_F(AntwoordcacheE2eTest, NaEenWijzigingDoorEenAnderProcesDeNieuweGegevens) {
  const Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  const std::string url = "/api/v1/organisaties/" + std::to_string(beekdal);
  ASSERT_EQ(server_->api("GET", url, "beheerder").status, 200);
  ASSERT_EQ(parse_json(server_->api("GET", url, "beheerder")).value("naam", ""),
            "Gemeente Beekdal");

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(server_->database_path().c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  const std::string sql =
      "UPDATE organisaties SET naam = 'Gemeente Beekdal-Elders', versie = "
      "versie + 1 WHERE id = " +
      std::to_string(beekdal);
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);

  // Several times: whichever reading connection answers must see it.
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(parse_json(server_->api("GET", url, "beheerder")).value("naam", ""),
              "Gemeente Beekdal-Elders")
        << "lezing " << i;
  }
}

// The day is part of the key: rights and deadlines follow the calendar.
TEST_F(AntwoordcacheE2eTest, EenNieuweDagMaaktHetAntwoordOpnieuw) {
  ASSERT_EQ(server_->api("GET", "/api/v1/organisaties", "beheerder").status, 200);
  ASSERT_EQ(server_->api("GET", "/api/v1/organisaties", "beheerder").status, 200);
  const auto missers = teller("miss");
  server_->verzet_klok(std::chrono::hours(24));
  ASSERT_EQ(server_->api("GET", "/api/v1/organisaties", "beheerder").status, 200);
  // The token lookup is not cached; only this read can have missed.
  EXPECT_EQ(teller("miss"), missers + 1);
}

}  // namespace
}  // namespace regie::e2e
