// Result<T>: the value of an operation that can fail for a reason the caller must handle.
// Shaped like std::expected (which g++ 12 lacks). An Error carries a code (what kind of
// failure, mapped to an HTTP status or exit code at the edge), a message key (turned into
// Dutch only at the edge), a log-only detail, and for validation failures every field error.
#pragma once

#include <cassert>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace regie {

enum class ErrorCode {
  kInvalid,          // input does not pass validation; fields says which
  kNotFound,         // the object does not exist or is not visible to the actor
  kStale,            // the object changed since the version the user read (optimistic lock)
  kConflict,         // a uniqueness rule, or a step the object's state does not allow
  kForbidden,        // the actor may see the object but not do this
  kUnauthenticated,  // no valid session or token
  kTooManyRequests,  // throttled
  kStorage,          // the database failed (read-only, disk full, connection lost)
  kCorrupt,          // a stored value cannot be read back (detail: table, id and column)
};

// One validation failure: the field (lowerCamelCase, as in the API) and a message key.
struct FieldError {
  std::string field;
  std::string key;
};

struct Error {
  ErrorCode code = ErrorCode::kStorage;
  std::string key;     // message key, e.g. "fout.niet_gevonden"
  std::string detail;  // for the log only; never shown to users
  std::vector<FieldError> fields;
  // kTooManyRequests: whole seconds until another attempt is heard (Retry-After); 0 otherwise.
  std::int64_t wachttijd_seconden = 0;

  // Every field error once, in the order found (two readers over the same fields report what
  // the decoder found only once).
  static Error invalid(std::vector<FieldError> fields) {
    std::vector<FieldError> once;
    for (auto& f : fields) {
      bool seen = false;
      for (const auto& o : once) seen = seen || (o.field == f.field && o.key == f.key);
      if (!seen) once.push_back(std::move(f));
    }
    return Error{ErrorCode::kInvalid, "fout.ongeldig", {}, std::move(once)};
  }
  static Error not_found(std::string detail = {}) {
    return Error{ErrorCode::kNotFound, "fout.niet_gevonden", std::move(detail), {}};
  }
  static Error stale(std::string detail = {}) {
    return Error{ErrorCode::kStale, "fout.verouderd", std::move(detail), {}};
  }
  static Error forbidden(std::string detail = {}) {
    return Error{ErrorCode::kForbidden, "fout.geen_toegang", std::move(detail), {}};
  }
  static Error unauthenticated() {
    return Error{ErrorCode::kUnauthenticated, "fout.niet_ingelogd", {}, {}};
  }
  static Error storage(std::string detail) {
    return Error{ErrorCode::kStorage, "fout.opslag", std::move(detail), {}};
  }
  // A stored value that does not read back as its type: never replaced by a default.
  static Error corrupt(const std::string& table, std::int64_t id, const std::string& column,
                       const std::string& value) {
    return Error{ErrorCode::kCorrupt,
                 "fout.opslag_onleesbaar",
                 table + " " + std::to_string(id) + " kolom " + column + ": onleesbare waarde '" +
                     value + "'",
                 {}};
  }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const& {
    assert(!ok());
    return std::get<1>(v_);
  }
  Error&& error() && {
    assert(!ok());
    return std::get<1>(std::move(v_));
  }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const& {
    assert(!ok_);
    return error_;
  }
  Error&& error() && {
    assert(!ok_);
    return std::move(error_);
  }

 private:
  Error error_;
  bool ok_ = true;
};

inline Result<void> Ok() { return {}; }

}  // namespace regie

// Propagates an error from an expression returning Result<...>; binds nothing.
#define REGIE_TRY(expr)                            \
  do {                                             \
    auto regie_try_result_ = (expr);               \
    if (!regie_try_result_.ok()) {                 \
      return std::move(regie_try_result_).error(); \
    }                                              \
  } while (false)

#define REGIE_CONCAT_INNER(a, b) a##b
#define REGIE_CONCAT(a, b) REGIE_CONCAT_INNER(a, b)

// Declares `lhs` from the value of a Result expression, or returns its error.
// NOLINTBEGIN(bugprone-macro-parentheses): lhs is a declaration, not an expression.
#define REGIE_ASSIGN_OR_RETURN(lhs, expr) \
  REGIE_ASSIGN_OR_RETURN_IMPL(REGIE_CONCAT(regie_result_, __LINE__), lhs, expr)
#define REGIE_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) {                                  \
    return std::move(tmp).error();                  \
  }                                                 \
  lhs = std::move(tmp).value()
// NOLINTEND(bugprone-macro-parentheses)
