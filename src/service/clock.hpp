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

}  // namespace regie::service
