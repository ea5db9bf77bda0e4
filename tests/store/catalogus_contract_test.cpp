// The store contract of the CatalogusRepository (domain/programma/catalogus_repository.hpp):
// the producten- en dienstencatalogus per year and its verdeelsleutels (UP-3).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/programma/catalogus_repository.hpp"

namespace regie::store_contract {
namespace {

using programma::Product;

Product product(Id regio, std::int32_t jaar, std::string code, std::string taakveld) {
  Product p;
  p.regio_id = regio;
  p.jaar = jaar;
  p.code = std::move(code);
  p.naam = "Toezicht ‘asbest’; \"sloop\"";
  p.taakveld = std::move(taakveld);
  p.taak = programma::Taak::kPlustaak;
  p.afrekenwijze = programma::Afrekenwijze::kKental;
  p.normuren = 1250;
  p.uurtarief_cents = 9850;
  return p;
}

// UP-3: a product comes back exactly, listed by taakveld then code per regio and year; a code
// once per regio and year; updates and deletes guarded by versie; the years with their counts.
TEST_P(StoreContractTest, UP3_ProductWordtExactTeruggelezenPerJaar) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto b = product(r.regio, 2027, "VTH-T02", "toezicht");
  auto a = product(r.regio, 2027, "VTH-A01", "advies");
  auto c = product(r.regio, 2027, "VTH-T01", "toezicht");
  c.afrekenwijze = programma::Afrekenwijze::kRegionaal;
  c.normuren = 0;
  c.verdeelsleutel = "inwonertal";
  auto ouder = product(r.regio, 2026, "VTH-T01", "toezicht");
  for (Product* p : {&b, &a, &c, &ouder}) {
    ASSERT_OK_AND_ASSIGN(
        p->id, schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_product(*p); }));
  }
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_product(b); }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.catalogus().list_producten(r.regio, 2027);
                       }));
  ASSERT_EQ(lijst.size(), 3U);
  EXPECT_EQ(lijst[0], a);
  EXPECT_EQ(lijst[1], c);
  EXPECT_EQ(lijst[2], b);
  ASSERT_OK_AND_ASSIGN(auto jaren,
                       lees([&](UnitOfWork& uow) { return uow.catalogus().list_jaren(r.regio); }));
  ASSERT_EQ(jaren.size(), 2U);
  EXPECT_EQ(jaren[0].jaar, 2027);
  EXPECT_EQ(jaren[0].producten, 3);
  EXPECT_EQ(jaren[1].jaar, 2026);
  EXPECT_EQ(jaren[1].producten, 1);

  auto gewijzigd = b;
  gewijzigd.uurtarief_cents = 10100;
  gewijzigd.code = "VTH-A01";  // taken in 2027
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().update_product(gewijzigd); }),
               ErrorCode::kConflict, "fout.bestaat_al"));
  gewijzigd.code = "VTH-T03";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.catalogus().update_product(gewijzigd); }));
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.catalogus().get_product(b.id); }));
  gewijzigd.versie = 2;
  EXPECT_EQ(terug, gewijzigd);
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.catalogus().update_product(b); }),  // versie 1
      ErrorCode::kStale));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().delete_product(b.id, 1); }),
               ErrorCode::kStale));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.catalogus().delete_product(b.id, 2); }));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.catalogus().get_product(b.id); }),
                       ErrorCode::kNotFound));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().delete_product(b.id, 2); }),
               ErrorCode::kNotFound));
}

// UP-3: a verdeelsleutel of a year comes back with its aandelen in order; a code once per regio
// and year; another year is another key.
TEST_P(StoreContractTest, UP3_VerdeelsleutelPerJaarMetAandelen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  programma::Verdeelsleutel k;
  k.regio_id = r.regio;
  k.jaar = 2027;
  k.code = "inwonertal";
  k.naam = "Inwonertal";
  k.aandelen = {{r.gemeente_b, 27850}, {r.gemeente_a, 44120}};
  ASSERT_OK_AND_ASSIGN(k.id,
                       schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_sleutel(k); }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_sleutel(k); }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
  auto vorig = k;
  vorig.jaar = 2026;
  vorig.aandelen = {{r.gemeente_a, 44000}};
  ASSERT_OK_AND_ASSIGN(
      vorig.id, schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_sleutel(vorig); }));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.catalogus().list_sleutels(r.regio, 2027);
                       }));
  ASSERT_EQ(lijst.size(), 1U);
  EXPECT_EQ(lijst[0], k);
  ASSERT_OK_AND_ASSIGN(auto oud, lees([&](UnitOfWork& uow) {
                         return uow.catalogus().list_sleutels(r.regio, 2026);
                       }));
  ASSERT_EQ(oud.size(), 1U);
  EXPECT_EQ(oud[0], vorig);
  auto onbekend = k;
  onbekend.jaar = 2028;
  onbekend.aandelen = {{999999, 1}};
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_sleutel(onbekend); }),
               ErrorCode::kConflict));
}

// UP-3 (decision 44): a regio's own key keeps its kind and unit; a change replaces its name, unit
// and aandelen at once, guarded by versie; a delete takes the aandelen with it.
TEST_P(StoreContractTest, UP3_EigenSleutelWijzigenEnVerwijderen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  programma::Verdeelsleutel k;
  k.regio_id = r.regio;
  k.jaar = 2027;
  k.code = "vast-aandeel";
  k.naam = "Vast aandeel";
  k.soort = programma::SleutelSoort::kPercentage;
  k.aandelen = {{r.gemeente_a, 6000}, {r.gemeente_b, 4000}};
  ASSERT_OK_AND_ASSIGN(k.id,
                       schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_sleutel(k); }));
  ASSERT_OK_AND_ASSIGN(auto gelezen,
                       lees([&](UnitOfWork& uow) { return uow.catalogus().get_sleutel(k.id); }));
  EXPECT_EQ(gelezen, k);
  EXPECT_EQ(gelezen.versie, 1);

  auto nieuw = gelezen;
  nieuw.naam = "Bedrijven";
  nieuw.eenheid = "bedrijven";
  nieuw.aandelen = {{r.gemeente_b, 7}, {r.gemeente_a, 3}};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.catalogus().update_sleutel(nieuw); }));
  ASSERT_OK_AND_ASSIGN(auto na,
                       lees([&](UnitOfWork& uow) { return uow.catalogus().get_sleutel(k.id); }));
  EXPECT_EQ(na.naam, "Bedrijven");
  EXPECT_EQ(na.eenheid, "bedrijven");
  EXPECT_EQ(na.soort, programma::SleutelSoort::kPercentage);  // the kind stays
  EXPECT_EQ(na.aandelen, nieuw.aandelen);
  EXPECT_EQ(na.versie, 2);
  // The version read before is stale now, for a change and for a delete.
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().update_sleutel(nieuw); }),
               ErrorCode::kStale));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().delete_sleutel(k.id, 1); }),
               ErrorCode::kStale));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.catalogus().delete_sleutel(k.id, 2); }));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.catalogus().get_sleutel(k.id); }),
                       ErrorCode::kNotFound));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.catalogus().delete_sleutel(k.id, 2); }),
               ErrorCode::kNotFound));
  // Its code is free again in that year.
  k.id = 0;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.catalogus().create_sleutel(k); }));
}

}  // namespace
}  // namespace regie::store_contract
