#include "domain/programma/begroting.hpp"

#include <gtest/gtest.h>

#include "support/programma_hulp.hpp"

namespace regie::programma {
namespace {

using governance::Organisatie;

using testhulp::product;

struct Regio {
  std::vector<Organisatie> deelnemers;
  Verdeelsleutel sleutel;
};

// Nine gemeenten by name with their inhabitants, and the inwonertal key over them.
Regio negen() {
  const std::vector<std::int64_t> inwoners = {44'120, 27'850, 61'300, 18'945, 35'010,
                                              22'480, 51'775, 12'630, 30'090};
  Regio r;
  r.sleutel.code = "inwonertal";
  for (std::size_t i = 0; i < inwoners.size(); ++i) {
    Organisatie o;
    o.id = static_cast<Id>(i + 1);
    o.naam = "Gemeente " + std::string(1, static_cast<char>('A' + i));
    o.inwonertal = inwoners[i];
    r.deelnemers.push_back(o);
    r.sleutel.aandelen.push_back({o.id, inwoners[i]});
  }
  return r;
}

Programmaregel kental(const std::string& code, Id wie, std::int64_t aantal) {
  return Programmaregel{code, wie, aantal, 0, std::nullopt, "", 0};
}

std::int64_t som_deelnemers(const Begroting& b) {
  std::int64_t s = 0;
  for (const auto& d : b.deelnemers) {
    std::int64_t posten = 0;
    for (const auto& p : d.posten) posten += p.bedrag_cents;
    EXPECT_EQ(posten, d.totaal_cents) << d.naam;
    EXPECT_EQ(d.collectief_cents + d.specifiek_cents, d.totaal_cents) << d.naam;
    s += d.totaal_cents;
  }
  return s;
}

// UP-2: a regionaal product split by inwonertal over nine deelnemers: the shares add up to the
// line's amount to the cent, each names its key and weight, and the sum over the deelnemers is
// the programme's total.
TEST(BegrotingTest, UP2_RegionaalOverNegenDeelnemersTeltPreciesOp) {
  auto regio = negen();
  std::vector<Product> catalogus = {product("RG-01", Afrekenwijze::kRegionaal),
                                    product("VV-01", Afrekenwijze::kKental)};
  Uitvoeringsprogramma p;
  // 1.234,57 h × € 98,50 = 12.160.514,5 cents, rounded half up to € 121.605,15.
  p.regels.push_back({"RG-01", 0, 0, 123457, std::nullopt, "", 0});
  p.regels.push_back(kental("VV-01", 3, 17));
  auto b = maak_begroting(p, catalogus, {regio.sleutel}, regio.deelnemers);
  ASSERT_TRUE(b.ok()) << b.error().fields.front().key;
  const std::int64_t regionaal = 12160515;
  const std::int64_t vergunning = 17 * 123125;  // 12,5 × 98,50 = 1.231,25 per unit
  EXPECT_EQ(b->totaal_cents, regionaal + vergunning);
  EXPECT_EQ(som_deelnemers(*b), b->totaal_cents);
  std::int64_t gedeeld = 0;
  std::int64_t restcenten = 0;
  for (const auto& d : b->deelnemers) {
    for (const auto& post : d.posten) {
      if (post.productcode != "RG-01") continue;
      EXPECT_EQ(post.sleutel, "inwonertal");
      EXPECT_EQ(post.gewicht_totaal, 304'200);
      EXPECT_EQ(post.regel_bedrag_cents, regionaal);
      gedeeld += post.bedrag_cents;
      if (post.restcent) ++restcenten;
    }
  }
  EXPECT_EQ(gedeeld, regionaal);
  EXPECT_EQ(restcenten, b->restcenten);
  // Gemeente C's kental line: 17 × € 1.231,25 with its explanation.
  const auto& c = b->deelnemers[2];
  ASSERT_EQ(c.posten.size(), 2U);
  const auto& vv = c.posten[1];  // one taakveld here, so by code: RG-01, then VV-01
  EXPECT_EQ(vv.productcode, "VV-01");
  EXPECT_EQ(vv.aantal, 17);
  EXPECT_EQ(vv.prijs_per_eenheid_cents, 123125);
  EXPECT_EQ(vv.uren, 17 * 1250);
  EXPECT_EQ(vv.bedrag_cents, vergunning);
}

// UP-2: three deelnemers with equal weights: 100 cents is 34 + 33 + 33, the remainder cent
// visible on the first by name.
TEST(BegrotingTest, UP2_DrieGelijkeAandelenMetZichtbareRestcent) {
  std::vector<Organisatie> drie;
  Verdeelsleutel sleutel{0, 0, 0, "vast", "Vaste delen", {}};
  for (Id i = 1; i <= 3; ++i) {
    Organisatie o;
    o.id = i;
    o.naam = "Gemeente " + std::to_string(i);
    drie.push_back(o);
    sleutel.aandelen.push_back({i, 1});
  }
  Product rg = product("RG-02", Afrekenwijze::kRegionaal);
  rg.verdeelsleutel = "vast";
  rg.uurtarief_cents = 100;
  Uitvoeringsprogramma p;
  p.regels.push_back({"RG-02", 0, 0, 100, std::nullopt, "", 0});  // 1 h × € 1,00
  auto b = maak_begroting(p, {rg}, {sleutel}, drie);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->deelnemers[0].totaal_cents, 34);
  EXPECT_TRUE(b->deelnemers[0].posten[0].restcent);
  EXPECT_EQ(b->deelnemers[1].totaal_cents, 33);
  EXPECT_FALSE(b->deelnemers[1].posten[0].restcent);
  EXPECT_EQ(b->deelnemers[2].totaal_cents, 33);
  EXPECT_EQ(b->restcenten, 1);
}

// UP-2: a maatwerk line and a plustaak are the deelnemer's own: kept out of the collective
// total of the programme and of that deelnemer, and counted apart per taakveld.
TEST(BegrotingTest, UP2_MaatwerkBlijftBuitenHetCollectieveTotaal) {
  auto regio = negen();
  std::vector<Product> catalogus = {product("VV-01", Afrekenwijze::kKental),
                                    product("VV-02", Afrekenwijze::kKental, Taak::kPlustaak),
                                    product("TM-01", Afrekenwijze::kMaatwerk)};
  Uitvoeringsprogramma p;
  p.regels.push_back(kental("VV-01", 1, 10));
  p.regels.push_back(kental("VV-02", 1, 2));
  p.regels.push_back({"TM-01", 1, 0, 4000, 4'500'000, "", 0});  // 40 h, € 45.000 agreed
  auto b = maak_begroting(p, catalogus, {regio.sleutel}, regio.deelnemers);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->collectief_cents, 10 * 123125);
  EXPECT_EQ(b->specifiek_cents, 2 * 123125 + 4'500'000);
  EXPECT_EQ(b->totaal_cents, b->collectief_cents + b->specifiek_cents);
  const auto& a = b->deelnemers[0];
  EXPECT_EQ(a.collectief_cents, 10 * 123125);
  EXPECT_EQ(a.specifiek_cents, 2 * 123125 + 4'500'000);
  ASSERT_EQ(b->per_taakveld.size(), 2U);
  EXPECT_EQ(b->per_taakveld[0].taakveld, "toezicht");
  EXPECT_EQ(b->per_taakveld[0].collectief_cents, 0);
  EXPECT_EQ(b->per_taakveld[0].specifiek_cents, 4'500'000);
  EXPECT_EQ(b->per_taakveld[1].collectief_cents, 10 * 123125);
  EXPECT_EQ(b->per_taakveld[1].specifiek_cents, 2 * 123125);
  EXPECT_EQ(b->deelnemers[1].totaal_cents, 0);
}

// UP-2: a line that does not fit its product is refused with every field at once; an amount
// set by hand on a kental line needs a reden.
TEST(BegrotingTest, UP2_RegelDieNietBijHetProductPastWordtGeweigerd) {
  auto kent = product("VV-01", Afrekenwijze::kKental);
  auto fout = bereken_regel({"VV-01", 0, 0, 500, std::nullopt, "", 0}, kent);
  ASSERT_FALSE(fout.ok());
  ASSERT_EQ(fout.error().fields.size(), 3U);
  EXPECT_EQ(fout.error().fields[0].field, "deelnemer");
  EXPECT_EQ(fout.error().fields[1].field, "aantal");
  EXPECT_EQ(fout.error().fields[2].field, "uren");
  auto zonder_reden = bereken_regel({"VV-01", 1, 3, 0, 300000, "", 0}, kent);
  ASSERT_FALSE(zonder_reden.ok());
  EXPECT_EQ(zonder_reden.error().fields[0].key, "fout.reden_bij_handmatig_bedrag");
  auto met_reden = bereken_regel({"VV-01", 1, 3, 0, 300000, "Afspraak in het AB", 0}, kent);
  ASSERT_TRUE(met_reden.ok());
  EXPECT_TRUE(met_reden->handmatig);
  EXPECT_EQ(met_reden->berekend_cents, 3 * 123125);
  EXPECT_EQ(met_reden->bedrag_cents, 300000);
  auto rg = product("RG-01", Afrekenwijze::kRegionaal);
  auto regionaal = bereken_regel({"RG-01", 4, 2, 0, std::nullopt, "", 0}, rg);
  ASSERT_FALSE(regionaal.ok());
  EXPECT_EQ(regionaal.error().fields.size(), 3U);
  auto mw = product("TM-01", Afrekenwijze::kMaatwerk);
  mw.uurtarief_cents = 0;
  auto zonder_bedrag = bereken_regel({"TM-01", 4, 0, 1000, std::nullopt, "", 0}, mw);
  ASSERT_FALSE(zonder_bedrag.ok());
  EXPECT_EQ(zonder_bedrag.error().fields[0].field, "bedrag");
}

// UP-2: a line whose product left the catalogue, or for someone who is not a deelnemer, names
// the line; the begroting is not made.
TEST(BegrotingTest, UP2_OntbrekendProductOfDeelnemerNoemtDeRegel) {
  auto regio = negen();
  Uitvoeringsprogramma p;
  p.regels.push_back(kental("VV-01", 1, 1));
  p.regels.push_back(kental("XX-99", 1, 1));
  auto b = maak_begroting(p, {product("VV-01", Afrekenwijze::kKental)}, {}, regio.deelnemers);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().fields[0].field, "regel 2");
  EXPECT_EQ(b.error().fields[0].key, "fout.product_niet_in_catalogus");
  p.regels.pop_back();
  p.regels.push_back(kental("VV-01", 99, 1));
  b = maak_begroting(p, {product("VV-01", Afrekenwijze::kKental)}, {}, regio.deelnemers);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().fields[0].key, "fout.geen_deelnemer_in_jaar");
}

