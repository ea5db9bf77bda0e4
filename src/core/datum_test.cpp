#include "core/datum.hpp"

#include <gtest/gtest.h>

namespace regie {
namespace {

TEST(DatumTest, IsoEnNederlandsGeschrevenDatumGevenDezelfdeDag) {
  auto iso = Datum::parse_iso("2026-11-28");
  auto nl = Datum::parse_nl("28-11-2026");
  ASSERT_TRUE(iso && nl);
  EXPECT_EQ(*iso, *nl);
  EXPECT_EQ(iso->iso(), "2026-11-28");
  EXPECT_EQ(iso->nl(), "28-11-2026");
  EXPECT_EQ(iso->jaar(), 2026);
}

TEST(DatumTest, OnmogelijkeDatumWordtGeweigerdNietGenormaliseerd) {
  EXPECT_FALSE(Datum::parse_iso("2026-02-31"));
  EXPECT_FALSE(Datum::parse_nl("31-02-2026"));
  EXPECT_FALSE(Datum::parse_iso("2026-13-01"));
  EXPECT_FALSE(Datum::parse_iso("26-11-28"));
  EXPECT_FALSE(Datum::parse_nl("1-1-26"));
  EXPECT_FALSE(Datum::parse_nl(""));
  EXPECT_TRUE(Datum::parse_iso("2024-02-29"));
  EXPECT_FALSE(Datum::parse_iso("2025-02-29"));
}

TEST(DatumTest, PeriodeBevatEersteEnLaatsteDag) {
  Periode p{*Datum::parse_iso("2026-01-01"), Datum::parse_iso("2026-12-31")};
  EXPECT_TRUE(p.bevat(*Datum::parse_iso("2026-01-01")));
  EXPECT_TRUE(p.bevat(*Datum::parse_iso("2026-12-31")));
  EXPECT_FALSE(p.bevat(*Datum::parse_iso("2025-12-31")));
  EXPECT_FALSE(p.bevat(*Datum::parse_iso("2027-01-01")));
  Periode open{*Datum::parse_iso("2026-01-01"), std::nullopt};
  EXPECT_TRUE(open.bevat(*Datum::parse_iso("2099-01-01")));
}

TEST(DatumTest, PeriodesDieEenDagDelenOverlappen) {
  Periode a{*Datum::parse_iso("2026-01-01"), Datum::parse_iso("2026-06-30")};
  Periode b{*Datum::parse_iso("2026-06-30"), std::nullopt};
  Periode c{*Datum::parse_iso("2026-07-01"), std::nullopt};
  EXPECT_TRUE(a.overlapt(b));
  EXPECT_FALSE(a.overlapt(c));
  EXPECT_TRUE(b.overlapt(c));
}

}  // namespace
}  // namespace regie
