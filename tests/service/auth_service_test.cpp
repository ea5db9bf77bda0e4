#include "service/auth_service.hpp"

#include "domain/auth/account_repository.hpp"
#include "domain/auth/inlogbeperking.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using std::chrono::seconds;

constexpr const char* kAdres = "10.0.0.1";
constexpr const char* kAnderAdres = "10.0.0.2";

class AuthServiceTest : public ServiceTest {
 protected:
  AuthService service() { return AuthService(store_, hand_klok_, audit_); }
  Result<Inlog> login(const std::string& naam, const std::string& wachtwoord,
                      const std::string& adres = kAdres) {
    return service().login(naam, wachtwoord, adres, "test " + adres);
  }
  // Fails `aantal` times for `naam` from `adres`.
  void faal(const std::string& naam, int aantal, const std::string& adres = kAdres) {
    for (int i = 0; i < aantal; ++i) {
      auto fout = login(naam, "fout", adres);
      ASSERT_FALSE(fout.ok());
      ASSERT_EQ(fout.error().code, ErrorCode::kUnauthenticated) << i;
    }
  }
  // The answer to the correct password: throttled, with the wait in seconds.
  void verwacht_wachttijd(const std::string& naam, std::int64_t seconden,
                          const std::string& adres = kAdres) {
    auto inlog = login(naam, kDemoWachtwoord, adres);
    ASSERT_FALSE(inlog.ok());
    EXPECT_EQ(inlog.error().code, ErrorCode::kTooManyRequests);
    EXPECT_EQ(inlog.error().wachttijd_seconden, seconden);
  }

  std::shared_ptr<HandKlok> hand_klok_ = test_klok();
};

TEST_F(AuthServiceTest, InloggenGeeftSessieEnAuditregel) {
  auto inlog = login("opdrachtgever", kDemoWachtwoord);
  ASSERT_TRUE(inlog.ok()) << inlog.error().detail;
  // GOV-10: the account is Pieter de Boer, with his hat of the day.
  EXPECT_EQ(inlog->actor.persoon_naam, "Pieter de Boer");
  EXPECT_EQ(auth::hoeden_tekst(inlog->actor), "ambtelijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(inlog->actor.organisatie_naam, kBeekdal);
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
  auto sessie = service().sessie(inlog->sessie_token);
  ASSERT_TRUE(sessie.ok());
  EXPECT_EQ(sessie->actor.naam, "opdrachtgever");
}

// Deny by default: a wrong password gives no session and says nothing about the name.
TEST_F(AuthServiceTest, VerkeerdWachtwoordWordtGeweigerdEnGeteld) {
  auto inlog = login("opdrachtgever", "fout");
  ASSERT_FALSE(inlog.ok());
  EXPECT_EQ(inlog.error().code, ErrorCode::kUnauthenticated);
  auto onbekend = login("niemand", "fout");
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().key, inlog.error().key);
  auto mislukt =
      lezen()->accounts().count_mislukte_logins("opdrachtgever", kAdres, "2026-12-01T00:00:00Z");
  EXPECT_EQ(mislukt->aantal, 1);
  auto elders = lezen()->accounts().count_mislukte_logins("opdrachtgever", kAnderAdres,
                                                          "2026-12-01T00:00:00Z");
  EXPECT_EQ(elders->aantal, 0);
}

// Decision 7: an address that keeps failing waits longer after every failure, told how long;
// while it waits even the right password is not heard. After the wait it gets one attempt.
TEST_F(AuthServiceTest, EenAdresDatBlijftFalenWachtSteedsLanger) {
  faal("opdrachtgever", auth::kVrijeInlogpogingen);
  verwacht_wachttijd("opdrachtgever", 60);
  hand_klok_->verzet(seconds{45});
  verwacht_wachttijd("opdrachtgever", 15);
  hand_klok_->verzet(seconds{15});
  faal("opdrachtgever", 1);  // the sixth failure
  verwacht_wachttijd("opdrachtgever", 120);
  hand_klok_->verzet(seconds{120});
  faal("opdrachtgever", 1);
  verwacht_wachttijd("opdrachtgever", 240);
  hand_klok_->verzet(seconds{240});
  // The right password after the wait: in, and the count for this address starts over.
  auto inlog = login("opdrachtgever", kDemoWachtwoord);
  ASSERT_TRUE(inlog.ok()) << inlog.error().key;
  faal("opdrachtgever", auth::kVrijeInlogpogingen - 1);
  EXPECT_TRUE(login("opdrachtgever", kDemoWachtwoord).ok());
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
}

