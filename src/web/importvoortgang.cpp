#include "web/importvoortgang.hpp"

#include <algorithm>

namespace regie::web {

int Importvoortgang::Stand::procent() const {
  if (klaar) return 100;
  if (totaal_bytes == 0) return 0;
  return static_cast<int>(std::min<std::uint64_t>(99, gelezen_bytes * 100 / totaal_bytes));
}

bool Importvoortgang::geldig_token(std::string_view token) {
  if (token.size() < 16 || token.size() > 64) return false;
  return std::all_of(token.begin(), token.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

void Importvoortgang::begin(const std::string& token, Id gebruiker, std::uint64_t totaal_bytes,
                            Tijd nu) {
  std::lock_guard lock(mutex_);
  std::erase_if(imports_, [&](const auto& i) { return nu - i.second.begonnen > kBewaren; });
  if (imports_.size() >= kMaxImports && !imports_.contains(token)) {
    auto oudste = std::min_element(
        imports_.begin(), imports_.end(),
        [](const auto& a, const auto& b) { return a.second.begonnen < b.second.begonnen; });
    imports_.erase(oudste);
  }
  Import& i = imports_[token];
  i.gebruiker = gebruiker;
  i.begonnen = nu;
  i.stand = Stand{0, totaal_bytes, 0, false};
}

void Importvoortgang::zet(const std::string& token, Id gebruiker, std::uint64_t gelezen_bytes,
                          std::int64_t regels) {
  std::lock_guard lock(mutex_);
  auto it = imports_.find(token);
  if (it == imports_.end() || it->second.gebruiker != gebruiker) return;
  it->second.stand.gelezen_bytes = gelezen_bytes;
  it->second.stand.regels = regels;
}

void Importvoortgang::klaar(const std::string& token, Id gebruiker) {
  std::lock_guard lock(mutex_);
  auto it = imports_.find(token);
  if (it == imports_.end() || it->second.gebruiker != gebruiker) return;
  it->second.stand.klaar = true;
}

std::optional<Importvoortgang::Stand> Importvoortgang::lees(const std::string& token,
                                                            Id gebruiker) const {
  std::lock_guard lock(mutex_);
  auto it = imports_.find(token);
  if (it == imports_.end() || it->second.gebruiker != gebruiker) return std::nullopt;
  return it->second.stand;
}

}  // namespace regie::web
