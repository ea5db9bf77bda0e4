#include "service/beleidscyclus_service.hpp"

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using auth::Gebruikersrol;

class BeleidscyclusServiceTest : public ServiceTest {
 protected:
  BeleidscyclusService service() { return BeleidscyclusService(store_, audit_); }

  beleidscyclus::Stap eerste_stap() {
    auto stappen = lezen()->cyclus().list_stappen(regio_id());
    EXPECT_FALSE(stappen->empty());
    return stappen->front();
  }

  static Fields document() {
    return {{"titel", "Risicoanalyse 2027"}, {"link", "https://example.org/risico.pdf"}};
  }
};

// B8-1: the cycle is kept by the beheerder and the omgevingsdienst's management.
TEST_F(BeleidscyclusServiceTest, DocumentToevoegenWeigertLezers) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  for (auto rol : {Gebruikersrol::kMedewerker, Gebruikersrol::kBestuurder}) {
    auto d = service().create_document(als(rol), regio_id(), stap.id, document());
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor);
}

TEST_F(BeleidscyclusServiceTest, DocumentToevoegenSchrijftAuditregel) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  auto d =
      service().create_document(als(Gebruikersrol::kBeheerder), regio_id(), stap.id, document());
  ASSERT_TRUE(d.ok()) << d.error().detail;
  EXPECT_EQ(d->toegevoegd.substr(0, 10), "2026-12-01");  // the test clock runs on
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor + 1);
  EXPECT_EQ(laatste_audit().actie, "cyclusdocument.aanmaken");
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
}

TEST_F(BeleidscyclusServiceTest, ZonderAuditregelGeenDocument) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  store_->set_audit_fails(true);
  auto d =
      service().create_document(als(Gebruikersrol::kBeheerder), regio_id(), stap.id, document());
  store_->set_audit_fails(false);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor);
}

}  // namespace
}  // namespace regie::service
