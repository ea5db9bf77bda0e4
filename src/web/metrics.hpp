// The server's own measurements for GET /metrics (issue 16), in the Prometheus text format:
// requests by route and status, a latency histogram, and the gauges the caller reads at the
// moment of asking (database connections in use). Counting is lock-free: the routes are known
// when the server starts, each with a fixed row of counters by status, so that a request only
// increments atomics. Thread-safe.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace regie::web {

class Metrics {
 public:
  // One label per route ("GET /api/v1/organisaties/{id}"); index kOnbekend counts requests for
  // no route (404, 405).
  explicit Metrics(std::vector<std::string> routes);

  static constexpr std::size_t kOnbekend = static_cast<std::size_t>(-1);
  void record(std::size_t route, int status, std::chrono::nanoseconds duur);

  struct Stand {
    std::int64_t verbindingen_in_gebruik = 0;
    std::int64_t imports_lopend = 0;
    std::uint64_t cache_treffers = 0;  // the answer cache (web/antwoordcache.hpp)
    std::uint64_t cache_missers = 0;
  };
  // Every series with at least one request, and the histogram and gauges.
  std::string prometheus(const Stand& stand) const;

  // Requests counted so far for `route` with `status` (for tests).
  std::uint64_t aantal(std::size_t route, int status) const;

 private:
  // The statuses regie answers; anything else counts as "anders".
  static constexpr std::array<int, 20> kStatussen = {200, 201, 204, 301, 303, 304, 400,
                                                     401, 403, 404, 405, 409, 412, 413,
                                                     415, 422, 428, 429, 500, 503};
  static constexpr std::size_t kKolommen = kStatussen.size() + 1;  // + anders
  // Upper bounds in seconds of the latency buckets (+Inf is the count).
  static constexpr std::array<double, 11> kGrenzen = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0};

  struct Rij {
    std::array<std::atomic<std::uint64_t>, kKolommen> per_status{};
  };
  static std::size_t kolom(int status);

  std::vector<std::string> routes_;
  std::unique_ptr<Rij[]> rijen_;  // routes_.size() + 1 (the last: no route)
  std::array<std::atomic<std::uint64_t>, kGrenzen.size()> buckets_{};
  std::atomic<std::uint64_t> aantal_{0};
  std::atomic<std::uint64_t> som_ns_{0};
};

}  // namespace regie::web
