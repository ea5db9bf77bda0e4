#include "service/signaal_service.hpp"

#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "service/opdracht_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

class SignaalServiceTest : public ServiceTest {
 protected:
  SignaalService service() { return SignaalService(store_, audit_); }

  // A demo opdracht in which a signaal may be reported (aanvaard or in uitvoering).
  opdrachten::Opdracht lopende_opdracht() {
    auto lijst = lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
    for (const auto& o : *lijst) {
      if (opdrachten::signaal_mogelijk(o.status)) return o;
    }
    ADD_FAILURE() << "de demo heeft geen lopende opdracht";
    return {};
  }

  std::string naam_van(Id organisatie) {
    return lezen()->registry().get_organisatie(organisatie)->naam;
  }

  Fields melding() {
    return {{"soort", "stagnatie"},
            {"wat", "Vergunningen lopen achter"},
            {"impact", "Twee maanden vertraging"},
            {"maatregel", "Extra inzet"}};
  }
};

// OPD-6: only the opdrachtnemer reports a signaal.
TEST_F(SignaalServiceTest, OpdrachtgeverMagNietMelden) {
  auto o = lopende_opdracht();
  auto voor = lezen()->signalen().list(o.id)->size();
  auto s = service().melden(als(RolSoort::kAmbtelijkOpdrachtgever, naam_van(o.opdrachtgever_id)),
                            o.id, melding());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(lezen()->signalen().list(o.id)->size(), voor);
  EXPECT_EQ(laatste_audit().actie, "signaal.melden");
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
}

TEST_F(SignaalServiceTest, MeldenSchrijftSignaalEnAuditregel) {
  auto o = lopende_opdracht();
  auto s = service().melden(als_account("accountmanager"), o.id, melding());
  ASSERT_TRUE(s.ok()) << s.error().detail;
  EXPECT_EQ(s->status, opdrachten::SignaalStatus::kOpen);
  EXPECT_EQ(s->gemeld_op.substr(0, 10), "2026-12-01");  // the test clock runs on
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
  EXPECT_EQ(laatste_audit().object,
            "opdracht/" + std::to_string(o.id) + "/signaal/" + std::to_string(s->id));
}

TEST_F(SignaalServiceTest, ZonderAuditregelGeenSignaal) {
  auto o = lopende_opdracht();
  auto voor = lezen()->signalen().list(o.id)->size();
  store_->set_audit_fails(true);
  auto s = service().melden(als_account("accountmanager"), o.id, melding());
  store_->set_audit_fails(false);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(lezen()->signalen().list(o.id)->size(), voor);
}

// OPD-6: the opdrachtgever handles it from the version it saw.
TEST_F(SignaalServiceTest, AfhandelenOpVerouderdeVersieIsStale) {
  auto o = lopende_opdracht();
  auto s = service().melden(als_account("accountmanager"), o.id, melding());
  ASSERT_TRUE(s.ok());
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, naam_van(o.opdrachtgever_id));
  auto eerst = service().afhandelen(og, o.id, s->id, s->versie, {{"afhandeling", "Akkoord"}});
  ASSERT_TRUE(eerst.ok()) << eerst.error().detail;
  auto tweede = service().afhandelen(og, o.id, s->id, s->versie, {{"afhandeling", "Nogmaals"}});
  ASSERT_FALSE(tweede.ok());
  EXPECT_EQ(tweede.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->signalen().get(s->id)->afhandeling, "Akkoord");
}

TEST_F(SignaalServiceTest, OpdrachtnemerMagNietAfhandelen) {
  auto o = lopende_opdracht();
  auto s = service().melden(als_account("accountmanager"), o.id, melding());
  ASSERT_TRUE(s.ok());
  auto af = service().afhandelen(als(RolSoort::kDirectieOd, kOd), o.id, s->id, s->versie,
                                 {{"afhandeling", "Zelf opgelost"}});
  ASSERT_FALSE(af.ok());
  EXPECT_EQ(af.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(lezen()->signalen().get(s->id)->status, opdrachten::SignaalStatus::kOpen);
}

// OPD-6: who may not handle a signaal hears 403 before anything about the version or the input;
// that includes the opdrachtgever of another gemeente, who sees a collective opdracht.
TEST_F(SignaalServiceTest, WieNietMagAfhandelenHoort403VoorVersieEnInvoer) {
  auto o = lopende_opdracht();
  auto s = service().melden(als_account("accountmanager"), o.id, melding());
  ASSERT_TRUE(s.ok());
  std::string ander;
  auto organisaties =
      lezen()->registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id()});
  for (const auto& org : organisaties->items) {
    if (org.soort == governance::OrganisatieSoort::kGemeente && org.id != o.opdrachtgever_id) {
      ander = org.naam;
      break;
    }
  }
  for (const auto& ctx :
       {als(RolSoort::kDirectieOd, kOd), als(RolSoort::kAmbtelijkOpdrachtgever, ander)}) {
    auto af = service().afhandelen(ctx, o.id, s->id, s->versie + 7, {{"afhandeling", ""}});
    ASSERT_FALSE(af.ok());
    EXPECT_TRUE(af.error().code == ErrorCode::kForbidden || af.error().code == ErrorCode::kNotFound)
        << af.error().key;
  }
  EXPECT_EQ(lezen()->signalen().get(s->id)->status, opdrachten::SignaalStatus::kOpen);
}

}  // namespace
}  // namespace regie::service
