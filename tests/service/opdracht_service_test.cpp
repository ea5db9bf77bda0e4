#include "service/opdracht_service.hpp"

#include "domain/opdrachten/opdracht_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using auth::Gebruikersrol;
using opdrachten::Opdracht;

class OpdrachtServiceTest : public ServiceTest {
 protected:
  OpdrachtService service() { return OpdrachtService(store_, audit_); }

  std::vector<Opdracht> alle() {
    return *lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
  }

  // A concept of the opdrachtgever Gemeente Beekdal.
  Opdracht nieuw_concept() {
    auto o = service().create(als(Gebruikersrol::kOpdrachtgever, kBeekdal),
                              {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
    EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().detail);
    return *o;
  }
};

// OPD-1: the opdrachtgever and the opdrachtnemer draw up an opdracht; nobody else.
TEST_F(OpdrachtServiceTest, OpstellenWeigertRollenZonderKant) {
  auto voor = alle().size();
  for (auto rol :
       {Gebruikersrol::kBeheerder, Gebruikersrol::kMedewerker, Gebruikersrol::kBestuurder}) {
    auto o = service().create(als(rol), {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(alle().size(), voor);
}

TEST_F(OpdrachtServiceTest, OpstellenSchrijftOpdrachtEnAuditregel) {
  auto o = nieuw_concept();
  EXPECT_EQ(o.status, opdrachten::Status::kConcept);
  EXPECT_EQ(o.opdrachtgever_id, organisatie_id(kBeekdal));
  EXPECT_EQ(laatste_audit().actie, "opdracht.aanmaken");
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
  EXPECT_EQ(laatste_audit().object, "opdracht/" + std::to_string(o.id));
}

TEST_F(OpdrachtServiceTest, ZonderAuditregelGeenOpdracht) {
  auto voor = alle().size();
  store_->set_audit_fails(true);
  auto o = service().create(als(Gebruikersrol::kOpdrachtgever, kBeekdal),
                            {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
  store_->set_audit_fails(false);
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(alle().size(), voor);
}

// OPD-3: a step from a version the user no longer sees is refused as stale.
TEST_F(OpdrachtServiceTest, StapOpVerouderdeVersieIsStale) {
  auto o = nieuw_concept();
  auto og = als(Gebruikersrol::kOpdrachtgever, kBeekdal);
  auto bijgewerkt = service().update(og, o.id, o.versie,
                                     {{"titel", "Toezicht bodem en water"}, {"jaar", "2027"}}, {});
  ASSERT_TRUE(bijgewerkt.ok()) << bijgewerkt.error().detail;
  auto stap = service().create_overgang(og, o.id, o.versie, opdrachten::Stap::kAanbieden, "");
  ASSERT_FALSE(stap.ok());
  EXPECT_EQ(stap.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->status, opdrachten::Status::kConcept);
  EXPECT_EQ(laatste_audit().resultaat, "verouderd");
}

TEST_F(OpdrachtServiceTest, WijzigenOpVerouderdeVersieLaatInhoudStaan) {
  auto o = nieuw_concept();
  auto og = als(Gebruikersrol::kOpdrachtgever, kBeekdal);
  ASSERT_TRUE(
      service().update(og, o.id, o.versie, {{"titel", "Eerste"}, {"jaar", "2027"}}, {}).ok());
  auto tweede = service().update(og, o.id, o.versie, {{"titel", "Tweede"}, {"jaar", "2027"}}, {});
  ASSERT_FALSE(tweede.ok());
  EXPECT_EQ(tweede.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->titel, "Eerste");
}

// Another organisatie's opdrachtgever has no side in the opdracht and may not change it.
TEST_F(OpdrachtServiceTest, AndereOpdrachtgeverMagNietWijzigen) {
  auto o = nieuw_concept();
  auto anderen = lezen()->registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id()});
  std::string andere;
  for (const auto& org : anderen->items) {
    if (org.soort == governance::OrganisatieSoort::kGemeente && org.naam != kBeekdal) {
      andere = org.naam;
      break;
    }
  }
  ASSERT_FALSE(andere.empty());
  auto gewijzigd = service().update(als(Gebruikersrol::kOpdrachtgever, andere), o.id, o.versie,
                                    {{"titel", "Overgenomen"}, {"jaar", "2027"}}, {});
  ASSERT_FALSE(gewijzigd.ok());
  EXPECT_TRUE(gewijzigd.error().code == ErrorCode::kForbidden ||
              gewijzigd.error().code == ErrorCode::kNotFound);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->titel, "Toezicht bodem");
}

}  // namespace
}  // namespace regie::service