// UP-2: compared with the year before, each deelnemer sees what changed per product: volume,
// tarief or share of the key, and what is new or gone.
TEST(BegrotingTest, UP2_VergelijkingMetHetVorigeJaarNoemtWatVeranderde) {
  auto regio = negen();
  std::vector<Product> oud_cat = {product("VV-01", Afrekenwijze::kKental),
                                  product("RG-01", Afrekenwijze::kRegionaal),
                                  product("VV-03", Afrekenwijze::kKental)};
  Uitvoeringsprogramma oud;
  oud.regels = {
      kental("VV-01", 1, 10), {"RG-01", 0, 0, 10000, std::nullopt, "", 0}, kental("VV-03", 1, 1)};
  auto vorig = maak_begroting(oud, oud_cat, {regio.sleutel}, regio.deelnemers);
  ASSERT_TRUE(vorig.ok());
  auto nieuw_cat = oud_cat;
  nieuw_cat[0].uurtarief_cents = 10100;  // tarief up
  auto sleutel = regio.sleutel;
  sleutel.aandelen[0].gewicht += 1000;  // Gemeente A grew
  Uitvoeringsprogramma nieuw;
  nieuw.regels = {kental("VV-01", 1, 12), {"RG-01", 0, 0, 10000, std::nullopt, "", 0}};
  auto nu = maak_begroting(nieuw, nieuw_cat, {sleutel}, regio.deelnemers);
  ASSERT_TRUE(nu.ok());
  auto v = vergelijk_met_vorig_jaar(*vorig, *nu);
  ASSERT_EQ(v.size(), 9U);
  const auto& a = v[0];
  EXPECT_EQ(a.vorig_cents, vorig->deelnemers[0].totaal_cents);
  EXPECT_EQ(a.nu_cents, nu->deelnemers[0].totaal_cents);
  ASSERT_EQ(a.posten.size(), 3U);
  EXPECT_EQ(a.posten[0].productcode, "RG-01");
  EXPECT_TRUE(a.posten[0].sleutel);
  EXPECT_FALSE(a.posten[0].volume);
  EXPECT_EQ(a.posten[1].productcode, "VV-01");
  EXPECT_TRUE(a.posten[1].volume);
  EXPECT_TRUE(a.posten[1].tarief);
  EXPECT_EQ(a.posten[2].productcode, "VV-03");
  EXPECT_TRUE(a.posten[2].vervallen);
}

