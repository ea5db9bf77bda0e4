// The store contract of the KoppelingRepository (domain/programma/koppeling_repository.hpp):
// the programmaregels an opdracht carries out (OPD-4, OPD-7).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/programma/koppeling_repository.hpp"

namespace regie::store_contract {
namespace {

// OPD-4: an opdracht's set of programmaregels comes back exactly (the whole regio as 0), by
// product and deelnemer; a replace from a stale version is refused and changes nothing; a
// replace with nothing empties it; another opdracht's set stays; links to a missing opdracht
// are refused.
TEST_P(StoreContractTest, OPD4_ProgrammakoppelingenWordenAlsGeheelVervangen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto opdracht = [&](const std::string& titel) {
    opdrachten::Opdracht o;
    o.regio_id = r.regio;
    o.opdrachtgever_id = r.gemeente_a;
    o.titel = titel;
    o.jaar = 2027;
    return o;
  };
  ASSERT_OK_AND_ASSIGN(
      Id a, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(opdracht("A")); }));
  ASSERT_OK_AND_ASSIGN(
      Id b, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(opdracht("B")); }));
  auto koppeling = [&](const std::string& code, Id deelnemer) {
    programma::Programmakoppeling k;
    k.regel = {code, deelnemer};
    k.door = "Pieter de Boer, ambtelijk opdrachtgever ‘Beekdal’";
    k.op = "2026-12-01T09:00:00Z";
    return k;
  };
  const std::vector<programma::Programmakoppeling> eerste = {
      koppeling("VV-01", r.gemeente_a), koppeling("TZ-09", 0), koppeling("VV-01", 0)};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.koppelingen().vervang(a, 0, eerste); }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.koppelingen().vervang(b, 0, {koppeling("MW-01", r.gemeente_a)});
  }));

  // OPD-4: every link of the regio's opdrachten of a year, by opdracht, then key.
  ASSERT_OK_AND_ASSIGN(auto in_regio, lees([&](UnitOfWork& uow) {
                         return uow.koppelingen().list_regio(r.regio, 2027);
                       }));
  ASSERT_EQ(in_regio.size(), 4U);
  EXPECT_EQ(in_regio[0].opdracht_id, a);
  EXPECT_EQ(in_regio[0].regel, (programma::Regelsleutel{"TZ-09", 0}));
  EXPECT_EQ(in_regio[3].opdracht_id, b);
  EXPECT_EQ(in_regio[3].regel, (programma::Regelsleutel{"MW-01", r.gemeente_a}));
  ASSERT_OK_AND_ASSIGN(auto ander_jaar, lees([&](UnitOfWork& uow) {
                         return uow.koppelingen().list_regio(r.regio, 2028);
                       }));
  EXPECT_TRUE(ander_jaar.empty());

  ASSERT_OK_AND_ASSIGN(auto lijst,
                       lees([&](UnitOfWork& uow) { return uow.koppelingen().list(a); }));
  ASSERT_EQ(lijst.size(), 3U);
  EXPECT_EQ(lijst[0].regel, (programma::Regelsleutel{"TZ-09", 0}));
  EXPECT_EQ(lijst[1].regel, (programma::Regelsleutel{"VV-01", 0}));
  EXPECT_EQ(lijst[2].regel, (programma::Regelsleutel{"VV-01", r.gemeente_a}));
  EXPECT_EQ(lijst[2].opdracht_id, a);
  EXPECT_EQ(lijst[2].door, eerste[0].door);
  EXPECT_EQ(lijst[2].op, eerste[0].op);
  const auto versie = koppelversie(lijst);
  EXPECT_GT(versie, 0);

  // A stale version: refused, nothing changed.
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.koppelingen().vervang(a, 0, {koppeling("XX-01", 0)});
                       }),
                       ErrorCode::kStale));
  ASSERT_OK_AND_ASSIGN(auto zelfde,
                       lees([&](UnitOfWork& uow) { return uow.koppelingen().list(a); }));
  EXPECT_EQ(zelfde.size(), 3U);

  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.koppelingen().vervang(a, versie, {koppeling("TZ-09", 0)});
  }));
  ASSERT_OK_AND_ASSIGN(auto daarna,
                       lees([&](UnitOfWork& uow) { return uow.koppelingen().list(a); }));
  ASSERT_EQ(daarna.size(), 1U);
  EXPECT_NE(koppelversie(daarna), versie);
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.koppelingen().vervang(a, koppelversie(daarna), {}); }));
  ASSERT_OK_AND_ASSIGN(auto leeg, lees([&](UnitOfWork& uow) { return uow.koppelingen().list(a); }));
  EXPECT_TRUE(leeg.empty());
  ASSERT_OK_AND_ASSIGN(auto van_b,
                       lees([&](UnitOfWork& uow) { return uow.koppelingen().list(b); }));
  EXPECT_EQ(van_b.size(), 1U);

  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.koppelingen().vervang(999'999, 0, {koppeling("VV-01", 0)});
                       }),
                       ErrorCode::kConflict));
}

}  // namespace
}  // namespace regie::store_contract
