// JSON API under /api/v1 (NL API Design Rules): authentication, problems and
// the JSON decoders. The routes with their operations: api_routes.hpp; the
// helper kit: support.hpp.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "service/context.hpp"
#include "web/app.hpp"

namespace regie::web::api {

using service::Context;

// Authenticates with the bearer token; on failure returns the 401 response in
// `denied`.
std::optional<Context> authenticate(const App& app, const Request& req, Response& denied);

Response problem(int status, const std::string& title, const std::string& detail,
                 const std::string& instance);
Response error_response(const Error& error, const Request& req);

// The shape of a JSON body beyond flat members: `lijsten` are arrays of flat objects (the list
// parts of an opdracht, the scores of a zelfbeoordeling), `codelijsten` arrays of codes
// (read as "a,b", as a form sends them).
struct JsonVorm {
  std::vector<std::string> lijsten;
  std::vector<std::string> codelijsten;
};
struct JsonBody {
  Fields fields;
  std::map<std::string, std::vector<Fields>> lijsten;
};

// The one JSON reader of the API: a JSON object into typed Fields (core/fields.hpp), the rows
// of `vorm.lijsten` into Fields of their own. kInvalid ("body") only when the body is not a
// JSON object; everything else it finds wrong (a member twice, an object or array where a value
// belongs, a list that is not one) is in `fields.decode_errors`, so that the parse function
// reports it with its own errors, all at once. Numbers are kept as their JSON text.
Result<JsonBody> decode_json_body(const std::string& body, const JsonVorm& vorm);

// Flattens a self-assessment body ({"jaar", "profiel", "scores":
// [{"competentie", "score", "toelichting"}]}) into Fields ("scores.<code>",
// "toelichtingen.<code>").
Result<Fields> decode_zelfbeoordeling(const std::string& body);

// decode_json_body with `lijstnamen` as lijsten (the list parts of an opdracht).
Result<std::pair<Fields, std::map<std::string, std::vector<Fields>>>> decode_json_met_lijsten(
    const std::string& body, const std::vector<std::string>& lijstnamen);

// The OpenAPI 3 document, built from the API routes (api_routes.hpp).
std::string openapi_json();

// decode_json_body of a flat body. Exposed for the fuzz target.
Result<Fields> decode_json_fields(const std::string& body);

}  // namespace regie::web::api
