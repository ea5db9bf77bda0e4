#include "service/blokschrijver.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace regie::service {
namespace {

using monitoring::Realisatie;

Blokschrijver::Blok blok(std::int64_t eerste, std::size_t n) {
  Blokschrijver::Blok b(n);
  for (std::size_t i = 0; i < n; ++i) b[i].regel = eerste + static_cast<std::int64_t>(i);
  return b;
}

// MON-1: blocks are written in the order handed over, on another thread than the caller's, and
// the caller gets a block back to fill next.
TEST(BlokschrijverTest, MON1_SchrijftElkBlokInVolgordeOpEenEigenDraad) {
  std::vector<std::int64_t> geschreven;
  std::atomic<bool> andere_draad{true};
  const auto hier = std::this_thread::get_id();
  Blokschrijver s([&](const Blokschrijver::Blok& b) -> Result<void> {
    if (std::this_thread::get_id() == hier) andere_draad = false;
    for (const auto& r : b) geschreven.push_back(r.regel);
    return Ok();
  });
  for (std::int64_t i = 0; i < 5; ++i) {
    auto b = blok(i * 3, 3);
    ASSERT_TRUE(s.schrijf(b).ok());
  }
  auto rest = blok(15, 2);
  ASSERT_TRUE(s.schrijf(rest).ok());
  ASSERT_TRUE(s.klaar().ok());
  ASSERT_EQ(geschreven.size(), 17U);
  for (std::size_t i = 0; i < geschreven.size(); ++i) {
    EXPECT_EQ(geschreven[i], static_cast<std::int64_t>(i));
  }
  EXPECT_TRUE(andere_draad);
}

// A failed write is answered by the next schrijf and by klaar, and nothing after it is written.
TEST(BlokschrijverTest, MON1_NaEenMisluktBlokWordtNietsMeerGeschreven) {
  int blokken = 0;
  Blokschrijver s([&](const Blokschrijver::Blok&) -> Result<void> {
    ++blokken;
    if (blokken == 2) return Error::storage("schijf vol");
    return Ok();
  });
  auto b1 = blok(0, 1);
  auto b2 = blok(1, 1);
  auto b3 = blok(2, 1);
  ASSERT_TRUE(s.schrijf(b1).ok());
  ASSERT_TRUE(s.schrijf(b2).ok());  // handed over; its failure shows from the next call on
  auto derde = s.schrijf(b3);
  ASSERT_FALSE(derde.ok());
  EXPECT_EQ(derde.error().detail, "schijf vol");
  auto klaar = s.klaar();
  ASSERT_FALSE(klaar.ok());
  EXPECT_EQ(blokken, 2);
}

}  // namespace
}  // namespace regie::service
