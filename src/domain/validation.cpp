#include "domain/validation.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace regie::validation {
namespace {

// NUL, the other C0 controls and DEL; a line break or tab only in a text of several lines.
bool has_control(const std::string& value, Regels regels) {
  for (char ch : value) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != 0x7F) continue;
    bool line = c == '\n' || c == '\r' || c == '\t';
    if (!line || regels == Regels::kEen) return true;
  }
  return false;
}

// A whole number as JSON writes it (digits, a leading minus); `key` when it is not one.
Result<std::int64_t> heel_getal(const std::string& text, const char* key) {
  auto number = parse_int64(text);
  if (!number) return Error{ErrorCode::kInvalid, key, text.substr(0, 64), {}};
  return *number;
}

}  // namespace

std::optional<std::string> Reader::raw(const std::string& name, JsonKind kind, Regels regels) {
  auto value = field(fields_, name);
  if (!value) return std::nullopt;
  if (fields_.json) {
    auto it = fields_.json_kinds.find(name);
    if (it != fields_.json_kinds.end() && it->second != JsonKind::kNull && it->second != kind) {
      add(name, kind == JsonKind::kNumber ? "fout.verwacht_getal" : "fout.verwacht_tekst");
      return std::nullopt;
    }
  }
  if (!is_valid_utf8(*value)) {
    add(name, "fout.ongeldige_tekens");
    return std::nullopt;
  }
  if (has_control(*value, regels)) {
    add(name, "fout.stuurteken");
    return std::nullopt;
  }
  return trim(*value);
}

std::string Reader::required_text(const std::string& name, std::size_t max_length, Regels regels) {
  auto value = raw(name, JsonKind::kString, regels);
  if (!value || value->empty()) {
    if (value || field(fields_, name) == std::nullopt) add(name, "fout.verplicht");
    return {};
  }
  if (value->size() > max_length) {
    add(name, "fout.te_lang");
    return {};
  }
  return *value;
}

std::string Reader::optional_text(const std::string& name, std::size_t max_length, Regels regels) {
  auto value = raw(name, JsonKind::kString, regels);
  if (!value) return {};
  if (value->size() > max_length) {
    add(name, "fout.te_lang");
    return {};
  }
  return *value;
}

std::optional<bool> Reader::optional_vlag(const std::string& name) {
  auto value = field(fields_, name);
  if (!value) return std::nullopt;
  if (fields_.json) {
    auto it = fields_.json_kinds.find(name);
    if (it != fields_.json_kinds.end() && it->second == JsonKind::kNull) return std::nullopt;
    if (it == fields_.json_kinds.end() || it->second != JsonKind::kBoolean) {
      add(name, "fout.verwacht_ja_nee");
      return std::nullopt;
    }
    return *value == "true";
  }
  const std::string v = trim(*value);
  if (v == "ja" || v == "on" || v == "true") return true;
  if (v.empty() || v == "nee" || v == "false") return false;
  add(name, "fout.verwacht_ja_nee");
  return std::nullopt;
}

std::optional<std::string> Reader::number_text(const std::string& name) {
  return raw(name, JsonKind::kNumber);
}

std::optional<std::int64_t> Reader::optional_int(const std::string& name, std::int64_t min,
                                                 std::int64_t max) {
  auto value = raw(name, JsonKind::kNumber);
  if (!value || value->empty()) return std::nullopt;
  // A JSON number as it is ("1.5" stays a fraction); a form's number in Dutch notation, a dot
  // between groups of three digits ("1.234").
  return binnen(name, fields_.json ? heel_getal(*value, kFoutGeenGetal) : parse_getal_nl(*value),
                min, max);
}

std::optional<std::int64_t> Reader::optional_bedrag(const std::string& name, std::int64_t min_cents,
                                                    std::int64_t max_cents) {
  auto value = raw(name, JsonKind::kNumber);
  if (!value || value->empty()) return std::nullopt;
  // The API's amounts are whole cents (a JSON number); a form's or an import's are euro in Dutch
  // notation, read by the one amount reader.
  return binnen(
      name, fields_.json ? heel_getal(*value, "fout.bedrag_centen") : parse_bedrag_cents(*value),
      min_cents, max_cents);
}

