// Issue 16 over HTTP: the operations endpoints. /health/live answers while the process runs;
// /health/ready says whether the database is reachable and its schema current (503 when the
// database is newer than this build); /metrics counts requests by route and status in the
// Prometheus text format, for this machine or with the token, never through the proxy without
// it. A real server with the demo in a real SQLite file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using testhulp::bevat;

class BeheerE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  HttpResponse get(const std::string& target, const Headers& headers = {}) {
    HttpRequest request;
    request.method = "GET";
    request.target = target;
    request.headers = headers;
    return server_->send(request);
  }

  std::unique_ptr<TestServer> server_;
};

TEST_F(BeheerE2eTest, LevendEnGereedZonderSessie) {
  auto live = get("/health/live");
  EXPECT_EQ(live.status, 200);
  EXPECT_EQ(nlohmann::json::parse(live.body)["status"], "levend");
  auto ready = get("/health/ready");
  ASSERT_EQ(ready.status, 200) << ready.body;
  auto gereed = nlohmann::json::parse(ready.body);
  EXPECT_EQ(gereed["status"], "gereed");
  EXPECT_EQ(gereed["schemaVersie"], gereed["nieuwsteMigratie"]);
  EXPECT_GE(gereed["nieuwsteMigratie"].get<int>(), 21);
  EXPECT_EQ(ready.header("Cache-Control"), "no-store");
}

// A database that a newer regie migrated further than this build knows: not ready (503), with
// the reason in Dutch; live still answers.
TEST_F(BeheerE2eTest, NieuwereDatabaseIsNietGereed) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(server_->database_path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "INSERT INTO schema_migrations (versie, toegepast_op) VALUES (999, 'x')",
                   nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  auto ready = get("/health/ready");
  EXPECT_EQ(ready.status, 503);
  EXPECT_TRUE(bevat(ready.header("Content-Type"), "application/problem+json"));
  EXPECT_TRUE(bevat(ready.body, "schemaversie 999; deze versie van regie verwacht")) << ready.body;
  EXPECT_EQ(get("/health/live").status, 200);
}

// Requests are counted by route pattern (not by path) and status; the histogram counts them all;
// through the proxy only with the token.
TEST_F(BeheerE2eTest, MetricsTellenPerRouteEnStatus) {
  Browser browser(server_->port());
  ASSERT_TRUE(browser.login_demo("opdrachtgever"));
  const Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  EXPECT_EQ(browser.get("/organisaties/" + std::to_string(beekdal)).status, 200);
  EXPECT_EQ(browser.get("/organisaties/" + std::to_string(beekdal)).status, 200);
  EXPECT_EQ(browser.get("/organisaties/999999").status, 404);
  EXPECT_EQ(get("/bestaat/niet").status, 404);

  auto metrics = get("/metrics");
  ASSERT_EQ(metrics.status, 200) << metrics.body;
  EXPECT_TRUE(bevat(metrics.header("Content-Type"), "text/plain; version=0.0.4"));
  const auto& m = metrics.body;
  EXPECT_TRUE(
      bevat(m, "regie_http_requests_total{route=\"GET /organisaties/{id}\",status=\"200\"} 2"))
      << m;
  EXPECT_TRUE(
      bevat(m, "regie_http_requests_total{route=\"GET /organisaties/{id}\",status=\"404\"} 1"));
  EXPECT_TRUE(bevat(m, "regie_http_requests_total{route=\"onbekend\",status=\"404\"} 1"));
  EXPECT_TRUE(bevat(m, "# TYPE regie_http_request_duration_seconds histogram"));
  EXPECT_TRUE(bevat(m, "regie_http_request_duration_seconds_bucket{le=\"+Inf\"}"));
  EXPECT_TRUE(bevat(m, "regie_db_connections_in_use "));
  EXPECT_TRUE(bevat(m, "regie_imports_running 0"));

  // Through the proxy (the test server trusts 127.0.0.1): refused without the token.
  const Headers proxy = {{"X-Forwarded-For", "203.0.113.9"}};
  auto geweigerd = get("/metrics", proxy);
  EXPECT_EQ(geweigerd.status, 403);
  EXPECT_TRUE(bevat(geweigerd.body, "REGIE_METRICS_TOKEN"));
  Headers fout = proxy;
  fout.push_back({"Authorization", "Bearer verkeerd"});
  EXPECT_EQ(get("/metrics", fout).status, 403);
  Headers goed = proxy;
  goed.push_back({"Authorization", "Bearer " + std::string(kMetricsToken)});
  EXPECT_EQ(get("/metrics", goed).status, 200);
}

}  // namespace
}  // namespace regie::e2e
