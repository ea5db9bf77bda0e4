#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace regie {
namespace {

using Cells = std::vector<std::string>;

CsvTable parse_ok(std::string_view bytes, CsvOptions options = {}) {
  auto table = parse_csv(bytes, options);
  EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().detail);
  return table.ok() ? std::move(table).value() : CsvTable{};
}

// The key and the "regel N" field of a failed parse.
void expect_error(std::string_view bytes, const char* key, std::size_t regel,
                  CsvOptions options = {}) {
  auto table = parse_csv(bytes, options);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(table.error().key, key);
  ASSERT_EQ(table.error().fields.size(), 1u) << table.error().detail;
  EXPECT_EQ(table.error().fields[0].field, csv_regel_veld(regel));
  EXPECT_EQ(table.error().fields[0].key, key);
}

void expect_file_error(std::string_view bytes, const char* key, CsvOptions options = {}) {
  auto table = parse_csv(bytes, options);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(table.error().key, key);
  EXPECT_TRUE(table.error().fields.empty());
}

TEST(CsvTest, PuntkommaMetAanhalingstekensEnRegeleindesBinnenVeld) {
  auto table = parse_ok(
      "Project;Omschrijving;Bedrag\r\n"
      "P-1;\"Toezicht; fase 1\";\"1.234,56\"\r\n"
      "P-2;\"Zei \"\"ja\"\"\r\nen toen\nklaar\";12,50\r\n"
      "P-3;;0\r\n");
  EXPECT_EQ(table.delimiter, ';');
  EXPECT_EQ(table.encoding, CsvEncoding::kUtf8);
  EXPECT_EQ(table.header, (Cells{"Project", "Omschrijving", "Bedrag"}));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].fields, (Cells{"P-1", "Toezicht; fase 1", "1.234,56"}));
  // Line ends inside a quoted field become "\n", whatever the file used.
  EXPECT_EQ(table.rows[1].fields, (Cells{"P-2", "Zei \"ja\"\nen toen\nklaar", "12,50"}));
  EXPECT_EQ(table.rows[2].fields, (Cells{"P-3", "", "0"}));
}

TEST(CsvTest, RegelnummerIsDeFysiekeRegelWaarHetRecordBegint) {
  auto table = parse_ok("a;b\n1;\"twee\nregels\"\n\n3;4\r\n5;\"x\r\ny\r\nz\"\n6;7");
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.rows[0].regel, 2u);
  EXPECT_EQ(table.rows[1].regel, 5u);  // line 4 is blank
  EXPECT_EQ(table.rows[2].regel, 6u);
  EXPECT_EQ(table.rows[3].regel, 9u);
  EXPECT_EQ(table.rows[3].fields, (Cells{"6", "7"}));  // no line end at the end of the file
}

TEST(CsvTest, KommaAlsScheidingstekenWordtUitDeKopregelHerkend) {
  auto table = parse_ok("naam,\"bedrag; incl. btw\",datum\nAlkmaar,\"3,50\",01-02-2026\n");
  EXPECT_EQ(table.delimiter, ',');
  EXPECT_EQ(table.header, (Cells{"naam", "bedrag; incl. btw", "datum"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].fields, (Cells{"Alkmaar", "3,50", "01-02-2026"}));
}

TEST(CsvTest, BijGelijkAantalOfEenKolomWintPuntkomma) {
  EXPECT_EQ(parse_ok("bedrag\n1,50\n").delimiter, ';');
  EXPECT_EQ(parse_ok("bedrag\n1,50\n").rows[0].fields, (Cells{"1,50"}));
  EXPECT_EQ(parse_ok("a;b,c\n1;2,3\n").delimiter, ';');
}

TEST(CsvTest, OpgegevenScheidingstekenGaatVoorHerkenning) {
  CsvOptions options;
  options.delimiter = ',';
  auto table = parse_ok("a;b,c\n1;2,3\n", options);
  EXPECT_EQ(table.header, (Cells{"a;b", "c"}));
  EXPECT_EQ(table.rows[0].fields, (Cells{"1;2", "3"}));
}

TEST(CsvTest, OnbruikbaarScheidingstekenInDeOptiesIsEenFout) {
  for (char c : {'"', '\n', '\r', '\0', static_cast<char>(0x80)}) {
    CsvOptions options;
    options.delimiter = c;
    expect_file_error("a;b\n", kCsvFoutScheidingsteken, options);
  }
}

TEST(CsvTest, LfCrlfEnLosseCrZijnAlleRegeleindes) {
  auto table = parse_ok("a;b\r1;2\n3;4\r\n5;6\r");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].regel, 2u);
  EXPECT_EQ(table.rows[1].regel, 3u);
  EXPECT_EQ(table.rows[2].regel, 4u);
  EXPECT_EQ(table.rows[2].fields, (Cells{"5", "6"}));
}

