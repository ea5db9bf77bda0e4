#include "domain/programma/koppeling.hpp"

#include <gtest/gtest.h>

#include "support/programma_hulp.hpp"

namespace regie::programma {
namespace {

using testhulp::product;

constexpr Id kBeekdal = 3;
constexpr Id kDijkstede = 4;

// A programme with collective lines (kental for two deelnemers, one regionaal) and specific
// ones (Beekdal's maatwerk, Dijkstede's plustaak), serving two doelen.
struct Opzet {
  std::vector<Product> catalogus = {product("VV-01", Afrekenwijze::kKental),
                                    product("TZ-09", Afrekenwijze::kRegionaal),
                                    product("TZ-20", Afrekenwijze::kMaatwerk),
                                    product("VV-30", Afrekenwijze::kKental, Taak::kPlustaak)};
  Uitvoeringsprogramma programma;
  Opzet() {
    programma.doelen = {{1, "Veilige bedrijven", "Minder incidenten", {}},
                        {2, "Snelle vergunningen", "Binnen de termijn", {}}};
    programma.regels = {{"VV-01", kBeekdal, 10, 0, std::nullopt, "", 2},
                        {"VV-01", kDijkstede, 4, 0, std::nullopt, "", 2},
                        {"TZ-09", 0, 0, 100000, std::nullopt, "", 1},
                        {"TZ-20", kBeekdal, 0, 24000, 2'640'000, "", 1},
                        {"VV-30", kDijkstede, 2, 0, std::nullopt, "", 0},
                        {"VV-01", kBeekdal, 2, 0, std::nullopt, "", 1}};
  }
};

opdrachten::Opdracht collectief() {
  opdrachten::Opdracht o;
  o.soort = opdrachten::Soort::kCollectief;
  o.bemensing = {{"Toezichthouder", 1200, std::nullopt}};
  o.financien = {{2027, 1'000'000'00, "Bijdragen"}};
  return o;
}

opdrachten::Opdracht maatwerk_beekdal() {
  opdrachten::Opdracht o;
  o.soort = opdrachten::Soort::kMaatwerk;
  o.deelnemer_id = kBeekdal;
  o.extra_uren = 240;
  o.extra_financiering_cents = 26'400'00;
  return o;
}

TEST(KoppelingTest, VeldnaamHeenEnTerug) {
  Regelsleutel s{"VV-01", 3};
  EXPECT_EQ(veldnaam(s), "regel:VV-01:3");
  EXPECT_EQ(sleutel_uit_veldnaam("regel:VV-01:3"), s);
  EXPECT_EQ(sleutel_uit_veldnaam("regel:A:B:0"), (Regelsleutel{"A:B", 0}));
  EXPECT_FALSE(sleutel_uit_veldnaam("regel:VV-01:"));
  EXPECT_FALSE(sleutel_uit_veldnaam("regel::3"));
  EXPECT_FALSE(sleutel_uit_veldnaam("regel:VV-01:-3"));
  EXPECT_FALSE(sleutel_uit_veldnaam("csrf"));
  const Fields f{
      {"regel:VV-01:4", "ja"}, {"regel:TZ-09:0", "ja"}, {"regel:VV-01:3", ""}, {"csrf", "x"}};
  EXPECT_EQ(gekozen_sleutels(f), (std::vector<Regelsleutel>{{"TZ-09", 0}, {"VV-01", 4}}));
}

// OPD-4: the API's list of keys, every error at once and named by its place.
TEST(KoppelingTest, OPD4_ParseSleutelsNoemtElkeFout) {
  const Fields vv{{"productcode", "VV-01"}, {"deelnemer", "3"}};
  const Fields tz{{"productcode", "TZ-09"}};
  auto goed = parse_sleutels({vv, tz});
  ASSERT_TRUE(goed.ok());
  EXPECT_EQ(*goed, (std::vector<Regelsleutel>{{"TZ-09", 0}, {"VV-01", 3}}));
  const Fields zonder_code{{"deelnemer", "3"}};
  const Fields geen_getal{{"productcode", "VV-01"}, {"deelnemer", "drie"}};
  const Fields tz_regio{{"productcode", "TZ-09"}, {"deelnemer", "0"}};
  auto fout = parse_sleutels({zonder_code, geen_getal, tz, tz_regio});
  ASSERT_FALSE(fout.ok());
  ASSERT_EQ(fout.error().fields.size(), 3U);
  EXPECT_EQ(fout.error().fields[0].field, "regels[1].productcode");
  EXPECT_EQ(fout.error().fields[1].field, "regels[2].deelnemer");
  EXPECT_EQ(fout.error().fields[2].field, "regels[4].productcode");
  EXPECT_EQ(fout.error().fields[2].key, "fout.dubbel");
}

// OPD-4, UP-2: lines with the same product and deelnemer count as one choice; its hours and
// amount follow from the catalogue, and it names every doel its lines serve.
TEST(KoppelingTest, OPD4_RegelkeuzesTellenRegelsMetDezelfdeSleutelSamen) {
  Opzet o;
  auto keuzes = regelkeuzes(o.programma, o.catalogus);
  ASSERT_TRUE(keuzes.ok());
  ASSERT_EQ(keuzes->size(), 5U);
  // toezicht before vergunningverlening, then by product and deelnemer.
  EXPECT_EQ((*keuzes)[0].sleutel, (Regelsleutel{"TZ-09", 0}));
  EXPECT_EQ((*keuzes)[1].sleutel, (Regelsleutel{"TZ-20", kBeekdal}));
  const auto& beekdal = (*keuzes)[2];
  EXPECT_EQ(beekdal.sleutel, (Regelsleutel{"VV-01", kBeekdal}));
  EXPECT_EQ(beekdal.aantal, 12);
  EXPECT_EQ(beekdal.uren, 12 * 1250);
  EXPECT_EQ(beekdal.bedrag_cents, 12 * 123125);
  EXPECT_EQ(beekdal.doelen, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(beekdal.soort, RegelSoort::kCollectief);
  EXPECT_EQ((*keuzes)[1].soort, RegelSoort::kSpecifiek);
  EXPECT_EQ((*keuzes)[4].soort, RegelSoort::kSpecifiek);  // plustaak

  o.programma.regels.push_back({"XX-99", 0, 1, 0, std::nullopt, "", 0});
  auto fout = regelkeuzes(o.programma, o.catalogus);
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.front().field, "regel 7");
  EXPECT_EQ(fout.error().fields.front().key, "fout.product_niet_in_catalogus");
}

// UP-2: the collective opdracht carries out collective lines only; maatwerk only the specific
// lines of its own deelnemer. Every wrong choice is named at once.
TEST(KoppelingTest, UP2_CollectiefEnMaatwerkBlijvenGescheiden) {
  Opzet o;
  auto keuzes = regelkeuzes(o.programma, o.catalogus).value();
  EXPECT_TRUE(controleer_keuze(collectief(), keuzes, {{"TZ-09", 0}, {"VV-01", kBeekdal}}).ok());
  auto fout = controleer_keuze(collectief(), keuzes,
                               {{"TZ-20", kBeekdal}, {"VV-01", kBeekdal}, {"XX-99", 0}});
  ASSERT_FALSE(fout.ok());
  ASSERT_EQ(fout.error().fields.size(), 2U);
  EXPECT_EQ(fout.error().fields[0].field, "regel:TZ-20:3");
  EXPECT_EQ(fout.error().fields[0].key, "fout.regel_past_niet_bij_opdracht");
  EXPECT_EQ(fout.error().fields[1].field, "regel:XX-99:0");
  EXPECT_EQ(fout.error().fields[1].key, "fout.regel_niet_in_programma");

  EXPECT_TRUE(controleer_keuze(maatwerk_beekdal(), keuzes, {{"TZ-20", kBeekdal}}).ok());
  auto ander =
      controleer_keuze(maatwerk_beekdal(), keuzes, {{"VV-30", kDijkstede}, {"VV-01", kBeekdal}});
  ASSERT_FALSE(ander.ok());
  EXPECT_EQ(ander.error().fields.size(), 2U);
}

// OPD-4, OPD-7: the opdracht's own means beside the lines it carries out; the difference is
// shown in hours and money, and the doelen served are the lines' doelen.
TEST(KoppelingTest, OPD4_OPD7_VerschilMetHetProgrammaEnDeDoelen) {
  Opzet o;
  auto keuzes = regelkeuzes(o.programma, o.catalogus).value();
  auto d = dekking(maatwerk_beekdal(), o.programma, keuzes, {{"TZ-20", kBeekdal}});
  ASSERT_EQ(d.regels.size(), 1U);
  EXPECT_EQ(d.programma_uren, 24000);
  EXPECT_EQ(d.programma_cents, 2'640'000);
  EXPECT_EQ(d.opdracht_uren, 24000);
  EXPECT_EQ(d.opdracht_cents, 2'640'000);
  EXPECT_EQ(d.verschil_uren, 0);
  EXPECT_EQ(d.verschil_cents, 0);
  ASSERT_EQ(d.doelen.size(), 1U);
  EXPECT_EQ(d.doelen[0].titel, "Veilige bedrijven");
  // Its bemensing and financiën break the extra uren and financiering down: not counted twice.
  auto uitgesplitst = maatwerk_beekdal();
  uitgesplitst.bemensing = {{"Toezichthouder evenementen", 240, std::nullopt}};
  uitgesplitst.financien = {{2027, 26'400'00, "Extra bijdrage Beekdal"}};
  auto zelfde = dekking(uitgesplitst, o.programma, keuzes, {{"TZ-20", kBeekdal}});
  EXPECT_EQ(zelfde.opdracht_uren, 24000);
  EXPECT_EQ(zelfde.opdracht_cents, 26'400'00);
  EXPECT_EQ(zelfde.verschil_cents, 0);

  // The collective opdracht with every collective line, and a key the programme lost.
  auto c = dekking(collectief(), o.programma, keuzes,
                   {{"VV-01", kBeekdal}, {"VV-01", kDijkstede}, {"TZ-09", 0}, {"ZZ-00", 0}});
  EXPECT_EQ(c.regels.size(), 3U);
  EXPECT_EQ(c.regels[0].sleutel, (Regelsleutel{"TZ-09", 0}));  // the programme's order
  EXPECT_EQ(c.ontbrekend, (std::vector<Regelsleutel>{{"ZZ-00", 0}}));
  const std::int64_t plan = 9'850'000 + 16 * 123125;  // 1.000 h regionaal + 16 units
  EXPECT_EQ(c.programma_cents, plan);
  EXPECT_EQ(c.programma_uren, 100000 + 16 * 1250);
  EXPECT_EQ(c.opdracht_cents, 1'000'000'00);
  EXPECT_EQ(c.verschil_cents, 1'000'000'00 - plan);
  EXPECT_EQ(c.opdracht_uren, 120000);
  EXPECT_EQ(c.verschil_uren, 120000 - (100000 + 16 * 1250));
  EXPECT_EQ(c.doelen.size(), 2U);
}

TEST(KoppelingTest, AlleenEenKantVanEenLopendeOpdrachtWijzigt) {
  auto o = collectief();
  EXPECT_TRUE(mag_koppeling_wijzigen(o, opdrachten::Kant::kOpdrachtnemer).ok());
  EXPECT_EQ(mag_koppeling_wijzigen(o, opdrachten::Kant::kGeen).error().code, ErrorCode::kForbidden);
  o.status = opdrachten::Status::kAfgerond;
  auto fout = mag_koppeling_wijzigen(o, opdrachten::Kant::kOpdrachtgever);
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.front().key, "fout.koppeling_afgerond");
}

// OPD-4: each line another opdracht of the year carries out, with those opdrachten once each;
// the opdracht's own links do not count.
TEST(KoppelingTest, OPD4_OokGekozenDoorAndereOpdrachten) {
  auto k = [](Id opdracht, const std::string& code, Id deelnemer) {
    Programmakoppeling out;
    out.opdracht_id = opdracht;
    out.regel = {code, deelnemer};
    return out;
  };
  const std::vector<Programmakoppeling> alle = {
      k(1, "TZ-09", 0), k(1, "VV-01", 3), k(2, "TZ-09", 0), k(3, "TZ-09", 0), k(3, "VV-01", 4)};
  auto ook = ook_gekozen(alle, 1);
  ASSERT_EQ(ook.size(), 2U);
  EXPECT_EQ(ook.at(Regelsleutel{"TZ-09", 0}), (std::vector<Id>{2, 3}));
  EXPECT_EQ(ook.at(Regelsleutel{"VV-01", 4}), (std::vector<Id>{3}));
  EXPECT_FALSE(ook.contains(Regelsleutel{"VV-01", 3}));
  EXPECT_EQ(ook_gekozen(alle, 2).at(Regelsleutel{"TZ-09", 0}), (std::vector<Id>{1, 3}));
}

}  // namespace
}  // namespace regie::programma
