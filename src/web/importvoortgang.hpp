// MON-1: how far the import of an uploaded file of realisaties has come, so that the upload page
// can show it while regie checks and counts the rows (upload.js asks twice a second). The page
// names its upload with a random token; the stand is kept in memory per token and account, for
// a quarter of an hour after its start, at most kMaxImports at a time. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "domain/repository.hpp"

namespace regie::web {

class Importvoortgang {
 public:
  using Tijd = std::chrono::steady_clock::time_point;
  static constexpr std::size_t kMaxImports = 1000;
  static constexpr std::chrono::minutes kBewaren{15};

  struct Stand {
    std::uint64_t gelezen_bytes = 0;
    std::uint64_t totaal_bytes = 0;
    std::int64_t regels = 0;
    bool klaar = false;
    // Whole per cent of the file read (100 when klaar).
    int procent() const;
  };

  // A token as upload.js makes it: 16 to 64 characters of [A-Za-z0-9_-].
  static bool geldig_token(std::string_view token);

  // An upload of `totaal_bytes` by `gebruiker` starts at `nu`; stands older than kBewaren go.
  void begin(const std::string& token, Id gebruiker, std::uint64_t totaal_bytes, Tijd nu);
  void zet(const std::string& token, Id gebruiker, std::uint64_t gelezen_bytes,
           std::int64_t regels);
  void klaar(const std::string& token, Id gebruiker);
  // The stand of the token, for the account that started it only.
  std::optional<Stand> lees(const std::string& token, Id gebruiker) const;

 private:
  struct Import {
    Id gebruiker = 0;
    Tijd begonnen;
    Stand stand;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Import, std::less<>> imports_;
};

}  // namespace regie::web
