#include "web/router.hpp"

namespace regie::web {
namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  if (path.empty() || path[0] != '/') return out;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

void Router::add(const std::string& method, const std::string& pattern, Handler handler) {
  routes_.push_back(Route{method, pattern, std::move(handler), split_path(pattern)});
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
  Match result;
  auto segments = split_path(path);
  if (segments.empty()) return result;
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    std::map<std::string, std::string> params;
    bool ok = true;
    for (std::size_t i = 0; i < segments.size() && ok; ++i) {
      const auto& want = route.segments[i];
      if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
        if (segments[i].empty()) {
          ok = false;
        } else {
          params[want.substr(1, want.size() - 2)] = segments[i];
        }
      } else if (want != segments[i]) {
        ok = false;
      }
    }
    if (!ok) continue;
    result.path_known = true;
    result.allowed.push_back(route.method);
    if (route.method == method || (method == "HEAD" && route.method == "GET")) {
      if (!result.route) {
        result.route = &route;
        result.params = std::move(params);
      }
    }
  }
  return result;
}

}  // namespace regie::web
