// The store contract of the AfwijkingRepository (domain/monitoring/afwijking_repository.hpp):
// afwijkingssignalen with their bijsturingsvoorstel and besluit (MON-3), and the regio's
// tolerance band.
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/monitoring/afwijking_repository.hpp"

namespace regie::store_contract {
namespace {

using monitoring::Afwijkingssignaal;
using monitoring::SignaalStatus;

// MON-3: a signaal comes back exactly, with and without voorstel and besluit; one in progress
// per deelnemer, soort and year; updates are guarded by the version; the list filters.
TEST_P(StoreContractTest, MON3_AfwijkingssignaalMetVoorstelEnBesluit) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Afwijkingssignaal s;
  s.regio_id = r.regio;
  s.jaar = 2026;
  s.deelnemer_id = r.gemeente_a;
  s.soort = programma::RegelSoort::kSpecifiek;
  s.peilmaand = 11;
  s.tolerantie = 15;
  s.methode = monitoring::Prognosemethode::kSeizoen;
  s.plan = {510'00, 60, 4'335'000'00, 0};
  s.realisatie = {600'00, 55, 4'000'000'00, 0};
  s.prognose = {655'00, 60, 4'363'636'36, 0};
  s.uren = monitoring::Afwijking::kBoven;
  s.status = SignaalStatus::kOpen;
  s.gesignaleerd_op = "2026-12-01T09:00:00Z";
  s.bijgewerkt_op = "2026-12-01T09:00:00Z";
  ASSERT_OK_AND_ASSIGN(s.id, schrijf([&](UnitOfWork& uow) { return uow.afwijkingen().create(s); }));
  auto dubbel = s;
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.afwijkingen().create(dubbel); }),
                       ErrorCode::kConflict));
  auto collectief = s;
  collectief.soort = programma::RegelSoort::kCollectief;
  collectief.deelnemer_id = r.gemeente_b;
  ASSERT_OK_AND_ASSIGN(collectief.id, schrijf([&](UnitOfWork& uow) {
                         return uow.afwijkingen().create(collectief);
                       }));

  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.afwijkingen().get(s.id); }));
  EXPECT_EQ(terug.regio_id, r.regio);
  EXPECT_EQ(terug.jaar, 2026);
  EXPECT_EQ(terug.deelnemer_id, r.gemeente_a);
  EXPECT_EQ(terug.soort, programma::RegelSoort::kSpecifiek);
  EXPECT_EQ(terug.peilmaand, 11);
  EXPECT_EQ(terug.tolerantie, 15);
  EXPECT_EQ(terug.methode, monitoring::Prognosemethode::kSeizoen);
  EXPECT_EQ(terug.plan.bedrag_cents, 4'335'000'00);
  EXPECT_EQ(terug.realisatie.aantal, 55);
  EXPECT_EQ(terug.prognose.bedrag_cents, 4'363'636'36);
  EXPECT_EQ(terug.uren, monitoring::Afwijking::kBoven);
  EXPECT_EQ(terug.bedrag, monitoring::Afwijking::kBinnen);
  EXPECT_EQ(terug.status, SignaalStatus::kOpen);
  EXPECT_FALSE(terug.voorstel.has_value());
  EXPECT_FALSE(terug.besluit.has_value());
  EXPECT_EQ(terug.versie, 1);
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.afwijkingen().get(kOntbrekendId); }),
                       ErrorCode::kNotFound));

  auto gezien = terug;
  terug.status = SignaalStatus::kVoorstel;
  terug.voorstel = monitoring::Bijsturingsvoorstel{
      "Twee ‘extra’ inspecteurs\nvanaf januari", "€ 40.000 meer",       "Pieter de Boer", 40'000'00,
      "Thomas Bakker, accountmanager",           "2026-12-02T10:00:00Z"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.afwijkingen().update(terug); }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.afwijkingen().update(gezien); }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto met,
                       lees([&](UnitOfWork& uow) { return uow.afwijkingen().get(s.id); }));
  ASSERT_TRUE(met.voorstel.has_value());
  EXPECT_EQ(met.voorstel->maatregel, "Twee ‘extra’ inspecteurs\nvanaf januari");
  EXPECT_EQ(met.voorstel->meerkosten_cents, 40'000'00);
  EXPECT_EQ(met.voorstel->afgestemd_met, "Pieter de Boer");
  EXPECT_EQ(met.voorstel->op, "2026-12-02T10:00:00Z");
  EXPECT_EQ(met.versie, 2);

  met.status = SignaalStatus::kBesloten;
  met.besluit =
      monitoring::Bijsturingsbesluit{monitoring::Besluit::kAangepast, "De helft", "Wethouder",
                                     "als bestuurlijk opdrachtgever", "2026-12-03T10:00:00Z"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.afwijkingen().update(met); }));
  ASSERT_OK_AND_ASSIGN(auto besloten,
                       lees([&](UnitOfWork& uow) { return uow.afwijkingen().get(s.id); }));
  ASSERT_TRUE(besloten.besluit.has_value());
  EXPECT_EQ(besloten.besluit->besluit, monitoring::Besluit::kAangepast);
  EXPECT_EQ(besloten.besluit->mandaat, "als bestuurlijk opdrachtgever");
  EXPECT_EQ(besloten.besluit->op, "2026-12-03T10:00:00Z");
  EXPECT_EQ(besloten.status, SignaalStatus::kBesloten);

  // Decided: a new signaal for the same line may be raised.
  auto opnieuw = s;
  opnieuw.aantal = monitoring::Afwijking::kOnder;
  ASSERT_OK_AND_ASSIGN(opnieuw.id,
                       schrijf([&](UnitOfWork& uow) { return uow.afwijkingen().create(opnieuw); }));

  auto lijst = [&](AfwijkingQuery q) {
    return lees([&](UnitOfWork& uow) { return uow.afwijkingen().list(q); });
  };
  ASSERT_OK_AND_ASSIGN(auto alle, lijst({r.regio, std::nullopt, std::nullopt, false}));
  ASSERT_EQ(alle.size(), 3U);
  EXPECT_EQ(alle[0].id, s.id);
  ASSERT_OK_AND_ASSIGN(auto lopend, lijst({r.regio, 2026, std::nullopt, true}));
  ASSERT_EQ(lopend.size(), 2U);
  EXPECT_EQ(lopend[0].id, collectief.id);
  EXPECT_EQ(lopend[1].id, opnieuw.id);
  ASSERT_OK_AND_ASSIGN(auto van_a, lijst({r.regio, 2026, r.gemeente_a, false}));
  EXPECT_EQ(van_a.size(), 2U);
  ASSERT_OK_AND_ASSIGN(auto ander_jaar, lijst({r.regio, 2027, std::nullopt, false}));
  EXPECT_TRUE(ander_jaar.empty());
}

// MON-3: the tolerance band is kept per regio; a new regio has ±10 %.
TEST_P(StoreContractTest, MON3_TolerantiebandPerRegio) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(auto regio,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(r.regio); }));
  EXPECT_EQ(regio.tolerantie_procent, 10);
  regio.tolerantie_procent = 25;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_regio(regio); }));
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(r.regio); }));
  EXPECT_EQ(terug.tolerantie_procent, 25);
}

}  // namespace
}  // namespace regie::store_contract
