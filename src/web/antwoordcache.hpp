// The answer cache of the read path (issue 16): the response of a GET page or API read, kept by
// (datastand, day, who asks, host and URL). Correctness comes first:
// - who asks is part of the key (the session for a page, which also carries its CSRF token; the
//   gebruiker for the API), and the guard (session or token) runs before every lookup, so an
//   answer is only ever given again to the one it was made for, and not after logout or expiry;
// - the datastand (Store::datastand) is read before the answer is made and changes with every
//   commit of any connection or process, so an answer never outlives a write; the day is in the
//   key because rights and deadlines follow the calendar (GOV-3);
// - only 200 answers without Set-Cookie are kept, and none that says Cache-Control: no-store (a
//   stand that moves without a commit, such as an import's progress).
// When the datastand moves on, every older entry is dropped at once. Thread-safe.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http.hpp"

namespace regie::web {

class Antwoordcache {
 public:
  explicit Antwoordcache(std::size_t max_bytes = std::size_t{64} * 1024 * 1024)
      : max_bytes_(max_bytes) {}

  // The answer kept for `sleutel` made at `datastand`, if any.
  std::optional<Response> zoek(const std::string& datastand, const std::string& sleutel);
  // Keeps `antwoord` if it may be kept (200, no Set-Cookie, not no-store) and fits.
  void bewaar(const std::string& datastand, const std::string& sleutel, const Response& antwoord);

  std::uint64_t treffers() const { return treffers_.load(std::memory_order_relaxed); }
  std::uint64_t missers() const { return missers_.load(std::memory_order_relaxed); }

 private:
  const std::size_t max_bytes_;
  std::mutex mutex_;
  std::string datastand_;  // of every entry; guarded by mutex_
  std::unordered_map<std::string, std::shared_ptr<const Response>> antwoorden_;
  std::size_t bytes_ = 0;
  std::atomic<std::uint64_t> treffers_{0};
  std::atomic<std::uint64_t> missers_{0};
};

}  // namespace regie::web