TEST(CsvTest, Utf8BomWordtOvergeslagen) {
  auto table = parse_ok("\xEF\xBB\xBFNaam;Functie\nJan;Co\xC3\xB6rdinator\n");
  EXPECT_EQ(table.encoding, CsvEncoding::kUtf8);
  EXPECT_EQ(table.header, (Cells{"Naam", "Functie"}));
  EXPECT_EQ(table.rows[0].fields, (Cells{"Jan", "Coördinator"}));
}

TEST(CsvTest, Windows1252WordtOmgezetNaarUtf8) {
  auto table =
      parse_ok("Functie;Bedrag\nCo\xF6rdinator;\x80 1.234,56\n\"Caf\xE9 \x93z\x94\";\x80 0,50\n");
  EXPECT_EQ(table.encoding, CsvEncoding::kWindows1252);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].fields, (Cells{"Coördinator", "€ 1.234,56"}));
  EXPECT_EQ(table.rows[1].fields, (Cells{"Café “z”", "€ 0,50"}));
}

TEST(CsvTest, VolledigeWindows1252TabelMetOngedefinieerdeBytesAlsVervangteken) {
  std::string all;
  for (int b = 0x80; b <= 0xFF; ++b) all.push_back(static_cast<char>(b));
  std::string utf8 = windows1252_to_utf8(all);
  EXPECT_TRUE(is_valid_utf8(utf8));
  const std::string first_row = "€\xEF\xBF\xBD‚ƒ„…†‡ˆ‰Š‹Œ\xEF\xBF\xBDŽ\xEF\xBF\xBD";
  EXPECT_EQ(utf8.substr(0, first_row.size()), first_row);
  EXPECT_EQ(windows1252_to_utf8("\x90\x91\x92\x96\x97\x99\x9D\x9F"), "\uFFFD‘’–—™\uFFFDŸ");
  EXPECT_EQ(windows1252_to_utf8("\xA0\xE9\xEB\xFF"), "\u00A0éëÿ");
  EXPECT_EQ(windows1252_to_utf8("abc"), "abc");
}

TEST(CsvTest, BomMetOngeldigeUtf8IsEenFoutOpDieRegel) {
  expect_error("\xEF\xBB\xBFnaam\r\nJan\r\nCo\xF6rdinator\r\n", kCsvFoutOngeldigeTekens, 3);
}

TEST(CsvTest, Utf16WordtGeweigerd) {
  expect_error(std::string_view("\xFF\xFEn\0a\0", 6), kCsvFoutOngeldigeTekens, 1);
}

TEST(CsvTest, OpenAanhalingstekenNoemtDeRegelVanHetAanhalingsteken) {
  expect_error("a;b\n1;2\n3;\"open\n\nnog steeds open\n", kCsvFoutOpenAanhalingsteken, 3);
}

TEST(CsvTest, AanhalingstekenMiddenInVeldZonderAanhalingstekensIsEenFout) {
  expect_error("a;b\n1;2\n3;24\" scherm\n", kCsvFoutLosAanhalingsteken, 3);
  expect_error("a;b\n1; \"x\"\n", kCsvFoutLosAanhalingsteken, 2);
}

