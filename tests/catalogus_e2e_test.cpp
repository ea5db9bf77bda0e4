// UP-3 over HTTP: the producten- en dienstencatalogus page of the demo's 2027 catalogue with its
// amounts in Dutch, the inwonertal key over the nine gemeenten, the taakveld filter, and the CSV
// download that the import reads back. A real server with the demo in a real SQLite file.
#include <gtest/gtest.h>

#include <string>

#include "domain/programma/catalogus_csv.hpp"
#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using testhulp::bevat;

class CatalogusE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }
  std::unique_ptr<TestServer> server_;
};

// UP-3: everyone of the regio reads the catalogue; a kental product shows normuren, uurtarief and
// price per unit in Dutch; the regionaal products name their key; the key lists the nine
// gemeenten, not the provincie, with shares that add up.
TEST_F(CatalogusE2eTest, UP3_CatalogusPaginaMetBedragenEnVerdeelsleutel) {
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto regio = og.get("/regio");
  EXPECT_TRUE(bevat(regio.body, "href=\"/regio/catalogus\"")) << regio.body;
  auto pagina = og.get("/regio/catalogus");
  ASSERT_EQ(pagina.status, 200);
  const auto html = html_unescape(pagina.body);
  EXPECT_TRUE(bevat(html, "Productcatalogus 2027"));
  // TH-03: 60 hours × € 98,50 = € 5.910,00 per inspection.
  EXPECT_TRUE(bevat(html, "Inspectie BRZO-bedrijf")) << html;
  EXPECT_TRUE(bevat(html, "€ 5.910,00"));
  // TH-01: 8,5 hours × € 98,50 = € 837,25.
  EXPECT_TRUE(bevat(html, ">8,5<"));
  EXPECT_TRUE(bevat(html, "€ 837,25"));
  EXPECT_TRUE(bevat(html, "Klachtenlijn en piketdienst milieu"));
  EXPECT_TRUE(bevat(html, "Verdeelsleutels 2027"));
  EXPECT_TRUE(bevat(html, "<caption class=\"utrecht-table__caption\">Inwonertal</caption>"));
  EXPECT_TRUE(bevat(html, "4,10 %"));  // Lindenwaard, two decimals
  EXPECT_TRUE(bevat(html, "Gemeente Dijkstede"));
  EXPECT_TRUE(bevat(html, "112.430"));
  EXPECT_FALSE(bevat(html, "Provincie Voorbeeldland"));  // its share is agreed apart
  EXPECT_EQ(html.find("(UP-"), std::string::npos);

  // The taakveld filter keeps only that taakveld.
  auto toezicht = html_unescape(og.get("/regio/catalogus?taakveld=handhaving").body);
  EXPECT_TRUE(bevat(toezicht, "Handhavingstraject met last onder dwangsom"));
  EXPECT_FALSE(bevat(toezicht, "Inspectie BRZO-bedrijf"));

  // The CSV for Excel: BOM, ';', decimal comma; the import reads it back as the same products.
  auto csv = og.get("/regio/catalogus/2027/csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(bevat(csv.header("Content-Type"), "text/csv"));
  EXPECT_TRUE(bevat(csv.header("Content-Disposition"), "productcatalogus-2027.csv"));
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0U);
  EXPECT_TRUE(bevat(csv.body,
                    "TH-01;Periodieke controle milieubedrijf;toezicht;basistaak;"
                    "kental;8,5;98,50;\r\n"));
  auto terug = programma::lees_producten_csv(csv.body);
  ASSERT_TRUE(terug.ok());
  EXPECT_EQ(terug->size(), 10U);
  EXPECT_EQ(og.get("/regio/catalogus/1999/csv").status, 404);
}

}  // namespace
}  // namespace regie::e2e
