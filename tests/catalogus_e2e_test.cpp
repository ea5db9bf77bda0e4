// UP-3 over HTTP: the producten- en dienstencatalogus page of the demo's 2027 catalogue with its
// amounts in Dutch, the inwonertal key over the nine gemeenten, the taakveld filter, and the CSV
// download that the import reads back. A real server with the demo in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/xlsx.hpp"
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
  EXPECT_TRUE(bevat(
      html, "<caption class=\"utrecht-table__caption\">Inwonertal (uit het register)</caption>"));
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

  // The same as an Excel workbook with real numbers; the import reads it back alike.
  auto xlsx = og.get("/regio/catalogus/2027/xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(bevat(xlsx.header("Content-Disposition"), "productcatalogus-2027.xlsx"));
  auto blad = lees_xlsx(xlsx.body);
  ASSERT_TRUE(blad.ok());
  EXPECT_EQ(blad->front().naam, "Catalogus 2027");
  EXPECT_EQ(blad->front().rijen.at(0).at(6), "uurtarief");
  auto werkboek = programma::lees_producten_xlsx(xlsx.body);
  ASSERT_TRUE(werkboek.ok()) << werkboek.error().fields.front().field;
  ASSERT_EQ(werkboek->size(), terug->size());
  for (std::size_t i = 0; i < werkboek->size(); ++i) {
    const auto& a = (*werkboek)[i].product;
    const auto& b = (*terug)[i].product;
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.normuren, b.normuren) << a.code;
    EXPECT_EQ(a.uurtarief_cents, b.uurtarief_cents) << a.code;
    EXPECT_EQ(a.verdeelsleutel, b.verdeelsleutel) << a.code;
  }
}

