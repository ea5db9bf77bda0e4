// The clock the services read. Domain rules never read it; services pass dates in.
// Implementations are thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/datum.hpp"

namespace regie::service {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;

  // UTC as "2026-11-28T09:15:02Z".
  std::string now_iso() const;
  std::string iso_after(std::chrono::seconds delta) const;
  // Today's date in Europe/Amsterdam.
  Datum vandaag() const;
};

std::shared_ptr<Clock> system_clock();
// A clock that reads `start` when it is made and runs on at the pace of the system clock from
// there, so time-outs and session lifetimes behave as in production. For tests and for a demo
// on a chosen day.
std::shared_ptr<Clock> clock_from(std::chrono::system_clock::time_point start);
// The moment "2026-12-01" (09:00 UTC) or "2026-12-01T09:00:00Z"; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_moment(std::string_view text);
std::string format_utc_iso(std::chrono::system_clock::time_point t);
// A stored UTC moment ("2026-06-30T09:15:02Z") as people in the Netherlands read it:
// "30-06-2026 11:15" (Europe/Amsterdam, summer and winter time). Anything else comes back as is.
std::string tijdstip_nl(const std::string& utc_iso);

}  // namespace regie::service
