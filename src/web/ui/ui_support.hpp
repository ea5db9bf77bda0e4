// Small helpers every HTML handler file shares: redirects after a POST, and the fields and
// version of a submitted form. (Path ids: web::path_id in http.hpp.)
#pragma once

#include <optional>
#include <string>

#include "core/fields.hpp"
#include "core/text.hpp"
#include "domain/governance/types.hpp"
#include "web/http.hpp"

namespace regie::web::ui {

// 303 See Other: the answer to a successful form POST.
inline Response zie_ook(const std::string& location) {
  Response response;
  response.status = 303;
  response.set_header("Location", location);
  response.set_header("Content-Type", "text/plain; charset=utf-8");
  return response;
}

// The submitted fields without the form's own csrf and versie.
inline Fields formulier_velden(const Request& req) {
  Fields f = req.form_params();
  f.erase("csrf");
  f.erase("versie");
  return f;
}

inline std::optional<std::int64_t> formulier_versie(const Request& req) {
  auto f = req.form_params();
  auto it = f.find("versie");
  if (it == f.end()) return std::nullopt;
  return parse_int64(it->second);
}

}  // namespace regie::web::ui