std::optional<std::int64_t> Reader::optional_honderdsten(const std::string& name, std::int64_t min,
                                                         std::int64_t max) {
  auto value = raw(name, JsonKind::kNumber);
  if (!value || value->empty()) return std::nullopt;
  std::string tekst = *value;
  if (fields_.json) {
    // A JSON number has a decimal point and no thousands separator: "12.5" is 12,5 in Dutch.
    if (tekst.find_first_of(",eE+") != std::string::npos) {
      add(name, kFoutGeenDecimaalGetal);
      return std::nullopt;
    }
    std::replace(tekst.begin(), tekst.end(), '.', ',');
  }
  return binnen(name, parse_honderdsten(tekst), min, max);
}

std::int64_t Reader::required_bedrag(const std::string& name, std::int64_t min_cents,
                                     std::int64_t max_cents) {
  auto value = raw(name, JsonKind::kNumber);
  if (!value || value->empty()) {
    if (value || field(fields_, name) == std::nullopt) add(name, "fout.verplicht");
    return 0;
  }
  return optional_bedrag(name, min_cents, max_cents).value_or(0);
}

std::optional<std::int64_t> Reader::binnen(const std::string& name,
                                           const Result<std::int64_t>& number, std::int64_t min,
                                           std::int64_t max) {
  if (!number.ok()) {
    add(name, number.error().key);
    return std::nullopt;
  }
  if (*number < min || *number > max) {
    add(name, *number < min ? "fout.te_klein" : "fout.te_groot");
    return std::nullopt;
  }
  return *number;
}

std::int64_t Reader::required_int(const std::string& name, std::int64_t min, std::int64_t max) {
  auto value = raw(name, JsonKind::kNumber);
  if (!value || value->empty()) {
    if (value || field(fields_, name) == std::nullopt) add(name, "fout.verplicht");
    return 0;
  }
  return optional_int(name, min, max).value_or(0);
}

std::int64_t Reader::required_id(const std::string& name) {
  auto value = raw(name, JsonKind::kNumber);
  if (!value || value->empty()) {
    if (value || field(fields_, name) == std::nullopt) add(name, "fout.verplicht");
    return 0;
  }
  auto number = parse_int64(*value);
  if (!number || *number <= 0) {
    add(name, "fout.ongeldige_keuze");
    return 0;
  }
  return *number;
}

std::optional<Datum> Reader::date(const std::string& name, const std::string& value) {
  // The API speaks ISO 8601 only; a form or an import may also say dd-mm-jjjj.
  auto datum = fields_.json ? Datum::parse_iso(value) : Datum::parse_nl(value);
  if (!datum) add(name, fields_.json ? "fout.datum_iso" : "fout.ongeldige_datum");
  return datum;
}

std::optional<Datum> Reader::required_date(const std::string& name) {
  auto value = raw(name, JsonKind::kString);
  if (!value || value->empty()) {
    if (value || field(fields_, name) == std::nullopt) add(name, "fout.verplicht");
    return std::nullopt;
  }
  return date(name, *value);
}

std::optional<Datum> Reader::optional_date(const std::string& name) {
  auto value = raw(name, JsonKind::kString);
  if (!value || value->empty()) return std::nullopt;
  return date(name, *value);
}

void Reader::check_periode(const std::optional<Datum>& van, const std::optional<Datum>& tot,
                           const std::string& tot_name) {
  if (van && tot && *tot < *van) add(tot_name, "fout.periode_omgekeerd");
}

std::optional<std::int64_t> peek_id(const Fields& fields, const std::string& name) {
  auto value = field(fields, name);
  if (!value) return std::nullopt;
  auto number = parse_int64(trim(*value));
  if (!number || *number <= 0) return std::nullopt;
  return number;
}

}  // namespace regie::validation
