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

// A log field cannot end its line: a decoded CR LF, a NUL, C1 controls and the Unicode line
// separators come out as \xNN, and so does a backslash, so that "\x0a" typed by someone is not
// read as an escaped newline.
TEST(TextTest, LogveldMaaktStuurtekensZichtbaar) {
  EXPECT_EQ(escape_for_log("/api/v1/organisaties\r\n2026-12-01 info NEP"),
            "/api/v1/organisaties\\x0d\\x0a2026-12-01 info NEP");
  EXPECT_EQ(escape_for_log(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(escape_for_log("tab\there\x7f"), "tab\\x09here\\x7f");
  EXPECT_EQ(escape_for_log("C:\\pad"), "C:\\x5cpad");
  EXPECT_EQ(escape_for_log("nel\xC2\x85lsep\xE2\x80\xA8"), "nel\\xc2\\x85lsep\\xe2\\x80\\xa8");
  EXPECT_EQ(escape_for_log("Co\xF6rdinator"), "Co\\xf6rdinator");
  EXPECT_EQ(escape_for_log("Coördinator € 1.234,56"), "Coördinator € 1.234,56");
  EXPECT_EQ(escape_for_log(""), "");
}

}  // namespace
}  // namespace regie
