// The producten- en dienstencatalogus (UP-3) over the in-memory store with the demo regio (whose
// catalogue is 2027; these tests work in 2030 and later): who
// keeps it, a regionaal product and its inwonertal key, a year copied, and the CSV import that
// adds or updates by code, all or nothing.
#include "service/catalogus_service.hpp"

#include <algorithm>
#include <numeric>

#include "core/text.hpp"

#include "domain/programma/verdeling.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

class CatalogusServiceTest : public ServiceTest {
 protected:
  CatalogusService service() { return CatalogusService(store_, audit_); }

  static Fields product(const std::string& code, const std::string& wijze) {
    Fields f = {{"jaar", "2030"},         {"productcode", code}, {"naam", "Product " + code},
                {"taakveld", "toezicht"}, {"taak", "basistaak"}, {"afrekenwijze", wijze},
                {"uurtarief", "98,50"}};
    if (wijze == "kental") f["normuren"] = "12,5";
    return f;
  }

  Context regisseur() { return als(RolSoort::kRegisseurBeleidscyclus, kOd); }
};

// UP-3: the regisseur keeps the catalogue; an opdrachtgever reads it but may not change it.
TEST_F(CatalogusServiceTest, UP3_RegisseurBeheertOpdrachtgeverLeest) {
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Beekdal");
  auto geweigerd = service().create_product(og, product("VTH-T01", "kental"));
  ASSERT_FALSE(geweigerd.ok());
  EXPECT_EQ(geweigerd.error().code, ErrorCode::kForbidden);
  auto p = service().create_product(regisseur(), product("VTH-T01", "kental"));
  ASSERT_TRUE(p.ok()) << p.error().key;
  EXPECT_EQ(p->jaar, 2030);
  EXPECT_EQ(laatste_audit().actie, "catalogus.product_toevoegen");
  auto gelezen = service().catalogus(og, std::nullopt);
  ASSERT_TRUE(gelezen.ok());
  EXPECT_EQ(gelezen->jaar, 2030);  // the newest year with products
  ASSERT_EQ(gelezen->producten.size(), 1U);
  EXPECT_FALSE(gelezen->mag_wijzigen);
  auto dubbel = service().create_product(regisseur(), product("VTH-T01", "kental"));
  ASSERT_FALSE(dubbel.ok());
  EXPECT_EQ(dubbel.error().fields.at(0).field, "productcode");
  EXPECT_EQ(dubbel.error().fields.at(0).key, "fout.productcode_bestaat");
  // A stale version is refused; the current one saves.
  Fields anders = product("VTH-T01", "kental");
  anders["uurtarief"] = "101,00";
  EXPECT_EQ(service().update_product(regisseur(), p->id, p->versie + 1, anders).error().code,
            ErrorCode::kStale);
  auto bijgewerkt = service().update_product(regisseur(), p->id, p->versie, anders);
  ASSERT_TRUE(bijgewerkt.ok());
  EXPECT_EQ(bijgewerkt->uurtarief_cents, 10100);
}

// UP-3: a regionaal product gets the year's inwonertal key from the register, and its split over
// the deelnemers adds up to the cent.
TEST_F(CatalogusServiceTest, UP3_RegionaalProductKrijgtInwonertalSleutel) {
  auto p = service().create_product(regisseur(), product("VTH-R01", "regionaal"));
  ASSERT_TRUE(p.ok()) << p.error().key;
  EXPECT_EQ(p->verdeelsleutel, "inwonertal");
  auto c = service().catalogus(regisseur(), 2030);
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->sleutels.size(), 1U);
  const auto& k = c->sleutels[0];
  EXPECT_EQ(k.code, "inwonertal");
  EXPECT_GE(k.aandelen.size(), 2U);
  std::vector<std::int64_t> gewichten;
  for (const auto& a : k.aandelen) gewichten.push_back(a.gewicht);
  auto v = programma::verdeel(3'870'000'00, gewichten);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(std::accumulate(v->aandelen_cents.begin(), v->aandelen_cents.end(), std::int64_t{0}),
            3'870'000'00);
  // Another key than one the year has is refused, naming the field.
  Fields vast = product("VTH-R02", "regionaal");
  vast["verdeelsleutel"] = "vast";
  auto fout = service().create_product(regisseur(), vast);
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.at(0).key, "fout.onbekende_sleutel");
}

