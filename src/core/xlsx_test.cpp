#include "core/xlsx.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <cmath>
#include <utility>

namespace regie {
namespace {

// A zip archive in memory with these members (what Excel or another program would write).
std::string zip_van(const std::vector<std::pair<std::string, std::string>>& leden) {
  zip_error_t fout;
  zip_error_init(&fout);
  zip_source_t* bron = zip_source_buffer_create(nullptr, 0, 0, &fout);
  zip_source_keep(bron);
  zip_t* z = zip_open_from_source(bron, ZIP_TRUNCATE, &fout);
  for (const auto& [naam, inhoud] : leden) {
    zip_source_t* s = zip_source_buffer(z, inhoud.data(), inhoud.size(), 0);
    zip_file_add(z, naam.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(z);
  zip_source_open(bron);
  zip_source_seek(bron, 0, SEEK_END);
  const auto grootte = static_cast<std::size_t>(zip_source_tell(bron));
  zip_source_seek(bron, 0, SEEK_SET);
  std::string out(grootte, '\0');
  zip_source_read(bron, out.data(), grootte);
  zip_source_close(bron);
  zip_source_free(bron);
  zip_error_fini(&fout);
  return out;
}

// UP-2: what the writer writes, the reader reads back: text with characters XML escapes,
// numbers, and a formula as the value it carries; empty cells keep their column.
TEST(XlsxTest, GeschrevenWerkboekLeestTerug) {
  XlsxBlad a{"Overzicht", {}, {30, 12}};
  a.rijen.push_back({XlsxCel::van_tekst("Gemeente Sûdwest & <Oost> \"Öztürk\"", XlsxOpmaak::kVet),
                     XlsxCel::van_getal(1234.56, XlsxOpmaak::kBedrag)});
  a.rijen.push_back({});
  a.rijen.push_back(
      {XlsxCel::leeg(), XlsxCel::van_getal(0.1), XlsxCel::formule("=B1+B3", 1234.66)});
  XlsxBlad b{"Posten", {}, {}};
  b.rijen.push_back({XlsxCel::van_tekst("tweede blad")});
  auto bytes = schrijf_xlsx({a, b});
  ASSERT_TRUE(bytes.ok()) << bytes.error().detail;
  EXPECT_EQ(bytes->rfind("PK", 0), 0U);
  auto gelezen = lees_xlsx(*bytes);
  ASSERT_TRUE(gelezen.ok());
  ASSERT_EQ(gelezen->size(), 2U);
  const auto& o = gelezen->at(0);
  EXPECT_EQ(o.naam, "Overzicht");
  ASSERT_EQ(o.rijen.size(), 3U);
  EXPECT_EQ(o.rijen[0][0], "Gemeente Sûdwest & <Oost> \"Öztürk\"");
  EXPECT_DOUBLE_EQ(std::stod(o.rijen[0][1]), 1234.56);
  EXPECT_TRUE(o.rijen[1].empty());
  ASSERT_EQ(o.rijen[2].size(), 3U);
  EXPECT_EQ(o.rijen[2][0], "");
  EXPECT_EQ(std::llround(std::stod(o.rijen[2][2]) * 100), 123466);
  EXPECT_EQ(gelezen->at(1).naam, "Posten");
  EXPECT_EQ(gelezen->at(1).rijen[0][0], "tweede blad");
}

// The reader takes what other programs write: shared strings with rich-text runs, inline
// strings, a sheet target with an absolute path, cells out of order and a column past Z.
TEST(XlsxTest, LeestGedeeldeRijkeEnInlineTekst) {
  const std::string boek =
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
      R"(<sheets><sheet name="Uren" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="x" Target="/xl/worksheets/blad1.xml"/></Relationships>)";
  const std::string sst =
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<si><t>Datum</t></si><si><r><t>Gemeente </t></r><r><rPr><b/></rPr><t>Š</t></r></si></sst>)";
  const std::string blad =
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
      R"(<row r="1"><c r="B1" t="s"><v>1</v></c><c r="A1" t="s"><v>0</v></c></row>)"
      R"(<row r="3"><c r="A3"><v>46357</v></c><c r="AB3" t="inlineStr"><is><t>ver</t></is></c>)"
      R"(</row></sheetData></worksheet>)";
  auto bytes = zip_van({{"xl/workbook.xml", boek},
                        {"xl/_rels/workbook.xml.rels", rels},
                        {"xl/sharedStrings.xml", sst},
                        {"xl/worksheets/blad1.xml", blad}});
  auto gelezen = lees_xlsx(bytes);
  ASSERT_TRUE(gelezen.ok()) << gelezen.error().key;
  const auto& b = gelezen->at(0);
  EXPECT_EQ(b.naam, "Uren");
  ASSERT_EQ(b.rijen.size(), 3U);
  EXPECT_EQ(b.rijen[0], (std::vector<std::string>{"Datum", "Gemeente Š"}));
  EXPECT_EQ(b.rijen[2][0], "46357");  // a date stays its serial number
  ASSERT_EQ(b.rijen[2].size(), 28U);
  EXPECT_EQ(b.rijen[2][27], "ver");
  EXPECT_EQ(xlsx_cel(27, 2), "AB3");
}

// Bytes that are no workbook, or a workbook that points at a missing sheet, are refused.
TEST(XlsxTest, GeenWerkboekIsEenFoutOpHetBestand) {
  for (const std::string& bytes : {std::string("Datum;Uren\n01-02-2027;3,5\n"), std::string(),
                                   zip_van({{"xl/workbook.xml",
                                             "<workbook><sheets><sheet name=\"x\" r:id=\"rId9\"/>"
                                             "</sheets></workbook>"},
                                            {"xl/_rels/workbook.xml.rels", "<Relationships/>"}})}) {
    auto r = lees_xlsx(bytes);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields.at(0).field, "bestand");
    EXPECT_EQ(r.error().fields.at(0).key, "fout.xlsx_ongeldig");
  }
}

}  // namespace
}  // namespace regie
