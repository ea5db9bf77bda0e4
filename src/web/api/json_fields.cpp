// The one JSON reader of the API, on its own so that the fuzz target compiles it without the
// rest of web/.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "web/api/api.hpp"

namespace regie::web::api {

using json = nlohmann::json;

namespace {

bool bevat(const std::vector<std::string>& namen, const std::string& naam) {
  return std::find(namen.begin(), namen.end(), naam) != namen.end();
}

// Stores one scalar member with its JSON kind; anything else is a decoder error.
void scalar(const std::string& key, const json& value, Fields& fields) {
  if (value.is_string()) {
    fields[key] = value.get<std::string>();
    fields.json_kinds[key] = JsonKind::kString;
  } else if (value.is_number()) {
    // Also a fraction or a number beyond int64: the reader of the field says what is wrong.
    fields[key] = value.dump();
    fields.json_kinds[key] = JsonKind::kNumber;
  } else if (value.is_boolean()) {
    fields[key] = value.get<bool>() ? "true" : "false";
    fields.json_kinds[key] = JsonKind::kBoolean;
  } else if (value.is_null()) {
    fields[key] = "";
    fields.json_kinds[key] = JsonKind::kNull;
  } else {
    fields.decode_errors.push_back({key, "fout.type"});
  }
}

Fields typed() {
  Fields fields;
  fields.json = true;
  return fields;
}

// Finds every member that occurs twice in one object, named as the readers name fields:
// "naam", "planning[2].omschrijving".
class DubbeleLeden {
 public:
  bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
        stack_.push_back({true, {}, {}, 0});
        break;
      case json::parse_event_t::array_start:
        stack_.push_back({false, {}, {}, 0});
        break;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!stack_.empty()) stack_.pop_back();
        volgende();
        break;
      case json::parse_event_t::key:
        if (!stack_.empty() && parsed.is_string()) {
          auto& object = stack_.back();
          object.key = parsed.get<std::string>();
          if (!object.keys.insert(object.key).second) gevonden_.push_back(pad());
        }
        break;
      case json::parse_event_t::value:
        volgende();
        break;
    }
    return true;
  }

  const std::vector<std::string>& gevonden() const { return gevonden_; }

 private:
  struct Frame {
    bool object = true;
    std::set<std::string> keys;
    std::string key;
    std::size_t index = 0;  // in an array: the element being read
  };

  void volgende() {
    if (!stack_.empty() && !stack_.back().object) ++stack_.back().index;
  }

  std::string pad() const {
    std::string out;
    for (const auto& frame : stack_) {
      if (frame.object) {
        if (!out.empty()) out += ".";
        out += frame.key;
      } else {
        out += "[" + std::to_string(frame.index + 1) + "]";
      }
    }
    return out;
  }

  std::vector<Frame> stack_;
  std::vector<std::string> gevonden_;
};

}  // namespace

Result<JsonBody> decode_json_body(const std::string& body, const JsonVorm& vorm) {
  // Without exceptions: a malformed body is a value, not a throw.
  DubbeleLeden dubbel;
  json parsed = json::parse(
      body,
      [&dubbel](int depth, json::parse_event_t event, json& value) {
        return dubbel(depth, event, value);
      },
      false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return Error::invalid({{"body", "fout.json"}});
  }
  JsonBody out;
  out.fields = typed();
  Fields& fields = out.fields;
  for (const auto& naam : dubbel.gevonden()) fields.decode_errors.push_back({naam, "fout.dubbel"});
  for (const auto& [key, value] : parsed.items()) {
    if (bevat(vorm.codelijsten, key)) {
      // An array of codes, read as the forms send it: "scope,geld".
      if (value.is_null()) continue;
      bool codes = value.is_array() && std::all_of(value.begin(), value.end(),
                                                   [](const json& c) { return c.is_string(); });
      if (!codes) {
        fields.decode_errors.push_back({key, "fout.verwacht_lijst_codes"});
        continue;
      }
      std::string tekst;
      for (const auto& c : value) tekst += (tekst.empty() ? "" : ",") + c.get<std::string>();
      fields[key] = tekst;
      fields.json_kinds[key] = JsonKind::kString;
      continue;
    }
    if (!bevat(vorm.lijsten, key)) {
      scalar(key, value, fields);
      continue;
    }
    if (value.is_null()) continue;
    if (!value.is_array()) {
      fields.decode_errors.push_back({key, "fout.verwacht_lijst"});
      continue;
    }
    auto& rijen = out.lijsten[key];
    for (std::size_t i = 0; i < value.size(); ++i) {
      const auto& rij = value[i];
      if (!rij.is_object()) {
        fields.decode_errors.push_back({key + "[" + std::to_string(i + 1) + "]", "fout.type"});
        continue;
      }
      // Row errors are named by the row's reader ("planning[2].datum").
      Fields rij_velden = typed();
      for (const auto& [veld, waarde] : rij.items()) scalar(veld, waarde, rij_velden);
      rijen.push_back(std::move(rij_velden));
    }
  }
  return out;
}

Result<Fields> decode_json_fields(const std::string& body) {
  auto decoded = decode_json_body(body, {});
  if (!decoded.ok()) return decoded.error();
  return std::move(decoded->fields);
}

Result<std::pair<Fields, std::map<std::string, std::vector<Fields>>>> decode_json_met_lijsten(
    const std::string& body, const std::vector<std::string>& lijstnamen) {
  auto decoded = decode_json_body(body, {lijstnamen, {}});
  if (!decoded.ok()) return decoded.error();
  return std::make_pair(std::move(decoded->fields), std::move(decoded->lijsten));
}

}  // namespace regie::web::api