// UP-3: a new year starts as a copy of another, products and keys; a year that has products is
// not overwritten.
TEST_F(CatalogusServiceTest, UP3_JaarKopierenMetSleutels) {
  ASSERT_TRUE(service().create_product(regisseur(), product("VTH-T01", "kental")).ok());
  ASSERT_TRUE(service().create_product(regisseur(), product("VTH-R01", "regionaal")).ok());
  auto kopie = service().jaar_kopieren(regisseur(), {{"jaar", "2031"}, {"vanJaar", "2030"}});
  ASSERT_TRUE(kopie.ok()) << kopie.error().key;
  EXPECT_EQ(kopie->producten, 2);
  auto c = service().catalogus(regisseur(), 2031);
  ASSERT_EQ(c->producten.size(), 2U);
  ASSERT_EQ(c->sleutels.size(), 1U);
  EXPECT_EQ(c->sleutels[0].aandelen, service().catalogus(regisseur(), 2030)->sleutels[0].aandelen);
  auto nogmaals = service().jaar_kopieren(regisseur(), {{"jaar", "2031"}, {"vanJaar", "2030"}});
  EXPECT_EQ(nogmaals.error().fields.at(0).key, "fout.catalogusjaar_bestaat");
  auto leeg = service().jaar_kopieren(regisseur(), {{"jaar", "2033"}, {"vanJaar", "2032"}});
  EXPECT_EQ(leeg.error().fields.at(0).key, "fout.catalogusjaar_leeg");
}

// UP-3: the CSV import adds and updates by code; a bad line imports nothing and is named; a dry
// run saves nothing; the same file twice changes nothing.
TEST_F(CatalogusServiceTest, UP3_ImportAllesOfNiets) {
  const std::string goed =
      "code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\n"
      "VTH-T01;Toezicht asbestsloop;toezicht;basistaak;kental;12,5;98,50\n"
      "VTH-R01;Milieuklachtenlijn;advies;basistaak;regionaal;;98,50\n";
  auto proef = service().importeren(regisseur(), 2030, goed, true);
  ASSERT_TRUE(proef.ok()) << proef.error().key;
  EXPECT_EQ(proef->nieuw, 2);
  EXPECT_TRUE(service().catalogus(regisseur(), 2030)->producten.empty());
  auto echt = service().importeren(regisseur(), 2030, goed, false);
  ASSERT_TRUE(echt.ok());
  EXPECT_EQ(echt->nieuw, 2);
  EXPECT_EQ(laatste_audit().actie, "catalogus.importeren");
  auto nogmaals = service().importeren(regisseur(), 2030, goed, false);
  ASSERT_TRUE(nogmaals.ok());
  EXPECT_EQ(nogmaals->nieuw, 0);
  EXPECT_EQ(nogmaals->gewijzigd, 0);
  EXPECT_EQ(nogmaals->ongewijzigd, 2);

  const std::string fout =
      "code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\n"
      "VTH-T01;Toezicht asbestsloop;toezicht;basistaak;kental;14;98,50\n"
      "VTH-N01;Nieuw;toezicht;basistaak;kental;2;50\n"
      "VTH-X01;Fout;toezicht;basistaak;regionaal;;98,50;\n";
  auto mis = service().importeren(regisseur(), 2030, fout, false);
  ASSERT_FALSE(mis.ok());
  EXPECT_EQ(mis.error().fields.at(0).field, "regel 4");  // one field too many
  const std::string sleutel =
      "code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief;verdeelsleutel\n"
      "VTH-T01;Toezicht asbestsloop;toezicht;basistaak;kental;14;98,50;\n"
      "VTH-X01;Fout;toezicht;basistaak;regionaal;;98,50;vast\n";
  auto geen_sleutel = service().importeren(regisseur(), 2030, sleutel, false);
  ASSERT_FALSE(geen_sleutel.ok());
  EXPECT_EQ(geen_sleutel.error().fields.at(0).field, "regel 3, kolom verdeelsleutel");
  EXPECT_EQ(geen_sleutel.error().fields.at(0).key, "fout.onbekende_sleutel");
  // Nothing of either file was saved: VTH-T01 still has 12,5 hours, no VTH-N01.
  auto c = service().catalogus(regisseur(), 2030);
  ASSERT_EQ(c->producten.size(), 2U);
  for (const auto& p : c->producten) {
    if (p.code == "VTH-T01") {
      EXPECT_EQ(p.normuren, 1250);
    }
  }
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Beekdal");
  EXPECT_EQ(service().importeren(og, 2030, goed, true).error().code, ErrorCode::kForbidden);
}

