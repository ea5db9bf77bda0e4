// Maps (method, path) to a handler. Patterns are literal segments and {name} parameters:
// "/api/v1/organisaties/{id}". Matching is exact: a trailing slash does not match.
// Built once at start-up, then read-only (thread-safe for lookups).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/http.hpp"

namespace regie::web {

class Router {
 public:
  struct Route {
    std::string method;
    std::string pattern;
    Handler handler;
    std::vector<std::string> segments;
  };

  void add(const std::string& method, const std::string& pattern, Handler handler);

  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool path_known = false;  // some route matches the path with another method
    std::vector<std::string> allowed;
  };
  Match match(const std::string& method, const std::string& path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace regie::web
