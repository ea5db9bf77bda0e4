// Fields: the raw text of one submitted record, keyed by the API's lowerCamelCase property
// names. The API (JSON) and the UI (HTML forms) both decode into Fields, so that one parse
// function per domain type validates both and reports every field error at once.
//
// A JSON body is typed and a form is not: the JSON decoder of the API also records each
// member's JSON kind and what it found wrong while decoding (a member twice, an object where a
// value belongs). validation::Reader uses that to refuse "1" where a number belongs, 42 where
// a text belongs and 01-12-2026 where an ISO date belongs, and reports the decoder's errors with
// its own, all at once. Fields from a form, a query string or an import have no kinds.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace regie {

// The JSON type a member of a body arrived as.
enum class JsonKind { kString, kNumber, kBoolean, kNull };

struct Fields : std::map<std::string, std::string> {
  using Values = std::map<std::string, std::string>;
  using Values::Values;
  Fields() = default;
  // Untyped text (a form, a query string, an import).
  Fields(Values values) : Values(std::move(values)) {}  // NOLINT: implicit on purpose

  // True when decoded from a JSON body: values are typed and dates are ISO 8601 only.
  bool json = false;
  // The JSON kind of each member (only when `json`).
  std::map<std::string, JsonKind> json_kinds;
  // What the decoder found wrong; every Reader over these fields reports it.
  std::vector<FieldError> decode_errors;
};

inline std::optional<std::string> field(const Fields& fields, const std::string& name) {
  auto it = fields.find(name);
  if (it == fields.end()) return std::nullopt;
  return it->second;
}

}  // namespace regie
