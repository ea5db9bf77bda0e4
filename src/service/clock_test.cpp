#include "service/clock.hpp"

#include <gtest/gtest.h>

namespace regie::service {
namespace {

TEST(ClockTest, TijdstipInNederlandseTijdMetZomerEnWintertijd) {
  EXPECT_EQ(tijdstip_nl("2026-06-30T09:15:02Z"), "30-06-2026 11:15");  // CEST, UTC+2
  EXPECT_EQ(tijdstip_nl("2026-11-28T23:30:00Z"), "29-11-2026 00:30");  // CET, UTC+1
  EXPECT_EQ(tijdstip_nl("2026-03-29T00:59:59Z"), "29-03-2026 01:59");  // just before the switch
  EXPECT_EQ(tijdstip_nl("2026-03-29T01:00:00Z"), "29-03-2026 03:00");  // just after
  EXPECT_EQ(tijdstip_nl("geen tijd"), "geen tijd");
}

}  // namespace
}  // namespace regie::service
