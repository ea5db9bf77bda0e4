// The HTTP facade: plain Request/Response values and the handler type. Only http_server.cpp
// knows Beast; everything else in web/ sees these types.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regie::web {

struct Request {
  std::string method;                          // "GET", "POST", …
  std::string target;                          // as received: path and query
  std::string path;                            // percent-decoded path without query
  std::string query;                           // raw query string without '?'
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string remote_address;
  bool secure = false;  // TLS, or X-Forwarded-Proto https from a trusted proxy
  std::map<std::string, std::string> params;  // path parameters from the route

  std::string header(const std::string& lower_name) const;
  std::optional<std::string> cookie(const std::string& name) const;
  std::map<std::string, std::string> query_params() const;
  // application/x-www-form-urlencoded, or multipart/form-data (a form with a file input: a
  // file's field is its content, and "<field>_naam" its file name).
  std::map<std::string, std::string> form_params() const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void set_header(const std::string& name, const std::string& value);
  std::string header(const std::string& name) const;
};

using Handler = std::function<Response(Request&)>;

// An application/problem+json answer (RFC 9457): the one error format of the API, also for
// what the server answers itself before routing (400, 413, 431, 500, 503). Without `instance`
// when it is empty (a request whose path is unknown).
Response problem_response(int status, const std::string& title, const std::string& detail,
                          const std::string& instance);

// application/x-www-form-urlencoded and query strings; '+' is a space. Malformed escapes are
// kept literally. Later duplicates overwrite earlier ones.
std::map<std::string, std::string> decode_form(std::string_view text);
std::string percent_decode(std::string_view text, bool plus_is_space);
std::string percent_encode(std::string_view text);

// The positive integer id in path parameter `name` ("/organisaties/{id}"); nullopt when it is
// missing, not a number or not positive (the handler answers 404).
std::optional<std::int64_t> path_id(const Request& req, const std::string& name);
// `pad` (a local path with its query) as an absolute address on the host and scheme the client
// used, for what leaves the browser (a link on paper or in a message).
std::string absolute_url(const Request& req, const std::string& pad);

}  // namespace regie::web
