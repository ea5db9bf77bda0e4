// The store contract of the MetingRepository (domain/monitoring/meting_repository.hpp):
// indicator measurements (MON-4) and process measures (MON-5).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/monitoring/meting_repository.hpp"

namespace regie::store_contract {
namespace {

// MON-4, MON-5: measurements come back exactly, by peildatum or month; one per indicator and
// day, and one per deelnemer, maat and month.
TEST_P(StoreContractTest, MON4_MON5_MetingenPerIndicatorEnPerMaand) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  monitoring::Indicatormeting i;
  i.regio_id = r.regio;
  i.jaar = 2026;
  i.doel_nummer = 2;
  i.indicator = "Naleefgedrag ‘bedrijven’";
  i.peildatum = *Datum::from_ymd(2026, 6, 30);
  i.waarde = 76'50;
  i.toelichting = "Steekproef van 120 bedrijven\nQ2";
  i.door = "Ingrid Mulder";
  i.op = "2026-07-02T09:00:00Z";
  auto eerder = i;
  eerder.peildatum = *Datum::from_ymd(2026, 3, 31);
  eerder.waarde = -1'25;
  ASSERT_OK_AND_ASSIGN(
      i.id, schrijf([&](UnitOfWork& uow) { return uow.metingen().create_indicatormeting(i); }));
  ASSERT_OK_AND_ASSIGN(eerder.id, schrijf([&](UnitOfWork& uow) {
                         return uow.metingen().create_indicatormeting(eerder);
                       }));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.metingen().create_indicatormeting(i); }),
               ErrorCode::kConflict));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.metingen().indicatormetingen(r.regio, 2026);
                       }));
  ASSERT_EQ(lijst.size(), 2U);
  EXPECT_EQ(lijst[0].id, eerder.id);
  EXPECT_EQ(lijst[0].waarde, -1'25);
  EXPECT_EQ(lijst[1].indicator, i.indicator);
  EXPECT_EQ(lijst[1].peildatum, i.peildatum);
  EXPECT_EQ(lijst[1].toelichting, i.toelichting);
  EXPECT_EQ(lijst[1].door, "Ingrid Mulder");
  EXPECT_EQ(lijst[1].op, "2026-07-02T09:00:00Z");
  ASSERT_OK_AND_ASSIGN(auto ander_jaar, lees([&](UnitOfWork& uow) {
                         return uow.metingen().indicatormetingen(r.regio, 2027);
                       }));
  EXPECT_TRUE(ander_jaar.empty());

  monitoring::Procesmeting p;
  p.regio_id = r.regio;
  p.maat = monitoring::Procesmaat::kAchterstand;
  p.maand = 202610;
  p.waarde = 41'00;
  p.door = "Marieke Jansen";
  p.op = "2026-11-03T09:00:00Z";
  auto gemeente = p;
  gemeente.deelnemer_id = r.gemeente_a;
  gemeente.maand = 202609;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.metingen().create_procesmeting(p); }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.metingen().create_procesmeting(gemeente); }));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.metingen().create_procesmeting(p); }),
               ErrorCode::kConflict));
  ASSERT_OK_AND_ASSIGN(auto proces, lees([&](UnitOfWork& uow) {
                         return uow.metingen().procesmetingen(r.regio, 202601, 202612);
                       }));
  ASSERT_EQ(proces.size(), 2U);
  EXPECT_EQ(proces[0].deelnemer_id, r.gemeente_a);
  EXPECT_EQ(proces[0].maand, 202609);
  EXPECT_EQ(proces[1].maat, monitoring::Procesmaat::kAchterstand);
  EXPECT_EQ(proces[1].waarde, 41'00);
  ASSERT_OK_AND_ASSIGN(auto oktober, lees([&](UnitOfWork& uow) {
                         return uow.metingen().procesmetingen(r.regio, 202610, 202610);
                       }));
  EXPECT_EQ(oktober.size(), 1U);
}

// MON-4, MON-5: a wrong meting is read back by its id and removed; after that its place is free
// for the right one, and reading or removing it again is not found.
TEST_P(StoreContractTest, MON4_MON5_MetingOphalenEnVerwijderen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  monitoring::Indicatormeting i;
  i.regio_id = r.regio;
  i.jaar = 2026;
  i.doel_nummer = 1;
  i.indicator = "Klachten";
  i.peildatum = *Datum::from_ymd(2026, 9, 30);
  i.waarde = 1'39'00;  // a typo for 13,9
  i.door = "Ingrid Mulder";
  i.op = "2026-10-01T09:00:00Z";
  ASSERT_OK_AND_ASSIGN(
      i.id, schrijf([&](UnitOfWork& uow) { return uow.metingen().create_indicatormeting(i); }));
  ASSERT_OK_AND_ASSIGN(
      auto terug, lees([&](UnitOfWork& uow) { return uow.metingen().get_indicatormeting(i.id); }));
  EXPECT_EQ(terug.indicator, "Klachten");
  EXPECT_EQ(terug.peildatum, i.peildatum);
  EXPECT_EQ(terug.waarde, 1'39'00);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.metingen().delete_indicatormeting(i.id); }));
  EXPECT_TRUE(
      FaaltMet(lees([&](UnitOfWork& uow) { return uow.metingen().get_indicatormeting(i.id); }),
               ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.metingen().delete_indicatormeting(i.id); }),
      ErrorCode::kNotFound));
  i.waarde = 13'90;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.metingen().create_indicatormeting(i); }));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.metingen().indicatormetingen(r.regio, 2026);
                       }));
  ASSERT_EQ(lijst.size(), 1U);
  EXPECT_EQ(lijst[0].waarde, 13'90);

  monitoring::Procesmeting p;
  p.regio_id = r.regio;
  p.deelnemer_id = r.gemeente_a;
  p.maat = monitoring::Procesmaat::kDoorlooptijd;
  p.maand = 202610;
  p.waarde = 4'50;
  p.toelichting = "Uit het zaaksysteem";
  p.door = "Marieke Jansen";
  p.op = "2026-11-03T09:00:00Z";
  ASSERT_OK_AND_ASSIGN(
      p.id, schrijf([&](UnitOfWork& uow) { return uow.metingen().create_procesmeting(p); }));
  ASSERT_OK_AND_ASSIGN(
      auto pterug, lees([&](UnitOfWork& uow) { return uow.metingen().get_procesmeting(p.id); }));
  EXPECT_EQ(pterug.deelnemer_id, r.gemeente_a);
  EXPECT_EQ(pterug.maat, monitoring::Procesmaat::kDoorlooptijd);
  EXPECT_EQ(pterug.toelichting, "Uit het zaaksysteem");
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.metingen().delete_procesmeting(p.id); }));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.metingen().get_procesmeting(p.id); }),
                       ErrorCode::kNotFound));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.metingen().delete_procesmeting(p.id); }),
               ErrorCode::kNotFound));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.metingen().create_procesmeting(p); }));
}

}  // namespace
}  // namespace regie::store_contract
