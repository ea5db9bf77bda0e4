// libFuzzer target: decode_form and percent_decode, the decoders of form bodies and query
// strings, and the multipart/form-data reader of forms with a file input.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "web/http.hpp"
#include "web/multipart.hpp"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);

  for (bool plus_is_space : {false, true}) {
    std::string decoded = regie::web::percent_decode(text, plus_is_space);
    FUZZ_CHECK(decoded.size() <= text.size());
    // Encoding then decoding gives back any bytes.
    FUZZ_CHECK(regie::web::percent_decode(regie::web::percent_encode(text), plus_is_space) == text);
  }

  // A decoded form, encoded again, decodes to the same map.
  std::map<std::string, std::string> form = regie::web::decode_form(text);
  std::string encoded;
  for (const auto& [key, value] : form) {
    FUZZ_CHECK(key.size() + value.size() <= text.size());
    if (!encoded.empty()) encoded += '&';
    encoded += regie::web::percent_encode(key) + '=' + regie::web::percent_encode(value);
  }
  FUZZ_CHECK(regie::web::decode_form(encoded) == form);

  // The same bytes as a request's query and body.
  regie::web::Request request;
  request.query = std::string(text);
  request.body = request.query;
  request.headers["cookie"] = request.query;
  FUZZ_CHECK(request.query_params() == form);
  FUZZ_CHECK(request.form_params() == form);
  (void)request.cookie("regie_sessie");

  // The same bytes as a Content-Type, and as a multipart body with the boundary "grens": every
  // part has a name, and the parts hold no more bytes than the body.
  if (auto grens = regie::web::multipart_grens(text)) {
    FUZZ_CHECK(!grens->empty() && grens->size() <= 70);
  }
  if (auto delen = regie::web::lees_multipart(text, "grens")) {
    std::size_t samen = 0;
    for (const auto& deel : *delen) {
      FUZZ_CHECK(!deel.naam.empty());
      samen += deel.naam.size() + deel.inhoud.size();
    }
    FUZZ_CHECK(samen <= text.size());
  }
  regie::web::Request multipart;
  multipart.headers["content-type"] = "multipart/form-data; boundary=grens";
  multipart.body = std::string(text);
  (void)multipart.form_params();
  return 0;
}
