// GOV-10: the beheerder manages accounts without the CLI: an account for a persoon of the
// register, a one-time link to set the password, switching an account off and on.
#include "service/account_service.hpp"

#include "domain/auth/account.hpp"
#include "domain/governance/register_repository.hpp"
#include "service/crypto.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

class AccountServiceTest : public ServiceTest {
 protected:
  AccountService service() { return AccountService(store_, audit_); }
  AuthService auth() { return AuthService(store_, klok_, audit_); }

  Id persoon(const std::string& naam) {
    auto lijst =
        lezen()->registry().list_personen(PersoonQuery{.regio_id = regio_id(), .zoek = naam});
    EXPECT_TRUE(lijst.ok() && !lijst->items.empty()) << naam;
    return lijst->items.front().persoon.id;
  }

  static Fields wachtwoord(const std::string& w, const std::string& herhaling) {
    return {{"wachtwoord", w}, {"herhaling", herhaling}};
  }
};

// GOV-10: an account made in the web interface is the persoon it names and acts with that
// persoon's hats; the person chooses the password through the link, which works once.
TEST_F(AccountServiceTest, GOV10_BeheerderMaaktAccountVoorEenPersoonEnDeLinkWerktEenKeer) {
  auto beheerder = als_beheerder("beheerder");
  auto link = service().create(
      beheerder,
      {{"naam", "esther.kramer"}, {"persoonId", std::to_string(persoon("Esther Kramer"))}});
  ASSERT_TRUE(link.ok()) << link.error().key;
  EXPECT_EQ(link->naam, "esther.kramer");
  EXPECT_EQ(link->code.size(), 43U);  // 256 bits, base64url
  EXPECT_EQ(laatste_audit().actie, "gebruiker.aanmaken");
  // Only the hash of the code is stored.
  EXPECT_FALSE(lezen()->accounts().find_herstel(link->code)->has_value());
  EXPECT_TRUE(lezen()->accounts().find_herstel(sha256_hex(link->code))->has_value());

  EXPECT_TRUE(*service().herstellink_geldig(link->code));
  EXPECT_FALSE(*service().herstellink_geldig("onbekend"));
  // Nobody can log in before the link is used.
  EXPECT_FALSE(auth().login("esther.kramer", "", "127.0.0.1", "test").ok());

  auto kort = service().wachtwoord_instellen(link->code, wachtwoord("kort", "anders"), "test");
  ASSERT_FALSE(kort.ok());
  EXPECT_EQ(kort.error().fields.size(), 2U);  // too short, and not the same
  ASSERT_TRUE(service()
                  .wachtwoord_instellen(link->code,
                                        wachtwoord("Molenbroek-2027", "Molenbroek-2027"), "test")
                  .ok());
  auto inlog = auth().login("esther.kramer", "Molenbroek-2027", "127.0.0.1", "test");
  ASSERT_TRUE(inlog.ok()) << inlog.error().key;
  EXPECT_EQ(inlog->actor.persoon_naam, "Esther Kramer");
  EXPECT_EQ(auth::hoeden_tekst(inlog->actor), "ambtelijk opdrachtgever Gemeente Molenbroek");

  EXPECT_FALSE(*service().herstellink_geldig(link->code));
  auto nogmaals = service().wachtwoord_instellen(
      link->code, wachtwoord("Nog-een-keer-1", "Nog-een-keer-1"), "test");
  ASSERT_FALSE(nogmaals.ok());
  EXPECT_EQ(nogmaals.error().fields.at(0).key, "fout.herstellink_ongeldig");

  auto lijst = service().accounts(beheerder);
  ASSERT_TRUE(lijst.ok());
  auto it = std::find_if(lijst->begin(), lijst->end(),
                         [](const AccountRegel& r) { return r.gebruiker.naam == "esther.kramer"; });
  ASSERT_NE(it, lijst->end());
  EXPECT_EQ(it->persoon_naam, "Esther Kramer");
  EXPECT_EQ(it->hoeden, "ambtelijk opdrachtgever Gemeente Molenbroek");
}

