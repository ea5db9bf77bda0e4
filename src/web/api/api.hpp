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

// Flattens a self-assessment body ({"jaar", "profiel", "scores":
// [{"competentie", "score", "toelichting"}]}) into Fields ("scores.<code>",
// "toelichtingen.<code>").
Result<Fields> decode_zelfbeoordeling(const std::string& body);

// A JSON object whose members named in `lijstnamen` are arrays of flat objects
// (the list parts of an opdracht); other members as in decode_json_fields. Row
// errors name "lijst[n].veld".
Result<std::pair<Fields, std::map<std::string, std::vector<Fields>>>> decode_json_met_lijsten(
    const std::string& body, const std::vector<std::string>& lijstnamen);

// The OpenAPI 3 document, built from the API routes (api_routes.hpp).
std::string openapi_json();

// Decodes a JSON object body into Fields (strings and numbers as text).
// kInvalid when the body is not a JSON object or a value has the wrong type.
// Exposed for the fuzz target.
Result<Fields> decode_json_fields(const std::string& body);

}  // namespace regie::web::api