// UP-3 (decision 44): a fixed percentage table splits a regionaal product by its shares, says so
// in the explanation, and a deelnemer with 0 % gets no post; the total still adds up to the cent.
TEST(BegrotingTest, UP3_VastPercentageVerdeeltEnLegtUit) {
  auto regio = negen();
  Verdeelsleutel vast;
  vast.code = "vast-aandeel";
  vast.soort = SleutelSoort::kPercentage;
  // 33,33 + 33,33 + 33,34 % over the first three; the other six 0 %.
  for (std::size_t i = 0; i < regio.deelnemers.size(); ++i) {
    std::int64_t h = i < 2 ? 3333 : (i == 2 ? 3334 : 0);
    vast.aandelen.push_back({regio.deelnemers[i].id, h});
  }
  auto rg = product("RG-02", Afrekenwijze::kRegionaal);
  rg.verdeelsleutel = "vast-aandeel";
  Uitvoeringsprogramma p;
  p.regels.push_back({"RG-02", 0, 0, 10000, std::nullopt, "", 0});  // 100 h × € 98,50
  auto b = maak_begroting(p, {rg}, {regio.sleutel, vast}, regio.deelnemers);
  ASSERT_TRUE(b.ok()) << b.error().fields.front().key;
  EXPECT_EQ(b->totaal_cents, 985000);
  EXPECT_EQ(som_deelnemers(*b), 985000);
  ASSERT_EQ(b->deelnemers[0].posten.size(), 1U);
  const auto& a = b->deelnemers[0].posten[0];
  // 33,33 % of 985.000 cents is 328.300,5 (twice), 33,34 % exactly 328.399: the one cent left
  // goes to the first of the two equal remainders.
  EXPECT_EQ(a.bedrag_cents, 328301);
  EXPECT_EQ(b->deelnemers[1].posten.at(0).bedrag_cents, 328300);
  EXPECT_EQ(b->deelnemers[2].posten.at(0).bedrag_cents, 328399);
  EXPECT_EQ(uitleg(a), "33,33 % (vast-aandeel) van € 9.850,00 (100 uur × € 98,50), met 1 restcent");
  for (std::size_t i = 3; i < b->deelnemers.size(); ++i) {
    EXPECT_TRUE(b->deelnemers[i].posten.empty()) << b->deelnemers[i].naam;
  }
  // A weight names its unit.
  Verdeelsleutel bedrijven = vast;
  bedrijven.code = "bedrijven";
  bedrijven.soort = SleutelSoort::kGewicht;
  bedrijven.eenheid = "bedrijven";
  rg.verdeelsleutel = "bedrijven";
  auto g = maak_begroting(p, {rg}, {bedrijven}, regio.deelnemers);
  ASSERT_TRUE(g.ok());
  EXPECT_TRUE(uitleg(g->deelnemers[0].posten.at(0))
                  .starts_with("3.333 van 10.000 bedrijven (bedrijven) van € 9.850,00"))
      << uitleg(g->deelnemers[0].posten.at(0));
}

}  // namespace
}  // namespace regie::programma
