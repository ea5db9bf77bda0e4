#include "domain/governance/rol.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <vector>

namespace regie::governance {

void PrintTo(const UrenPeriode& p, std::ostream* os) {
  *os << p.uren_per_jaar << " uur vanaf " << p.van.iso();
}

namespace {

using testhulp::d;

// A rol of 300 hours from 2023, as it is created: one period from its start.
Rol rol_van_300_uur(std::optional<Datum> tot = std::nullopt) {
  Rol rol;
  rol.soort = RolSoort::kAmbtelijkOpdrachtgever;
  rol.periode = Periode{d(2023, 1, 1), tot};
  wijzig_uren(rol, rol.periode.van, 300);
  return rol;
}

// GOV-3
TEST(RolUrenTest, EenNieuweRolHeeftEenPeriodeVanafZijnBegin) {
  Rol rol = rol_van_300_uur();
  EXPECT_EQ(rol.urenperioden, (std::vector<UrenPeriode>{{d(2023, 1, 1), 300}}));
  EXPECT_EQ(rol.uren_per_jaar, 300);
  EXPECT_EQ(uren_op(rol, d(2023, 1, 1)), 300);
  EXPECT_EQ(uren_op(rol, d(2040, 12, 31)), 300);
}

// GOV-3
TEST(RolUrenTest, GOV3_UrenWijzigenVanafEenDatumLaatDeEerderePeriodeIntact) {
  Rol rol = rol_van_300_uur();
  wijzig_uren(rol, d(2027, 1, 1), 450);
  EXPECT_EQ(rol.urenperioden,
            (std::vector<UrenPeriode>{{d(2023, 1, 1), 300}, {d(2027, 1, 1), 450}}));
  EXPECT_EQ(rol.uren_per_jaar, 450);
  EXPECT_EQ(uren_op(rol, d(2026, 6, 1)), 300);
  EXPECT_EQ(uren_op(rol, d(2026, 12, 31)), 300);
  EXPECT_EQ(uren_op(rol, d(2027, 1, 1)), 450);
  EXPECT_EQ(uren_op(rol, d(2027, 2, 1)), 450);
}

// GOV-3: a later change from an earlier date replaces what was planned from that date on.
TEST(RolUrenTest, WijzigenVervangtDePeriodenDieOpOfNaDieDatumBeginnen) {
  Rol rol = rol_van_300_uur();
  wijzig_uren(rol, d(2025, 1, 1), 400);
  wijzig_uren(rol, d(2027, 1, 1), 450);
  wijzig_uren(rol, d(2025, 1, 1), 350);
  EXPECT_EQ(rol.urenperioden,
            (std::vector<UrenPeriode>{{d(2023, 1, 1), 300}, {d(2025, 1, 1), 350}}));
  EXPECT_EQ(rol.uren_per_jaar, 350);
  EXPECT_EQ(uren_op(rol, d(2028, 1, 1)), 350);
}

// GOV-3: a date on or before the start corrects the hours of the whole rol.
TEST(RolUrenTest, WijzigenVanafHetBeginOfEerderIsEenCorrectie) {
  for (Datum vanaf : {d(2023, 1, 1), d(2020, 6, 1)}) {
    Rol rol = rol_van_300_uur();
    wijzig_uren(rol, d(2026, 1, 1), 450);
    wijzig_uren(rol, vanaf, 320);
    EXPECT_EQ(rol.urenperioden, (std::vector<UrenPeriode>{{d(2023, 1, 1), 320}})) << vanaf.iso();
    EXPECT_EQ(rol.uren_per_jaar, 320);
  }
}

TEST(RolUrenTest, DezelfdeUrenAlsDiedagGeldenMakenGeenNieuwePeriode) {
  Rol rol = rol_van_300_uur();
  wijzig_uren(rol, d(2027, 1, 1), 300);
  EXPECT_EQ(rol.urenperioden, (std::vector<UrenPeriode>{{d(2023, 1, 1), 300}}));
}

TEST(RolUrenTest, BuitenDePeriodeVanDeRolZijnErGeenUren) {
  Rol rol = rol_van_300_uur(d(2025, 12, 31));
  EXPECT_EQ(uren_op(rol, d(2022, 12, 31)), 0);
  EXPECT_EQ(uren_op(rol, d(2025, 12, 31)), 300);
  EXPECT_EQ(uren_op(rol, d(2026, 1, 1)), 0);
}

// A rol built by hand, without periods, has its uren_per_jaar for its whole periode.
TEST(RolUrenTest, RolZonderPeriodenHeeftZijnUrenPerJaar) {
  Rol rol;
  rol.periode = Periode{d(2024, 1, 1), std::nullopt};
  rol.uren_per_jaar = 250;
  EXPECT_EQ(urenperioden_van(rol), (std::vector<UrenPeriode>{{d(2024, 1, 1), 250}}));
  EXPECT_EQ(uren_op(rol, d(2026, 6, 1)), 250);
}

TEST(RolUrenTest, LatereBeginDatumHoudtDeUrenVanDieDag) {
  Rol rol = rol_van_300_uur();
  wijzig_uren(rol, d(2025, 1, 1), 400);
  wijzig_uren(rol, d(2027, 1, 1), 450);
  rol.periode.van = d(2026, 1, 1);
  pas_urenperioden_aan(rol);
  EXPECT_EQ(rol.urenperioden,
            (std::vector<UrenPeriode>{{d(2026, 1, 1), 400}, {d(2027, 1, 1), 450}}));
  EXPECT_EQ(rol.uren_per_jaar, 450);
}

TEST(RolUrenTest, EerdereBeginDatumTrektDeEerstePeriodeTerug) {
  Rol rol = rol_van_300_uur();
  wijzig_uren(rol, d(2027, 1, 1), 450);
  rol.periode.van = d(2021, 3, 1);
  pas_urenperioden_aan(rol);
  EXPECT_EQ(rol.urenperioden,
            (std::vector<UrenPeriode>{{d(2021, 3, 1), 300}, {d(2027, 1, 1), 450}}));
  EXPECT_EQ(uren_op(rol, d(2022, 1, 1)), 300);
}

TEST(RolUrenTest, EindDatumVoorEenLaterePeriodeLaatDiePeriodeVervallen) {
  Rol rol = rol_van_300_uur();
  wijzig_uren(rol, d(2027, 1, 1), 450);
  rol.periode.tot = d(2026, 12, 31);
  pas_urenperioden_aan(rol);
  EXPECT_EQ(rol.urenperioden, (std::vector<UrenPeriode>{{d(2023, 1, 1), 300}}));
  EXPECT_EQ(rol.uren_per_jaar, 300);
}

}  // namespace
}  // namespace regie::governance
