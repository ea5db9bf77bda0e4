// The store contract of the SignaalRepository (domain/opdrachten/signaal_repository.hpp):
// signalen (OPD-6).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"

namespace regie::store_contract {
namespace {

// OPD-6: a signaal comes back exactly, is listed per opdracht and among the open signalen of its
// regio only (not another regio's), its handling is guarded by the version, and once handled
// it leaves the open list but stays with its opdracht.
TEST_P(StoreContractTest, SignaalWordtExactTeruggelezenEnVerlaatDeOpenLijstNaAfhandeling) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto opdracht = [](Id regio, Id opdrachtgever, const std::string& titel) {
    opdrachten::Opdracht o;
    o.regio_id = regio;
    o.opdrachtgever_id = opdrachtgever;
    o.titel = titel;
    o.jaar = 2027;
    o.status = opdrachten::Status::kAanvaard;
    return o;
  };
  ASSERT_OK_AND_ASSIGN(Id a, schrijf([&](UnitOfWork& uow) {
                         return uow.opdrachten().create(opdracht(r.regio, r.gemeente_a, "A"));
                       }));
  ASSERT_OK_AND_ASSIGN(Id b, schrijf([&](UnitOfWork& uow) {
                         return uow.opdrachten().create(opdracht(r.regio, r.gemeente_b, "B"));
                       }));
  ASSERT_OK_AND_ASSIGN(Id elders, schrijf([&](UnitOfWork& uow) -> Result<Id> {
                         REGIE_ASSIGN_OR_RETURN(
                             Id regio, uow.registry().create_regio(Regio{.naam = "Regio Elders"}));
                         REGIE_ASSIGN_OR_RETURN(Id org, uow.registry().create_organisatie(
                                                            organisatie(regio, "Gemeente Elders")));
                         return uow.opdrachten().create(opdracht(regio, org, "Elders"));
                       }));

  opdrachten::Signaal s;
  s.opdracht_id = a;
  s.soort = opdrachten::SignaalSoort::kOnvoorzien;
  s.wat = "Bodemverontreiniging ‘onverwacht’ aangetroffen — €";
  s.impact = "Regel één\n- punt \"twee\"";
  s.maatregel = "Extra bodemonderzoek";
  s.gemeld_door = "accountmanager";
  s.gemeld_op = "2026-11-28T10:00:00Z";
  ASSERT_OK_AND_ASSIGN(s.id, schrijf([&](UnitOfWork& uow) { return uow.signalen().create(s); }));
  auto op_b = s;
  op_b.opdracht_id = b;
  op_b.soort = opdrachten::SignaalSoort::kStagnatie;
  ASSERT_OK_AND_ASSIGN(op_b.id,
                       schrijf([&](UnitOfWork& uow) { return uow.signalen().create(op_b); }));
  auto op_elders = s;
  op_elders.opdracht_id = elders;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.signalen().create(op_elders); }));

  ASSERT_OK_AND_ASSIGN(auto terug, lees([&](UnitOfWork& uow) { return uow.signalen().get(s.id); }));
  EXPECT_EQ(terug.opdracht_id, a);
  EXPECT_EQ(terug.soort, opdrachten::SignaalSoort::kOnvoorzien);
  EXPECT_EQ(terug.wat, s.wat);
  EXPECT_EQ(terug.impact, s.impact);
  EXPECT_EQ(terug.maatregel, "Extra bodemonderzoek");
  EXPECT_EQ(terug.gemeld_door, "accountmanager");
  EXPECT_EQ(terug.gemeld_op, "2026-11-28T10:00:00Z");
  EXPECT_EQ(terug.status, opdrachten::SignaalStatus::kOpen);
  EXPECT_EQ(terug.afhandeling, "");
  EXPECT_EQ(terug.afgehandeld_op, "");
  EXPECT_EQ(terug.versie, 1);
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.signalen().get(kOntbrekendId); }),
                       ErrorCode::kNotFound));

  ASSERT_OK_AND_ASSIGN(auto van_a, lees([&](UnitOfWork& uow) { return uow.signalen().list(a); }));
  ASSERT_EQ(van_a.size(), 1u);
  EXPECT_EQ(van_a[0].id, s.id);
  ASSERT_OK_AND_ASSIGN(auto open,
                       lees([&](UnitOfWork& uow) { return uow.signalen().list_open(r.regio); }));
  ASSERT_EQ(open.size(), 2u);  // not the one of the other regio
  EXPECT_EQ(open[0].id, s.id);
  EXPECT_EQ(open[1].id, op_b.id);

  auto gezien = terug;
  terug.status = opdrachten::SignaalStatus::kAfgehandeld;
  terug.afhandeling = "Onderzoek akkoord";
  terug.afgehandeld_door = "opdrachtgever";
  terug.afgehandeld_op = "2026-11-29T09:00:00Z";
  terug.afgehandeld_namens = "Gemeente Alfa en Gemeente Beta";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.signalen().update(terug); }));
  gezien.afhandeling = "verouderd";
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.signalen().update(gezien); }),
                       ErrorCode::kStale, "fout.verouderd"));
  auto weg = gezien;
  weg.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.signalen().update(weg); }),
                       ErrorCode::kNotFound));

  ASSERT_OK_AND_ASSIGN(auto af, lees([&](UnitOfWork& uow) { return uow.signalen().get(s.id); }));
  EXPECT_EQ(af.status, opdrachten::SignaalStatus::kAfgehandeld);
  EXPECT_EQ(af.afhandeling, "Onderzoek akkoord");
  EXPECT_EQ(af.afgehandeld_door, "opdrachtgever");
  EXPECT_EQ(af.afgehandeld_op, "2026-11-29T09:00:00Z");
  EXPECT_EQ(af.afgehandeld_namens, "Gemeente Alfa en Gemeente Beta");
  EXPECT_EQ(af.wat, s.wat);
  EXPECT_EQ(af.versie, 2);
  ASSERT_OK_AND_ASSIGN(open,
                       lees([&](UnitOfWork& uow) { return uow.signalen().list_open(r.regio); }));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].id, op_b.id);
  ASSERT_OK_AND_ASSIGN(van_a, lees([&](UnitOfWork& uow) { return uow.signalen().list(a); }));
  ASSERT_EQ(van_a.size(), 1u);
  EXPECT_EQ(van_a[0].status, opdrachten::SignaalStatus::kAfgehandeld);
}

}  // namespace
}  // namespace regie::store_contract
