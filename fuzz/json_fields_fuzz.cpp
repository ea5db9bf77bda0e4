// libFuzzer target: decode_json_fields, the decoder of every JSON body of the API, and
// decode_json_met_lijsten, the decoder of an opdracht's body with its list parts.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "fuzz_check.hpp"
#include "web/api/api.hpp"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  // With lists: rows are flat, every row error names "lijst[n]…", and a flat body decodes to the
  // same fields as without lists.
  static const std::vector<std::string> kLijsten = {"planning", "risicos"};
  auto met_lijsten = regie::web::api::decode_json_met_lijsten(body, kLijsten);
  if (met_lijsten.ok()) {
    for (const auto& [naam, rijen] : met_lijsten->second) {
      FUZZ_CHECK(naam == "planning" || naam == "risicos");
      for (const auto& rij : rijen) {
        for (const auto& [key, value] : rij) FUZZ_CHECK(regie::is_valid_utf8(value));
      }
    }
  } else {
    FUZZ_CHECK(met_lijsten.error().code == regie::ErrorCode::kInvalid);
    FUZZ_CHECK(!met_lijsten.error().fields.empty());
  }
  auto fields = regie::web::api::decode_json_fields(body);
  if (!fields.ok()) {
    const regie::Error& error = fields.error();
    FUZZ_CHECK(error.code == regie::ErrorCode::kInvalid);
    FUZZ_CHECK(!error.fields.empty());
    return 0;
  }
  // Keys and values are valid UTF-8 (the JSON parser rejects anything else), and the fields
  // written back as a JSON object of strings decode to the same fields.
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [key, value] : *fields) {
    FUZZ_CHECK(regie::is_valid_utf8(key));
    FUZZ_CHECK(regie::is_valid_utf8(value));
    object[key] = value;
  }
  auto again = regie::web::api::decode_json_fields(object.dump());
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(*again == *fields);
  // Without list members the two decoders agree.
  auto zonder = regie::web::api::decode_json_met_lijsten(object.dump(), {});
  FUZZ_CHECK(zonder.ok());
  FUZZ_CHECK(zonder->first == *fields);
  return 0;
}
