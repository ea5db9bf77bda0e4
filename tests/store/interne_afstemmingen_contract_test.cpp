// The store contract of the InterneAfstemmingRepository
// (domain/opdrachten/interne_afstemming_repository.hpp): the interne afstemming (OPD-8).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/opdrachten/interne_afstemming_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"

namespace regie::store_contract {
namespace {

// OPD-8: an afstemming comes back exactly, listed per opdracht by its moment (not by id); one
// for an opdracht that does not exist is refused and leaves nothing.
TEST_P(StoreContractTest, OPD8_InterneAfstemmingWordtExactTeruggelezenPerOpdrachtOpTijd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto opdracht = [&](const std::string& titel) {
    opdrachten::Opdracht o;
    o.regio_id = r.regio;
    o.opdrachtgever_id = r.gemeente_a;
    o.titel = titel;
    o.jaar = 2027;
    o.status = opdrachten::Status::kAangeboden;
    return o;
  };
  ASSERT_OK_AND_ASSIGN(
      Id a, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(opdracht("A")); }));
  ASSERT_OK_AND_ASSIGN(
      Id b, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(opdracht("B")); }));
  opdrachten::InterneAfstemming later;
  later.opdracht_id = a;
  later.teams = "Team ‘asbest’ — en toezicht";
  later.capaciteit = "Regel één\n- punt \"twee\"";
  later.effecten = "Controles schuiven € 0";
  later.uitkomst = opdrachten::Uitkomst::kOnderVoorwaarden;
  later.toelichting = "Start in april";
  later.door = "Thomas Bakker, accountmanager voor Gemeente Beekdal";
  later.op = "2026-11-28T10:00:00Z";
  auto eerder = later;
  eerder.uitkomst = opdrachten::Uitkomst::kNietUitvoerbaar;
  eerder.toelichting = "";
  eerder.op = "2026-11-27T10:00:00Z";
  auto van_b = later;
  van_b.opdracht_id = b;
  ASSERT_OK_AND_ASSIGN(
      later.id, schrijf([&](UnitOfWork& uow) { return uow.interne_afstemmingen().create(later); }));
  ASSERT_OK_AND_ASSIGN(eerder.id, schrijf([&](UnitOfWork& uow) {
                         return uow.interne_afstemmingen().create(eerder);
                       }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.interne_afstemmingen().create(van_b); }));

  ASSERT_OK_AND_ASSIGN(auto lijst,
                       lees([&](UnitOfWork& uow) { return uow.interne_afstemmingen().list(a); }));
  ASSERT_EQ(lijst.size(), 2U);
  EXPECT_EQ(lijst[0].id, eerder.id);
  EXPECT_EQ(lijst[0].uitkomst, opdrachten::Uitkomst::kNietUitvoerbaar);
  EXPECT_EQ(lijst[0].toelichting, "");
  const auto& terug = lijst[1];
  EXPECT_EQ(terug.id, later.id);
  EXPECT_EQ(terug.opdracht_id, a);
  EXPECT_EQ(terug.teams, later.teams);
  EXPECT_EQ(terug.capaciteit, later.capaciteit);
  EXPECT_EQ(terug.effecten, later.effecten);
  EXPECT_EQ(terug.uitkomst, opdrachten::Uitkomst::kOnderVoorwaarden);
  EXPECT_EQ(terug.toelichting, "Start in april");
  EXPECT_EQ(terug.door, later.door);
  EXPECT_EQ(terug.op, later.op);

  auto zonder = later;
  zonder.opdracht_id = 999'999;
  auto geweigerd =
      schrijf([&](UnitOfWork& uow) { return uow.interne_afstemmingen().create(zonder); });
  EXPECT_FALSE(geweigerd.ok());
  ASSERT_OK_AND_ASSIGN(
      auto leeg, lees([&](UnitOfWork& uow) { return uow.interne_afstemmingen().list(999'999); }));
  EXPECT_TRUE(leeg.empty());
}

}  // namespace
}  // namespace regie::store_contract
