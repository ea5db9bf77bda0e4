// The store contract of the BeleidsdoelRepository
// (domain/opdrachten/beleidsdoel_repository.hpp): the policy products an opdracht serves (OPD-7).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/opdrachten/beleidsdoel_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"

namespace regie::store_contract {
namespace {

// OPD-7: a beleidsdoel comes back exactly, per opdracht and per product, by id; a product is
// named once per opdracht; removing one leaves the others; a missing opdracht or document is
// refused.
TEST_P(StoreContractTest, OPD7_BeleidsdoelWordtExactTeruggelezenPerOpdrachtEnProduct) {
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
  auto stap = beleidscyclus::standaard_stappen(r.regio, 2027)[2];
  ASSERT_OK_AND_ASSIGN(stap.id,
                       schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_stap(stap); }));
  beleidscyclus::Document strategie;
  strategie.stap_id = stap.id;
  strategie.titel = "Strategie";
  strategie.link = "https://voorbeeld.nl/s.pdf";
  strategie.door = "Regisseur";
  strategie.toegevoegd = "2026-10-08T16:00:00Z";
  strategie.periode = "2027-2030";
  strategie.soort = beleidscyclus::ProductSoort::kStrategie;
  auto analyse = strategie;
  analyse.soort = beleidscyclus::ProductSoort::kRisicoanalyse;
  ASSERT_OK_AND_ASSIGN(
      Id s, schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_document(strategie); }));
  ASSERT_OK_AND_ASSIGN(
      Id ra, schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_document(analyse); }));

  opdrachten::Beleidsdoel doel;
  doel.opdracht_id = a;
  doel.document_id = s;
  doel.beleidskeuzes = "Prioriteit ‘asbest’;\n95% \"binnen\" termijn";
  doel.door = "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal";
  doel.op = "2026-11-06T15:00:00Z";
  auto tweede = doel;
  tweede.document_id = ra;
  auto van_b = doel;
  van_b.opdracht_id = b;
  ASSERT_OK_AND_ASSIGN(doel.id,
                       schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().create(doel); }));
  ASSERT_OK_AND_ASSIGN(
      tweede.id, schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().create(tweede); }));
  ASSERT_OK_AND_ASSIGN(van_b.id,
                       schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().create(van_b); }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().create(doel); }),
                       ErrorCode::kConflict));

  ASSERT_OK_AND_ASSIGN(auto lijst,
                       lees([&](UnitOfWork& uow) { return uow.beleidsdoelen().list(a); }));
  ASSERT_EQ(lijst.size(), 2U);
  EXPECT_EQ(lijst[0].id, doel.id);
  EXPECT_EQ(lijst[0].opdracht_id, a);
  EXPECT_EQ(lijst[0].document_id, s);
  EXPECT_EQ(lijst[0].beleidskeuzes, doel.beleidskeuzes);
  EXPECT_EQ(lijst[0].door, doel.door);
  EXPECT_EQ(lijst[0].op, doel.op);
  EXPECT_EQ(lijst[1].id, tweede.id);
  ASSERT_OK_AND_ASSIGN(auto dienend, lees([&](UnitOfWork& uow) {
                         return uow.beleidsdoelen().list_voor_document(s);
                       }));
  ASSERT_EQ(dienend.size(), 2U);
  EXPECT_EQ(dienend[0].opdracht_id, a);
  EXPECT_EQ(dienend[1].opdracht_id, b);

  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().remove(doel.id); }));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().remove(doel.id); }),
               ErrorCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(lijst, lees([&](UnitOfWork& uow) { return uow.beleidsdoelen().list(a); }));
  ASSERT_EQ(lijst.size(), 1U);
  EXPECT_EQ(lijst[0].id, tweede.id);

  auto wees = doel;
  wees.opdracht_id = kOntbrekendId;
  EXPECT_FALSE(schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().create(wees); }).ok());
  wees = doel;
  wees.document_id = kOntbrekendId;
  EXPECT_FALSE(schrijf([&](UnitOfWork& uow) { return uow.beleidsdoelen().create(wees); }).ok());
}

}  // namespace
}  // namespace regie::store_contract
