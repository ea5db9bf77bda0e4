// decode_json_fields on its own, so that the fuzz target compiles it without the rest of web/.
#include "web/api/api.hpp"

#include <algorithm>
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

Result<std::pair<Fields, std::map<std::string, std::vector<Fields>>>> decode_json_met_lijsten(
    const std::string& body, const std::vector<std::string>& lijstnamen) {
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return Error::invalid({{"body", "fout.json"}});
  }
  Fields fields;
  std::map<std::string, std::vector<Fields>> lijsten;
  std::vector<FieldError> errors;
  auto scalar = [](const nlohmann::json& value, std::string& out) {
    if (value.is_string()) {
      out = value.get<std::string>();
    } else if (value.is_number_integer()) {
      out = value.dump();
    } else if (value.is_null()) {
      out.clear();
    } else {
      return false;
    }
    return true;
  };
  for (const auto& [key, value] : parsed.items()) {
    bool is_lijst = std::find(lijstnamen.begin(), lijstnamen.end(), key) != lijstnamen.end();
    if (!is_lijst) {
      if (!scalar(value, fields[key])) errors.push_back({key, "fout.type"});
      continue;
    }
    if (value.is_null()) continue;
    if (!value.is_array()) {
      errors.push_back({key, "fout.type"});
      continue;
    }
    auto& rijen = lijsten[key];
    for (std::size_t i = 0; i < value.size(); ++i) {
      const auto& rij = value[i];
      const std::string prefix = key + "[" + std::to_string(i + 1) + "]";
      if (!rij.is_object()) {
        errors.push_back({prefix, "fout.type"});
        continue;
      }
      Fields rij_velden;
      for (const auto& [veld, waarde] : rij.items()) {
        if (!scalar(waarde, rij_velden[veld])) {
          std::string naam = prefix;
          naam += ".";
          naam += veld;
          errors.push_back({naam, "fout.type"});
        }
      }
      rijen.push_back(std::move(rij_velden));
    }
  }
  if (!errors.empty()) return Error::invalid(errors);
  return std::make_pair(std::move(fields), std::move(lijsten));
}

}  // namespace regie::web::api
