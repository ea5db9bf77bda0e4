#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

namespace regie {
namespace {

constexpr std::uint64_t kMaxMagnitude = std::numeric_limits<std::int64_t>::max();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Plain loops here and below: find_first_not_of calls memchr on the set for every character,
// which an import of millions of figures noticed (decision 51).
bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

bool is_white_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trim_view(std::string_view text) {
  while (!text.empty() && is_white_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_white_space(text.back())) text.remove_suffix(1);
  return text;
}

Error invalid(const char* key, std::string_view text) {
  return Error{ErrorCode::kInvalid, key, "'" + std::string(text.substr(0, 64)) + "'", {}};
}

// The digits of "1.234.567" or "1234567" as a magnitude; `fout` is the key for anything that is
// not digits and dots. The form is checked before the size: "99.999.999.999.999.999.999.99" is
// kFoutPuntGroepen, not kFoutTeGroot.
Result<std::uint64_t> lees_groepen(std::string_view whole, const char* fout) {
  std::uint64_t value = 0;
  bool te_groot = false;
  auto tel = [&](std::string_view digits) {
    for (char c : digits) {
      auto digit = static_cast<std::uint64_t>(c - '0');
      if (te_groot || value > (kMaxMagnitude - digit) / 10) {
        te_groot = true;
        return;
      }
      value = value * 10 + digit;
    }
  };
  if (whole.find('.') == std::string_view::npos) {
    if (!all_digits(whole)) return invalid(fout, whole);
    tel(whole);
  } else {
    std::size_t start = 0;
    bool eerste = true;
    while (true) {
      std::size_t dot = whole.find('.', start);
      std::string_view group =
          whole.substr(start, dot == std::string_view::npos ? dot : dot - start);
      if (!group.empty() && !all_digits(group)) return invalid(fout, whole);
      bool ok =
          eerste ? (!group.empty() && group.size() <= 3 && group[0] != '0') : group.size() == 3;
      if (!ok) return invalid(kFoutPuntGroepen, whole);
      tel(group);
      eerste = false;
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
  }
  if (te_groot) return invalid(kFoutTeGroot, whole);
  return value;
}

}  // namespace

bool leeg(std::string_view text) { return std::all_of(text.begin(), text.end(), is_white_space); }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool consume(std::string_view& text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return false;
  text.remove_prefix(prefix.size());
  return true;
}

std::string trim(std::string_view text) {
  const char* ws = " \t\r\n\f\v";
  auto begin = text.find_first_not_of(ws);
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(ws);
  return std::string(text.substr(begin, end - begin + 1));
}

std::optional<std::int64_t> parse_int64(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string format_getal_nl(std::int64_t value) {
  bool negative = value < 0;
  // Work in unsigned to survive INT64_MIN.
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), '.');
    out.insert(out.begin(), *it);
    ++count;
  }
  return negative ? "-" + out : out;
}

std::string opsomming(const std::vector<std::string>& delen) {
  std::string out;
  for (std::size_t i = 0; i < delen.size(); ++i) {
    if (i > 0) out += i + 1 == delen.size() ? " en " : ", ";
    out += delen[i];
  }
  return out;
}

std::string format_bedrag_nl(std::int64_t cents) {
  bool negative = cents < 0;
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  std::uint64_t euros = magnitude / 100;
  std::uint64_t rest = magnitude % 100;
  std::string whole = format_getal_nl(static_cast<std::int64_t>(euros));
  std::string frac = (rest < 10 ? "0" : "") + std::to_string(rest);
  return std::string("€ ") + (negative ? "-" : "") + whole + "," + frac;
}

std::string format_bedrag_invoer(std::int64_t cents) {
  auto tekst = format_bedrag_nl(cents);  // "€ 1.234,56"; the euro sign is three bytes
  return tekst.substr(std::string_view("€ ").size());
}

Result<std::int64_t> parse_getal_nl(std::string_view text) {
  text = trim_view(text);
  bool negative = consume(text, "-");
  if (text.empty()) return invalid(kFoutGeenGetal, text);
  REGIE_ASSIGN_OR_RETURN(std::uint64_t magnitude, lees_groepen(text, kFoutGeenGetal));
  auto value = static_cast<std::int64_t>(magnitude);
  return negative ? -value : value;
}