TEST(CsvTest, TekstNaSluitendAanhalingstekenIsEenFout) {
  expect_error("a;b\n\"x\ny\"z;2\n", kCsvFoutLosAanhalingsteken, 3);
}

TEST(CsvTest, AfwijkendAantalVeldenNoemtDeRegel) {
  expect_error("a;b;c\n1;2;3\n\"x\ny\";2\n", kCsvFoutAantalVelden, 3);
  expect_error("a;b;c\n1;2;3;\n", kCsvFoutAantalVelden, 2);
}

TEST(CsvTest, LeegBestandIsEenFout) {
  expect_file_error("", kCsvFoutLeeg);
  expect_file_error("\xEF\xBB\xBF", kCsvFoutLeeg);
  expect_file_error("\r\n\r\n", kCsvFoutLeeg);
  expect_file_error(";;;\n;;\n", kCsvFoutLeeg);
}

TEST(CsvTest, BestandGroterDanDeGrensWordtGeweigerd) {
  CsvOptions options;
  options.max_bytes = 8;
  expect_file_error("a;b\n1;2\n3;4\n", kCsvFoutTeGroot, options);
  EXPECT_TRUE(parse_csv("a;b\n1;2\n", options).ok());
  EXPECT_EQ(CsvOptions{}.max_bytes, 50u * 1024 * 1024);
}

TEST(CsvTest, LegeRegelsEnRegelsMetAlleenScheidingstekensWordenOvergeslagen) {
  auto table = parse_ok("\n\na;b;c\n\n;;\n1;2;3\n;\n\"\";;\n");
  EXPECT_EQ(table.header, (Cells{"a", "b", "c"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].regel, 6u);
}

TEST(CsvTest, AlleenEenKopregelGeeftEenTabelZonderRijen) {
  auto table = parse_ok("a;b\r\n");
  EXPECT_EQ(table.header, (Cells{"a", "b"}));
  EXPECT_TRUE(table.rows.empty());
}

TEST(CsvTest, LaatsteVeldMagLeegZijn) {
  auto table = parse_ok("a;b\n1;\n");
  EXPECT_EQ(table.rows[0].fields, (Cells{"1", ""}));
}

TEST(CsvTest, KopnamenWordenGetrimdEnKolommenGevonden) {
  auto table = parse_ok(" Project ;\"Bedrag \"\nP;1\n");
  EXPECT_EQ(table.header, (Cells{"Project", "Bedrag"}));
  EXPECT_EQ(table.column("Bedrag"), 1u);
  EXPECT_FALSE(table.column("bedrag"));
  EXPECT_EQ(table.rows[0].fields, (Cells{"P", "1"}));
}

TEST(CsvTest, RegelfoutLeestAlsRegelEnSleutel) {
  auto table = parse_csv("a;b\n1;2\n1;2;3\n");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().fields[0].field, "regel 3");
  EXPECT_NE(table.error().detail.find("regel 3"), std::string::npos);
}

}  // namespace
}  // namespace regie

namespace regie {
namespace {

// UP-3: what the catalogue export writes, parse_csv reads back field for field.
TEST(CsvRegelTest, SchrijftWatDeLezerTerugleest) {
  const std::vector<std::string> velden = {"VTH-01", "Toezicht; asbest", "zegt \"ja\"", "a\nb", ""};
  EXPECT_EQ(csv_regel(velden), "VTH-01;\"Toezicht; asbest\";\"zegt \"\"ja\"\"\";\"a\nb\";\r\n");
  auto tabel = parse_csv(csv_regel({"a", "b", "c", "d", "e"}) + csv_regel(velden));
  ASSERT_TRUE(tabel.ok());
  ASSERT_EQ(tabel->rows.size(), 1u);
  EXPECT_EQ(tabel->rows[0].fields, velden);
}

}  // namespace
}  // namespace regie
