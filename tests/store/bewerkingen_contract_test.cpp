// The store contract of the edits before acceptance (OPD-3) in the OpdrachtRepository
// (domain/opdrachten/opdracht_repository.hpp): create_bewerking and list_bewerkingen.
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"

namespace regie::store_contract {
namespace {

// OPD-3: an edit comes back exactly, per opdracht, oldest first; a part code the product does
// not know is corrupt data, named with table and id, never dropped.
TEST_P(StoreContractTest, BewerkingWordtExactTeruggelezenEnOnbekendOnderdeelIsCorrupt) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  opdrachten::Opdracht o;
  o.regio_id = r.regio;
  o.opdrachtgever_id = r.gemeente_a;
  o.titel = "A";
  o.jaar = 2027;
  ASSERT_OK_AND_ASSIGN(Id id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(o); }));
  opdrachten::Bewerking eerste{0,
                               id,
                               "Pieter de Boer, ambtelijk opdrachtgever ‘Beekdal’",
                               "2026-11-03T09:00:00Z",
                               opdrachten::Status::kTeruggelegd,
                               2,
                               {"titel", "bemensing", "risicos"}};
  opdrachten::Bewerking tweede{0,
                               id,
                               "Thomas Bakker",
                               "2026-11-04T09:00:00Z",
                               opdrachten::Status::kConcept,
                               3,
                               {"extraFinanciering"}};
  ASSERT_OK_AND_ASSIGN(eerste.id, schrijf([&](UnitOfWork& uow) {
                         return uow.opdrachten().create_bewerking(eerste);
                       }));
  ASSERT_OK_AND_ASSIGN(tweede.id, schrijf([&](UnitOfWork& uow) {
                         return uow.opdrachten().create_bewerking(tweede);
                       }));
  ASSERT_OK_AND_ASSIGN(
      auto lijst, lees([&](UnitOfWork& uow) { return uow.opdrachten().list_bewerkingen(id); }));
  ASSERT_EQ(lijst.size(), 2U);
  EXPECT_EQ(lijst[0].id, eerste.id);
  EXPECT_EQ(lijst[0].opdracht_id, id);
  EXPECT_EQ(lijst[0].door, eerste.door);
  EXPECT_EQ(lijst[0].tijdstip, eerste.tijdstip);
  EXPECT_EQ(lijst[0].status, opdrachten::Status::kTeruggelegd);
  EXPECT_EQ(lijst[0].na_stappen, 2);
  EXPECT_EQ(lijst[0].onderdelen, eerste.onderdelen);
  EXPECT_EQ(lijst[1].na_stappen, 3);
  EXPECT_EQ(lijst[1].onderdelen, tweede.onderdelen);

  ASSERT_OK(voer_sql_uit_buiten_de_store(
      "UPDATE opdracht_bewerkingen SET onderdelen = 'titel,kleur' WHERE id = " +
      std::to_string(tweede.id)));
  auto onleesbaar = lees([&](UnitOfWork& uow) { return uow.opdrachten().list_bewerkingen(id); });
  ASSERT_TRUE(FaaltMet(onleesbaar, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
  EXPECT_EQ(onleesbaar.error().detail, "opdracht_bewerkingen " + std::to_string(tweede.id) +
                                           " kolom onderdelen: onleesbare waarde 'titel,kleur'");
}

}  // namespace
}  // namespace regie::store_contract
