// UP-1, UP-2, UP-4 over HTTP: the demo's vastgesteld programme 2027 and its begroting per
// deelnemer, the same to the cent on the page, in the XLSX (read back with the project's reader)
// and in the CSV; a vastgesteld programme refuses edits in the web UI; a bijstelling made,
// edited and vastgesteld through the forms. A real server with the demo in a real SQLite file.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <regex>
#include <string>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/xlsx.hpp"
#include "http_test_support.hpp"
#include "service/programma_service.hpp"
#include "support/testhulp.hpp"
#include "web/app.hpp"

namespace regie::e2e {
namespace {

using testhulp::bevat;

std::int64_t centen(const std::string& bedrag) {
  auto c = parse_bedrag_cents(bedrag);
  EXPECT_TRUE(c.ok()) << bedrag;
  return c.ok() ? *c : -1;
}

std::int64_t centen_uit_xlsx(const std::string& waarde) {
  return std::llround(std::stod(waarde) * 100.0);
}

class ProgrammaE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
    auto ctx = server_->context("ingrid.mulder");
    ASSERT_TRUE(ctx.ok());
    auto p = server_->app()->services.programmas->programma_van_jaar(*ctx, 2027);
    ASSERT_TRUE(p.ok()) << p.error().key;
    programma_ = *p;
  }
  std::string pad() const { return "/regio/programma/" + std::to_string(programma_.id); }

  std::unique_ptr<TestServer> server_;
  programma::Uitvoeringsprogramma programma_;
};

