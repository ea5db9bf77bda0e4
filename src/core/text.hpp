// Small text helpers shared by every layer: trimming, integer parsing, Dutch number formats.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace regie {

std::string trim(std::string_view text);
std::optional<std::int64_t> parse_int64(std::string_view text);
// "1234567" → "1.234.567"
std::string format_getal_nl(std::int64_t value);
// Amount in cents → "€ 1.234,56" (negative: "€ -1.234,56").
std::string format_bedrag_nl(std::int64_t cents);
bool is_valid_utf8(std::string_view text);

}  // namespace regie
