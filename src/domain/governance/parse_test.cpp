#include "domain/governance/parse.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::governance {
namespace {

bool has_error(const Error& error, const std::string& field, const std::string& key) {
  return std::any_of(error.fields.begin(), error.fields.end(),
                     [&](const FieldError& f) { return f.field == field && f.key == key; });
}

// GOV-1
TEST(ParseOrganisatieTest, GeldigeGemeenteMetInwonertalMetPunten) {
  auto org = parse_organisatie(
      {{"naam", " Gemeente Beekdal "}, {"soort", "gemeente"}, {"inwonertal", "45.210"}});
  ASSERT_TRUE(org.ok());
  EXPECT_EQ(org->naam, "Gemeente Beekdal");
  EXPECT_EQ(org->soort, OrganisatieSoort::kGemeente);
  EXPECT_EQ(org->inwonertal, 45210);
}

// GOV-1
TEST(ParseOrganisatieTest, AlleFoutenTegelijk) {
  auto org = parse_organisatie({{"naam", ""}, {"soort", "waterschap"}, {"inwonertal", "veel"}});
  ASSERT_FALSE(org.ok());
  EXPECT_EQ(org.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(org.error().fields.size(), 3u);
  EXPECT_TRUE(has_error(org.error(), "naam", "fout.verplicht"));
  EXPECT_TRUE(has_error(org.error(), "soort", "fout.ongeldige_keuze"));
  EXPECT_TRUE(has_error(org.error(), "inwonertal", "fout.geen_geheel_getal"));
}

// GOV-1
TEST(ParseDeelnemerschapTest, EinddatumVoorBegindatumWordtGeweigerd) {
  auto d = parse_deelnemerschap(
      {{"relatie", "niet_deelnemer"}, {"van", "2026-05-01"}, {"tot", "30-04-2026"}});
  ASSERT_FALSE(d.ok());
  EXPECT_TRUE(has_error(d.error(), "tot", "fout.periode_omgekeerd"));
  auto ok = parse_deelnemerschap(
      {{"relatie", "niet_deelnemer"}, {"van", "2026-05-01"}, {"tot", "01-05-2026"}});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->relatie, Relatie::kNietDeelnemer);
}

// GOV-3
TEST(ParseRolTest, ElkeRolUitDeHandreikingIsTeKiezen) {
  for (auto soort : alle_rol_soorten()) {
    auto rol = parse_rol({{"persoonId", "1"},
                          {"organisatieId", "2"},
                          {"soort", std::string(code(soort))},
                          {"van", "2026-01-01"},
                          {"urenPerJaar", "450"}});
    ASSERT_TRUE(rol.ok()) << code(soort);
    EXPECT_EQ(rol->soort, soort);
    EXPECT_EQ(rol->uren_per_jaar, 450);
    EXPECT_FALSE(rol->periode.tot.has_value());
  }
  EXPECT_EQ(alle_rol_soorten().size(), 11u);
}

// GOV-3
TEST(ParseRolTest, UrenNegatiefOfOnmogelijkVeelWordtGeweigerd) {
  auto negatief = parse_rol({{"persoonId", "1"},
                             {"organisatieId", "2"},
                             {"soort", "medewerker"},
                             {"van", "2026-01-01"},
                             {"urenPerJaar", "-1"}});
  ASSERT_FALSE(negatief.ok());
  EXPECT_TRUE(has_error(negatief.error(), "urenPerJaar", "fout.te_klein"));
  auto te_veel = parse_rol({{"persoonId", "1"},
                            {"organisatieId", "2"},
                            {"soort", "medewerker"},
                            {"van", "2026-01-01"},
                            {"urenPerJaar", "9000"}});
  ASSERT_FALSE(te_veel.ok());
  EXPECT_TRUE(has_error(te_veel.error(), "urenPerJaar", "fout.te_groot"));
}

// GOV-2
TEST(ParseRolTest, AbEnDbLidmaatschapZijnBestuurslidmaatschap) {
  EXPECT_TRUE(is_bestuurslidmaatschap(RolSoort::kAbLid));
  EXPECT_TRUE(is_bestuurslidmaatschap(RolSoort::kDbLid));
  EXPECT_FALSE(is_bestuurslidmaatschap(RolSoort::kBestuurlijkOpdrachtgever));
}

TEST(ParsePersoonTest, OngeldigeUtf8EnEmailWordenGemeld) {
  auto p = parse_persoon({{"naam", "Co\xF6rdinator"}, {"organisatieId", "x"}, {"email", "geen"}});
  ASSERT_FALSE(p.ok());
  EXPECT_TRUE(has_error(p.error(), "naam", "fout.ongeldige_tekens"));
  EXPECT_TRUE(has_error(p.error(), "organisatieId", "fout.ongeldige_keuze"));
  EXPECT_TRUE(has_error(p.error(), "email", "fout.ongeldig_email"));
}

}  // namespace
}  // namespace regie::governance
