// Helpers every test shares: one helper per concept. The test binaries build in batches of
// files (a unity build), so a helper defined in two test files would clash there.
#pragma once

#include <algorithm>
#include <chrono>
#include <string>

#include "core/datum.hpp"
#include "core/result.hpp"

namespace regie::testhulp {

// The date jaar-maand-dag; a test writes only dates that exist.
inline Datum d(int jaar, unsigned maand, unsigned dag) {
  return *Datum::from_ymd(jaar, maand, dag);
}

// Whether `error` names `key` for the field `veld`.
inline bool heeft_fout(const Error& error, const std::string& veld, const std::string& key) {
  return std::any_of(error.fields.begin(), error.fields.end(),
                     [&](const FieldError& f) { return f.field == veld && f.key == key; });
}

// Whether `deel` occurs in `tekst` (a page, a body, a message).
inline bool bevat(const std::string& tekst, const std::string& deel) {
  return tekst.find(deel) != std::string::npos;
}

// Milliseconds since `start` on the steady clock.
inline double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace regie::testhulp
