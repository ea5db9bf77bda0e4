#include "service/competentie_service.hpp"

#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

class CompetentieServiceTest : public ServiceTest {
 protected:
  CompetentieService service() { return CompetentieService(store_, audit_); }

  // Every competence of the opdrachtgever profile scored `score`, for next year.
  static Fields beoordeling(int score) {
    Fields f{{"jaar", "2027"}, {"profiel", "opdrachtgever"}};
    for (const auto& c : competenties::catalogus(competenties::Profiel::kOpdrachtgever)) {
      f[competenties::score_veld(c.code)] = std::to_string(score);
    }
    return f;
  }

  std::size_t aantal() {
    return lezen()->zelfbeoordelingen().list(ZelfbeoordelingQuery{.regio_id = regio_id()})->size();
  }
};

// COMP: only a persoon fills in a self-assessment, so an account without one is refused.
TEST_F(CompetentieServiceTest, AccountZonderPersoonMagNietsVastleggen) {
  auto voor = aantal();
  auto z = service().create(als_account("beheerder"), beoordeling(3));
  ASSERT_FALSE(z.ok());
  EXPECT_EQ(z.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(aantal(), voor);
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
}

TEST_F(CompetentieServiceTest, VastleggenSchrijftAuditregel) {
  auto z = service().create(als_account("opdrachtgever"), beoordeling(3));
  ASSERT_TRUE(z.ok()) << z.error().detail;
  EXPECT_EQ(z->jaar, 2027);
  EXPECT_EQ(laatste_audit().actie, "zelfbeoordeling.aanmaken");
  EXPECT_EQ(laatste_audit().object, "zelfbeoordeling/" + std::to_string(z->id));
}

TEST_F(CompetentieServiceTest, TweedeVoorHetzelfdeJaarIsEenConflict) {
  ASSERT_TRUE(service().create(als_account("opdrachtgever"), beoordeling(3)).ok());
  auto voor = aantal();
  auto tweede = service().create(als_account("opdrachtgever"), beoordeling(4));
  ASSERT_FALSE(tweede.ok());
  EXPECT_EQ(tweede.error().code, ErrorCode::kConflict);
  EXPECT_EQ(tweede.error().key, "fout.zelfbeoordeling_bestaat");
  EXPECT_EQ(aantal(), voor);
}

TEST_F(CompetentieServiceTest, WijzigenOpVerouderdeVersieIsStale) {
  auto ctx = als_account("opdrachtgever");
  auto z = service().create(ctx, beoordeling(3));
  ASSERT_TRUE(z.ok());
  ASSERT_TRUE(service().update(ctx, z->id, z->versie, beoordeling(4)).ok());
  auto oud = service().update(ctx, z->id, z->versie, beoordeling(5));
  ASSERT_FALSE(oud.ok());
  EXPECT_EQ(oud.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->zelfbeoordelingen().get(z->id)->scores.front().score, 4);
}

// Nobody reads or changes another persoon's self-assessment, the beheerder included.
TEST_F(CompetentieServiceTest, EenAndermansBeoordelingBestaatNiet) {
  auto z = service().create(als_account("opdrachtgever"), beoordeling(3));
  ASSERT_TRUE(z.ok());
  for (const char* ander : {"accountmanager", "beheerder"}) {
    auto gelezen = service().zelfbeoordeling(als_account(ander), z->id);
    ASSERT_FALSE(gelezen.ok());
    EXPECT_EQ(gelezen.error().code, ErrorCode::kNotFound);
    auto gewijzigd = service().update(als_account(ander), z->id, z->versie, beoordeling(1));
    ASSERT_FALSE(gewijzigd.ok());
    EXPECT_EQ(gewijzigd.error().code, ErrorCode::kNotFound);
  }
  EXPECT_EQ(lezen()->zelfbeoordelingen().get(z->id)->scores.front().score, 3);
}

}  // namespace
}  // namespace regie::service