// Decision 7: failures from one address do not lock the person out: the right password from an
// address that has not been failing gets in at once.
TEST_F(AuthServiceTest, FoutePogingenVanafEenAnderAdresBlokkerenDeGebruikerNiet) {
  faal("opdrachtgever", auth::kVrijeInlogpogingen);
  verwacht_wachttijd("opdrachtgever", 60);
  auto inlog = login("opdrachtgever", kDemoWachtwoord, kAnderAdres);
  ASSERT_TRUE(inlog.ok()) << inlog.error().key;
  EXPECT_EQ(inlog->actor.naam, "opdrachtgever");
  // The failing address still waits: a success elsewhere does not clear it.
  verwacht_wachttijd("opdrachtgever", 60);
}

// Decision 7: a name without an account is throttled exactly like an existing one, so the
// throttle does not tell which accounts exist.
TEST_F(AuthServiceTest, OnbekendeNaamWordtNetZoBeperktAlsEenBestaande) {
  faal("opdrachtgever", auth::kVrijeInlogpogingen);
  faal("bestaat-niet", auth::kVrijeInlogpogingen);
  auto bestaand = login("opdrachtgever", "fout");
  auto onbekend = login("bestaat-niet", "fout");
  ASSERT_FALSE(bestaand.ok());
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(bestaand.error().code, ErrorCode::kTooManyRequests);
  EXPECT_EQ(onbekend.error().code, bestaand.error().code);
  EXPECT_EQ(onbekend.error().key, bestaand.error().key);
  EXPECT_EQ(onbekend.error().wachttijd_seconden, bestaand.error().wachttijd_seconden);
}

TEST_F(AuthServiceTest, BestaandeGebruikersnaamIsEenConflict) {
  auto voor = lezen()->accounts().list()->size();
  auto id = service().create_gebruiker("beheerder", std::nullopt, std::nullopt,
                                       "een-lang-wachtwoord-2026");
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kConflict);
  EXPECT_EQ(lezen()->accounts().list()->size(), voor);
}

TEST_F(AuthServiceTest, UitloggenBeeindigtDeSessie) {
  auto inlog = login("beheerder", kDemoWachtwoord);
  ASSERT_TRUE(inlog.ok());
  ASSERT_TRUE(service().logout(inlog->sessie_token, "test").ok());
  auto sessie = service().sessie(inlog->sessie_token);
  ASSERT_FALSE(sessie.ok());
  EXPECT_EQ(sessie.error().code, ErrorCode::kUnauthenticated);
}

// GOV-10: every demo account is the persoon it names and wears the hats it names (the README's
// table says the same); only the beheerder has no persoon.
TEST_F(AuthServiceTest, GOV10_DemoAccountsZijnDePersoonMetDeHoedenDieZeNoemen) {
  for (const auto& a : DemoService::accounts()) {
    auto ctx = als_account(a.naam);
    if (a.persoon.empty()) {
      EXPECT_TRUE(ctx.actor.beheerder) << a.naam;
      EXPECT_FALSE(ctx.actor.persoon_id.has_value()) << a.naam;
      continue;
    }
    EXPECT_FALSE(ctx.actor.beheerder) << a.naam;
    EXPECT_EQ(ctx.actor.persoon_naam, a.persoon) << a.naam;
    EXPECT_EQ(auth::hoeden_tekst(ctx.actor), a.hoeden) << a.naam;
  }
}

}  // namespace
}  // namespace regie::service
