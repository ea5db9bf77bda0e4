// libFuzzer target: Datum::parse_nl and Datum::parse_iso, the date readers of every form,
// JSON body and import.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/datum.hpp"
#include "fuzz_check.hpp"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto iso = regie::Datum::parse_iso(text);
  auto nl = regie::Datum::parse_nl(text);
  if (iso) {
    FUZZ_CHECK(iso->iso() == text);  // exactly "YYYY-MM-DD", nothing normalised
    FUZZ_CHECK(nl && *nl == *iso);   // parse_nl falls back to ISO
  }
  for (const auto& datum : {iso, nl}) {
    if (!datum) continue;
    FUZZ_CHECK(datum->jaar() >= 1900 && datum->jaar() <= 2999);
    FUZZ_CHECK(regie::Datum::parse_iso(datum->iso()) == datum);
    FUZZ_CHECK(regie::Datum::parse_nl(datum->nl()) == datum);
    FUZZ_CHECK(regie::Datum::parse_nl(datum->iso()) == datum);
  }
  return 0;
}