namespace {

// The fixed-point part of a Dutch number with at most two decimals, in hundredths: "1.234,5" →
// 123450. `geen` is the key for text that is no such number; errors quote `origineel`.
Result<std::int64_t> honderdsten(std::string_view text, bool negative, std::string_view origineel,
                                 const char* geen, const char* decimalen) {
  std::string_view whole = text;
  std::string_view decimals;
  if (auto comma = text.find(','); comma != std::string_view::npos) {
    whole = text.substr(0, comma);
    decimals = text.substr(comma + 1);
    if (!all_digits(decimals)) return invalid(geen, origineel);
    if (decimals.size() > 2) return invalid(decimalen, origineel);
  }
  if (whole.empty()) return invalid(geen, origineel);
  auto units = lees_groepen(whole, geen);
  if (!units.ok()) return invalid(units.error().key.c_str(), origineel);

  std::uint64_t fraction = 0;
  for (char c : decimals) fraction = fraction * 10 + static_cast<std::uint64_t>(c - '0');
  if (decimals.size() == 1) fraction *= 10;
  if (*units > (kMaxMagnitude - fraction) / 100) return invalid(kFoutTeGroot, origineel);
  auto magnitude = static_cast<std::int64_t>(*units * 100 + fraction);
  return negative ? -magnitude : magnitude;
}

}  // namespace

Result<std::int64_t> parse_bedrag_cents(std::string_view text) {
  constexpr std::string_view kEuro = "\xE2\x82\xAC";
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  const std::string_view origineel = text;

  text = trim_view(text);
  bool negative = consume(text, "-");
  if (consume(text, kEuro)) {
    while (consume(text, " ") || consume(text, kNoBreakSpace)) {
    }
    if (!negative) negative = consume(text, "-");
  }
  return honderdsten(text, negative, origineel, kFoutGeenBedrag, kFoutDecimalen);
}

Result<std::int64_t> parse_honderdsten(std::string_view text) {
  const std::string_view origineel = text;
  text = trim_view(text);
  const bool negative = consume(text, "-");
  return honderdsten(text, negative, origineel, kFoutGeenDecimaalGetal, kFoutGetalDecimalen);
}

std::string format_honderdsten(std::int64_t honderdsten) {
  const bool negative = honderdsten < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(honderdsten)
                                           : static_cast<std::uint64_t>(honderdsten);
  std::string out = format_getal_nl(static_cast<std::int64_t>(magnitude / 100));
  const auto rest = magnitude % 100;
  if (rest != 0) {
    out += ',';
    out += static_cast<char>('0' + rest / 10);
    if (rest % 10 != 0) out += static_cast<char>('0' + rest % 10);
  }
  return negative ? "-" + out : out;
}

std::string format_procent(std::int64_t deel, std::int64_t totaal) {
  if (totaal <= 0) return "–";
  const auto honderdsten = (static_cast<long double>(deel) * 10000.0L) / totaal;
  const auto h = static_cast<std::int64_t>(honderdsten + 0.5L);
  const std::string cijfers = std::to_string(h % 100);
  return format_getal_nl(h / 100) + "," + (cijfers.size() == 1 ? "0" : "") + cijfers + " %";
}

namespace {

// The length of the well-formed UTF-8 sequence at `i` and its code point in `cp`; 0 when the
// bytes there are not one (truncated, overlong, a surrogate, beyond U+10FFFF).
std::size_t utf8_sequence(std::string_view text, std::size_t i, std::uint32_t& cp) {
  auto c = static_cast<unsigned char>(text[i]);
  std::size_t len = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(text[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3Fu);
  }
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

void append_hex_escape(std::string& out, unsigned char byte) {
  constexpr std::string_view kHex = "0123456789abcdef";
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0x0F];
}

// Code points a log reader may take as the end of a line or a terminal command: C0 and C1
// controls, DEL, and the Unicode line and paragraph separators.
bool is_control(std::uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t cp = 0;
    std::size_t len = utf8_sequence(text, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string escape_for_log(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t cp = 0;
    std::size_t len = utf8_sequence(text, i, cp);
    if (len == 0) {
      append_hex_escape(out, static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    if (is_control(cp) || cp == '\\') {
      for (std::size_t k = 0; k < len; ++k) {
        append_hex_escape(out, static_cast<unsigned char>(text[i + k]));
      }
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string met_hoofdletter(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string klein(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

std::string kleine_letters(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace regie
