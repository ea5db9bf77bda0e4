#include "domain/validation.hpp"

#include "core/text.hpp"

namespace regie::validation {

std::optional<std::string> Reader::raw(const std::string& name) {
  auto value = field(fields_, name);
  if (!value) return std::nullopt;
  if (!is_valid_utf8(*value)) {
    add(name, "fout.ongeldige_tekens");
    return std::nullopt;
  }
  return trim(*value);
}

std::string Reader::required_text(const std::string& name, std::size_t max_length) {
  auto value = raw(name);
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

std::string Reader::optional_text(const std::string& name, std::size_t max_length) {
  auto value = raw(name);
  if (!value) return {};
  if (value->size() > max_length) {
    add(name, "fout.te_lang");
    return {};
  }
  return *value;
}

std::optional<std::int64_t> Reader::optional_int(const std::string& name, std::int64_t min,
                                                 std::int64_t max) {
  auto value = raw(name);
  if (!value || value->empty()) return std::nullopt;
  std::string digits;
  for (char c : *value) {
    if (c != '.' && c != ' ') digits.push_back(c);  // Dutch thousands separators
  }
  auto number = parse_int64(digits);
  if (!number) {
    add(name, "fout.geen_geheel_getal");
    return std::nullopt;
  }
  if (*number < min || *number > max) {
    add(name, *number < min ? "fout.te_klein" : "fout.te_groot");
    return std::nullopt;
  }
  return number;
}

std::int64_t Reader::required_int(const std::string& name, std::int64_t min, std::int64_t max) {
  auto value = raw(name);
  if (!value || value->empty()) {
    add(name, "fout.verplicht");
    return 0;
  }
  return optional_int(name, min, max).value_or(0);
}

std::int64_t Reader::required_id(const std::string& name) {
  auto value = raw(name);
  if (!value || value->empty()) {
    add(name, "fout.verplicht");
    return 0;
  }
  auto number = parse_int64(*value);
  if (!number || *number <= 0) {
    add(name, "fout.ongeldige_keuze");
    return 0;
  }
  return *number;
}

std::optional<Datum> Reader::required_date(const std::string& name) {
  auto value = raw(name);
  if (!value || value->empty()) {
    add(name, "fout.verplicht");
    return std::nullopt;
  }
  auto datum = Datum::parse_nl(*value);
  if (!datum) add(name, "fout.ongeldige_datum");
  return datum;
}

std::optional<Datum> Reader::optional_date(const std::string& name) {
  auto value = raw(name);
  if (!value || value->empty()) return std::nullopt;
  auto datum = Datum::parse_nl(*value);
  if (!datum) add(name, "fout.ongeldige_datum");
  return datum;
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
