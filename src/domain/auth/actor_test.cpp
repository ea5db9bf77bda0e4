#include "domain/auth/actor.hpp"

#include <gtest/gtest.h>

namespace regie::auth {
namespace {

using governance::RolSoort;

// A persoon employed by `werkgever` wearing the hats given as (soort, organisatie).
Actor persoon(Id werkgever, std::vector<std::pair<RolSoort, Id>> hoeden) {
  Actor a;
  a.naam = "a";
  a.persoon_id = 9;
  a.persoon_naam = "Persoon";
  a.organisatie_id = werkgever;
  a.regio_id = 1;
  Id rol_id = 1;
  for (const auto& [soort, org] : hoeden) {
    a.hoedanigheden.push_back({soort, org, "Org " + std::to_string(org), rol_id++});
  }
  return a;
}

Actor beheerder() {
  Actor a = systeem_actor(1);
  a.naam = "beheerder";
  return a;
}

constexpr Id kOd = 1;
constexpr Id kBeekdal = 5;
constexpr Id kDijkstede = 6;

TEST(ActorTest, OpdrachtgeverZietEigenOrganisatieEnDeOmgevingsdienst) {
  auto ids = zichtbare_organisaties(
      persoon(kBeekdal, {{RolSoort::kAmbtelijkOpdrachtgever, kBeekdal}}), {kOd});
  ASSERT_TRUE(ids);
  EXPECT_EQ(*ids, (std::vector<Id>{kOd, kBeekdal}));
  EXPECT_FALSE(
      zichtbare_organisaties(persoon(kOd, {{RolSoort::kAccountmanager, kBeekdal}}), {kOd}));
  EXPECT_FALSE(zichtbare_organisaties(beheerder(), {kOd}));
}

TEST(ActorTest, AlleenBeheerderWijzigtRegioEnOrganisaties) {
  EXPECT_TRUE(mag_organisatie_wijzigen(beheerder()));
  EXPECT_TRUE(mag_regio_wijzigen(beheerder()));
  for (auto soort : {RolSoort::kAmbtelijkOpdrachtgever, RolSoort::kDirectieOd,
                     RolSoort::kAccountmanager, RolSoort::kRegisseurBeleidscyclus}) {
    auto a = persoon(kBeekdal, {{soort, kBeekdal}});
    EXPECT_FALSE(mag_organisatie_wijzigen(a)) << governance::code(soort);
    EXPECT_FALSE(mag_regio_wijzigen(a)) << governance::code(soort);
  }
}

TEST(ActorTest, BestuurderEnMedewerkerLezenAlleen) {
  for (auto a : {persoon(kBeekdal, {{RolSoort::kBestuurlijkOpdrachtgever, kBeekdal},
                                    {RolSoort::kAbLid, kBeekdal}}),
                 persoon(kOd, {{RolSoort::kMedewerker, kOd}})}) {
    EXPECT_FALSE(mag_persoon_wijzigen(a, kBeekdal));
    EXPECT_FALSE(mag_rol_wijzigen(a, kBeekdal, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever));
    EXPECT_FALSE(mag_rollen_vastleggen(a));
  }
}

TEST(ActorTest, OpdrachtgeverBenoemtGeenAccountmanagerEnNietsBijEenAnder) {
  auto og = persoon(kBeekdal, {{RolSoort::kAmbtelijkOpdrachtgever, kBeekdal}});
  EXPECT_TRUE(mag_rol_wijzigen(og, kBeekdal, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever));
  EXPECT_TRUE(mag_rol_wijzigen(og, kBeekdal, kBeekdal, RolSoort::kBeleidsadviseur));
  EXPECT_FALSE(mag_rol_wijzigen(og, kBeekdal, kOd, RolSoort::kAmbtelijkOpdrachtgever));
  EXPECT_FALSE(mag_rol_wijzigen(og, kDijkstede, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever));
  EXPECT_FALSE(mag_rol_wijzigen(og, kBeekdal, kOd, RolSoort::kAccountmanager));
  EXPECT_TRUE(mag_persoon_wijzigen(og, kBeekdal));
  EXPECT_FALSE(mag_persoon_wijzigen(og, kDijkstede));
}

// GOV-10: a gemeente appoints its own opdrachtgevers; the OD its accountmanagers and directie;
// the beheerder everything. Not the OD appointing a gemeente's opdrachtgever.
TEST(ActorTest, GOV10_OdBenoemtGeenOpdrachtgeverVanEenGemeente) {
  auto directie = persoon(kOd, {{RolSoort::kDirectieOd, kOd}});
  auto am = persoon(kOd, {{RolSoort::kAccountmanager, kBeekdal}});
  for (const auto& od : {directie, am}) {
    EXPECT_FALSE(mag_rol_wijzigen(od, kBeekdal, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever));
    EXPECT_FALSE(mag_persoon_wijzigen(od, kBeekdal));
  }
  EXPECT_TRUE(mag_rol_wijzigen(directie, kBeekdal, kOd, RolSoort::kAccountmanager));
  EXPECT_TRUE(mag_rol_wijzigen(directie, kOd, kOd, RolSoort::kDirectieOd));
  EXPECT_TRUE(mag_persoon_wijzigen(directie, kOd));
  // An accountmanager appoints nobody, not even another accountmanager.
  EXPECT_FALSE(mag_rol_wijzigen(am, kBeekdal, kOd, RolSoort::kAccountmanager));
  EXPECT_TRUE(mag_rol_wijzigen(beheerder(), kBeekdal, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever));
  // The DB (chosen by the AB) and the regisseur are recorded by the beheerder only.
  auto og = persoon(kBeekdal, {{RolSoort::kAmbtelijkOpdrachtgever, kBeekdal}});
  EXPECT_FALSE(mag_rol_wijzigen(og, kBeekdal, kBeekdal, RolSoort::kDbLid));
  EXPECT_FALSE(mag_rol_wijzigen(directie, kOd, kOd, RolSoort::kRegisseurBeleidscyclus));
}

// GOV-10: two hats give the rights of both; no hat gives nothing.
TEST(ActorTest, GOV10_TweeHoedenGevenSamenBeideRechten) {
  auto twee =
      persoon(kOd, {{RolSoort::kRegisseurBeleidscyclus, kOd}, {RolSoort::kDirectieOd, kOd}});
  EXPECT_TRUE(mag_projectgroeplid_wijzigen(twee, kBeekdal));  // as regisseur
  EXPECT_TRUE(mag_persoon_wijzigen(twee, kOd));               // as directie
  auto geen = persoon(kBeekdal, {});
  EXPECT_FALSE(mag_persoon_wijzigen(geen, kBeekdal));
  EXPECT_FALSE(mag_rollen_vastleggen(geen));
  EXPECT_FALSE(mag_projectgroeplid_wijzigen(geen, kBeekdal));
  auto ids = zichtbare_organisaties(geen, {kOd});
  ASSERT_TRUE(ids);
  EXPECT_EQ(*ids, (std::vector<Id>{kOd, kBeekdal}));
}

// GOV-6: a mandaat is the vertegenwoordigde's; the representing side cannot record it.
TEST(ActorTest, VertegenwoordigingIsVanDeVertegenwoordigde) {
  auto og = persoon(kBeekdal, {{RolSoort::kAmbtelijkOpdrachtgever, kBeekdal}});
  EXPECT_TRUE(mag_vertegenwoordiging_wijzigen(og, kBeekdal));
  EXPECT_FALSE(mag_vertegenwoordiging_wijzigen(og, kDijkstede));
  EXPECT_TRUE(mag_vertegenwoordiging_wijzigen(beheerder(), kDijkstede));
  for (auto soort : {RolSoort::kAccountmanager, RolSoort::kDirectieOd, RolSoort::kMedewerker,
                     RolSoort::kBestuurlijkOpdrachtgever}) {
    auto a = persoon(kBeekdal, {{soort, kBeekdal}});
    EXPECT_FALSE(mag_vertegenwoordiging_wijzigen(a, kBeekdal)) << governance::code(soort);
    EXPECT_FALSE(mag_vertegenwoordigingen_vastleggen(a)) << governance::code(soort);
  }
}

// GOV-10: records name the persoon with the hat worn.
TEST(ActorTest, GOV10_WieNoemtPersoonEnHoed) {
  auto a = persoon(
      kOd, {{RolSoort::kAccountmanager, kBeekdal}, {RolSoort::kAccountmanager, kDijkstede}});
  a.hoedanigheden[0].organisatie_naam = "Gemeente Beekdal";
  a.hoedanigheden[1].organisatie_naam = "Gemeente Dijkstede";
  EXPECT_EQ(wie(a, hoed(a, RolSoort::kAccountmanager, kDijkstede)),
            "Persoon, accountmanager voor Gemeente Dijkstede");
  EXPECT_EQ(wie(a), "Persoon, accountmanager voor Gemeente Beekdal en Gemeente Dijkstede");
  EXPECT_EQ(wie(beheerder()), "beheerder");
  EXPECT_EQ(audit_naam(beheerder()), "beheerder");
  EXPECT_EQ(audit_naam(a),
            "a (Persoon, accountmanager voor Gemeente Beekdal en Gemeente Dijkstede)");
  EXPECT_EQ(hoeden_tekst(persoon(kBeekdal, {})), "geen rol op deze dag");
}

}  // namespace
}  // namespace regie::auth
