#include "web/metrics.hpp"

#include <fmt/format.h>

namespace regie::web {
namespace {

// A label value as Prometheus reads it: backslash, quote and line break escaped.
std::string label(const std::string& tekst) {
  std::string out;
  out.reserve(tekst.size());
  for (char c : tekst) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

Metrics::Metrics(std::vector<std::string> routes)
    : routes_(std::move(routes)), rijen_(std::make_unique<Rij[]>(routes_.size() + 1)) {}

std::size_t Metrics::kolom(int status) {
  for (std::size_t i = 0; i < kStatussen.size(); ++i) {
    if (kStatussen[i] == status) return i;
  }
  return kStatussen.size();
}

void Metrics::record(std::size_t route, int status, std::chrono::nanoseconds duur) {
  const std::size_t rij = route < routes_.size() ? route : routes_.size();
  rijen_[rij].per_status[kolom(status)].fetch_add(1, std::memory_order_relaxed);
  const double seconden = std::chrono::duration<double>(duur).count();
  for (std::size_t i = 0; i < kGrenzen.size(); ++i) {
    if (seconden <= kGrenzen[i]) {
      buckets_[i].fetch_add(1, std::memory_order_relaxed);
      break;
    }
  }
  aantal_.fetch_add(1, std::memory_order_relaxed);
  som_ns_.fetch_add(static_cast<std::uint64_t>(duur.count() > 0 ? duur.count() : 0),
                    std::memory_order_relaxed);
}

std::uint64_t Metrics::aantal(std::size_t route, int status) const {
  const std::size_t rij = route < routes_.size() ? route : routes_.size();
  return rijen_[rij].per_status[kolom(status)].load(std::memory_order_relaxed);
}

std::string Metrics::prometheus(const Stand& stand) const {
  std::string out;
  out += "# HELP regie_http_requests_total Beantwoorde verzoeken per route en status.\n";
  out += "# TYPE regie_http_requests_total counter\n";
  for (std::size_t r = 0; r <= routes_.size(); ++r) {
    const std::string naam = r < routes_.size() ? routes_[r] : std::string("onbekend");
    for (std::size_t k = 0; k < kKolommen; ++k) {
      const auto n = rijen_[r].per_status[k].load(std::memory_order_relaxed);
      if (n == 0) continue;
      const std::string status =
          k < kStatussen.size() ? std::to_string(kStatussen[k]) : std::string("anders");
      out += fmt::format("regie_http_requests_total{{route=\"{}\",status=\"{}\"}} {}\n",
                         label(naam), status, n);
    }
  }
  out += "# HELP regie_http_request_duration_seconds Tijd van een verzoek in de server.\n";
  out += "# TYPE regie_http_request_duration_seconds histogram\n";
  std::uint64_t cumulatief = 0;
  for (std::size_t i = 0; i < kGrenzen.size(); ++i) {
    cumulatief += buckets_[i].load(std::memory_order_relaxed);
    out += fmt::format("regie_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", kGrenzen[i],
                       cumulatief);
  }
  const auto totaal = aantal_.load(std::memory_order_relaxed);
  out += fmt::format("regie_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", totaal);
  out += fmt::format("regie_http_request_duration_seconds_sum {:.6f}\n",
                     static_cast<double>(som_ns_.load(std::memory_order_relaxed)) / 1e9);
  out += fmt::format("regie_http_request_duration_seconds_count {}\n", totaal);
  out += "# HELP regie_db_connections_in_use Databaseverbindingen die nu in gebruik zijn.\n";
  out += "# TYPE regie_db_connections_in_use gauge\n";
  out += fmt::format("regie_db_connections_in_use {}\n", stand.verbindingen_in_gebruik);
  out += "# HELP regie_imports_running Imports die nu lopen.\n";
  out += "# TYPE regie_imports_running gauge\n";
  out += fmt::format("regie_imports_running {}\n", stand.imports_lopend);
  out +=
      "# HELP regie_answer_cache_total Leesverzoeken uit de antwoordcache (hit) of opnieuw "
      "gemaakt (miss).\n";
  out += "# TYPE regie_answer_cache_total counter\n";
  out += fmt::format("regie_answer_cache_total{{result=\"hit\"}} {}\n", stand.cache_treffers);
  out += fmt::format("regie_answer_cache_total{{result=\"miss\"}} {}\n", stand.cache_missers);
  return out;
}

}  // namespace regie::web
