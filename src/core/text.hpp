// Small text helpers shared by every layer: trimming, integer parsing, Dutch number formats.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace regie {

std::string trim(std::string_view text);
// Removes prefix from the front of text when text starts with it; says whether it did.
bool consume(std::string_view& text, std::string_view prefix);
// A text of only white space (or none).
bool leeg(std::string_view text);
// Equal when ASCII letters are compared without their case (HTTP header names, tokens).
bool iequals(std::string_view a, std::string_view b);
std::optional<std::int64_t> parse_int64(std::string_view text);
// "1234567" → "1.234.567"
std::string format_getal_nl(std::int64_t value);
// A Dutch enumeration: {"A"} → "A", {"A", "B", "C"} → "A, B en C"; {} → "".
std::string opsomming(const std::vector<std::string>& delen);
// Amount in cents → "€ 1.234,56" (negative: "€ -1.234,56").
std::string format_bedrag_nl(std::int64_t cents);
// Amount in cents as typed in a form: "1.234,56" (negative: "-1.234,56"). parse_bedrag_cents
// reads it back exactly.
std::string format_bedrag_invoer(std::int64_t cents);

// Message keys of the number readers below (Error::key; code kInvalid).
inline constexpr const char* kFoutGeenGetal = "fout.geen_geheel_getal";
inline constexpr const char* kFoutGeenBedrag = "fout.geen_bedrag";
inline constexpr const char* kFoutDecimalen = "fout.bedrag_decimalen";  // more than two
inline constexpr const char* kFoutPuntGroepen = "fout.punt_groepen";    // "12.34", "1.23.4"
inline constexpr const char* kFoutTeGroot = "fout.te_groot";            // beyond std::int64_t

// A whole number in Dutch notation: "1234", "-1234", "1.234", "1.234.567". A '.' only separates
// groups of three digits (the first group 1-3 digits, no leading zero): "12.34" or "1.23.4" is
// kFoutPuntGroepen. Surrounding white space is ignored; anything else is kFoutGeenGetal.
Result<std::int64_t> parse_getal_nl(std::string_view text);

// THE reader of an amount in euro, for every form, API field and import: whole cents.
// Dutch notation: a dot separates thousands, a comma the cents, no comma means whole euros.
//   "38.000" and "38000" → 3800000; "9.600" → 960000; "1.234,5" → 123450; "0,05" → 5.
// Also read: "€ 3,00", "€ -3,00", "-€ 3,00" (a space or no-break space after €), "-12,5", and
// surrounding white space: everything format_bedrag_nl and format_bedrag_invoer write.
// Errors (code kInvalid, the key says why):
//   kFoutDecimalen   more than two digits after the comma ("12,345");
//   kFoutPuntGroepen a dot not between groups of three digits ("12.34", "1.23.4", "1.234.5");
//   kFoutTeGroot     beyond std::int64_t cents;
//   kFoutGeenBedrag  anything else ("", "abc", "12,", ",50", "+5", "1,2,3", "1 234").
Result<std::int64_t> parse_bedrag_cents(std::string_view text);
inline constexpr const char* kFoutGeenDecimaalGetal = "fout.geen_decimaal_getal";
inline constexpr const char* kFoutGetalDecimalen = "fout.getal_decimalen";  // more than two
// A number with at most two decimals in the same notation, without €, in hundredths: hours
// ("12,5" → 1250, "1.234" → 123400, "-0,25" → -25). Errors as parse_bedrag_cents, with
// kFoutGeenDecimaalGetal and kFoutGetalDecimalen for the amount's own two.
Result<std::int64_t> parse_honderdsten(std::string_view text);
// Hundredths as the Dutch number parse_honderdsten reads back: 1250 → "12,5", 123400 →
// "1.234", 5 → "0,05", -25 → "-0,25".
std::string format_honderdsten(std::int64_t honderdsten);
// `deel` of `totaal` as a Dutch percentage with always two decimals, rounded half up to
// hundredths of a percent, so that a column lines up: "4,10 %"; "–" when totaal is not positive.
std::string format_procent(std::int64_t deel, std::int64_t totaal);
bool is_valid_utf8(std::string_view text);
// Text from outside (a request path, a user name, an error detail) as one safe log field: every
// control character (C0, DEL, C1, U+2028/U+2029), every byte that is not well-formed UTF-8 and
// the backslash itself become \xNN per byte, so that no input can end a log line, forge the
// next one or pass for an escape. Every log call and audit field that carries outside input goes
// through this one function.
std::string escape_for_log(std::string_view text);
// A sentence made of a text that starts in lower case (a field error, a step): its first ASCII
// letter upper case ("aanvaarden kan pas …" → "Aanvaarden kan pas …"); `klein` the reverse.
std::string met_hoofdletter(std::string_view text);
std::string klein(std::string_view text);
// Every ASCII letter in lower case ("Basistaak" → "basistaak"); other bytes as they are.
std::string kleine_letters(std::string_view text);

}  // namespace regie