// UP-3 (decision 44): beside inwonertal the regio keeps its own keys: a fixed percentage table
// that adds up to exactly 100 and a weight with its unit. A regionaal product is split by it;
// the key stays while a product names it; the register's key is not edited by hand; a
// vastgesteld year (the demo's 2027) and an opdrachtgever are refused.
TEST_F(CatalogusServiceTest, UP3_EigenSleutelsPercentageEnGewicht) {
  auto c = service().catalogus(regisseur(), 2030);
  ASSERT_TRUE(c.ok());
  const auto& ids = c->deelnemers_van_jaar;
  ASSERT_GE(ids.size(), 3U);
  // 100 % over the deelnemers: the first gets 40, the others share 60 in hundredths.
  Fields vast = {{"jaar", "2030"},
                 {"sleutelcode", "vast-aandeel"},
                 {"naam", "Vast aandeel"},
                 {"soort", "percentage"}};
  const auto rest = static_cast<std::int64_t>(ids.size() - 1);
  std::int64_t som = 4000;
  vast[programma::aandeel_veld(ids[0])] = "40";
  for (std::size_t i = 1; i < ids.size(); ++i) {
    std::int64_t h = 6000 / rest + (static_cast<std::int64_t>(i) <= 6000 % rest ? 1 : 0);
    som += h;
    vast[programma::aandeel_veld(ids[i])] = format_honderdsten(h);
  }
  ASSERT_EQ(som, 10000);
  Fields te_weinig = vast;
  te_weinig[programma::aandeel_veld(ids[0])] = "39,99";
  auto fout = service().create_sleutel(regisseur(), te_weinig);
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.at(0).field, "aandelen");
  EXPECT_EQ(fout.error().fields.at(0).key, "fout.percentages_niet_100");

  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Beekdal");
  EXPECT_EQ(service().create_sleutel(og, vast).error().code, ErrorCode::kForbidden);
  auto k = service().create_sleutel(regisseur(), vast);
  ASSERT_TRUE(k.ok()) << k.error().key;
  EXPECT_EQ(k->soort, programma::SleutelSoort::kPercentage);
  EXPECT_EQ(k->aandelen.at(0).gewicht, 4000);
  EXPECT_EQ(laatste_audit().actie, "catalogus.sleutel_toevoegen");
  EXPECT_EQ(service().create_sleutel(regisseur(), vast).error().fields.at(0).key,
            "fout.sleutelcode_bestaat");

  // A regionaal product split by it: the first deelnemer pays exactly 40 %.
  Fields product_vast = product("VTH-R09", "regionaal");
  product_vast["verdeelsleutel"] = "vast-aandeel";
  auto p = service().create_product(regisseur(), product_vast);
  ASSERT_TRUE(p.ok()) << p.error().key;
  EXPECT_EQ(p->verdeelsleutel, "vast-aandeel");

  // A weight with its unit; the kind of a key stays when it is changed.
  Fields bedrijven = {{"jaar", "2030"},         {"sleutelcode", "bedrijven"},
                      {"naam", "Bedrijven"},    {"soort", "gewicht"},
                      {"eenheid", "bedrijven"}, {programma::aandeel_veld(ids[1]), "310"}};
  auto g = service().create_sleutel(regisseur(), bedrijven);
  ASSERT_TRUE(g.ok()) << g.error().key;
  EXPECT_EQ(g->aandelen.at(0).gewicht, 0);
  EXPECT_EQ(g->aandelen.at(1).gewicht, 310);
  bedrijven["soort"] = "percentage";
  bedrijven.erase("eenheid");
  // 310 is no percentage: named at its field.
  auto geen_procent = service().update_sleutel(regisseur(), g->id, g->versie, bedrijven);
  ASSERT_FALSE(geen_procent.ok());
  EXPECT_EQ(geen_procent.error().fields.at(0).field, programma::aandeel_veld(ids[1]));
  EXPECT_EQ(geen_procent.error().fields.at(0).key, "fout.te_groot");
  bedrijven[programma::aandeel_veld(ids[1])] = "100";
  EXPECT_EQ(
      service().update_sleutel(regisseur(), g->id, g->versie, bedrijven).error().fields.at(0).key,
      "fout.sleutelsoort_vast");
  Fields meer = {{"naam", "Bedrijven (KvK)"},
                 {"soort", "gewicht"},
                 {"eenheid", "bedrijven"},
                 {programma::aandeel_veld(ids[0]), "12"},
                 {programma::aandeel_veld(ids[1]), "310"}};
  EXPECT_EQ(service().update_sleutel(regisseur(), g->id, g->versie + 1, meer).error().code,
            ErrorCode::kStale);
  auto gewijzigd = service().update_sleutel(regisseur(), g->id, g->versie, meer);
  ASSERT_TRUE(gewijzigd.ok()) << gewijzigd.error().key;
  EXPECT_EQ(gewijzigd->naam, "Bedrijven (KvK)");
  EXPECT_EQ(gewijzigd->code, "bedrijven");
  EXPECT_EQ(gewijzigd->aandelen.at(0).gewicht, 12);

  // The key a product names stays; an unused one goes.
  auto in_gebruik = service().delete_sleutel(regisseur(), k->id, k->versie);
  ASSERT_FALSE(in_gebruik.ok());
  EXPECT_EQ(in_gebruik.error().key, "fout.sleutel_in_gebruik");
  ASSERT_TRUE(service().delete_sleutel(regisseur(), gewijzigd->id, gewijzigd->versie).ok());
  EXPECT_EQ(laatste_audit().actie, "catalogus.sleutel_verwijderen");

  // The register's key is not edited by hand.
  auto na = service().catalogus(regisseur(), 2030);
  ASSERT_TRUE(service().create_product(regisseur(), product("VTH-R01", "regionaal")).ok());
  na = service().catalogus(regisseur(), 2030);
  auto inwonertal = std::find_if(na->sleutels.begin(), na->sleutels.end(),
                                 [](const auto& s) { return s.code == "inwonertal"; });
  ASSERT_NE(inwonertal, na->sleutels.end());
  EXPECT_EQ(service().delete_sleutel(regisseur(), inwonertal->id, inwonertal->versie).error().key,
            "fout.sleutel_uit_register");

  // UP-4: the demo's 2027 programme is vastgesteld: no new key in that year.
  Fields in_2027 = vast;
  in_2027["jaar"] = "2027";
  EXPECT_EQ(service().create_sleutel(regisseur(), in_2027).error().key,
            "fout.catalogusjaar_vastgesteld");
}

}  // namespace
}  // namespace regie::service
