#include "domain/audit/chain.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace regie::audit {
namespace {

// A deterministic stand-in hash for the pure chain logic (the real one is SHA-256).
std::string fake_hash(std::string_view s) {
  return std::to_string(std::hash<std::string_view>{}(s));
}

std::vector<Entry> chain(int n) {
  std::vector<Entry> entries;
  std::string previous(kGenesisHash);
  for (int i = 1; i <= n; ++i) {
    Entry e{i,
            "2026-11-28T10:00:0" + std::to_string(i) + "Z",
            "beheerder",
            "organisatie.wijzigen",
            "organisatie/" + std::to_string(i),
            "gelukt",
            "web 127.0.0.1",
            previous,
            ""};
    e.hash = fake_hash(canonical(e));
    previous = e.hash;
    entries.push_back(e);
  }
  return entries;
}

TEST(AuditChainTest, OngeschondenKetenIsInOrde) {
  auto check = verify(chain(5), fake_hash);
  EXPECT_FALSE(check.first_broken_id);
  EXPECT_EQ(check.checked, 5);
}

TEST(AuditChainTest, GewijzigdeRegelWordtAlsEersteGebrokenSchakelGenoemd) {
  auto entries = chain(5);
  entries[2].resultaat = "geweigerd";
  auto check = verify(entries, fake_hash);
  ASSERT_TRUE(check.first_broken_id);
  EXPECT_EQ(*check.first_broken_id, 3);
  EXPECT_EQ(check.reason, "audit.hash_klopt_niet");
}

TEST(AuditChainTest, VerwijderdeRegelBreektDeVolgendeSchakel) {
  auto entries = chain(5);
  entries.erase(entries.begin() + 1);
  auto check = verify(entries, fake_hash);
  ASSERT_TRUE(check.first_broken_id);
  EXPECT_EQ(*check.first_broken_id, 3);
  EXPECT_EQ(check.reason, "audit.schakel_ontbreekt");
}

}  // namespace
}  // namespace regie::audit
