// Datum: a calendar date (no time, no zone), as the guide's periods and peildata are.
// Value type, thread-compatible. Construction from text validates; an impossible date
// (31-02-2026) is rejected, never normalised.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace regie {

class Datum {
 public:
  // Days since 1970-01-01.
  constexpr explicit Datum(std::int32_t days_since_epoch) : days_(days_since_epoch) {}

  static std::optional<Datum> from_ymd(int jaar, unsigned maand, unsigned dag);
  // ISO 8601 calendar date, exactly "YYYY-MM-DD".
  static std::optional<Datum> parse_iso(std::string_view text);
  // Dutch form "dd-mm-jjjj" (also accepts d-m-jjjj); falls back to ISO.
  static std::optional<Datum> parse_nl(std::string_view text);

  std::string iso() const;  // "2026-11-28"
  std::string nl() const;   // "28-11-2026"
  int jaar() const;
  int maand() const;  // 1..12
  int dag() const;    // 1..31
  std::int32_t days() const { return days_; }

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend constexpr auto operator<=>(const Datum&, const Datum&) = default;

 private:
  std::int32_t days_;
};

// A period [van, tot] with both ends included; tot empty means open-ended.
struct Periode {
  Datum van;
  std::optional<Datum> tot;

  bool bevat(Datum d) const { return van <= d && (!tot || d <= *tot); }
  bool overlapt(const Periode& other) const {
    bool this_ends_before = tot && *tot < other.van;
    bool other_ends_before = other.tot && *other.tot < van;
    return !this_ends_before && !other_ends_before;
  }
};

}  // namespace regie