// UP-3: the keepers of the catalogue add, change and remove products and start a year as a copy,
// all without JavaScript; a wrong field is named and the input kept, a stale form is a conflict,
// the catalogue of a vastgesteld year (UP-4) offers no forms and refuses them; an opdrachtgever
// gets none.
TEST_F(CatalogusE2eTest, UP3_ProductenEnJarenViaDeFormulieren) {
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  EXPECT_FALSE(bevat(og.get("/regio/catalogus").body, "Product toevoegen"));
  EXPECT_EQ(og.get("/regio/catalogus/producten/nieuw").status, 403);
  EXPECT_EQ(og.get("/regio/catalogus/jaren/nieuw").status, 403);

  Browser rg(server_->port());
  ASSERT_TRUE(rg.login_demo("ingrid.mulder"));
  auto ctx = server_->context("ingrid.mulder");
  ASSERT_TRUE(ctx.ok());
  auto& service = *server_->app()->services.catalogus;
  auto id_van = [&](std::int32_t jaar, const std::string& code) -> Id {
    auto c = service.catalogus(*ctx, jaar);
    EXPECT_TRUE(c.ok());
    if (!c.ok()) return 0;
    for (const auto& p : c->producten) {
      if (p.code == code) return p.id;
    }
    return 0;
  };

  // 2027's programme is vastgesteld: its catalogue stays as it is.
  auto vast = html_unescape(rg.get("/regio/catalogus?jaar=2027").body);
  EXPECT_TRUE(bevat(vast, "is vastgesteld: de catalogus van dit jaar blijft zoals hij is"));
  EXPECT_FALSE(bevat(vast, "Product toevoegen"));
  const Id th01 = id_van(2027, "TH-01");
  ASSERT_NE(th01, 0);
  EXPECT_EQ(rg.get("/regio/catalogus/producten/" + std::to_string(th01)).status, 409);

  // 2028 starts as a copy of 2027; a second copy to the same year is refused by field.
  auto kopie_form = html_unescape(rg.get("/regio/catalogus/jaren/nieuw").body);
  EXPECT_TRUE(bevat(kopie_form, "2027 (10 producten)")) << kopie_form;
  auto kopie = rg.post("/regio/catalogus/jaren", {{"vanJaar", "2027"}, {"jaar", "2028"}});
  ASSERT_EQ(kopie.status, 303);
  EXPECT_TRUE(bevat(kopie.header("Location"), "jaar=2028&melding=catalogusjaar_gekopieerd"));
  auto nogmaals = rg.post("/regio/catalogus/jaren", {{"vanJaar", "2027"}, {"jaar", "2028"}});
  EXPECT_EQ(nogmaals.status, 400);
  EXPECT_TRUE(bevat(html_unescape(nogmaals.body), "in dit jaar staan al producten"));
  auto open = html_unescape(rg.get("/regio/catalogus?jaar=2028").body);
  EXPECT_TRUE(bevat(open, "href=\"/regio/catalogus/producten/nieuw?jaar=2028\""));
  const Id th01_2028 = id_van(2028, "TH-01");
  EXPECT_TRUE(bevat(open, "href=\"/regio/catalogus/producten/" + std::to_string(th01_2028) + "\""));

  // A new product: the errors named by field, the input kept; then saved and priced.
  Form nieuw = {{"jaar", "2028"},         {"productcode", "TH 09"}, {"naam", "Controle vuurwerk"},
                {"taakveld", "toezicht"}, {"taak", "plustaak"},     {"afrekenwijze", "kental"},
                {"normuren", ""},         {"uurtarief", "98,50"}};
  auto fout = rg.post("/regio/catalogus/producten", nieuw);
  ASSERT_EQ(fout.status, 400);
  const auto fout_html = html_unescape(fout.body);
  EXPECT_TRUE(bevat(fout_html, "Code: gebruik alleen letters")) << fout_html;
  EXPECT_TRUE(bevat(fout_html, "Normuren per stuk: dit veld is verplicht"));
  EXPECT_TRUE(bevat(fout_html, "value=\"Controle vuurwerk\""));
  nieuw[1].second = "TH-09";
  nieuw[6].second = "2,5";
  auto toe = rg.post("/regio/catalogus/producten", nieuw);
  ASSERT_EQ(toe.status, 303);
  EXPECT_TRUE(bevat(toe.header("Location"), "melding=product_toegevoegd"));
  // 2,5 hours × € 98,50 = € 246,25 per piece.
  EXPECT_TRUE(bevat(html_unescape(rg.get("/regio/catalogus?jaar=2028").body), "€ 246,25"));

  // Changed: the form holds the Dutch values; a stale form keeps the input and says so.
  const Id th09 = id_van(2028, "TH-09");
  ASSERT_NE(th09, 0);
  const std::string pad = "/regio/catalogus/producten/" + std::to_string(th09);
  auto form = html_unescape(rg.get(pad).body);
  EXPECT_TRUE(bevat(form, "value=\"2,5\"")) << form;
  EXPECT_TRUE(bevat(form, "href=\"" + pad + "/verwijderen\""));
  EXPECT_TRUE(bevat(form, "value=\"98,50\""));
  auto versie = service.product(*ctx, th09);
  ASSERT_TRUE(versie.ok());
  Form wijzig = {{"versie", std::to_string(versie->versie)},
                 {"productcode", "TH-09"},
                 {"naam", "Controle vuurwerkopslag"},
                 {"taakveld", "toezicht"},
                 {"taak", "plustaak"},
                 {"afrekenwijze", "kental"},
                 {"normuren", "3"},
                 {"uurtarief", "100"}};
  auto goed = rg.post(pad, wijzig);
  ASSERT_EQ(goed.status, 303);
  EXPECT_TRUE(bevat(goed.header("Location"), "jaar=2028&melding=product_gewijzigd"));
  EXPECT_TRUE(bevat(html_unescape(rg.get("/regio/catalogus?jaar=2028").body), "€ 300,00"));
  auto verouderd = rg.post(pad, wijzig);
  EXPECT_EQ(verouderd.status, 409);
  EXPECT_TRUE(bevat(html_unescape(verouderd.body), "Iemand anders heeft dit intussen gewijzigd"));
  EXPECT_TRUE(bevat(html_unescape(verouderd.body), "value=\"Controle vuurwerkopslag\""));

  // Removed after the confirmation.
  auto bevestig = html_unescape(rg.get(pad + "/verwijderen").body);
  EXPECT_TRUE(bevat(bevestig, "TH-09 (Controle vuurwerkopslag)")) << bevestig;
  versie = service.product(*ctx, th09);
  ASSERT_TRUE(versie.ok());
  auto weg = rg.post(pad + "/verwijderen", {{"versie", std::to_string(versie->versie)}});
  ASSERT_EQ(weg.status, 303);
  EXPECT_TRUE(bevat(weg.header("Location"), "melding=product_verwijderd"));
  EXPECT_EQ(rg.get(pad).status, 404);
}

