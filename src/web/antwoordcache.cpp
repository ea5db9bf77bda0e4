#include "web/antwoordcache.hpp"

#include <algorithm>

namespace regie::web {
namespace {

std::size_t grootte(const std::string& sleutel, const Response& antwoord) {
  std::size_t n = sleutel.size() + antwoord.body.size();
  for (const auto& [naam, waarde] : antwoord.headers) n += naam.size() + waarde.size();
  return n;
}

}  // namespace

std::optional<Response> Antwoordcache::zoek(const std::string& datastand,
                                            const std::string& sleutel) {
  std::shared_ptr<const Response> gevonden;
  {
    std::lock_guard lock(mutex_);
    if (datastand == datastand_) {
      auto it = antwoorden_.find(sleutel);
      if (it != antwoorden_.end()) gevonden = it->second;
    }
  }
  if (!gevonden) {
    missers_.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
  }
  treffers_.fetch_add(1, std::memory_order_relaxed);
  return *gevonden;
}

void Antwoordcache::bewaar(const std::string& datastand, const std::string& sleutel,
                           const Response& antwoord) {
  if (antwoord.status != 200) return;
  const bool zet_cookie =
      std::any_of(antwoord.headers.begin(), antwoord.headers.end(), [](const auto& kop) {
        return kop.first.size() == 10 && (kop.first == "Set-Cookie" || kop.first == "set-cookie");
      });
  if (zet_cookie || antwoord.header("Cache-Control") == "no-store") return;
  const std::size_t n = grootte(sleutel, antwoord);
  if (n > max_bytes_ / 16) return;
  auto kopie = std::make_shared<const Response>(antwoord);
  std::lock_guard lock(mutex_);
  if (datastand != datastand_) {
    // Entries of another stand are never found again (a lookup compares the stand exactly),
    // so they go; an answer made at an older stand that arrives late costs only hits.
    antwoorden_.clear();
    bytes_ = 0;
    datastand_ = datastand;
  }
  if (bytes_ + n > max_bytes_) {
    antwoorden_.clear();
    bytes_ = 0;
  }
  auto [it, nieuw] = antwoorden_.try_emplace(sleutel, std::move(kopie));
  if (nieuw) bytes_ += n;
}

}  // namespace regie::web
