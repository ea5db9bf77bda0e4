// The OpenAPI document and the router cannot drift apart: every API route the router answers is
// a documented operation and every documented operation is a route, each with summary,
// operationId and its responses.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

#include "web/app.hpp"
#include "web/router.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;
using Operaties = std::set<std::pair<std::string, std::string>>;

constexpr const char* kPrefix = "/api/v1";

// The document as the router serves it at GET /api/v1/openapi.json.
json served_document() {
  auto handler = web::make_handler(nullptr);
  web::Request req;
  req.method = "GET";
  req.target = "/api/v1/openapi.json";
  req.path = req.target;
  web::Response response = handler(req);
  EXPECT_EQ(response.status, 200);
  return json::parse(response.body);
}

TEST(OpenApiRoutes, RouterAndDocumentNameTheSameOperations) {
  Operaties routes;
  const web::Router router = web::build_router(nullptr);
  for (const auto& route : router.routes()) {
    if (route.pattern.rfind(std::string(kPrefix) + "/", 0) != 0) continue;
    routes.emplace(route.method, route.pattern.substr(std::string(kPrefix).size()));
  }
  Operaties documented;
  json document = served_document();
  for (const auto& [path, operations] : document.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.emplace(upper, path);
    }
  }
  EXPECT_FALSE(routes.empty());
  for (const auto& r : routes) {
    EXPECT_TRUE(documented.count(r)) << r.first << " " << r.second << " is not documented";
  }
  for (const auto& d : documented) {
    EXPECT_TRUE(routes.count(d)) << d.first << " " << d.second << " is documented, not routed";
  }
}

TEST(OpenApiRoutes, EveryOperationHasSummaryOperationIdAndResponses) {
  json document = served_document();
  std::set<std::string> ids;
  for (const auto& [path, operations] : document.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      SCOPED_TRACE(method + " " + path);
      ASSERT_TRUE(operation.contains("summary"));
      EXPECT_FALSE(operation["summary"].get<std::string>().empty());
      ASSERT_TRUE(operation.contains("operationId"));
      EXPECT_TRUE(ids.insert(operation["operationId"].get<std::string>()).second)
          << "operationId twice";
      ASSERT_TRUE(operation.contains("responses"));
      bool success = false;
      for (const auto& [status, response] : operation["responses"].items()) {
        if (status.front() == '2') success = true;
        // Inline, or one of the shared responses (components/responses), which has one.
        const std::string prefix = "#/components/responses/";
        std::string shared = response.value("$ref", "");
        if (shared.rfind(prefix, 0) == 0) {
          const auto& components = document["components"]["responses"];
          ASSERT_TRUE(components.contains(shared.substr(prefix.size()))) << shared;
          EXPECT_TRUE(components[shared.substr(prefix.size())].contains("description")) << shared;
        } else {
          EXPECT_TRUE(response.contains("description")) << status;
        }
      }
      EXPECT_TRUE(success) << "no 2xx response";
      // Whoever must send If-Match is told what happens without it.
      bool if_match = false;
      for (const auto& p : operation.value("parameters", json::array())) {
        if (p.value("$ref", "") == "#/components/parameters/ifMatch") if_match = true;
      }
      if (if_match) {
        EXPECT_TRUE(operation["responses"].contains("428"));
        EXPECT_TRUE(operation["responses"].contains("409"));
      }
    }
  }
}

}  // namespace
}  // namespace regie::e2e
