// libFuzzer target: decode_json_fields, the decoder of every JSON body of the API.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "core/text.hpp"
#include "fuzz_check.hpp"
#include "web/api/api.hpp"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
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
  return 0;
}