// The body a browser sends for the import form (multipart/form-data), with `csv` as the file.
HttpRequest import_verzoek(const Browser& b, const std::string& jaar, const std::string& csv,
                           bool proef) {
  std::vector<std::pair<std::string, std::string>> velden = {{"jaar", jaar}};
  if (proef) velden.emplace_back("proef", "ja");
  return formulier_met_bestand(b.csrf(), "/regio/catalogus/import", velden, "bestand", csv,
                               "catalogus.csv");
}

// UP-3: the catalogue CSV uploaded in the browser's own format: a file with a bad line is read
// as nothing and every fault is named by line and column; a check changes nothing; the real import
// adds and updates by code and says how many.
TEST_F(CatalogusE2eTest, UP3_CsvImportViaHetFormulierIsAllesOfNiets) {
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  EXPECT_EQ(og.get("/regio/catalogus/import").status, 403);

  Browser am(server_->port());
  ASSERT_TRUE(am.login_demo("accountmanager"));
  EXPECT_TRUE(bevat(am.get("/regio/catalogus").body, "href=\"/regio/catalogus/import\""));
  auto form = am.get("/regio/catalogus/import");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(bevat(form.body, "enctype=\"multipart/form-data\""));
  EXPECT_TRUE(bevat(form.body, "type=\"file\""));
  // 2027's programme is vastgesteld: the form proposes the year after it.
  EXPECT_TRUE(bevat(form.body, "value=\"2028\""));

  auto ctx = server_->context("accountmanager");
  ASSERT_TRUE(ctx.ok());
  auto& service = *server_->app()->services.catalogus;
  auto producten_2029 = [&]() {
    auto c = service.catalogus(*ctx, 2029);
    return c.ok() ? c->producten.size() : 999U;
  };
  const std::string kop = "code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\r\n";
  // Line 3 has an impossible amount, line 4 a code with a space: nothing is read.
  const std::string slecht = "\xEF\xBB\xBF" + kop +
                             "TH-01;Periodieke controle;toezicht;basistaak;kental;8,5;98,50\r\n"
                             "TH-02;Inspectie;toezicht;basistaak;kental;60;9x,50\r\n"
                             "TH 03;Advies;advies;basistaak;kental;6;98,50\r\n";
  auto fout = am.send(import_verzoek(am, "2029", slecht, false));
  ASSERT_EQ(fout.status, 400);
  const auto fout_html = html_unescape(fout.body);
  EXPECT_TRUE(bevat(fout_html, "Het bestand is niet ingelezen; er is niets opgeslagen"));
  EXPECT_TRUE(bevat(fout_html, "Regel 3, kolom uurtarief")) << fout_html;
  EXPECT_TRUE(bevat(fout_html, "Regel 4, kolom code"));
  EXPECT_EQ(producten_2029(), 0U);

  // A check of a good file saves nothing; the import itself adds both.
  const std::string goed = "\xEF\xBB\xBF" + kop +
                           "TH-01;Periodieke controle;toezicht;basistaak;kental;8,5;98,50\r\n"
                           "AD-01;Advies bodem;advies;plustaak;kental;6;98,50\r\n";
  auto proef = am.send(import_verzoek(am, "2029", goed, true));
  ASSERT_EQ(proef.status, 200);
  EXPECT_TRUE(bevat(html_unescape(proef.body), "het bestand is in orde; er is niets opgeslagen"));
  EXPECT_TRUE(bevat(proef.body, "2 nieuwe producten"));
  EXPECT_EQ(producten_2029(), 0U);
  auto echt = am.send(import_verzoek(am, "2029", goed, false));
  ASSERT_EQ(echt.status, 200);
  EXPECT_TRUE(bevat(echt.body, "De catalogus van 2029 is ingelezen"));
  EXPECT_EQ(producten_2029(), 2U);
  // The same file again changes nothing.
  auto nogmaals = am.send(import_verzoek(am, "2029", goed, false));
  EXPECT_TRUE(bevat(nogmaals.body, "0 nieuwe producten, 0 gewijzigd, 2 ongewijzigd"));
  // An Excel workbook goes the same way: numbers as Excel stores them.
  XlsxBlad blad{"Producten", {}, {}};
  auto t = [](const char* s) { return XlsxCel::van_tekst(s); };
  blad.rijen = {{t("code"), t("naam"), t("taakveld"), t("taak"), t("afrekenwijze"), t("normuren"),
                 t("uurtarief")},
                {t("VV-01"), t("Omgevingsvergunning"), t("vergunningverlening"), t("basistaak"),
                 t("kental"), XlsxCel::van_getal(40), XlsxCel::van_getal(109.8)}};
  auto werkboek = schrijf_xlsx({blad});
  ASSERT_TRUE(werkboek.ok());
  auto excel = am.send(import_verzoek(am, "2029", *werkboek, false));
  ASSERT_EQ(excel.status, 200) << html_unescape(excel.body);
  EXPECT_TRUE(bevat(excel.body, "1 nieuw product, 0 gewijzigd, 0 ongewijzigd"));
  EXPECT_TRUE(bevat(html_unescape(am.get("/regio/catalogus?jaar=2029").body), "€ 4.392,00"));
  // A form without its CSRF token is refused before anything is read.
  auto zonder = import_verzoek(am, "2029", goed, false);
  const std::string csrf = am.csrf();
  zonder.body.replace(zonder.body.find(csrf), csrf.size(), "onjuist");
  EXPECT_EQ(am.send(zonder).status, 403);
}