// GOV-10: only the beheerder manages accounts; a name is unique and an account is a persoon or
// the technical beheerder, not both.
TEST_F(AccountServiceTest, GOV10_AlleenDeBeheerderEnElkAccountIsEenPersoonOfTechnischBeheer) {
  auto pieter = als_account("opdrachtgever");
  auto geweigerd = service().create(pieter, {{"naam", "iemand"}, {"beheerder", "ja"}});
  ASSERT_FALSE(geweigerd.ok());
  EXPECT_EQ(geweigerd.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service().accounts(pieter).error().code, ErrorCode::kForbidden);
  auto id = lezen()->accounts().find("directie");
  EXPECT_EQ(service().account(pieter, (**id).id).error().code, ErrorCode::kNotFound);

  auto beheerder = als_beheerder("beheerder");
  auto fout = service().create(beheerder, {{"naam", "Pieter de Boer"}});
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.at(0).key, "fout.accountnaam");
  auto beide = service().create(beheerder, {{"naam", "dubbel"},
                                            {"beheerder", "ja"},
                                            {"persoonId", std::to_string(persoon("Naomi Bos"))}});
  ASSERT_FALSE(beide.ok());
  EXPECT_EQ(beide.error().fields.at(0).key, "fout.persoon_of_beheerder");
  auto bestaat = service().create(beheerder, {{"naam", "directie"}, {"beheerder", "ja"}});
  ASSERT_FALSE(bestaat.ok());
  EXPECT_EQ(bestaat.error().fields.at(0).key, "fout.naam_bestaat_al");
}

// GOV-10: an account switched off cannot log in and its session stops at once; a new link
// replaces the old one; an expired link does not work.
TEST_F(AccountServiceTest, GOV10_UitgezetAccountKanNietInloggenEnEenNieuweLinkVervangtDeOude) {
  auto beheerder = als_beheerder("beheerder");
  auto inlog = auth().login("opdrachtgever", "regie-demo-2026", "127.0.0.1", "test");
  ASSERT_TRUE(inlog.ok());
  const Id id = inlog->actor.gebruiker_id;
  auto niets = service().zet_actief(beheerder, id, {{"actief", ""}});
  ASSERT_FALSE(niets.ok());
  EXPECT_EQ(niets.error().fields.at(0).key, "fout.verplicht");
  ASSERT_TRUE(service().zet_actief(beheerder, id, {{"actief", "nee"}}).ok());
  EXPECT_EQ(laatste_audit().actie, "gebruiker.deactiveren");
  EXPECT_FALSE(auth().sessie(inlog->sessie_token).ok());
  EXPECT_FALSE(auth().login("opdrachtgever", "regie-demo-2026", "127.0.0.2", "test").ok());
  auto aan = service().zet_actief(beheerder, id, {{"actief", "ja"}});
  ASSERT_TRUE(aan.ok());
  EXPECT_TRUE(aan->gebruiker.actief);
  EXPECT_TRUE(auth().login("opdrachtgever", "regie-demo-2026", "127.0.0.3", "test").ok());

  auto eerste = service().herstellink(beheerder, id);
  auto tweede = service().herstellink(beheerder, id);
  ASSERT_TRUE(eerste.ok() && tweede.ok());
  auto oud = service().wachtwoord_instellen(eerste->code,
                                            wachtwoord("Beekdal-2027!", "Beekdal-2027!"), "test");
  ASSERT_FALSE(oud.ok());
  EXPECT_EQ(oud.error().fields.at(0).key, "fout.herstellink_ongeldig");

  // Expired: the link of a moment before now.
  {
    auto uow = store_->begin(Toegang::kSchrijven);
    ASSERT_TRUE(uow.ok());
    ASSERT_TRUE((*uow)
                    ->accounts()
                    .create_herstel({sha256_hex("verlopen"), id, "2026-12-01T08:00:00Z"})
                    .ok());
    ASSERT_TRUE((*uow)->commit().ok());
  }
  auto verlopen = service().wachtwoord_instellen(
      "verlopen", wachtwoord("Beekdal-2027!", "Beekdal-2027!"), "test");
  ASSERT_FALSE(verlopen.ok());
  EXPECT_EQ(verlopen.error().fields.at(0).key, "fout.herstellink_ongeldig");

  // The beheerder does not switch itself off.
  auto zelf = service().zet_actief(beheerder, (**lezen()->accounts().find("beheerder")).id,
                                   {{"actief", "nee"}});
  ASSERT_FALSE(zelf.ok());
  EXPECT_EQ(zelf.error().fields.at(0).key, "fout.eigen_account");
}

}  // namespace
}  // namespace regie::service
