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
  return binnen(name, parse_getal_nl(*value), min, max);
}

std::optional<std::int64_t> Reader::optional_bedrag(const std::string& name, std::int64_t min_cents,
                                                    std::int64_t max_cents) {
  auto value = raw(name);
  if (!value || value->empty()) return std::nullopt;
  return binnen(name, parse_bedrag_cents(*value), min_cents, max_cents);
}

std::int64_t Reader::required_bedrag(const std::string& name, std::int64_t min_cents,
                                     std::int64_t max_cents) {
  auto value = raw(name);
  if (!value || value->empty()) {
    add(name, "fout.verplicht");
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

}  // namespace regie::validation
