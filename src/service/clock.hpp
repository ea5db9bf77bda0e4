// The clock the services read. Domain rules never read it; services pass dates in.
// Implementations are thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <string>

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
std::string format_utc_iso(std::chrono::system_clock::time_point t);
// A stored UTC moment ("2026-06-30T09:15:02Z") as people in the Netherlands read it:
// "30-06-2026 11:15" (Europe/Amsterdam, summer and winter time). Anything else comes back as is.
std::string tijdstip_nl(const std::string& utc_iso);

}  // namespace regie::service
