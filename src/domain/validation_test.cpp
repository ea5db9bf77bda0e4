#include "domain/validation.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::validation {
namespace {

bool has_error(const Reader& r, const std::string& field, const std::string& key) {
  const auto& errors = r.errors();
  return std::any_of(errors.begin(), errors.end(),
                     [&](const FieldError& f) { return f.field == field && f.key == key; });
}

Fields json_fields(std::initializer_list<std::pair<const std::string, std::string>> values,
                   const std::map<std::string, JsonKind>& kinds) {
  Fields f(values);
  f.json = true;
  f.json_kinds = kinds;
  return f;
}

TEST(ValidationReaderTest, InJsonIsTekstGeenGetalEnEenGetalGeenTekst) {
  Fields f = json_fields(
      {{"naam", "42"}, {"uren", "12"}, {"id", "7"}},
      {{"naam", JsonKind::kNumber}, {"uren", JsonKind::kString}, {"id", JsonKind::kString}});
  Reader r(f);
  EXPECT_EQ(r.required_text("naam", 100), "");
  EXPECT_EQ(r.required_int("uren", 0, 100), 0);
  EXPECT_EQ(r.required_id("id"), 0);
  EXPECT_TRUE(has_error(r, "naam", "fout.verwacht_tekst"));
  EXPECT_TRUE(has_error(r, "uren", "fout.verwacht_getal"));
  EXPECT_TRUE(has_error(r, "id", "fout.verwacht_getal"));
  EXPECT_EQ(r.errors().size(), 3U);  // no "verplicht" beside them
}

TEST(ValidationReaderTest, EenFormulierIsTekstEnMagGetallenEnNederlandseDatums) {
  Fields f = {{"naam", "42"}, {"uren", "1.200"}, {"van", "01-12-2026"}};
  Reader r(f);
  EXPECT_EQ(r.required_text("naam", 100), "42");
  EXPECT_EQ(r.required_int("uren", 0, 2000), 1200);
  EXPECT_EQ(r.required_date("van"), Datum::from_ymd(2026, 12, 1));
  EXPECT_TRUE(r.ok());
}

TEST(ValidationReaderTest, InJsonAlleenIsoDatumsEnGeenDuizendtallen) {
  Fields f = json_fields(
      {{"van", "01-12-2026"}, {"tot", "2026-12-31"}, {"uren", "1.5"}},
      {{"van", JsonKind::kString}, {"tot", JsonKind::kString}, {"uren", JsonKind::kNumber}});
  Reader r(f);
  EXPECT_FALSE(r.required_date("van"));
  EXPECT_EQ(r.optional_date("tot"), Datum::from_ymd(2026, 12, 31));
  EXPECT_FALSE(r.optional_int("uren", 0, 100));
  EXPECT_TRUE(has_error(r, "van", "fout.datum_iso"));
  EXPECT_TRUE(has_error(r, "uren", "fout.geen_geheel_getal"));
}

TEST(ValidationReaderTest, NullIsLeeg) {
  Fields f = json_fields({{"naam", ""}, {"uren", ""}},
                         {{"naam", JsonKind::kNull}, {"uren", JsonKind::kNull}});
  Reader r(f);
  EXPECT_EQ(r.optional_text("naam", 10), "");
  EXPECT_FALSE(r.optional_int("uren", 0, 10));
  EXPECT_TRUE(r.ok());
  r.required_text("naam", 10);
  EXPECT_TRUE(has_error(r, "naam", "fout.verplicht"));
}

TEST(ValidationReaderTest, StuurtekensAlleenRegeleindenInTekstVanMeerRegels) {
  Fields f = {{"nul", std::string("a\0b", 3)},
              {"regel", "a\nb"},
              {"tab", "a\tb"},
              {"del", "a\x7f"},
              {"meer", "a\r\nb\tc"},
              {"meer_nul", std::string("a\n\0", 3)}};
  Reader r(f);
  EXPECT_EQ(r.optional_text("nul", 10), "");
  EXPECT_EQ(r.optional_text("regel", 10), "");
  EXPECT_EQ(r.optional_text("tab", 10), "");
  EXPECT_EQ(r.optional_text("del", 10), "");
  EXPECT_EQ(r.optional_text("meer", 10, Regels::kMeer), "a\r\nb\tc");
  EXPECT_EQ(r.optional_text("meer_nul", 10, Regels::kMeer), "");
  for (const char* veld : {"nul", "regel", "tab", "del", "meer_nul"}) {
    EXPECT_TRUE(has_error(r, veld, "fout.stuurteken")) << veld;
  }
  EXPECT_FALSE(has_error(r, "meer", "fout.stuurteken"));
}

TEST(ValidationReaderTest, FoutenVanDeDecoderKomenMetDeEigenFouten) {
  Fields f = json_fields({{"naam", "a"}}, {{"naam", JsonKind::kString}});
  f.decode_errors.push_back({"naam", "fout.dubbel"});
  Reader r(f);
  r.required_text("soort", 10);
  EXPECT_TRUE(has_error(r, "naam", "fout.dubbel"));
  EXPECT_TRUE(has_error(r, "soort", "fout.verplicht"));
  // Two readers over the same fields report the decoder's error once.
  Reader tweede(f);
  std::vector<FieldError> samen = r.errors();
  samen.insert(samen.end(), tweede.errors().begin(), tweede.errors().end());
  EXPECT_EQ(Error::invalid(samen).fields.size(), 2U);
}

}  // namespace
}  // namespace regie::validation
