#include "domain/auth/inlogbeperking.hpp"

#include <algorithm>

namespace regie::auth {

std::int64_t inlog_wachttijd_seconden(std::int64_t mislukt) {
  if (mislukt < kVrijeInlogpogingen) return 0;
  std::int64_t wachttijd = kEersteInlogWachttijdSeconden;
  // Doubling stops at the cap, so a long run of failures cannot overflow.
  for (std::int64_t i = kVrijeInlogpogingen; i < mislukt && wachttijd < kMaxInlogWachttijdSeconden;
       ++i) {
    wachttijd *= 2;
  }
  return std::min(wachttijd, kMaxInlogWachttijdSeconden);
}

}  // namespace regie::auth
