#include "domain/auth/actor.hpp"

#include <gtest/gtest.h>

namespace regie::auth {
namespace {

using governance::RolSoort;

Actor actor(Gebruikersrol rol, Id organisatie = 5) {
  return Actor{1, "a", rol, organisatie, "Org", 1};
}

TEST(ActorTest, OpdrachtgeverZietEigenOrganisatieEnDeOmgevingsdienst) {
  auto ids = zichtbare_organisaties(actor(Gebruikersrol::kOpdrachtgever, 5), {1});
  ASSERT_TRUE(ids);
  EXPECT_EQ(*ids, (std::vector<Id>{1, 5}));
  EXPECT_FALSE(zichtbare_organisaties(actor(Gebruikersrol::kAccountmanager), {1}));
  EXPECT_FALSE(zichtbare_organisaties(actor(Gebruikersrol::kBeheerder), {1}));
}

TEST(ActorTest, AlleenBeheerderWijzigtRegioEnOrganisaties) {
  for (auto rol : alle_gebruikersrollen()) {
    EXPECT_EQ(mag_organisatie_wijzigen(actor(rol)), rol == Gebruikersrol::kBeheerder);
    EXPECT_EQ(mag_regio_wijzigen(actor(rol)), rol == Gebruikersrol::kBeheerder);
  }
}

TEST(ActorTest, BestuurderEnMedewerkerLezenAlleen) {
  for (auto rol : {Gebruikersrol::kBestuurder, Gebruikersrol::kMedewerker}) {
    EXPECT_FALSE(mag_persoon_wijzigen(actor(rol), 5));
    EXPECT_FALSE(mag_rol_wijzigen(actor(rol), 5, 5, RolSoort::kAmbtelijkOpdrachtgever));
  }
}

TEST(ActorTest, OpdrachtgeverBenoemtGeenAccountmanagerEnNietsBijEenAnder) {
  auto og = actor(Gebruikersrol::kOpdrachtgever, 5);
  EXPECT_TRUE(mag_rol_wijzigen(og, 5, 5, RolSoort::kAmbtelijkOpdrachtgever));
  EXPECT_FALSE(mag_rol_wijzigen(og, 5, 1, RolSoort::kAmbtelijkOpdrachtgever));
  EXPECT_FALSE(mag_rol_wijzigen(og, 6, 5, RolSoort::kAmbtelijkOpdrachtgever));
  EXPECT_FALSE(mag_rol_wijzigen(og, 5, 5, RolSoort::kAccountmanager));
  EXPECT_TRUE(mag_persoon_wijzigen(og, 5));
  EXPECT_FALSE(mag_persoon_wijzigen(og, 6));
}

// GOV-6: a mandaat is the vertegenwoordigde's; the representing side cannot record it.
TEST(ActorTest, VertegenwoordigingIsVanDeVertegenwoordigde) {
  EXPECT_TRUE(mag_vertegenwoordiging_wijzigen(actor(Gebruikersrol::kOpdrachtgever, 5), 5));
  EXPECT_FALSE(mag_vertegenwoordiging_wijzigen(actor(Gebruikersrol::kOpdrachtgever, 5), 6));
  EXPECT_TRUE(mag_vertegenwoordiging_wijzigen(actor(Gebruikersrol::kBeheerder, 1), 6));
  for (auto rol : {Gebruikersrol::kAccountmanager, Gebruikersrol::kDirectie,
                   Gebruikersrol::kMedewerker, Gebruikersrol::kBestuurder}) {
    EXPECT_FALSE(mag_vertegenwoordiging_wijzigen(actor(rol, 5), 5)) << code(rol);
    EXPECT_FALSE(mag_vertegenwoordigingen_vastleggen(actor(rol, 5))) << code(rol);
  }
}

}  // namespace
}  // namespace regie::auth
