// The fixture of the end-to-end tests over HTTP (http_e2e_test.cpp, inloggen_e2e_test.cpp): one
// real server with the demo per test program, a logged-in browser per demo account, and small
// helpers for what a response carries.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

constexpr const char* kRegioNaam = "Omgevingsdienst Regio Voorbeeld";
constexpr const char* kOnjuist = "De combinatie van gebruikersnaam en wachtwoord is onjuist.";

inline json parse_json(const HttpResponse& response) {
  return json::parse(response.body, nullptr, false);
}

inline std::string etag(std::int64_t versie) { return "\"" + std::to_string(versie) + "\""; }

// The id at the end of a Location such as "/api/v1/organisaties/17" or "/organisaties/17?…".
inline Id id_from_location(const std::string& location) {
  auto end = location.find('?');
  std::string path = location.substr(0, end);
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return 0;
  return std::atoll(path.c_str() + slash + 1);
}

inline std::int64_t total_count(const HttpResponse& response) {
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

inline void expect_common_headers(const HttpResponse& response) {
  EXPECT_EQ(response.header("API-Version"), "1.0.0");
  EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.header("X-Frame-Options"), "DENY");
  EXPECT_NE(response.header("Content-Security-Policy").find("frame-ancestors 'none'"),
            std::string::npos)
      << response.header("Content-Security-Policy");
  EXPECT_FALSE(response.header("Referrer-Policy").empty());
}

}  // namespace
}  // namespace regie::e2e
