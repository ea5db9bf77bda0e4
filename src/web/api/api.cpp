// The API's answers to authentication and errors; the handlers live per
// capability (register_api.cpp, governance_api.cpp, …) and share
// web/api/support.
#include "web/api/api.hpp"

#include "core/text.hpp"
#include "web/messages.hpp"

namespace regie::web::api {

Response problem(int status, const std::string& title, const std::string& detail,
                 const std::string& instance) {
  return problem_response(status, title, detail, instance);
}

Response error_response(const Error& error, const Request& req) {
  return problem(http_status(error.code), titel(error.code), beschrijving(error), req.path);
}

std::optional<Context> authenticate(const App& app, const Request& req, Response& denied) {
  std::string header = req.header("authorization");
  std::string token;
  if (header.rfind("Bearer ", 0) == 0) token = trim(header.substr(7));
  auto actor = app.services.auth->bearer(token);
  if (!actor.ok()) {
    denied = actor.error().code == ErrorCode::kUnauthenticated
                 ? problem(401, titel(ErrorCode::kUnauthenticated),
                           "Stuur een geldig token in de header Authorization: "
                           "Bearer <token>.",
                           req.path)
                 : error_response(actor.error(), req);
    if (denied.status == 401) denied.set_header("WWW-Authenticate", "Bearer realm=\"regie\"");
    return std::nullopt;
  }
  return Context{actor->actor, "api " + req.remote_address, actor->datastand};
}

}  // namespace regie::web::api