// UP-3 (decision 44): the regisseur adds a fixed percentage key in the web form (a table that
// does not add up to 100 is refused with the input kept), sees it on the catalogue page. Over the
// API the same key is read, changed with If-Match (a share named by its row) and, once unused,
// deleted; an opdrachtgever reads it but gets no form.
TEST_F(CatalogusE2eTest, UP3_EigenVerdeelsleutelViaFormulierEnApi) {
  Browser rg(server_->port());
  ASSERT_TRUE(rg.login_demo("ingrid.mulder"));
  ASSERT_EQ(rg.post("/regio/catalogus/jaren", {{"vanJaar", "2027"}, {"jaar", "2028"}}).status, 303);
  auto catalogus = html_unescape(rg.get("/regio/catalogus?jaar=2028").body);
  EXPECT_TRUE(bevat(catalogus, "href=\"/regio/catalogus/sleutels/nieuw?jaar=2028\"")) << catalogus;
  auto form = html_unescape(rg.get("/regio/catalogus/sleutels/nieuw?jaar=2028").body);
  EXPECT_TRUE(bevat(form, "Aandeel per deelnemer"));
  EXPECT_TRUE(bevat(form, "Gemeente Beekdal"));
  const Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  const Id dijkstede = server_->organisatie_id("Gemeente Dijkstede");
  ASSERT_NE(beekdal, 0);
  Form velden = {{"jaar", "2028"},
                 {"sleutelcode", "vast-aandeel"},
                 {"naam", "Vast aandeel"},
                 {"soort", "percentage"},
                 {"eenheid", ""},
                 {"aandeel-" + std::to_string(beekdal), "62,5"},
                 {"aandeel-" + std::to_string(dijkstede), "37,4"}};
  auto fout = rg.post("/regio/catalogus/sleutels", velden);
  ASSERT_EQ(fout.status, 400);
  const auto fout_html = html_unescape(fout.body);
  EXPECT_TRUE(bevat(fout_html, "de percentages moeten samen precies 100 zijn")) << fout_html;
  EXPECT_TRUE(bevat(fout_html, "value=\"37,4\""));  // the input is kept
  for (auto& [naam, waarde] : velden) {
    if (naam == "aandeel-" + std::to_string(dijkstede)) waarde = "37,5";
  }
  auto goed = rg.post("/regio/catalogus/sleutels", velden);
  ASSERT_EQ(goed.status, 303) << html_unescape(goed.body);
  EXPECT_TRUE(bevat(goed.header("Location"), "jaar=2028&melding=sleutel_toegevoegd"));
  auto met = html_unescape(rg.get("/regio/catalogus?jaar=2028").body);
  EXPECT_TRUE(bevat(met, "Vast aandeel (sleutel vast-aandeel, vast percentage per deelnemer)"))
      << met;
  EXPECT_TRUE(bevat(met, "62,50 %"));

  // Over the API: read, changed with If-Match, a bad share named by its row.
  auto lijst = server_->api("GET", "/api/v1/verdeelsleutels?jaar=2028", "opdrachtgever");
  ASSERT_EQ(lijst.status, 200);
  auto lijst_json = nlohmann::json::parse(lijst.body);
  Id id = 0;
  std::int64_t versie = 0;
  for (const auto& k : lijst_json["_embedded"]["verdeelsleutels"]) {
    if (k["sleutelcode"] == "vast-aandeel") {
      id = k["id"].get<Id>();
      versie = k["versie"].get<std::int64_t>();
      EXPECT_EQ(k["soort"], "percentage");
    }
  }
  ASSERT_NE(id, 0);
  const std::string pad = "/api/v1/verdeelsleutels/" + std::to_string(id);
  EXPECT_EQ(server_->api("GET", pad, "opdrachtgever").status, 200);
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  EXPECT_EQ(og.get("/regio/catalogus/sleutels/" + std::to_string(id)).status, 403);
  const std::string body = R"({"naam": "Vast aandeel 2028", "soort": "percentage",
    "aandelen": [{"organisatieId": )" +
                           std::to_string(beekdal) + R"(, "waarde": 50}, {"organisatieId": )" +
                           std::to_string(dijkstede) + R"(, "waarde": 50.001}]})";
  auto slecht = server_->api("PUT", pad, "ingrid.mulder", body,
                             {{"If-Match", "\"" + std::to_string(versie) + "\""}});
  ASSERT_EQ(slecht.status, 400);
  EXPECT_TRUE(bevat(slecht.body, "aandelen[2].waarde")) << slecht.body;
  std::string goed_body = body;
  goed_body.replace(goed_body.find("50.001"), 6, "50");
  auto gewijzigd = server_->api("PUT", pad, "ingrid.mulder", goed_body,
                                {{"If-Match", "\"" + std::to_string(versie) + "\""}});
  ASSERT_EQ(gewijzigd.status, 200) << gewijzigd.body;
  EXPECT_EQ(nlohmann::json::parse(gewijzigd.body)["naam"], "Vast aandeel 2028");

  // A regionaal product split by it; the key stays while the product names it.
  auto ctx = server_->context("ingrid.mulder");
  ASSERT_TRUE(ctx.ok());
  auto& service = *server_->app()->services.catalogus;
  Fields product = {{"jaar", "2028"},
                    {"productcode", "RG-VAST"},
                    {"naam", "Gedeelde dienst"},
                    {"taakveld", "advies"},
                    {"taak", "basistaak"},
                    {"afrekenwijze", "regionaal"},
                    {"uurtarief", "100,00"},
                    {"verdeelsleutel", "vast-aandeel"}};
  auto p = service.create_product(*ctx, product);
  ASSERT_TRUE(p.ok()) << p.error().key;
  auto huidig = nlohmann::json::parse(server_->api("GET", pad, "ingrid.mulder").body);
  const std::string if_match = "\"" + std::to_string(huidig["versie"].get<std::int64_t>()) + "\"";
  auto in_gebruik = server_->api("DELETE", pad, "ingrid.mulder", "", {{"If-Match", if_match}});
  EXPECT_EQ(in_gebruik.status, 409);
  EXPECT_TRUE(bevat(in_gebruik.body, "een product van dit jaar wordt met deze sleutel verdeeld"))
      << in_gebruik.body;
  ASSERT_TRUE(service.delete_product(*ctx, p->id, p->versie).ok());
  EXPECT_EQ(server_->api("DELETE", pad, "ingrid.mulder", "", {{"If-Match", if_match}}).status, 204);
  EXPECT_EQ(server_->api("GET", pad, "ingrid.mulder").status, 404);
}

}  // namespace
}  // namespace regie::e2e
