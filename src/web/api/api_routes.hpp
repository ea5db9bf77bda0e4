// The API routes with their OpenAPI operations. Each capability registers its routes, each with
// its operation (a required argument: no route without documentation), its component schemas
// and its tag; routes.cpp wires the routes and openapi.cpp builds the document from the same list.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "service/context.hpp"
#include "web/app.hpp"

namespace regie::web::api {

using json = nlohmann::json;
using ApiHandler = Response (*)(const App&, const service::Context&, Request&);
using PublicApiHandler = Response (*)(const Request&);

// One OpenAPI operation: what the route does, its parameters, the request schema (a component
// name, empty without body) and its responses (status → response object).
struct Operation {
  std::string operation_id;
  std::string tag;
  std::string summary;
  std::string description;
  nlohmann::json responses;
  nlohmann::json parameters = nlohmann::json::array();
  std::string request_schema;
  // A body that is not JSON (a file): its requestBody as the document gives it; the handler
  // checks the media type itself.
  nlohmann::json request_body;
};

struct ApiRoute {
  std::string method;            // GET, POST, PUT, DELETE
  std::string path;              // below /api/v1, as in the document: "/organisaties/{id}"
  ApiHandler handler = nullptr;  // bearer token required
  PublicApiHandler public_handler = nullptr;  // no authentication
  Operation operation;
};

class ApiRoutes {
 public:
  void add(const std::string& method, const std::string& path, ApiHandler handler,
           Operation operation);
  void add_public(const std::string& method, const std::string& path, PublicApiHandler handler,
                  Operation operation);
  // Component schemas of a capability (name → schema).
  void add_schemas(const nlohmann::json& schemas);
  // The tag under which the document groups a capability's operations, in the order added. A
  // capability that shares another's tag (wijzigingsverzoeken under Opdrachten) adds none.
  void add_tag(const std::string& name, const std::string& description);

  const std::vector<ApiRoute>& routes() const { return routes_; }
  const nlohmann::json& schemas() const { return schemas_; }
  const nlohmann::json& tags() const { return tags_; }

 private:
  std::vector<ApiRoute> routes_;
  nlohmann::json schemas_ = nlohmann::json::object();
  nlohmann::json tags_ = nlohmann::json::array();
};

// One line per capability; each in its own file.
void add_register_api(ApiRoutes& routes);
void add_governance_api(ApiRoutes& routes);
void add_opdracht_api(ApiRoutes& routes);
void add_wijziging_api(ApiRoutes& routes);
void add_signaal_api(ApiRoutes& routes);
void add_interne_afstemming_api(ApiRoutes& routes);
void add_beleidsdoel_api(ApiRoutes& routes);
void add_koppeling_api(ApiRoutes& routes);
void add_catalogus_api(ApiRoutes& routes);
void add_realisatie_api(ApiRoutes& routes);
void add_afwijking_api(ApiRoutes& routes);
void add_meting_api(ApiRoutes& routes);
void add_programma_api(ApiRoutes& routes);
void add_competentie_api(ApiRoutes& routes);
void add_beleidscyclus_api(ApiRoutes& routes);
void add_account_api(ApiRoutes& routes);
void add_openapi_api(ApiRoutes& routes);

// All API routes (routes.cpp: one line per capability).
ApiRoutes api_routes();

// Building blocks of operations and schemas.
namespace doc {

json ref(const std::string& name);
json param_ref(const std::string& name);
json query_param(const std::string& name, const std::string& description, json schema);
json headers_2xx(bool with_etag, bool with_location, bool paged);
// The problem responses for these statuses (400, 401, 403, 404, 409, 428, 503). What every
// operation may answer besides (412, 413, 415, 431, 500) openapi.cpp adds from the route.
json problems(std::initializer_list<int> codes);
json merge(json a, const json& b);
// `list` with `extra` appended (parameters).
json with(json list, std::initializer_list<json> extra);
// A 2xx response with a JSON body of component `schema`.
json ok(const std::string& schema, const std::string& description, bool etag = true,
        int status = 200, bool location = false, bool paged = false);
// A 200 with a list that is not paged (component `schema`): API-Version and X-Total-Count.
json ok_list(const std::string& schema, const std::string& description);
json no_content();
Operation op(const std::string& id, const std::string& tag, const std::string& summary,
             const std::string& description, json responses, json parameters = json::array(),
             const std::string& request_schema = "");

json string_prop(const std::string& description, const std::string& format = "");
json int_prop(const std::string& description);
json enum_prop(const std::string& description, std::vector<std::string> values);
json nullable_date(const std::string& description);
// An int64 that may be null (an optional reference).
json nullable_int(const std::string& description);
// A path parameter `name` of an int64 id (for the one-off ids of sub-resources).
json id_path_param(const std::string& name, const std::string& description);
// A page of `name` (HAL) with items of component `item`.
json list_schema(const std::string& name, const std::string& item);

}  // namespace doc

}  // namespace regie::web::api
