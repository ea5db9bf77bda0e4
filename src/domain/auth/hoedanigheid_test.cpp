#include "domain/auth/hoedanigheid.hpp"

#include <gtest/gtest.h>

namespace regie::auth {
namespace {

using governance::RolSoort;

GehoudenRol rol(Id id, RolSoort soort, Datum van, std::optional<Datum> tot) {
  GehoudenRol r;
  r.rol.id = id;
  r.rol.soort = soort;
  r.rol.organisatie_id = 5;
  r.rol.periode = Periode{van, tot};
  r.organisatie_naam = "Gemeente Beekdal";
  return r;
}

// GOV-10, GOV-3: a rol gives its hat on the days of its period only; one that ended yesterday
// gives none today, one that starts tomorrow none yet.
TEST(HoedanigheidTest, GOV10_RolDieGisterenEindigdeIsVandaagGeenHoed) {
  const Datum vandaag = *Datum::from_ymd(2026, 12, 1);
  const Datum gisteren = *Datum::from_ymd(2026, 11, 30);
  const Datum morgen = *Datum::from_ymd(2026, 12, 2);
  std::vector<GehoudenRol> rollen = {
      rol(1, RolSoort::kAmbtelijkOpdrachtgever, *Datum::from_ymd(2023, 1, 1), gisteren),
      rol(2, RolSoort::kBeleidsadviseur, *Datum::from_ymd(2023, 1, 1), std::nullopt),
      rol(3, RolSoort::kPortefeuillehouderMilieu, morgen, std::nullopt),
  };
  auto vandaag_hoeden = hoedanigheden_op(rollen, vandaag);
  ASSERT_EQ(vandaag_hoeden.size(), 1U);
  EXPECT_EQ(vandaag_hoeden[0].rol_id, 2);
  EXPECT_EQ(hoedanigheden_op(rollen, gisteren).size(), 2U);
  EXPECT_EQ(hoedanigheden_op(rollen, morgen).size(), 2U);
}

TEST(HoedanigheidTest, TekstNoemtDeRolEnDeOrganisatie) {
  EXPECT_EQ(tekst({RolSoort::kAmbtelijkOpdrachtgever, 5, "Gemeente Beekdal", 1}),
            "ambtelijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(tekst({RolSoort::kAccountmanager, 5, "Gemeente Beekdal", 1}),
            "accountmanager voor Gemeente Beekdal");
  EXPECT_EQ(tekst({RolSoort::kAbLid, 5, "Gemeente Beekdal", 1}), "AB-lid namens Gemeente Beekdal");
  EXPECT_TRUE(is_regiobrede_hoed(RolSoort::kRegisseurBeleidscyclus));
  EXPECT_FALSE(is_regiobrede_hoed(RolSoort::kBestuurlijkOpdrachtgever));
}

}  // namespace
}  // namespace regie::auth
