// Field readers for parse functions: each reads one field from Fields, appends a FieldError
// (with a message key) when it is missing or malformed, and returns what it could read.
// A parse function calls several readers and fails with every error at once.
//
// The same readers serve the API and the forms. Fields from a JSON body are typed (see
// core/fields.hpp): there a number reader refuses a JSON string ("1"), a text reader refuses a
// JSON number (42) and a date must be ISO 8601 (2026-12-01); a form's text may say 1 or
// 01-12-2026. A Reader starts with the errors the JSON decoder found (a member twice, an
// object where a value belongs). Control characters (NUL and the like) are refused in every
// text; a line break or tab only where the text may have several lines (Regels::kMeer).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"

namespace regie::validation {

// Whether a text may span lines (a textarea) or is one line (a name, a code).
enum class Regels { kEen, kMeer };

class Reader {
 public:
  explicit Reader(const Fields& fields) : fields_(fields), errors_(fields.decode_errors) {}

  std::string required_text(const std::string& name, std::size_t max_length,
                            Regels regels = Regels::kEen);
  std::string optional_text(const std::string& name, std::size_t max_length,
                            Regels regels = Regels::kEen);
  std::optional<std::int64_t> optional_int(const std::string& name, std::int64_t min,
                                           std::int64_t max);
  std::int64_t required_int(const std::string& name, std::int64_t min, std::int64_t max);
  // An amount as whole cents within [min_cents, max_cents]. From a form or an import: euro in
  // Dutch notation, read by parse_bedrag_cents, the one amount reader ("38.000" is 3800000; the
  // error says why it is not an amount). From a JSON body: a number of whole cents, the API's
  // contract ("fout.bedrag_centen" otherwise).
  std::optional<std::int64_t> optional_bedrag(const std::string& name, std::int64_t min_cents,
                                              std::int64_t max_cents);
  std::int64_t required_bedrag(const std::string& name, std::int64_t min_cents,
                               std::int64_t max_cents);
  // A number with at most two decimals (hours) in hundredths within [min, max]. From a form or
  // an import: Dutch notation read by parse_honderdsten ("12,5"); from a JSON body: a number
  // (12.5).
  std::optional<std::int64_t> optional_honderdsten(const std::string& name, std::int64_t min,
                                                   std::int64_t max);
  std::int64_t required_id(const std::string& name);
  // A yes/no. From a JSON body true or false (anything else: "fout.verwacht_ja_nee"); from a
  // form "ja", "on" or "true" (a ticked box) and "nee", "false" or empty. nullopt when absent.
  std::optional<bool> optional_vlag(const std::string& name);
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
  // The trimmed text of a field that holds a whole number, checked for its JSON kind but not
  // parsed (for callers with their own messages); nullopt when absent or refused.
  std::optional<std::string> number_text(const std::string& name);
  // Checks that tot, when present, is not before van.
  void check_periode(const std::optional<Datum>& van, const std::optional<Datum>& tot,
                     const std::string& tot_name);

  void add(const std::string& name, const std::string& key) {
    errors_.push_back(FieldError{name, key});
  }
  bool ok() const { return errors_.empty(); }
  Error error() const { return Error::invalid(errors_); }
  const std::vector<FieldError>& errors() const { return errors_; }

 private:
  // The trimmed value, or nullopt (with an error when it is there but unusable).
  std::optional<std::string> raw(const std::string& name, JsonKind kind,
                                 Regels regels = Regels::kEen);
  std::optional<Datum> date(const std::string& name, const std::string& value);
  // The number, or its error at `name`; out of [min, max] is fout.te_klein / fout.te_groot.
  std::optional<std::int64_t> binnen(const std::string& name, const Result<std::int64_t>& number,
                                     std::int64_t min, std::int64_t max);

  const Fields& fields_;
  std::vector<FieldError> errors_;
};

// The object a write names in its body (an organisatieId, a vertegenwoordigdeId), read before
// validation so that a service can decide authorization first: the id when the field holds a
// positive integer, nullopt otherwise (validation then reports it). The service authorizes the
// parsed value again; this only makes a refusal come before any remark about the input.
std::optional<std::int64_t> peek_id(const Fields& fields, const std::string& name);

}  // namespace regie::validation
