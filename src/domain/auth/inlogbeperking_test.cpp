#include "domain/auth/inlogbeperking.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace regie::auth {
namespace {

// Decision 7: the first failures are free, then the wait doubles up to a quarter of an hour.
TEST(InlogbeperkingTest, WachttijdGroeitNaDeVrijePogingenTotEenKwartier) {
  for (std::int64_t mislukt = 0; mislukt < kVrijeInlogpogingen; ++mislukt) {
    EXPECT_EQ(inlog_wachttijd_seconden(mislukt), 0) << mislukt;
  }
  EXPECT_EQ(inlog_wachttijd_seconden(5), 60);
  EXPECT_EQ(inlog_wachttijd_seconden(6), 120);
  EXPECT_EQ(inlog_wachttijd_seconden(7), 240);
  EXPECT_EQ(inlog_wachttijd_seconden(8), 480);
  EXPECT_EQ(inlog_wachttijd_seconden(9), 900);
  EXPECT_EQ(inlog_wachttijd_seconden(10), 900);
  EXPECT_EQ(inlog_wachttijd_seconden(std::numeric_limits<std::int64_t>::max()), 900);
}

}  // namespace
}  // namespace regie::auth
