#include "core/text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace regie {
namespace {

TEST(TextTest, BedragenInCentenAlsNederlandsBedrag) {
  EXPECT_EQ(format_bedrag_nl(123456), "€ 1.234,56");
  EXPECT_EQ(format_bedrag_nl(5), "€ 0,05");
  EXPECT_EQ(format_bedrag_nl(-100), "€ -1,00");
  EXPECT_EQ(format_bedrag_nl(0), "€ 0,00");
}

TEST(TextTest, GetallenMetPuntAlsDuizendtalScheiding) {
  EXPECT_EQ(format_getal_nl(1163000), "1.163.000");
  EXPECT_EQ(format_getal_nl(999), "999");
  EXPECT_EQ(format_getal_nl(-1000), "-1.000");
  EXPECT_EQ(format_getal_nl(std::numeric_limits<std::int64_t>::min()),
            "-9.223.372.036.854.775.808");
}

TEST(TextTest, ParseInt64WeigertRestEnOverloop) {
  EXPECT_EQ(parse_int64("42"), 42);
  EXPECT_FALSE(parse_int64("42a"));
  EXPECT_FALSE(parse_int64(""));
  EXPECT_FALSE(parse_int64("99999999999999999999"));
}

TEST(TextTest, Utf8ControleWeigertOngeldigeReeksen) {
  EXPECT_TRUE(is_valid_utf8("Coördinator €"));
  EXPECT_FALSE(is_valid_utf8("\xC3"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));        // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));    // surrogate
  EXPECT_FALSE(is_valid_utf8("Co\xF6rdinator"));  // Windows-1252 ö
}

}  // namespace
}  // namespace regie
