#include "service/auth_service.hpp"

#include "domain/auth/account_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using auth::Gebruikersrol;

class AuthServiceTest : public ServiceTest {
 protected:
  AuthService service() { return AuthService(store_, klok_, audit_); }
};

TEST_F(AuthServiceTest, InloggenGeeftSessieEnAuditregel) {
  auto inlog = service().login("opdrachtgever", kDemoWachtwoord, "test");
  ASSERT_TRUE(inlog.ok()) << inlog.error().detail;
  EXPECT_EQ(inlog->actor.rol, Gebruikersrol::kOpdrachtgever);
  EXPECT_EQ(inlog->actor.organisatie_naam, kBeekdal);
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
  auto sessie = service().sessie(inlog->sessie_token);
  ASSERT_TRUE(sessie.ok());
  EXPECT_EQ(sessie->actor.naam, "opdrachtgever");
}

// Deny by default: a wrong password gives no session and says nothing about the name.
TEST_F(AuthServiceTest, VerkeerdWachtwoordWordtGeweigerdEnGeteld) {
  auto inlog = service().login("opdrachtgever", "fout", "test");
  ASSERT_FALSE(inlog.ok());
  EXPECT_EQ(inlog.error().code, ErrorCode::kUnauthenticated);
  auto onbekend = service().login("niemand", "fout", "test");
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().key, inlog.error().key);
  auto mislukt = lezen()->accounts().count_mislukte_logins("opdrachtgever", "2026-12-01T00:00:00Z");
  EXPECT_EQ(*mislukt, 1);
}

TEST_F(AuthServiceTest, NaTeVeelPogingenGeblokkeerd) {
  for (int i = 0; i < AuthService::kMaxMislukt; ++i) {
    ASSERT_FALSE(service().login("opdrachtgever", "fout", "test").ok());
  }
  auto inlog = service().login("opdrachtgever", kDemoWachtwoord, "test");
  ASSERT_FALSE(inlog.ok());
  EXPECT_EQ(inlog.error().code, ErrorCode::kTooManyRequests);
}

TEST_F(AuthServiceTest, BestaandeGebruikersnaamIsEenConflict) {
  auto voor = lezen()->accounts().list()->size();
  auto id = service().create_gebruiker("beheerder", Gebruikersrol::kBeheerder, std::nullopt,
                                       "een-lang-wachtwoord-2026");
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kConflict);
  EXPECT_EQ(lezen()->accounts().list()->size(), voor);
}

TEST_F(AuthServiceTest, UitloggenBeeindigtDeSessie) {
  auto inlog = service().login("beheerder", kDemoWachtwoord, "test");
  ASSERT_TRUE(inlog.ok());
  ASSERT_TRUE(service().logout(inlog->sessie_token, "test").ok());
  auto sessie = service().sessie(inlog->sessie_token);
  ASSERT_FALSE(sessie.ok());
  EXPECT_EQ(sessie.error().code, ErrorCode::kUnauthenticated);
}

}  // namespace
}  // namespace regie::service
