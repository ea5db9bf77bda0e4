#include "core/text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

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

// The key of a refused amount; "" when it was read.
std::string fout(std::string_view tekst) {
  auto r = parse_bedrag_cents(tekst);
  return r.ok() ? "" : r.error().key;
}

// A dot separates thousands, a comma the cents; no comma means whole euros.
TEST(BedragTest, PuntIsDuizendtalKommaIsCentenGeenKommaIsHeleEuros) {
  EXPECT_EQ(parse_bedrag_cents("38.000").value(), 38'000'00);
  EXPECT_EQ(parse_bedrag_cents("38000").value(), 38'000'00);
  EXPECT_EQ(parse_bedrag_cents("38.000,00").value(), 38'000'00);
  EXPECT_EQ(parse_bedrag_cents("12.500").value(), 12'500'00);
  EXPECT_EQ(parse_bedrag_cents("9.600").value(), 9'600'00);
  EXPECT_EQ(parse_bedrag_cents("9.600,00").value(), 9'600'00);
  EXPECT_EQ(parse_bedrag_cents("1.234,5").value(), 1'234'50);
  EXPECT_EQ(parse_bedrag_cents("1.234,56").value(), 1'234'56);
  EXPECT_EQ(parse_bedrag_cents("1.234.567").value(), 1'234'567'00);
  EXPECT_EQ(parse_bedrag_cents(" 0,05 ").value(), 5);
  EXPECT_EQ(parse_bedrag_cents("-12,5").value(), -12'50);
  EXPECT_EQ(parse_bedrag_cents("-0,00").value(), 0);
  EXPECT_EQ(parse_bedrag_cents("€ 3,00").value(), 300);
  EXPECT_EQ(parse_bedrag_cents("€3").value(), 300);
  EXPECT_EQ(parse_bedrag_cents("€ -1.234,56").value(), -1'234'56);  // as format_bedrag_nl writes
  EXPECT_EQ(parse_bedrag_cents("-€ 3,00").value(), -300);
  EXPECT_EQ(parse_bedrag_cents("€\xC2\xA0"
                               "3,00")
                .value(),
            300);
  EXPECT_EQ(parse_bedrag_cents("92233720368547758,07").value(),
            std::numeric_limits<std::int64_t>::max());
}

TEST(BedragTest, FoutenZeggenWaaromHetGeenBedragIs) {
  EXPECT_EQ(fout("12,345"), kFoutDecimalen);
  EXPECT_EQ(fout("1.234,567"), kFoutDecimalen);
  for (const char* tekst :
       {"12.34", "1.23.4", "1.234.5", "1.23,00", "0.123,00", "1234.567", "12.", ".50", "1..234"}) {
    EXPECT_EQ(fout(tekst), kFoutPuntGroepen) << tekst;
  }
  EXPECT_EQ(fout("92233720368547758,08"), kFoutTeGroot);
  EXPECT_EQ(fout("99999999999999999999"), kFoutTeGroot);
  for (const char* tekst : {"", " ", "1,234.56", ",50", "12,", "+5", "--5", "-€ -5", "1 234", "€",
                            "-", "12,5a", "abc", "1,2,3", "(12,50)", "1.2a4"}) {
    EXPECT_EQ(fout(tekst), kFoutGeenBedrag) << tekst;
  }
}

TEST(BedragTest, InvoervormIsHetBedragZonderEuroteken) {
  EXPECT_EQ(format_bedrag_invoer(38'000'00), "38.000,00");
  EXPECT_EQ(format_bedrag_invoer(5), "0,05");
  EXPECT_EQ(format_bedrag_invoer(-1'234'56), "-1.234,56");
}

// The digits of `euros` with a dot before every group of three from the right.
std::string gegroepeerd(std::uint64_t euros) {
  return format_getal_nl(static_cast<std::int64_t>(euros));
}

std::string twee_cijfers(std::uint64_t cents) {
  return (cents < 10 ? "0" : "") + std::to_string(cents);
}

// Property: every way a person or a program writes an amount reads back as exactly that amount,
// and the two typing errors the issue names (three decimals, a misplaced dot) are refused.
// Seeded, so a failure repeats; the amount is in the message.
TEST(BedragTest, ElkeSchrijfwijzeLeestTerugAlsHetBedoeldeBedrag) {
  std::mt19937_64 random(20261201);
  std::uniform_int_distribution<int> cijfers(1, 17);
  for (int i = 0; i < 20'000; ++i) {
    // Amounts of every size, from cents to billions, whole euros and round tens included.
    std::uint64_t grens = 1;
    for (int c = cijfers(random); c > 0; --c) grens *= 10;
    auto magnitude = static_cast<std::int64_t>(random() % grens);
    if (i % 5 == 1) magnitude -= magnitude % 100;
    if (i % 5 == 2) magnitude -= magnitude % 10;
    std::int64_t bedoeld = i % 7 == 3 ? -magnitude : magnitude;
    auto euros = static_cast<std::uint64_t>(magnitude / 100);
    auto cents = static_cast<std::uint64_t>(magnitude % 100);
    std::string teken = bedoeld < 0 ? "-" : "";

    std::vector<std::string> schrijfwijzen = {
        format_bedrag_nl(bedoeld),
        format_bedrag_invoer(bedoeld),
        teken + gegroepeerd(euros) + "," + twee_cijfers(cents),
        teken + std::to_string(euros) + "," + twee_cijfers(cents),
        "\xE2\x82\xAC\xC2\xA0" + format_bedrag_invoer(bedoeld),
        "  " + format_bedrag_invoer(bedoeld) + "\t",
    };
    if (cents == 0) {
      schrijfwijzen.push_back(teken + gegroepeerd(euros));
      schrijfwijzen.push_back(teken + std::to_string(euros));
    }
    if (cents % 10 == 0) {
      schrijfwijzen.push_back(teken + gegroepeerd(euros) + "," + std::to_string(cents / 10));
    }
    for (const auto& tekst : schrijfwijzen) {
      auto gelezen = parse_bedrag_cents(tekst);
      ASSERT_TRUE(gelezen.ok()) << tekst << " (" << bedoeld << "): " << gelezen.error().key;
      ASSERT_EQ(*gelezen, bedoeld) << tekst;
    }

    // A third decimal is never silently dropped or shifted.
    auto drie = format_bedrag_invoer(bedoeld) + std::to_string(random() % 10);
    ASSERT_EQ(fout(drie), kFoutDecimalen) << drie;
    // A dot anywhere but before a group of three digits is refused, never read as a decimal.
    std::string kaal = std::to_string(euros);
    if (kaal.size() >= 2) {
      std::size_t plek = 1 + random() % (kaal.size() - 1);  // digits before the dot
      if (kaal.size() - plek != 3) {
        auto verkeerd = teken + kaal.substr(0, plek) + "." + kaal.substr(plek);
        ASSERT_EQ(fout(verkeerd), kFoutPuntGroepen) << verkeerd;
        ASSERT_EQ(fout(verkeerd + "," + twee_cijfers(cents)), kFoutPuntGroepen) << verkeerd;
      }
    }
  }
}

TEST(GetalTest, PuntAlleenTussenGroepenVanDrie) {
  EXPECT_EQ(parse_getal_nl("3.200").value(), 3200);
  EXPECT_EQ(parse_getal_nl("3200").value(), 3200);
  EXPECT_EQ(parse_getal_nl(" -1.234.567 ").value(), -1'234'567);
  EXPECT_EQ(parse_getal_nl("0").value(), 0);
  EXPECT_EQ(parse_getal_nl("3.20").error().key, kFoutPuntGroepen);
  EXPECT_EQ(parse_getal_nl("1.23.4").error().key, kFoutPuntGroepen);
  EXPECT_EQ(parse_getal_nl("3,5").error().key, kFoutGeenGetal);
  EXPECT_EQ(parse_getal_nl("").error().key, kFoutGeenGetal);
  EXPECT_EQ(parse_getal_nl("99999999999999999999").error().key, kFoutTeGroot);
  EXPECT_EQ(parse_getal_nl("9.223.372.036.854.775.807").value(),
            std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(parse_getal_nl("9.223.372.036.854.775.808").error().key, kFoutTeGroot);
  // The form is checked before the size, also after groups that are already too large.
  EXPECT_EQ(parse_getal_nl("99.999.999.999.999.999.999.99").error().key, kFoutPuntGroepen);
  EXPECT_EQ(parse_getal_nl("99999999999999999999x").error().key, kFoutGeenGetal);
  EXPECT_EQ(parse_getal_nl("\t\v\f 12 \r\n").value(), 12);
}

TEST(TextTest, LeegIsAlleenWitruimte) {
  EXPECT_TRUE(leeg(""));
  EXPECT_TRUE(leeg(" \t\r\n\f\v"));
  EXPECT_FALSE(leeg(" x "));
  EXPECT_FALSE(leeg("\xC2\xA0"));  // a no-break space is text, as std::isspace says too
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

namespace regie {
namespace {

TEST(TextTest, OpsommingZoalsInHetNederlands) {
  EXPECT_EQ(opsomming({}), "");
  EXPECT_EQ(opsomming({"A"}), "A");
  EXPECT_EQ(opsomming({"A", "B"}), "A en B");
  EXPECT_EQ(opsomming({"A", "B", "C"}), "A, B en C");
}

TEST(TextTest, HoofdletterVooraanEnWeer) {
  EXPECT_EQ(met_hoofdletter("aanvaarden kan pas"), "Aanvaarden kan pas");
  EXPECT_EQ(met_hoofdletter("Al"), "Al");
  EXPECT_EQ(met_hoofdletter(""), "");
  EXPECT_EQ(klein("Aanvaarden of terugleggen"), "aanvaarden of terugleggen");
  EXPECT_EQ(klein("één"), "één");
}

}  // namespace
}  // namespace regie

namespace regie {
namespace {

// UP-3: norm hours in the PDC are read as Dutch numbers with at most two decimals.
TEST(HonderdstenTest, UrenMetDecimaleKommaLezenEnSchrijven) {
  EXPECT_EQ(*parse_honderdsten("12,5"), 1250);
  EXPECT_EQ(*parse_honderdsten(" 1.234 "), 123400);
  EXPECT_EQ(*parse_honderdsten("0,05"), 5);
  EXPECT_EQ(*parse_honderdsten("-0,25"), -25);
  EXPECT_EQ(parse_honderdsten("12,345").error().key, kFoutGetalDecimalen);
  EXPECT_EQ(parse_honderdsten("12.34").error().key, kFoutPuntGroepen);
  EXPECT_EQ(parse_honderdsten("€ 3").error().key, kFoutGeenDecimaalGetal);
  EXPECT_EQ(parse_honderdsten("").error().key, kFoutGeenDecimaalGetal);
  EXPECT_EQ(parse_honderdsten("1,").error().key, kFoutGeenDecimaalGetal);
  for (std::int64_t h : {0LL, 5LL, 50LL, 1250LL, 123400LL, 123456LL, -25LL}) {
    EXPECT_EQ(*parse_honderdsten(format_honderdsten(h)), h) << h;
  }
  EXPECT_EQ(format_honderdsten(1250), "12,5");
  EXPECT_EQ(format_honderdsten(123456), "1.234,56");
  EXPECT_EQ(format_honderdsten(-25), "-0,25");
}

}  // namespace
}  // namespace regie
