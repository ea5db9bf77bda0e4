// DemoKalender: moves the demo's dates, written as of kDemoPeildatum, to the clock's today.
// A value type; thread-compatible.
#pragma once

#include <cctype>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/datum.hpp"
#include "service/demo_service.hpp"

namespace regie::service {

// Demo dates are written as of kDemoPeildatum and move with the clock, so the demo tells the
// same story on whatever day it is loaded: what was late stays late, a period that runs still
// runs. Dates and moments move by the whole number of days between kDemoPeildatum and today;
// years named in texts, titles and jaar fields move by that distance in whole years (rounded).
class DemoKalender {
 public:
  explicit DemoKalender(Datum vandaag)
      : dagen_(vandaag.days() - kDemoPeildatum.days()),
        jaren_(static_cast<int>(std::lround(static_cast<double>(dagen_) / 365.2425))) {}

  Datum dag(int jaar, unsigned maand, unsigned dag) const {
    return Datum{Datum::from_ymd(jaar, maand, dag)->days() + dagen_};
  }
  // "" stays empty.
  std::optional<Datum> dag_iso(std::string_view iso) const {
    if (iso.empty()) return std::nullopt;
    return Datum{Datum::parse_iso(iso)->days() + dagen_};
  }
  // "2026-10-20T08:30:00Z": the date moves, the time of day stays.
  std::string tijdstip(std::string_view iso) const {
    return dag_iso(iso.substr(0, 10))->iso() + std::string(iso.substr(10));
  }
  std::int32_t jaar(int jaar) const { return static_cast<std::int32_t>(jaar + jaren_); }
  // Every year 2000..2099 named in the text, moved.
  std::string tekst(std::string_view text) const {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      bool is_jaar =
          i + 4 <= text.size() && text[i] == '2' && text[i + 1] == '0' &&
          std::isdigit(static_cast<unsigned char>(text[i + 2])) != 0 &&
          std::isdigit(static_cast<unsigned char>(text[i + 3])) != 0 &&
          (i == 0 || std::isdigit(static_cast<unsigned char>(text[i - 1])) == 0) &&
          (i + 4 == text.size() || std::isdigit(static_cast<unsigned char>(text[i + 4])) == 0);
      if (is_jaar) {
        out += std::to_string(jaar(std::stoi(std::string(text.substr(i, 4)))));
        i += 3;
      } else {
        out.push_back(text[i]);
      }
    }
    return out;
  }

 private:
  std::int32_t dagen_;
  int jaren_;
};

}  // namespace regie::service