// UP-2: the begroting page's total per deelnemer and of the programme are the XLSX's to the
// cent (read back with the project's XLSX reader) and the CSV's; the deelnemers add up to the
// programme; a regionaal line names its key and weight.
TEST_F(ProgrammaE2eTest, UP2_BegrotingOpDePaginaInXlsxEnCsvGelijkTotOpDeCent) {
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto lijst = html_unescape(og.get("/regio/programma").body);
  EXPECT_TRUE(bevat(lijst, "Uitvoeringsprogramma VTH 2027")) << lijst;
  EXPECT_TRUE(bevat(lijst, "Vastgesteld door het algemeen bestuur op 20-11-2026"));
  auto detail = html_unescape(og.get(pad()).body);
  EXPECT_TRUE(bevat(detail, "Een gezonde en veilige leefomgeving"));
  EXPECT_TRUE(bevat(detail, "78 %"));  // nulwaarde of the first indicator
  EXPECT_FALSE(bevat(detail, "Regel toevoegen"));

  auto pagina = og.get(pad() + "/begroting");
  ASSERT_EQ(pagina.status, 200);
  const auto html = html_unescape(pagina.body);
  // The overview: one row per deelnemer, then the programme's totals.
  std::map<std::string, std::int64_t> per_deelnemer;
  const std::regex rij(
      "href=\"#deelnemer-[0-9]+\">([^<]+)</a></th><td[^>]*>([^<]+)</td><td[^>]*>([^<]+)</td>"
      "<td[^>]*>([^<]+)</td>");
  std::int64_t som = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), rij); it != std::sregex_iterator();
       ++it) {
    const auto totaal = centen((*it)[4]);
    EXPECT_EQ(centen((*it)[2]) + centen((*it)[3]), totaal) << (*it)[1];
    per_deelnemer[(*it)[1]] = totaal;
    som += totaal;
  }
  ASSERT_EQ(per_deelnemer.size(), 10U);  // nine gemeenten and the provincie
  std::smatch m;
  ASSERT_TRUE(std::regex_search(html, m, std::regex("id=\"totaal-programma\">([^<]+)<")));
  const std::int64_t totaal = centen(m[1]);
  EXPECT_EQ(som, totaal);
  ASSERT_TRUE(std::regex_search(html, m, std::regex("id=\"totaal-specifiek\">([^<]+)<")));
  EXPECT_GT(centen(m[1]), 0);  // Beekdal's evenementen and two plustaken
  EXPECT_TRUE(bevat(html, "(inwonertal) van"));
  EXPECT_TRUE(bevat(html, "45.210 van 471.915"));  // Beekdal's share of a regionaal product
  EXPECT_TRUE(bevat(html, "240 uur, afgesproken bedrag"));

  // One deelnemer's begroting: the overview stays whole, only Beekdal's section is shown.
  const std::string beekdal = std::to_string(server_->organisatie_id("Gemeente Beekdal"));
  const std::string dijkstede = std::to_string(server_->organisatie_id("Gemeente Dijkstede"));
  auto een = html_unescape(og.get(pad() + "/begroting?deelnemer=" + beekdal).body);
  EXPECT_TRUE(bevat(een, "<h2 class=\"utrecht-heading-2\" id=\"deelnemer-" + beekdal + "\">"));
  EXPECT_FALSE(bevat(een, "<h2 class=\"utrecht-heading-2\" id=\"deelnemer-" + dijkstede + "\">"));
  EXPECT_TRUE(bevat(een, "href=\"#deelnemer-" + dijkstede + "\">Gemeente Dijkstede</a>"));

  // The XLSX: the overview's totals, read back, are the page's.
  auto xlsx = og.get(pad() + "/begroting/xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(bevat(xlsx.header("Content-Disposition"), "begroting-2027-versie-1.xlsx"));
  auto bladen = lees_xlsx(xlsx.body);
  ASSERT_TRUE(bladen.ok()) << bladen.error().key;
  ASSERT_EQ(bladen->size(), 3U);
  const auto& overzicht = bladen->at(0);
  EXPECT_EQ(overzicht.naam, "Overzicht");
  std::size_t gevonden = 0;
  bool totaal_gezien = false;
  for (const auto& r : overzicht.rijen) {
    if (r.size() < 4) continue;
    if (r[0] == "Totaal programma") {
      EXPECT_EQ(centen_uit_xlsx(r[3]), totaal);
      totaal_gezien = true;
    } else if (auto it = per_deelnemer.find(r[0]); it != per_deelnemer.end()) {
      EXPECT_EQ(centen_uit_xlsx(r[3]), it->second) << r[0];
      ++gevonden;
    }
  }
  EXPECT_TRUE(totaal_gezien);
  EXPECT_EQ(gevonden, per_deelnemer.size());
  // The posten sheet adds up to the same total.
  const auto& posten = bladen->at(2);
  EXPECT_EQ(posten.naam, "Posten");
  std::int64_t posten_som = 0;
  for (std::size_t i = 1; i < posten.rijen.size(); ++i) {
    posten_som += centen_uit_xlsx(posten.rijen[i].at(15));
  }
  EXPECT_EQ(posten_som, totaal);

  // The CSV for Excel: the column Bedrag adds up to the total too.
  auto csv = og.get(pad() + "/begroting/csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0U);
  auto tabel = parse_csv(csv.body);
  ASSERT_TRUE(tabel.ok());
  auto kolom = tabel->column("Bedrag");
  ASSERT_TRUE(kolom.has_value());
  std::int64_t csv_som = 0;
  for (const auto& r : tabel->rows) csv_som += centen(r.fields.at(*kolom));
  EXPECT_EQ(csv_som, totaal);
}

// UP-4: a vastgesteld programme refuses every edit in the web UI; a bijstelling is made with a
// reason, a line changed through the form (a wrong one first), the difference shown against
// version 1, and the new version vastgesteld, after which version 1 reads as vervangen.
TEST_F(ProgrammaE2eTest, UP4_BijstellingViaDeFormulierenEnVastgesteldIsAlleenLezen) {
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  EXPECT_EQ(og.get(pad() + "/bijstellen").status, 403);
  Browser rg(server_->port());
  ASSERT_TRUE(rg.login_demo("ingrid.mulder"));
  EXPECT_EQ(rg.get(pad() + "/regels/nieuw").status, 409);
  auto geweigerd = rg.post(pad() + "/regels", {{"versie", std::to_string(programma_.versie)},
                                               {"productcode", "VV-01"},
                                               {"deelnemer", "0"}});
  EXPECT_EQ(geweigerd.status, 409);
  EXPECT_TRUE(bevat(html_unescape(geweigerd.body), "kan niet meer worden gewijzigd"));

  auto zonder_reden = rg.post(pad() + "/bijstellen",
                              {{"versie", std::to_string(programma_.versie)}, {"reden", ""}});
  EXPECT_EQ(zonder_reden.status, 400);
  auto bij = rg.post(pad() + "/bijstellen", {{"versie", std::to_string(programma_.versie)},
                                             {"reden", "Meer asbesttoezicht in Beekdal"}});
  ASSERT_EQ(bij.status, 303);
  const std::string nieuw = bij.header("Location").substr(0, bij.header("Location").find('?'));
  auto ctx = server_->context("ingrid.mulder");
  ASSERT_TRUE(ctx.ok());
  const Id nieuw_id = std::stoll(nieuw.substr(nieuw.rfind('/') + 1));
  auto twee = server_->app()->services.programmas->programma(*ctx, nieuw_id);
  ASSERT_TRUE(twee.ok());
  EXPECT_EQ(twee->programma.versienummer, 2);
  // Line 4 is Beekdal's TH-02 (35 asbestos inspections): a kental line without aantal is
  // refused with the field named, then saved with 50.
  const std::string beekdal = std::to_string(server_->organisatie_id("Gemeente Beekdal"));
  auto form = rg.get(nieuw + "/regels/4");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(bevat(form.body, "value=\"35\""));
  const std::string versie = std::to_string(twee->programma.versie);
  auto fout = rg.post(nieuw + "/regels/4", {{"versie", versie},
                                            {"productcode", "TH-02"},
                                            {"deelnemer", beekdal},
                                            {"aantal", ""},
                                            {"doel", "1"}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_TRUE(bevat(html_unescape(fout.body), "Aantal: dit veld is verplicht"));
  auto goed = rg.post(nieuw + "/regels/4", {{"versie", versie},
                                            {"productcode", "TH-02"},
                                            {"deelnemer", beekdal},
                                            {"aantal", "50"},
                                            {"doel", "1"}});
  ASSERT_EQ(goed.status, 303);
  auto pagina = html_unescape(rg.get(nieuw).body);
  EXPECT_TRUE(bevat(pagina, "Verschillen met versie 1"));
  EXPECT_TRUE(bevat(pagina, "35 stuks"));
  EXPECT_TRUE(bevat(pagina, "50 stuks"));
  twee = server_->app()->services.programmas->programma(*ctx, nieuw_id);
  ASSERT_TRUE(twee.ok());
  auto vast = rg.post(nieuw + "/vaststellen", {{"versie", std::to_string(twee->programma.versie)},
                                               {"vastgesteldDoor", "algemeen_bestuur"},
                                               {"vastgesteldOp", "01-12-2026"}});
  ASSERT_EQ(vast.status, 303);
  EXPECT_TRUE(bevat(html_unescape(rg.get(nieuw).body), "Vastgesteld door het algemeen bestuur"));
  EXPECT_TRUE(bevat(html_unescape(rg.get(pad()).body), "Vervangen door een bijstelling"));
}

// UP-1: a doel of a concept is changed and removed through the web forms: the form holds its
// indicators, an empty titel is named, a stale form is 409 with the input kept, a doel a
// regel points at is not removed (the confirmation says which regels), another one is.
TEST_F(ProgrammaE2eTest, UP1_DoelWijzigenEnVerwijderenViaDeFormulieren) {
  Browser rg(server_->port());
  ASSERT_TRUE(rg.login_demo("ingrid.mulder"));
  EXPECT_EQ(rg.get(pad() + "/doelen/1").status, 409);  // vastgesteld: read-only
  auto bij = rg.post(pad() + "/bijstellen",
                     {{"versie", std::to_string(programma_.versie)}, {"reden", "Doelen scherper"}});
  ASSERT_EQ(bij.status, 303);
  const std::string nieuw = bij.header("Location").substr(0, bij.header("Location").find('?'));
  const Id nieuw_id = std::stoll(nieuw.substr(nieuw.rfind('/') + 1));
  auto ctx = server_->context("ingrid.mulder");
  ASSERT_TRUE(ctx.ok());
  auto& service = *server_->app()->services.programmas;
  auto lees = [&]() {
    auto d = service.programma(*ctx, nieuw_id);
    EXPECT_TRUE(d.ok());
    return d.ok() ? d->programma : programma::Uitvoeringsprogramma{};
  };
  auto twee = lees();
  ASSERT_FALSE(twee.doelen.empty());
  const auto& eerste = twee.doelen.front();

  // The form of doel 1 holds its titel and its indicators.
  auto form = rg.get(nieuw + "/doelen/" + std::to_string(eerste.nummer));
  ASSERT_EQ(form.status, 200);
  const std::string formulier = html_unescape(form.body);
  EXPECT_TRUE(bevat(formulier, "value=\"" + eerste.titel + "\""));
  for (const auto& ind : eerste.indicatoren) EXPECT_TRUE(bevat(formulier, ind.naam)) << ind.naam;

  // Doel 1 is used by regels: the confirmation names them and the delete is refused.
  auto bevestig = html_unescape(rg.get(nieuw + "/doelen/1/verwijderen").body);
  EXPECT_TRUE(bevat(bevestig, "naar dit doel")) << bevestig;
  auto geweigerd =
      rg.post(nieuw + "/doelen/1/verwijderen", {{"versie", std::to_string(twee.versie)}});
  EXPECT_EQ(geweigerd.status, 409);
  EXPECT_TRUE(bevat(html_unescape(geweigerd.body), "wijs die regel eerst een ander doel toe"));

  // A new doel, then changed: an empty titel is named, a stale form keeps the input.
  auto toe = rg.post(nieuw + "/doelen", {{"versie", std::to_string(twee.versie)},
                                         {"titel", "Minder geluidsoverlast"},
                                         {"beoogdEffect", "Minder klachten over evenementen"}});
  ASSERT_EQ(toe.status, 303);
  twee = lees();
  const std::string doel = std::to_string(twee.doelen.back().nummer);
  const std::string oud = std::to_string(twee.versie);
  auto leeg = rg.post(nieuw + "/doelen/" + doel,
                      {{"versie", oud}, {"titel", ""}, {"beoogdEffect", "Minder klachten"}});
  EXPECT_EQ(leeg.status, 400);
  EXPECT_TRUE(bevat(html_unescape(leeg.body), "Titel: dit veld is verplicht"));
  Form velden = {{"versie", oud},
                 {"titel", "Minder geluidsoverlast bij evenementen"},
                 {"beoogdEffect", "Minder klachten over evenementen"},
                 {"indicator1Naam", "Klachten over geluid"},
                 {"indicator1Eenheid", "aantal"},
                 {"indicator1Nulwaarde", "120"},
                 {"indicator1Streefwaarde", "80"},
                 {"indicator1Meetmethode", "Klachtenregistratie, per kwartaal"}};
  auto goed = rg.post(nieuw + "/doelen/" + doel, velden);
  ASSERT_EQ(goed.status, 303);
  EXPECT_TRUE(bevat(goed.header("Location"), "melding=doel_gewijzigd"));
  auto verouderd = rg.post(nieuw + "/doelen/" + doel, velden);
  EXPECT_EQ(verouderd.status, 409);
  EXPECT_TRUE(bevat(html_unescape(verouderd.body), "Iemand anders heeft het programma"));
  EXPECT_TRUE(bevat(html_unescape(verouderd.body), "Klachten over geluid"));
  auto pagina = html_unescape(rg.get(nieuw).body);
  EXPECT_TRUE(bevat(pagina, "Minder geluidsoverlast bij evenementen"));
  EXPECT_TRUE(bevat(pagina, "Klachten over geluid"));

  // That doel serves no regel: it goes.
  twee = lees();
  auto weg = rg.post(nieuw + "/doelen/" + doel + "/verwijderen",
                     {{"versie", std::to_string(twee.versie)}});
  ASSERT_EQ(weg.status, 303);
  EXPECT_TRUE(bevat(weg.header("Location"), "melding=doel_verwijderd"));
  EXPECT_FALSE(bevat(html_unescape(rg.get(nieuw).body), "Minder geluidsoverlast"));
  EXPECT_EQ(rg.get(nieuw + "/doelen/" + doel).status, 404);
}

}  // namespace
}  // namespace regie::e2e
