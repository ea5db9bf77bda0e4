// Small helpers every API handler file shares: a JSON response and the 404 problem.
#pragma once

#include <nlohmann/json.hpp>

#include "web/api/api.hpp"
#include "web/messages.hpp"

namespace regie::web::api {

inline Response json_response(int status, const nlohmann::json& body) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/json");
  response.body = body.dump();
  return response;
}

inline Response not_found(const Request& req) {
  return problem(404, titel(ErrorCode::kNotFound), tekst("fout.niet_gevonden"), req.path);
}

}  // namespace regie::web::api
