// Login throttling (decision 7). Attempts are counted per account name and client address, so
// that failures from one address slow down that address only: nobody can lock a person out by
// typing wrong passwords for their name elsewhere. Pure: the caller counts and reads the clock.
#pragma once

#include <cstdint>

namespace regie::auth {

// Failures that cost nothing (a mistyped password or a few).
inline constexpr std::int64_t kVrijeInlogpogingen = 5;
// Failures older than this no longer count, nor do failures before the last success of the same
// name and address.
inline constexpr std::int64_t kInlogTelvensterSeconden = 86'400;  // a day
inline constexpr std::int64_t kEersteInlogWachttijdSeconden = 60;
inline constexpr std::int64_t kMaxInlogWachttijdSeconden = 900;  // a quarter of an hour

// How many seconds a name and address wait after their last failed attempt before the next
// attempt is heard, given their failures counted as above: 0 below kVrijeInlogpogingen, then
// kEersteInlogWachttijdSeconden, doubling with every further failure, at most
// kMaxInlogWachttijdSeconden.
std::int64_t inlog_wachttijd_seconden(std::int64_t mislukt);

}  // namespace regie::auth
