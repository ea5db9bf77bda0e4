#include "domain/programma/verdeelsleutel.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::programma {
namespace {

bool sleutel_fout_heeft(const Error& e, const std::string& veld, const std::string& key) {
  return std::any_of(e.fields.begin(), e.fields.end(),
                     [&](const FieldError& f) { return f.field == veld && f.key == key; });
}

// UP-3 (decision 44): a fixed percentage table, read in Dutch notation, stored in hundredths of
// a percent, every deelnemer in the given order (an empty share is 0).
TEST(VerdeelsleutelTest, UP3_VastPercentageTeltOpTot100) {
  Fields f = {{"sleutelcode", "vast-aandeel"}, {"naam", "Vast aandeel"}, {"soort", "percentage"},
              {"aandeel-3", "12,5"},           {"aandeel-1", "87,5"},    {"aandeel-2", ""}};
  auto k = parse_sleutel(f, {1, 2, 3});
  ASSERT_TRUE(k.ok()) << k.error().fields.front().key;
  EXPECT_EQ(k->soort, SleutelSoort::kPercentage);
  EXPECT_EQ(k->aandelen, (std::vector<Aandeel>{{1, 8750}, {2, 0}, {3, 1250}}));
  EXPECT_EQ(aandeel_invoer(k->soort, 1250), "12,5");
  f["aandeel-1"] = "87,49";
  auto te_weinig = parse_sleutel(f, {1, 2, 3});
  ASSERT_FALSE(te_weinig.ok());
  EXPECT_TRUE(sleutel_fout_heeft(te_weinig.error(), "aandelen", "fout.percentages_niet_100"));
  // A share with three decimals or above 100 is named at its field; the sum is then not judged.
  f["aandeel-1"] = "87,499";
  f["aandeel-2"] = "101";
  auto fout = parse_sleutel(f, {1, 2, 3});
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.size(), 2U);
  EXPECT_EQ(fout.error().fields[0].field, "aandeel-1");
  EXPECT_EQ(fout.error().fields[1].field, "aandeel-2");
}

// UP-3: an agreed weight with its unit; weights are whole numbers and not all 0.
TEST(VerdeelsleutelTest, UP3_EigenGewichtMetEenheid) {
  Fields f = {{"sleutelcode", "bedrijven"}, {"naam", "Bedrijven"}, {"soort", "gewicht"},
              {"eenheid", "bedrijven"},     {"aandeel-1", "310"},  {"aandeel-2", "45"}};
  auto k = parse_sleutel(f, {1, 2});
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(k->eenheid, "bedrijven");
  EXPECT_EQ(k->aandelen, (std::vector<Aandeel>{{1, 310}, {2, 45}}));
  f["aandeel-1"] = "0";
  f["aandeel-2"] = "0";
  EXPECT_TRUE(
      sleutel_fout_heeft(parse_sleutel(f, {1, 2}).error(), "aandelen", "fout.verdeelsleutel_leeg"));
  f["aandeel-1"] = "-3";
  EXPECT_EQ(parse_sleutel(f, {1, 2}).error().fields.at(0).field, "aandeel-1");
}

// UP-3: every error at once: the register's code and kind, a unit on a percentage, a share of an
// organisatie that is not a deelnemer of the year, a missing name.
TEST(VerdeelsleutelTest, UP3_ElkeFoutTegelijk) {
  Fields f = {{"sleutelcode", "inwonertal"},
              {"soort", "percentage"},
              {"eenheid", "procent"},
              {"aandeel-1", "100"},
              {"aandeel-77", "0"}};
  auto fout = parse_sleutel(f, {1});
  ASSERT_FALSE(fout.ok());
  EXPECT_TRUE(sleutel_fout_heeft(fout.error(), "sleutelcode", "fout.sleutelcode_gereserveerd"));
  EXPECT_TRUE(sleutel_fout_heeft(fout.error(), "naam", "fout.verplicht"));
  EXPECT_TRUE(sleutel_fout_heeft(fout.error(), "eenheid", "fout.eenheid_alleen_gewicht"));
  EXPECT_TRUE(sleutel_fout_heeft(fout.error(), "aandeel-77", "fout.geen_deelnemer_in_jaar"));
  Fields register_soort = {{"sleutelcode", "x"}, {"naam", "X"}, {"soort", "inwonertal"}};
  EXPECT_TRUE(sleutel_fout_heeft(parse_sleutel(register_soort, {1}).error(), "soort",
                                 "fout.sleutelsoort_register"));
  // A key being changed keeps its code: the field is not read.
  Fields wijzig = {{"naam", "Vast"}, {"soort", "percentage"}, {"aandeel-1", "100"}};
  auto k = parse_sleutel(wijzig, {1}, std::string("vast"));
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(k->code, "vast");
}

}  // namespace
}  // namespace regie::programma
