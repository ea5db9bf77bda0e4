#include "core/datum.hpp"

#include <date/date.h>

#include <charconv>
#include <cstdio>

namespace regie {
namespace {

std::optional<int> parse_digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Datum> Datum::from_ymd(int jaar, unsigned maand, unsigned dag) {
  date::year_month_day ymd{date::year{jaar}, date::month{maand}, date::day{dag}};
  if (!ymd.ok() || jaar < 1900 || jaar > 2999) return std::nullopt;
  return Datum{static_cast<std::int32_t>(date::sys_days{ymd}.time_since_epoch().count())};
}

std::optional<Datum> Datum::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = parse_digits(text.substr(0, 4));
  auto m = parse_digits(text.substr(5, 2));
  auto d = parse_digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  return from_ymd(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

std::optional<Datum> Datum::parse_nl(std::string_view text) {
  // The usual "dd-mm-jjjj" in one look (an import reads millions); the same answer as below.
  if (text.size() == 10 && text[2] == '-' && text[5] == '-') {
    unsigned c[10] = {};
    bool cijfers = true;
    for (std::size_t i : {0U, 1U, 3U, 4U, 6U, 7U, 8U, 9U}) {
      cijfers = cijfers && text[i] >= '0' && text[i] <= '9';
      c[i] = static_cast<unsigned>(text[i] - '0');
    }
    if (cijfers) {
      return from_ymd(static_cast<int>(c[6] * 1000 + c[7] * 100 + c[8] * 10 + c[9]),
                      c[3] * 10 + c[4], c[0] * 10 + c[1]);
    }
  }
  auto first = text.find('-');
  auto last = text.rfind('-');
  if (first == std::string_view::npos || first == last) return std::nullopt;
  if (first == 4) return parse_iso(text);
  auto d = parse_digits(text.substr(0, first));
  auto m = parse_digits(text.substr(first + 1, last - first - 1));
  auto y_text = text.substr(last + 1);
  auto y = parse_digits(y_text);
  if (!d || !m || !y || y_text.size() != 4 || first > 2 || last - first - 1 > 2) {
    return std::nullopt;
  }
  return from_ymd(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

int Datum::maand() const {
  date::year_month_day ymd{date::sys_days{date::days{days_}}};
  return static_cast<int>(static_cast<unsigned>(ymd.month()));
}

int Datum::dag() const {
  date::year_month_day ymd{date::sys_days{date::days{days_}}};
  return static_cast<int>(static_cast<unsigned>(ymd.day()));
}

namespace {

// Digits written by hand: snprintf is the most expensive part of writing a date on an import of
// millions of rows.
void twee(char* uit, unsigned n) {
  uit[0] = static_cast<char>('0' + n / 10 % 10);
  uit[1] = static_cast<char>('0' + n % 10);
}

void vier(char* uit, int jaar) {
  const auto n = static_cast<unsigned>(jaar);
  twee(uit, n / 100);
  twee(uit + 2, n % 100);
}

}  // namespace

std::string Datum::iso() const {
  const date::year_month_day ymd{date::sys_days{date::days{days_}}};
  const int jaar = static_cast<int>(ymd.year());
  if (jaar < 0 || jaar > 9999) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", jaar, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
  }
  std::string out(10, '-');
  vier(out.data(), jaar);
  twee(out.data() + 5, static_cast<unsigned>(ymd.month()));
  twee(out.data() + 8, static_cast<unsigned>(ymd.day()));
  return out;
}

std::string Datum::nl() const {
  const date::year_month_day ymd{date::sys_days{date::days{days_}}};
  const int jaar = static_cast<int>(ymd.year());
  if (jaar < 0 || jaar > 9999) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02u-%02u-%04d", static_cast<unsigned>(ymd.day()),
                  static_cast<unsigned>(ymd.month()), jaar);
    return buf;
  }
  std::string out(10, '-');
  twee(out.data(), static_cast<unsigned>(ymd.day()));
  twee(out.data() + 3, static_cast<unsigned>(ymd.month()));
  vier(out.data() + 6, jaar);
  return out;
}

int Datum::jaar() const {
  date::year_month_day ymd{date::sys_days{date::days{days_}}};
  return static_cast<int>(ymd.year());
}

}  // namespace regie
