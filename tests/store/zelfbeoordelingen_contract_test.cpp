// The store contract of the ZelfbeoordelingRepository
// (domain/competenties/zelfbeoordeling_repository.hpp): competenties (COMP).
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "contract_fixture.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"

namespace regie::store_contract {
namespace {

competenties::Zelfbeoordeling zelfbeoordeling(Id persoon_id, std::int32_t jaar,
                                              competenties::Profiel profiel, std::int32_t score) {
  competenties::Zelfbeoordeling z;
  z.persoon_id = persoon_id;
  z.jaar = jaar;
  z.profiel = profiel;
  for (const auto& c : competenties::catalogus(profiel)) {
    z.scores.push_back({std::string(c.code), score, ""});
  }
  return z;
}

auto velden(const competenties::Zelfbeoordeling& z) {
  std::vector<std::tuple<std::string, std::int32_t, std::string>> scores;
  for (const auto& s : z.scores) scores.emplace_back(s.competentie, s.score, s.toelichting);
  return std::make_tuple(z.id, z.persoon_id, z.jaar, z.profiel, scores, z.versie);
}

// COMP-1: a self-assessment with its scores (notes with Dutch characters) reads back exactly,
// in catalogue order; one per persoon, jaar and profiel; updates replace the scores under
// optimistic concurrency; lists filter by regio, persoon and jaar.
TEST_P(StoreContractTest, ZelfbeoordelingWordtExactTeruggelezenEnIsUniekPerJaarEnProfiel) {
  using competenties::Profiel;
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Persoon a = persoon(r.regio, r.gemeente_a, "Anna");
  Persoon b = persoon(r.regio, r.od, "Bram");
  auto z = zelfbeoordeling(0, 2026, Profiel::kOpdrachtgever, 4);
  z.scores[1].score = 1;
  z.scores[2].toelichting = "Cultuurverschillen: “één” ĳs — € 1.250";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(a.id, uow.registry().create_persoon(a));
    REGIE_ASSIGN_OR_RETURN(b.id, uow.registry().create_persoon(b));
    z.persoon_id = a.id;
    REGIE_ASSIGN_OR_RETURN(z.id, uow.zelfbeoordelingen().create(z));
    return Ok();
  }));
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().get(z.id); }));
  EXPECT_EQ(velden(terug), velden(z));

  // Unique per persoon, jaar and profiel: another profiel or year is fine.
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.zelfbeoordelingen().create(
                             zelfbeoordeling(a.id, 2026, Profiel::kOpdrachtgever, 3));
                       }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
  Id am = 0, vorig = 0, van_b = 0;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(am, uow.zelfbeoordelingen().create(
                                   zelfbeoordeling(a.id, 2026, Profiel::kAccountmanager, 5)));
    REGIE_ASSIGN_OR_RETURN(vorig, uow.zelfbeoordelingen().create(
                                      zelfbeoordeling(a.id, 2025, Profiel::kOpdrachtgever, 2)));
    REGIE_ASSIGN_OR_RETURN(van_b, uow.zelfbeoordelingen().create(
                                      zelfbeoordeling(b.id, 2026, Profiel::kOpdrachtgever, 3)));
    return Ok();
  }));

  ASSERT_OK_AND_ASSIGN(auto van_a, lees([&](UnitOfWork& uow) {
                         return uow.zelfbeoordelingen().list({r.regio, a.id, std::nullopt});
                       }));
  ASSERT_EQ(van_a.size(), 3u);
  EXPECT_EQ(van_a[0].jaar, 2026);  // newest first, then by profiel code
  EXPECT_EQ(van_a[0].profiel, Profiel::kAccountmanager);
  EXPECT_EQ(van_a[2].id, vorig);
  EXPECT_EQ(velden(van_a[1]), velden(z));
  EXPECT_EQ(van_a[0].scores.size(), competenties::catalogus(Profiel::kAccountmanager).size());
  ASSERT_OK_AND_ASSIGN(auto jaar_2026, lees([&](UnitOfWork& uow) {
                         return uow.zelfbeoordelingen().list({r.regio, std::nullopt, 2026});
                       }));
  std::set<Id> ids_2026;
  for (const auto& x : jaar_2026) ids_2026.insert(x.id);
  EXPECT_EQ(ids_2026, (std::set<Id>{z.id, am, van_b}));
  ASSERT_OK_AND_ASSIGN(auto andere_regio, lees([&](UnitOfWork& uow) {
                         return uow.zelfbeoordelingen().list({r.regio + 1, std::nullopt, 2026});
                       }));
  EXPECT_TRUE(andere_regio.empty());

  // Update: new scores, version + 1; a stale version changes nothing.
  auto nieuw = terug;
  for (auto& s : nieuw.scores) s.score = 5;
  nieuw.scores[0].toelichting = "Beter";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().update(nieuw); }));
  ASSERT_OK_AND_ASSIGN(auto na,
                       lees([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().get(z.id); }));
  EXPECT_EQ(na.versie, 2);
  EXPECT_EQ(na.scores[0].toelichting, "Beter");
  EXPECT_EQ(na.scores[1].score, 5);
  EXPECT_EQ(na.scores.size(), z.scores.size());
  auto verouderd = nieuw;  // still versie 1
  for (auto& s : verouderd.scores) s.score = 1;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().update(verouderd); }),
               ErrorCode::kStale));
  ASSERT_OK_AND_ASSIGN(auto ongewijzigd,
                       lees([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().get(z.id); }));
  EXPECT_EQ(velden(ongewijzigd), velden(na));
  verouderd.id = kOntbrekendId;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().update(verouderd); }),
               ErrorCode::kNotFound));
  EXPECT_TRUE(
      FaaltMet(lees([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().get(kOntbrekendId); }),
               ErrorCode::kNotFound));

  // Deleting a persoon deletes its self-assessments with it.
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_persoon(b.id, b.versie); }));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.zelfbeoordelingen().get(van_b); }),
                       ErrorCode::kNotFound));
}

}  // namespace
}  // namespace regie::store_contract
