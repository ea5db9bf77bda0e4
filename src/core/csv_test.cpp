#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
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

namespace regie {
namespace {

// A Bron over `tekst` that answers in pieces of 1..max_stuk bytes (random, from `seed`), or in
// pieces of exactly max_stuk when seed is 0.
CsvLezer::Bron in_stukken(std::string tekst, std::size_t max_stuk, std::uint32_t seed = 0) {
  struct Stand {
    std::string tekst;
    std::size_t pos = 0;
    std::minstd_rand rng;
  };
  auto stand = std::make_shared<Stand>(Stand{std::move(tekst), 0, std::minstd_rand(seed)});
  return [stand, max_stuk, seed](char* buf, std::size_t n) -> Result<std::size_t> {
    std::size_t stuk = max_stuk;
    if (seed != 0) stuk = std::uniform_int_distribution<std::size_t>(1, max_stuk)(stand->rng);
    std::size_t k = std::min({n, stuk, stand->tekst.size() - stand->pos});
    std::copy_n(stand->tekst.data() + stand->pos, k, buf);
    stand->pos += k;
    return k;
  };
}

// Everything a CsvLezer reads, as parse_csv would answer it; `rij` is reused on purpose.
Result<CsvTable> lees_alles(CsvLezer& lezer) {
  REGIE_TRY(lezer.lees_kop());
  CsvTable table;
  table.delimiter = lezer.delimiter();
  table.encoding = lezer.encoding();
  table.header = lezer.kop();
  CsvRow rij;
  while (true) {
    REGIE_ASSIGN_OR_RETURN(bool gevonden, lezer.volgende(rij));
    if (!gevonden) break;
    table.rows.push_back(rij);
  }
  return table;
}

void expect_zelfde(const Result<CsvTable>& verwacht, const Result<CsvTable>& gelezen) {
  ASSERT_EQ(verwacht.ok(), gelezen.ok())
      << (verwacht.ok() ? gelezen.error().detail : verwacht.error().detail);
  if (!verwacht.ok()) {
    EXPECT_EQ(verwacht.error().code, gelezen.error().code);
    EXPECT_EQ(verwacht.error().key, gelezen.error().key);
    ASSERT_EQ(verwacht.error().fields.size(), gelezen.error().fields.size());
    for (std::size_t i = 0; i < verwacht.error().fields.size(); ++i) {
      EXPECT_EQ(verwacht.error().fields[i].field, gelezen.error().fields[i].field);
      EXPECT_EQ(verwacht.error().fields[i].key, gelezen.error().fields[i].key);
    }
    return;
  }
  EXPECT_EQ(verwacht->delimiter, gelezen->delimiter);
  EXPECT_EQ(verwacht->encoding, gelezen->encoding);
  EXPECT_EQ(verwacht->header, gelezen->header);
  ASSERT_EQ(verwacht->rows.size(), gelezen->rows.size());
  for (std::size_t i = 0; i < verwacht->rows.size(); ++i) {
    EXPECT_EQ(verwacht->rows[i].regel, gelezen->rows[i].regel) << "rij " << i;
    EXPECT_EQ(verwacht->rows[i].fields, gelezen->rows[i].fields) << "rij " << i;
  }
}

// The inputs of the tests above, and a few more edges.
const std::vector<std::string>& voorbeelden() {
  static const std::vector<std::string> kLijst = {
      std::string("Project;Omschrijving;Bedrag\r\nP-1;\"Toezicht; fase 1\";\"1.234,56\"\r\n") +
          "P-2;\"Zei \"\"ja\"\"\r\nen toen\nklaar\";12,50\r\nP-3;;0\r\n",
      "a;b\n1;\"twee\nregels\"\n\n3;4\r\n5;\"x\r\ny\r\nz\"\n6;7",
      "naam,\"bedrag; incl. btw\",datum\nAlkmaar,\"3,50\",01-02-2026\n",
      "bedrag\n1,50\n",
      "a;b,c\n1;2,3\n",
      "a;b\r1;2\n3;4\r\n5;6\r",
      "\xEF\xBB\xBFNaam;Functie\nJan;Co\xC3\xB6rdinator\n",
      "Functie;Bedrag\nCo\xF6rdinator;\x80 1.234,56\n\"Caf\xE9 \x93z\x94\";\x80 0,50\n",
      "\xEF\xBB\xBFnaam\r\nJan\r\nCo\xF6rdinator\r\n",
      std::string("\xFF\xFEn\0a\0", 6),
      "a;b\n1;2\n3;\"open\n\nnog steeds open\n",
      "a;b\n1;2\n3;24\" scherm\n",
      "a;b\n1; \"x\"\n",
      "a;b\n\"x\ny\"z;2\n",
      "a;b;c\n1;2;3\n\"x\ny\";2\n",
      "a;b;c\n1;2;3;\n",
      "",
      "\xEF\xBB\xBF",
      "\xEF\xBB",
      "\r\n\r\n",
      ";;;\n;;\n",
      "a;b\n1;2\n3;4\n",
      "\n\na;b;c\n\n;;\n1;2;3\n;\n\"\";;\n",
      "a;b\r\n",
      "a;b\n1;\n",
      " Project ;\"Bedrag \"\nP;1\n",
      "a;b\n1;2\n1;2;3\n",
      "a;\"b\"\r\n\"\"\"\";\"\r\r\n\"\r\n1;\"",
      "\xEF\xBB\xBF\"a\r\nb\";c\r\n1;\"x\r\n\xC3\x28\"\r\n",
      "\"a\";\"b\"\r\n\"1\";\"2\"",
      "a\r",
      "\"",
  };
  return kLijst;
}

// The pieces the generated inputs are made of: ASCII, é € 😀 in UTF-8, é € in Windows-1252, a
// cut-off é, and a BOM.
// clang-format off
const std::vector<std::string> kStukken = {
    "a", "bc", "12,50", ";", ";", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\xC3\xA9",
    "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xE9", "\x80", "\xC3", "\xEF\xBB\xBF"};
// clang-format on

// Random bytes made of kStukken: mostly errors, which must come out the same too.
std::string willekeurige_tekst(std::mt19937& rng) {
  std::string tekst;
  auto aantal = std::uniform_int_distribution<int>(0, 40)(rng);
  std::uniform_int_distribution<std::size_t> stuk(0, kStukken.size() - 1);
  for (int i = 0; i < aantal; ++i) tekst += kStukken[stuk(rng)];
  return tekst;
}

// A well-formed file as Excel writes it, with varying line ends, a BOM or not, and fields full
// of delimiters, quotes, line ends and multi-byte characters.
std::string willekeurig_bestand(std::mt19937& rng) {
  std::uniform_int_distribution<int> d6(0, 5);
  std::uniform_int_distribution<std::size_t> stuk(0, kStukken.size() - 1);
  std::size_t kolommen = 1 + static_cast<std::size_t>(d6(rng));
  int rijen = std::uniform_int_distribution<int>(0, 12)(rng);
  const char* einde[] = {"\r\n", "\n", "\r"};
  std::string regeleinde = einde[d6(rng) % 3];
  std::string tekst = d6(rng) == 0 ? std::string(kCsvBom) : "";
  for (int r = 0; r <= rijen; ++r) {
    std::vector<std::string> velden;
    for (std::size_t k = 0; k < kolommen; ++k) {
      std::string veld = r == 0 ? "k" + std::to_string(k) : "";
      for (int i = d6(rng); i > 0; --i) {
        const std::string& s = kStukken[stuk(rng)];
        if (s != "\xEF\xBB\xBF" && s != "\xC3") veld += s;
      }
      velden.push_back(veld);
    }
    std::string regel = csv_regel(velden);
    regel.resize(regel.size() - 2);
    tekst += regel + (d6(rng) == 0 ? einde[d6(rng) % 3] : regeleinde);
  }
  return tekst;
}

// Every input, read over sources that cut it anywhere (a CRLF, a '""' or a multi-byte character
// between two buffers, the BOM between two reads), gives what parse_csv gives over the whole text
// with the same options: the same table, or the same error on the same line.
TEST(CsvLezerTest, InStukkenGelezenGeeftHetzelfdeAlsParseCsvOverDeHeleTekst) {
  std::vector<std::string> teksten = voorbeelden();
  std::mt19937 rng(20260101);
  for (int i = 0; i < 120; ++i) teksten.push_back(willekeurige_tekst(rng));
  for (int i = 0; i < 120; ++i) teksten.push_back(willekeurig_bestand(rng));

  std::uint32_t seed = 1;
  for (const auto& tekst : teksten) {
    SCOPED_TRACE("invoer: " + escape_for_log(tekst));
    for (std::optional<char> delimiter : {std::optional<char>{}, std::optional<char>{','}}) {
      for (std::size_t blok : {std::size_t{4}, std::size_t{7}, std::size_t{64}, kCsvBlockBytes}) {
        SCOPED_TRACE("blok " + std::to_string(blok));
        CsvOptions options;
        options.delimiter = delimiter;
        options.block_bytes = blok;
        auto verwacht = parse_csv(tekst, options);
        auto geheugen = CsvLezer::van_tekst(tekst, options);
        expect_zelfde(verwacht, lees_alles(geheugen));
        CsvLezer willekeurig(in_stukken(tekst, 5, ++seed), options);
        expect_zelfde(verwacht, lees_alles(willekeurig));
        if (blok == kCsvBlockBytes) continue;  // one read fills it: the pieces do not matter
        CsvLezer per_byte(in_stukken(tekst, 1), options);
        expect_zelfde(verwacht, lees_alles(per_byte));
      }
    }
  }
}

TEST(CsvLezerTest, LeestRecordVoorRecordMetKopEnKolommen) {
  const std::string tekst = "\xEF\xBB\xBF Nr ;Naam\r\n1;\"Jan\r\nJansen\"\r\n\r\n2;Piet\r\n";
  CsvLezer lezer(in_stukken(tekst, 2));
  EXPECT_TRUE(lezer.kop().empty());
  ASSERT_TRUE(lezer.lees_kop().ok());
  EXPECT_EQ(lezer.kop(), (Cells{"Nr", "Naam"}));
  EXPECT_EQ(lezer.kolom("Naam"), 1u);
  EXPECT_FALSE(lezer.kolom("naam"));
  EXPECT_EQ(lezer.delimiter(), ';');
  EXPECT_EQ(lezer.encoding(), CsvEncoding::kUtf8);
  EXPECT_EQ(lezer.gelezen_bytes(), 14u);  // the BOM and the header line

  CsvRow rij;
  auto eerste = lezer.volgende(rij);
  ASSERT_TRUE(eerste.ok() && *eerste);
  EXPECT_EQ(rij.regel, 2u);
  EXPECT_EQ(rij.fields, (Cells{"1", "Jan\nJansen"}));
  EXPECT_EQ(lezer.gelezen_bytes(), 31u);
  auto tweede = lezer.volgende(rij);
  ASSERT_TRUE(tweede.ok() && *tweede);
  EXPECT_EQ(rij.regel, 5u);
  EXPECT_EQ(rij.fields, (Cells{"2", "Piet"}));
  auto einde = lezer.volgende(rij);
  ASSERT_TRUE(einde.ok());
  EXPECT_FALSE(*einde);
  EXPECT_EQ(lezer.gelezen_bytes(), tekst.size());
  auto nogmaals = lezer.volgende(rij);
  ASSERT_TRUE(nogmaals.ok());
  EXPECT_FALSE(*nogmaals);
}

TEST(CsvLezerTest, VolgendeLeestDeKopregelAlsLeesKopNietGeroepenIs) {
  auto lezer = CsvLezer::van_tekst("a,b\n1,2\n");
  CsvRow rij;
  auto gelezen = lezer.volgende(rij);
  ASSERT_TRUE(gelezen.ok() && *gelezen);
  EXPECT_EQ(lezer.kop(), (Cells{"a", "b"}));
  EXPECT_EQ(rij.fields, (Cells{"1", "2"}));
}

TEST(CsvLezerTest, RecordBovenDeGrensIsTeGrootOpDeRegelWaarHetBegint) {
  CsvOptions options;
  options.block_bytes = 8;
  options.max_record_bytes = 16;
  const std::string precies = "a;b\n" + std::string(13, 'x') + ";y\n";  // 16 bytes
  const std::string te_lang = precies + "1;2\n\"" + std::string(13, 'x') + "\";y\n";
  for (std::size_t stuk : {std::size_t{1}, std::size_t{5}, std::size_t{1000}}) {
    CsvLezer goed(in_stukken(precies, stuk), options);
    EXPECT_TRUE(lees_alles(goed).ok());

    CsvLezer lezer(in_stukken(te_lang, stuk), options);
    auto tabel = lees_alles(lezer);
    ASSERT_FALSE(tabel.ok());
    EXPECT_EQ(tabel.error().key, kCsvFoutTeGroot);
    ASSERT_EQ(tabel.error().fields.size(), 1u);
    EXPECT_EQ(tabel.error().fields[0].field, "regel 4");
  }
  // An open quote runs to the end of the file: over a Bron it stops at the limit.
  CsvLezer open(in_stukken("a;b\n1;\"open\n" + std::string(100, 'x') + "\n", 7), options);
  auto tabel = lees_alles(open);
  ASSERT_FALSE(tabel.ok());
  EXPECT_EQ(tabel.error().key, kCsvFoutTeGroot);
  EXPECT_EQ(tabel.error().fields[0].field, "regel 2");
  EXPECT_NE(tabel.error().detail.find("aanhalingsteken op regel 2"), std::string::npos);
  // parse_csv holds the text already: max_bytes is its limit, not max_record_bytes.
  EXPECT_TRUE(parse_csv(te_lang, options).ok());
  EXPECT_EQ(CsvOptions{}.max_record_bytes, 1024u * 1024);
}

TEST(CsvLezerTest, GeheugenBlijftBinnenBlokPlusTweeKeerHetLangsteRecord) {
  std::string tekst = "nr;omschrijving\n";
  for (int i = 0; i < 2000; ++i) {
    tekst +=
        std::to_string(i) + ";\"" + std::string(static_cast<std::size_t>(i % 50), 'o') + "\"\n";
  }
  CsvOptions options;
  options.block_bytes = 64;
  std::size_t grootste_vraag = 0;
  auto bron = in_stukken(tekst, 1000);
  CsvLezer lezer(
      [&](char* buf, std::size_t n) {
        grootste_vraag = std::max(grootste_vraag, n);
        return bron(buf, n);
      },
      options);
  auto tabel = lees_alles(lezer);
  ASSERT_TRUE(tabel.ok());
  EXPECT_EQ(tabel->rows.size(), 2000u);
  EXPECT_EQ(tabel->rows[1999].regel, 2001u);
  EXPECT_LE(grootste_vraag, 64u + 2 * 57u);  // the longest record is 57 bytes
}

TEST(CsvLezerTest, FoutVanDeBronKomtOngewijzigdDoorEnBlijft) {
  auto bron = in_stukken("a;b\n1;2\n3;4\n", 1);
  int aanroepen = 0;
  CsvOptions options;
  options.block_bytes = 4;
  CsvLezer lezer(
      [&](char* buf, std::size_t n) -> Result<std::size_t> {
        if (++aanroepen > 9) return Error::storage("schijf weg");
        return bron(buf, n);
      },
      options);
  ASSERT_TRUE(lezer.lees_kop().ok());
  CsvRow rij;
  Result<bool> gelezen = true;
  while (gelezen.ok() && *gelezen) gelezen = lezer.volgende(rij);
  ASSERT_FALSE(gelezen.ok());
  EXPECT_EQ(gelezen.error().code, ErrorCode::kStorage);
  EXPECT_EQ(gelezen.error().detail, "schijf weg");
  auto nogmaals = lezer.volgende(rij);
  ASSERT_FALSE(nogmaals.ok());
  EXPECT_EQ(nogmaals.error().detail, "schijf weg");
}

TEST(CsvLezerTest, NaEenFoutGeeftElkeVolgendeAanroepDezelfdeFout) {
  auto lezer = CsvLezer::van_tekst("a;b\n1;2;3\n4;5\n");
  CsvRow rij;
  for (int i = 0; i < 2; ++i) {
    auto gelezen = lezer.volgende(rij);
    ASSERT_FALSE(gelezen.ok());
    EXPECT_EQ(gelezen.error().key, kCsvFoutAantalVelden);
    EXPECT_EQ(gelezen.error().fields[0].field, "regel 2");
  }
  auto leeg = CsvLezer::van_tekst("\n\n");
  EXPECT_EQ(leeg.lees_kop().error().key, kCsvFoutLeeg);
  EXPECT_EQ(leeg.volgende(rij).error().key, kCsvFoutLeeg);
}

// The first block (256 KiB) decides; a later record that is not UTF-8 is read as Windows-1252.
TEST(CsvLezerTest, EncodingWordtOpHetEersteBlokBeslistEnEenLaterRecordValtTerug) {
  std::string utf8 = "nr;functie\n1;Co\xC3\xB6rdinator\n";
  while (utf8.size() <= kCsvBlockBytes) utf8 += "1;" + std::string(500, 'o') + "\n";
  const std::string tekst = utf8 + "2;Co\xF6rdinator \x80\n3;Co\xC3\xB6rdinator\n";
  auto tabel = parse_csv(tekst);
  ASSERT_TRUE(tabel.ok()) << tabel.error().detail;
  EXPECT_EQ(tabel->encoding, CsvEncoding::kUtf8);
  const auto& rows = tabel->rows;
  EXPECT_EQ(rows[0].fields, (Cells{"1", "Coördinator"}));
  EXPECT_EQ(rows[rows.size() - 2].fields, (Cells{"2", "Coördinator €"}));
  EXPECT_EQ(rows.back().fields, (Cells{"3", "Coördinator"}));
  CsvLezer lezer(in_stukken(tekst, 4096, 7));
  expect_zelfde(tabel, lees_alles(lezer));

  // Decided as Windows-1252, every record is: valid UTF-8 later on is read as Windows-1252 too.
  std::string cp1252 = "nr;functie\n1;Co\xF6rdinator\n";
  while (cp1252.size() <= kCsvBlockBytes) cp1252 += "2;" + std::string(500, 'o') + "\n";
  auto oud = parse_csv(cp1252 + "3;Co\xC3\xB6rdinator\n");
  ASSERT_TRUE(oud.ok());
  EXPECT_EQ(oud->encoding, CsvEncoding::kWindows1252);
  EXPECT_EQ(oud->rows.back().fields, (Cells{"3", "CoÃ¶rdinator"}));
}

TEST(CsvLezerTest, EenTekenOpDeGrensVanHetEersteBlokTeltNietTegenUtf8) {
  CsvOptions options;
  options.block_bytes = 16;
  // Byte 16 splits the second é; the block is cut back to its last line end.
  auto afgeknipt = parse_csv("ab;cd\nxy;\xC3\xA9\xC3\xA9\xC3\xA9xxx\nz;w\n", options);
  ASSERT_TRUE(afgeknipt.ok());
  EXPECT_EQ(afgeknipt->encoding, CsvEncoding::kUtf8);
  EXPECT_EQ(afgeknipt->rows[0].fields, (Cells{"xy",
                                              "ééé"
                                              "xxx"}));
  // Without a line end in the block, only the cut-off character is left out.
  auto lang = parse_csv("abcdefghijklmn\xC3\xA9z\n", options);
  ASSERT_TRUE(lang.ok());
  EXPECT_EQ(lang->encoding, CsvEncoding::kUtf8);
  EXPECT_EQ(lang->header, (Cells{"abcdefghijklmné"
                                 "z"}));
}

TEST(CsvLezerTest, BomMetOngeldigeUtf8NoemtDeFysiekeRegelOokBinnenEenVeld) {
  std::string tekst = "\xEF\xBB\xBFnaam;opmerking\r\n";
  for (int i = 0; i < 50; ++i) tekst += "Jan;goed\r\n";
  tekst += "Piet;\"eerste regel\r\ntweede \xF6 regel\"\r\n";  // the record starts on line 52
  CsvOptions options;
  options.block_bytes = 32;
  for (std::size_t stuk : {std::size_t{1}, std::size_t{10}}) {
    CsvLezer lezer(in_stukken(tekst, stuk), options);
    auto tabel = lees_alles(lezer);
    ASSERT_FALSE(tabel.ok());
    EXPECT_EQ(tabel.error().key, kCsvFoutOngeldigeTekens);
    EXPECT_EQ(tabel.error().fields[0].field, "regel 53");
  }
  expect_error(tekst, kCsvFoutOngeldigeTekens, 53);
}

}  // namespace
}  // namespace regie
