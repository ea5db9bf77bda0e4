// The store contract of the RondeRepository (domain/beleidscyclus/ronde_repository.hpp) and of
// the B8-4 parts of a step and its documents: the rounds of the Big 8.
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/beleidscyclus/ronde_repository.hpp"

namespace regie::store_contract {
namespace {

Datum dag(int jaar, unsigned maand, unsigned d) { return *Datum::from_ymd(jaar, maand, d); }

// B8-4: a round left, a moved planned end, the original planned end of a step and a document's
// round, kind and adopting body come back exactly; rounds by periode, moves by id; a record for
// a step that does not exist is refused.
TEST_P(StoreContractTest, B84_RondesPlanwijzigingenEnProductenWordenExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto stap = beleidscyclus::standaard_stappen(r.regio, 2027)[3];
  stap.oorspronkelijk_eind = dag(2026, 11, 12);
  stap.gepland_eind = dag(2026, 11, 26);
  ASSERT_OK_AND_ASSIGN(stap.id,
                       schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_stap(stap); }));
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(stap.id); }));
  EXPECT_EQ(terug.oorspronkelijk_eind, dag(2026, 11, 12));

  beleidscyclus::Ronde later;
  later.stap_id = stap.id;
  later.periode = "2026";
  later.status = beleidscyclus::Status::kAfgerond;
  later.gepland_begin = dag(2025, 9, 1);
  later.gepland_eind = dag(2025, 12, 15);
  later.oorspronkelijk_eind = dag(2025, 12, 1);
  later.werkelijk_begin = dag(2025, 9, 1);
  later.werkelijk_eind = dag(2025, 12, 11);
  later.afgesloten = "2026-09-01T09:00:00Z";
  later.door = "Thomas Bakker, accountmanager — ‘Beekdal’";
  beleidscyclus::Ronde eerder;
  eerder.stap_id = stap.id;
  eerder.periode = "2025";
  eerder.status = beleidscyclus::Status::kBezig;
  eerder.afgesloten = "2025-09-01T09:00:00Z";
  eerder.door = "Beheerder";
  ASSERT_OK_AND_ASSIGN(later.id,
                       schrijf([&](UnitOfWork& uow) { return uow.rondes().create_ronde(later); }));
  ASSERT_OK_AND_ASSIGN(eerder.id,
                       schrijf([&](UnitOfWork& uow) { return uow.rondes().create_ronde(eerder); }));
  ASSERT_OK_AND_ASSIGN(auto rondes,
                       lees([&](UnitOfWork& uow) { return uow.rondes().list_rondes(stap.id); }));
  ASSERT_EQ(rondes.size(), 2U);
  EXPECT_EQ(rondes[0].id, eerder.id);
  EXPECT_EQ(rondes[0].gepland_eind, std::nullopt);
  const auto& r1 = rondes[1];
  EXPECT_EQ(r1.id, later.id);
  EXPECT_EQ(r1.periode, "2026");
  EXPECT_EQ(r1.status, beleidscyclus::Status::kAfgerond);
  EXPECT_EQ(r1.gepland_begin, later.gepland_begin);
  EXPECT_EQ(r1.gepland_eind, later.gepland_eind);
  EXPECT_EQ(r1.oorspronkelijk_eind, later.oorspronkelijk_eind);
  EXPECT_EQ(r1.werkelijk_begin, later.werkelijk_begin);
  EXPECT_EQ(r1.werkelijk_eind, later.werkelijk_eind);
  EXPECT_EQ(r1.eigenaar_persoon_id, std::nullopt);
  EXPECT_EQ(r1.afgesloten, later.afgesloten);
  EXPECT_EQ(r1.door, later.door);

  beleidscyclus::Planwijziging eerste;
  eerste.stap_id = stap.id;
  eerste.periode = "2027";
  eerste.van = dag(2026, 11, 12);
  eerste.naar = dag(2026, 11, 26);
  eerste.reden = "Teruggelegd;\nopnieuw \"aangeboden\"";
  eerste.door = "Thomas Bakker";
  eerste.tijdstip = "2026-11-05T10:00:00Z";
  auto tweede = eerste;
  tweede.van = eerste.naar;
  tweede.naar = std::nullopt;
  ASSERT_OK_AND_ASSIGN(eerste.id, schrijf([&](UnitOfWork& uow) {
                         return uow.rondes().create_planwijziging(eerste);
                       }));
  ASSERT_OK_AND_ASSIGN(tweede.id, schrijf([&](UnitOfWork& uow) {
                         return uow.rondes().create_planwijziging(tweede);
                       }));
  ASSERT_OK_AND_ASSIGN(auto wijzigingen, lees([&](UnitOfWork& uow) {
                         return uow.rondes().list_planwijzigingen(stap.id);
                       }));
  ASSERT_EQ(wijzigingen.size(), 2U);
  EXPECT_EQ(wijzigingen[0].id, eerste.id);
  EXPECT_EQ(wijzigingen[0].van, eerste.van);
  EXPECT_EQ(wijzigingen[0].naar, eerste.naar);
  EXPECT_EQ(wijzigingen[0].reden, eerste.reden);
  EXPECT_EQ(wijzigingen[0].periode, "2027");
  EXPECT_EQ(wijzigingen[0].door, eerste.door);
  EXPECT_EQ(wijzigingen[0].tijdstip, eerste.tijdstip);
  EXPECT_EQ(wijzigingen[1].naar, std::nullopt);

  beleidscyclus::Document product;
  product.stap_id = stap.id;
  product.titel = "Uitvoeringsprogramma 2026";
  product.link = "https://voorbeeld.nl/up.pdf";
  product.door = "Thomas Bakker";
  product.toegevoegd = "2025-12-11T16:00:00Z";
  product.periode = "2026";
  product.soort = beleidscyclus::ProductSoort::kUitvoeringsprogramma;
  product.vastgesteld_door = beleidscyclus::Orgaan::kAlgemeenBestuur;
  product.vastgesteld_op = dag(2025, 12, 11);
  auto bijdrage = product;
  bijdrage.periode = "2027";
  bijdrage.soort = beleidscyclus::ProductSoort::kBijdrage;
  bijdrage.vastgesteld_door = std::nullopt;
  bijdrage.vastgesteld_op = std::nullopt;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_document(product); }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_document(bijdrage); }));
  ASSERT_OK_AND_ASSIGN(auto documenten, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_documenten(stap.id);
                       }));
  ASSERT_EQ(documenten.size(), 2U);
  EXPECT_EQ(documenten[0].periode, "2026");
  EXPECT_EQ(documenten[0].soort, beleidscyclus::ProductSoort::kUitvoeringsprogramma);
  EXPECT_EQ(documenten[0].vastgesteld_door, beleidscyclus::Orgaan::kAlgemeenBestuur);
  EXPECT_EQ(documenten[0].vastgesteld_op, dag(2025, 12, 11));
  EXPECT_EQ(documenten[1].soort, beleidscyclus::ProductSoort::kBijdrage);
  EXPECT_EQ(documenten[1].vastgesteld_door, std::nullopt);
  EXPECT_EQ(documenten[1].vastgesteld_op, std::nullopt);

  auto wees = later;
  wees.stap_id = kOntbrekendId;
  EXPECT_FALSE(schrijf([&](UnitOfWork& uow) { return uow.rondes().create_ronde(wees); }).ok());
  auto wees_plan = eerste;
  wees_plan.stap_id = kOntbrekendId;
  EXPECT_FALSE(
      schrijf([&](UnitOfWork& uow) { return uow.rondes().create_planwijziging(wees_plan); }).ok());
}

}  // namespace
}  // namespace regie::store_contract
