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
// Text from outside (a request path, a user name, an error detail) as one safe log field: every
// control character (C0, DEL, C1, U+2028/U+2029), every byte that is not well-formed UTF-8 and
// the backslash itself become \xNN per byte, so that no input can end a log line, forge the
// next one or pass for an escape. Every log call and audit field that carries outside input goes
// through this one function.
std::string escape_for_log(std::string_view text);

}  // namespace regie
