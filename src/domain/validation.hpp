// Field readers for parse functions: each reads one field from Fields, appends a FieldError
// (with a message key) when it is missing or malformed, and returns what it could read.
// A parse function calls several readers and fails with every error at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"

namespace regie::validation {

class Reader {
 public:
  explicit Reader(const Fields& fields) : fields_(fields) {}

  std::string required_text(const std::string& name, std::size_t max_length);
  std::string optional_text(const std::string& name, std::size_t max_length);
  std::optional<std::int64_t> optional_int(const std::string& name, std::int64_t min,
                                           std::int64_t max);
  std::int64_t required_int(const std::string& name, std::int64_t min, std::int64_t max);
  std::int64_t required_id(const std::string& name);
  std::optional<Datum> required_date(const std::string& name);
  std::optional<Datum> optional_date(const std::string& name);
  // A required choice: the raw code, validated by `from_code`.
  template <typename Fn>
  auto required_choice(const std::string& name, Fn from_code) -> decltype(from_code("")) {
    auto raw = required_text(name, 64);
    if (raw.empty()) return std::nullopt;
    auto parsed = from_code(raw);
    if (!parsed) add(name, "fout.ongeldige_keuze");
    return parsed;
  }
  // Checks that tot, when present, is not before van.
  void check_periode(const std::optional<Datum>& van, const std::optional<Datum>& tot,
                     const std::string& tot_name);

  void add(const std::string& name, const std::string& key) {
    errors_.push_back(FieldError{name, key});
  }
  bool ok() const { return errors_.empty(); }
  Error error() const { return Error::invalid(errors_); }

 private:
  std::optional<std::string> raw(const std::string& name);

  const Fields& fields_;
  std::vector<FieldError> errors_;
};

// The object a write names in its body (an organisatieId, a vertegenwoordigdeId), read before
// validation so that a service can decide authorization first: the id when the field holds a
// positive integer, nullopt otherwise (validation then reports it). The service authorizes the
// parsed value again; this only makes a refusal come before any remark about the input.
std::optional<std::int64_t> peek_id(const Fields& fields, const std::string& name);

}  // namespace regie::validation
