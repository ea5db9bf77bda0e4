#include "domain/governance/parse.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::governance {
namespace {

using testhulp::heeft_fout;

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
  EXPECT_TRUE(heeft_fout(org.error(), "naam", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(org.error(), "soort", "fout.ongeldige_keuze"));
  EXPECT_TRUE(heeft_fout(org.error(), "inwonertal", "fout.geen_geheel_getal"));
}

// GOV-1
TEST(ParseDeelnemerschapTest, EinddatumVoorBegindatumWordtGeweigerd) {
  auto d = parse_deelnemerschap(
      {{"relatie", "niet_deelnemer"}, {"van", "2026-05-01"}, {"tot", "30-04-2026"}});
  ASSERT_FALSE(d.ok());
  EXPECT_TRUE(heeft_fout(d.error(), "tot", "fout.periode_omgekeerd"));
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
    EXPECT_EQ(rol->rol.soort, soort);
    EXPECT_EQ(rol->rol.uren_per_jaar, 450);
    EXPECT_FALSE(rol->rol.periode.tot.has_value());
    EXPECT_FALSE(rol->uren_vanaf.has_value());
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
  EXPECT_TRUE(heeft_fout(negatief.error(), "urenPerJaar", "fout.te_klein"));
  auto te_veel = parse_rol({{"persoonId", "1"},
                            {"organisatieId", "2"},
                            {"soort", "medewerker"},
                            {"van", "2026-01-01"},
                            {"urenPerJaar", "9000"}});
  ASSERT_FALSE(te_veel.ok());
  EXPECT_TRUE(heeft_fout(te_veel.error(), "urenPerJaar", "fout.te_groot"));
}

// GOV-3: the day a change of the hours holds from, as a form (dd-mm-jjjj) or the API (ISO) sends
// it; anything else is an error at urenVanaf.
TEST(ParseRolTest, UrenVanafIsEenDatumBijHetVeld) {
  Fields velden = {{"persoonId", "1"},    {"organisatieId", "2"}, {"soort", "accountmanager"},
                   {"van", "2023-01-01"}, {"urenPerJaar", "450"}, {"urenVanaf", "01-01-2027"}};
  auto formulier = parse_rol(velden);
  ASSERT_TRUE(formulier.ok());
  EXPECT_EQ(formulier->uren_vanaf, Datum::from_ymd(2027, 1, 1));

  velden["urenVanaf"] = "1 januari";
  auto onzin = parse_rol(velden);
  ASSERT_FALSE(onzin.ok());
  EXPECT_EQ(onzin.error().fields.size(), 1u);
  EXPECT_TRUE(heeft_fout(onzin.error(), "urenVanaf", "fout.ongeldige_datum"));

  Fields api = {{"persoonId", "1"},    {"organisatieId", "2"}, {"soort", "accountmanager"},
                {"van", "2023-01-01"}, {"urenPerJaar", "450"}, {"urenVanaf", "01-01-2027"}};
  api.json = true;
  api.json_kinds = {{"persoonId", JsonKind::kNumber},   {"organisatieId", JsonKind::kNumber},
                    {"soort", JsonKind::kString},       {"van", JsonKind::kString},
                    {"urenPerJaar", JsonKind::kNumber}, {"urenVanaf", JsonKind::kString}};
  auto niet_iso = parse_rol(api);
  ASSERT_FALSE(niet_iso.ok());
  EXPECT_TRUE(heeft_fout(niet_iso.error(), "urenVanaf", "fout.datum_iso"));
  api["urenVanaf"] = "2027-01-01";
  auto iso = parse_rol(api);
  ASSERT_TRUE(iso.ok());
  EXPECT_EQ(iso->uren_vanaf, Datum::from_ymd(2027, 1, 1));
}

// GOV-12: the mandate of an ambtelijk opdrachtgever or accountmanager, from a form in Dutch
// notation and from JSON as cents and true/false; other rollen carry none.
TEST(ParseRolTest, GOV12_BeslismandaatAlleenBijOpdrachtgeverEnAccountmanager) {
  Fields form = {
      {"persoonId", "1"},          {"organisatieId", "2"}, {"soort", "ambtelijk_opdrachtgever"},
      {"van", "01-01-2026"},       {"urenPerJaar", "450"}, {"beslismandaatBedrag", "25.000"},
      {"beslismandaatScope", "ja"}};
  auto rol = parse_rol(form);
  ASSERT_TRUE(rol.ok());
  EXPECT_EQ(rol->rol.mandaat_cents, 2'500'000);
  EXPECT_TRUE(rol->rol.mandaat_scope);
  form["beslismandaatBedrag"] = "";
  form["beslismandaatScope"] = "nee";
  rol = parse_rol(form);
  ASSERT_TRUE(rol.ok());
  EXPECT_FALSE(rol->rol.mandaat_cents.has_value());
  EXPECT_FALSE(rol->rol.mandaat_scope);

  form["soort"] = "medewerker";
  form["beslismandaatBedrag"] = "1.000";
  form["beslismandaatScope"] = "misschien";
  auto fout = parse_rol(form);
  ASSERT_FALSE(fout.ok());
  EXPECT_TRUE(heeft_fout(fout.error(), "beslismandaatBedrag", "fout.geen_beslismandaat"));
  EXPECT_TRUE(heeft_fout(fout.error(), "beslismandaatScope", "fout.verwacht_ja_nee"));

  Fields api = {{"persoonId", "1"},
                {"organisatieId", "2"},
                {"soort", "accountmanager"},
                {"van", "2026-01-01"},
                {"urenPerJaar", "450"},
                {"beslismandaatBedrag", "50000000"},
                {"beslismandaatScope", "true"}};
  api.json = true;
  api.json_kinds = {{"persoonId", JsonKind::kNumber},
                    {"organisatieId", JsonKind::kNumber},
                    {"soort", JsonKind::kString},
                    {"van", JsonKind::kString},
                    {"urenPerJaar", JsonKind::kNumber},
                    {"beslismandaatBedrag", JsonKind::kNumber},
                    {"beslismandaatScope", JsonKind::kBoolean}};
  auto json_rol = parse_rol(api);
  ASSERT_TRUE(json_rol.ok());
  EXPECT_EQ(json_rol->rol.mandaat_cents, 50'000'000);
  EXPECT_TRUE(json_rol->rol.mandaat_scope);
  api.json_kinds["beslismandaatScope"] = JsonKind::kString;
  auto tekst = parse_rol(api);
  ASSERT_FALSE(tekst.ok());
  EXPECT_TRUE(heeft_fout(tekst.error(), "beslismandaatScope", "fout.verwacht_ja_nee"));
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
  EXPECT_TRUE(heeft_fout(p.error(), "naam", "fout.ongeldige_tekens"));
  EXPECT_TRUE(heeft_fout(p.error(), "organisatieId", "fout.ongeldige_keuze"));
  EXPECT_TRUE(heeft_fout(p.error(), "email", "fout.ongeldig_email"));
}

// GOV-6: a complete mandaat is read with every part; an incomplete one may be recorded.
TEST(ParseVertegenwoordigingTest, VolledigEnOnvolledigMandaat) {
  auto volledig = parse_vertegenwoordiging({{"opdrachtgeverId", "3"},
                                            {"vertegenwoordigdeId", "6"},
                                            {"mandaatVerleendDoor", "24"},
                                            {"mandaatVerleendOp", "09-12-2025"},
                                            {"mandaatScope", " Opdrachtverlening VTH "},
                                            {"mandaatVan", "2026-01-01"},
                                            {"mandaatTot", "31-12-2027"}});
  ASSERT_TRUE(volledig.ok());
  EXPECT_EQ(volledig->opdrachtgever_id, 3);
  EXPECT_EQ(volledig->vertegenwoordigde_id, 6);
  EXPECT_EQ(volledig->mandaat.verleend_door, 24);
  EXPECT_EQ(volledig->mandaat.verleend_op->iso(), "2025-12-09");
  EXPECT_EQ(volledig->mandaat.scope, "Opdrachtverlening VTH");
  EXPECT_EQ(volledig->mandaat.periode->van.iso(), "2026-01-01");
  EXPECT_EQ(volledig->mandaat.periode->tot->iso(), "2027-12-31");
  EXPECT_TRUE(is_compleet(volledig->mandaat));

  auto onvolledig =
      parse_vertegenwoordiging({{"opdrachtgeverId", "3"}, {"vertegenwoordigdeId", "6"}});
  ASSERT_TRUE(onvolledig.ok());
  EXPECT_FALSE(onvolledig->mandaat.periode.has_value());
  EXPECT_FALSE(is_compleet(onvolledig->mandaat));
}

// GOV-6: every wrong field at once, named.
TEST(ParseVertegenwoordigingTest, AlleFoutenTegelijkMetVeldnaam) {
  auto zelf = parse_vertegenwoordiging({{"opdrachtgeverId", "3"},
                                        {"vertegenwoordigdeId", "3"},
                                        {"mandaatVerleendOp", "31-02-2026"},
                                        {"mandaatTot", "2026-12-31"},
                                        {"mandaatVerleendDoor", "nul"}});
  ASSERT_FALSE(zelf.ok());
  EXPECT_TRUE(heeft_fout(zelf.error(), "vertegenwoordigdeId", "fout.zelfde_organisatie"));
  EXPECT_TRUE(heeft_fout(zelf.error(), "mandaatVerleendOp", "fout.ongeldige_datum"));
  EXPECT_TRUE(heeft_fout(zelf.error(), "mandaatVan", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(zelf.error(), "mandaatVerleendDoor", "fout.geen_geheel_getal"));

  auto omgekeerd = parse_vertegenwoordiging({{"opdrachtgeverId", "3"},
                                             {"vertegenwoordigdeId", "4"},
                                             {"mandaatVan", "2027-01-01"},
                                             {"mandaatTot", "2026-12-31"}});
  ASSERT_FALSE(omgekeerd.ok());
  EXPECT_TRUE(heeft_fout(omgekeerd.error(), "mandaatTot", "fout.periode_omgekeerd"));
  auto leeg = parse_vertegenwoordiging({});
  ASSERT_FALSE(leeg.ok());
  EXPECT_TRUE(heeft_fout(leeg.error(), "opdrachtgeverId", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(leeg.error(), "vertegenwoordigdeId", "fout.verplicht"));
}

// GOV-8
TEST(ParseProjectgroepLidTest, PersoonEnDeelnemerZijnVerplicht) {
  auto lid = parse_projectgroep_lid({{"persoonId", "7"}, {"organisatieId", "2"}});
  ASSERT_TRUE(lid.ok());
  EXPECT_EQ(lid->persoon_id, 7);
  EXPECT_EQ(lid->organisatie_id, 2);
  auto leeg = parse_projectgroep_lid({{"persoonId", "x"}});
  ASSERT_FALSE(leeg.ok());
  EXPECT_TRUE(heeft_fout(leeg.error(), "persoonId", "fout.ongeldige_keuze") ||
              heeft_fout(leeg.error(), "persoonId", "fout.geen_geheel_getal"));
  EXPECT_TRUE(heeft_fout(leeg.error(), "organisatieId", "fout.verplicht"));
}

}  // namespace
}  // namespace regie::governance
