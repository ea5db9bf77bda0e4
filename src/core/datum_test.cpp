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

TEST(DatumTest, NederlandseDatumIederVormIedereDag) {
  // Every day of four years (a leap year among them) back and forth as dd-mm-jjjj.
  const Datum begin = *Datum::parse_iso("2024-01-01");
  for (std::int32_t i = 0; i < 4 * 366; ++i) {
    const Datum d(begin.days() + i);
    ASSERT_EQ(Datum::parse_nl(d.nl()), d) << d.nl();
  }
  // Shorter forms and ISO go the long way, with the same answers.
  EXPECT_EQ(Datum::parse_nl("1-2-2026"), Datum::parse_nl("01-02-2026"));
  EXPECT_EQ(Datum::parse_nl("01-2-2026"), Datum::parse_nl("01-02-2026"));
  EXPECT_EQ(Datum::parse_nl("2026-02-01"), Datum::parse_nl("01-02-2026"));
  for (const char* fout :
       {"00-01-2026", "32-01-2026", "01-00-2026", "01-13-2026", "0a-01-2026", "01-01-0999",
        "29-02-2025", "01-01-20x6", "01/01/2026", "01-01-2026 ", "-1-01-2026", "01--1-2026"}) {
    EXPECT_FALSE(Datum::parse_nl(fout)) << fout;
  }
  EXPECT_TRUE(Datum::parse_nl("29-02-2024"));
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
