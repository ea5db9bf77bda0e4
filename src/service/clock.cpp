#include "service/clock.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

namespace regie::service {
namespace {

class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override {
    return std::chrono::system_clock::now();
  }
};

class StartedClock final : public Clock {
 public:
  explicit StartedClock(std::chrono::system_clock::time_point start)
      : offset_(start - std::chrono::system_clock::now()) {}
  std::chrono::system_clock::time_point now() const override {
    return std::chrono::system_clock::now() + offset_;
  }

 private:
  std::chrono::system_clock::duration offset_;
};

}  // namespace

std::shared_ptr<Clock> clock_from(std::chrono::system_clock::time_point start) {
  return std::make_shared<StartedClock>(start);
}

std::optional<std::chrono::system_clock::time_point> parse_moment(std::string_view text) {
  std::string moment(text);
  if (moment.size() == 10) moment += "T09:00:00Z";
  std::istringstream in(moment);
  date::sys_seconds instant;
  in >> date::parse("%FT%TZ", instant);
  if (in.fail() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
  return instant;
}

std::string format_utc_iso(std::chrono::system_clock::time_point t) {
  return date::format("%FT%TZ", date::floor<std::chrono::seconds>(t));
}

std::string Clock::now_iso() const { return format_utc_iso(now()); }

std::string Clock::iso_after(std::chrono::seconds delta) const {
  return format_utc_iso(now() + delta);
}

Datum Clock::vandaag() const {
  auto instant = date::floor<std::chrono::seconds>(now());
  try {
    static const date::time_zone* zone = date::locate_zone("Europe/Amsterdam");
    auto local = zone->to_local(instant);
    auto days = date::floor<date::days>(local);
    return Datum{static_cast<std::int32_t>(days.time_since_epoch().count())};
  } catch (const std::exception&) {
    // Without tzdata, UTC is at most two hours off.
    auto days = date::floor<date::days>(instant);
    return Datum{static_cast<std::int32_t>(days.time_since_epoch().count())};
  }
}

std::shared_ptr<Clock> system_clock() { return std::make_shared<SystemClock>(); }

std::string tijdstip_nl(const std::string& utc_iso) {
  std::istringstream in(utc_iso);
  date::sys_seconds instant;
  in >> date::parse("%FT%TZ", instant);
  if (in.fail()) return utc_iso;
  try {
    static const date::time_zone* zone = date::locate_zone("Europe/Amsterdam");
    return date::format("%d-%m-%Y %H:%M", zone->to_local(instant));
  } catch (const std::exception&) {
    return date::format("%d-%m-%Y %H:%M", instant) + " (UTC)";
  }
}

}  // namespace regie::service
