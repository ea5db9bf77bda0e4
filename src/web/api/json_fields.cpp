// decode_json_fields on its own, so that the fuzz target compiles it without the rest of web/.
#include "web/api/api.hpp"

#include <nlohmann/json.hpp>

namespace regie::web::api {

Result<Fields> decode_json_fields(const std::string& body) {
  // Without exceptions: a malformed body is a value, not a throw.
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return Error::invalid({{"body", "fout.json"}});
  }
  Fields fields;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : parsed.items()) {
    if (value.is_string()) {
      fields[key] = value.get<std::string>();
    } else if (value.is_number_integer()) {
      fields[key] = value.dump();
    } else if (value.is_null()) {
      fields[key] = "";
    } else {
      errors.push_back({key, "fout.type"});
    }
  }
  if (!errors.empty()) return Error::invalid(errors);
  return fields;
}

}  // namespace regie::web::api
