// Fields: the raw text of one submitted record, keyed by the API's lowerCamelCase property
// names. The API (JSON) and the UI (HTML forms) both decode into Fields, so that one parse
// function per domain type validates both and reports every field error at once.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace regie {

using Fields = std::map<std::string, std::string>;

inline std::optional<std::string> field(const Fields& fields, const std::string& name) {
  auto it = fields.find(name);
  if (it == fields.end()) return std::nullopt;
  return it->second;
}

}  // namespace regie
