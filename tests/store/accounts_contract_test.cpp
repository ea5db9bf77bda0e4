// The store contract of the AccountRepository (domain/auth/account_repository.hpp): accounts,
// sessions, tokens, login attempts and the link of an account to its persoon.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <tuple>

#include "contract_fixture.hpp"

namespace regie::store_contract {
namespace {

TEST_P(StoreContractTest, GebruikerWordtExactTeruggelezenEnNaamIsUniek) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Gebruiker opdrachtgever{.naam = "opdrachtgever",
                          .wachtwoord_hash = "$argon2id$v=19$a",
                          .beheerder = false,
                          .organisatie_id = r.gemeente_a,
                          .actief = false,
                          .aangemaakt = "2026-01-05T09:00:00Z"};
  Gebruiker beheerder{.naam = "beheerder",
                      .wachtwoord_hash = "$argon2id$v=19$b",
                      .beheerder = true,
                      .organisatie_id = r.od,
                      .aangemaakt = "2026-01-06T10:30:00Z"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(opdrachtgever.id, uow.accounts().create(opdrachtgever));
    REGIE_ASSIGN_OR_RETURN(beheerder.id, uow.accounts().create(beheerder));
    return Ok();
  }));
  ASSERT_OK_AND_ASSIGN(auto gevonden,
                       lees([](UnitOfWork& uow) { return uow.accounts().find("opdrachtgever"); }));
  ASSERT_TRUE(gevonden.has_value());
  EXPECT_EQ(velden(*gevonden), velden(opdrachtgever));
  ASSERT_OK_AND_ASSIGN(Gebruiker per_id,
                       lees([&](UnitOfWork& uow) { return uow.accounts().get(beheerder.id); }));
  EXPECT_EQ(velden(per_id), velden(beheerder));
  ASSERT_OK_AND_ASSIGN(auto onbekend,
                       lees([](UnitOfWork& uow) { return uow.accounts().find("Beheerder"); }));
  EXPECT_FALSE(onbekend.has_value());
  ASSERT_OK_AND_ASSIGN(auto alle, lees([](UnitOfWork& uow) { return uow.accounts().list(); }));
  ASSERT_EQ(alle.size(), 2u);
  EXPECT_EQ(alle[0].naam, "beheerder");
  EXPECT_EQ(alle[1].naam, "opdrachtgever");

  Gebruiker dubbel = beheerder;
  dubbel.organisatie_id = r.gemeente_b;
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.accounts().create(dubbel); }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
}

TEST_P(StoreContractTest, SessiesVindenVerwijderenEnAlleenVerlopenOpruimen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id gebruiker, schrijf([&](UnitOfWork& uow) {
                         return uow.accounts().create(Gebruiker{
                             .naam = "beheerder", .wachtwoord_hash = "h", .organisatie_id = r.od});
                       }));
  const Sessie verlopen{"hash-verlopen", gebruiker, "csrf-1", "2026-03-01T10:00:00Z"};
  const Sessie precies_nu{"hash-nu", gebruiker, "csrf-2", "2026-03-01T12:00:00Z"};
  const Sessie later{"hash-later", gebruiker, "csrf-3", "2026-03-02T00:00:00Z"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (const auto& s : {verlopen, precies_nu, later}) REGIE_TRY(uow.accounts().create_sessie(s));
    return Ok();
  }));
  auto vind = [&](const std::string& hash) {
    return lees([&](UnitOfWork& uow) { return uow.accounts().find_sessie(hash); });
  };
  ASSERT_OK_AND_ASSIGN(auto gevonden, vind("hash-verlopen"));
  ASSERT_TRUE(gevonden.has_value());
  EXPECT_EQ(
      std::tie(gevonden->token_hash, gevonden->gebruiker_id, gevonden->csrf_token,
               gevonden->verloopt),
      std::tie(verlopen.token_hash, verlopen.gebruiker_id, verlopen.csrf_token, verlopen.verloopt));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.accounts().create_sessie(later); }),
               ErrorCode::kConflict, "fout.bestaat_al"));

  ASSERT_OK(schrijf([](UnitOfWork& uow) {
    return uow.accounts().delete_verlopen_sessies("2026-03-01T12:00:00Z");
  }));
  ASSERT_OK_AND_ASSIGN(auto weg, vind("hash-verlopen"));
  EXPECT_FALSE(weg.has_value());
  ASSERT_OK_AND_ASSIGN(auto nu_nog, vind("hash-nu"));
  EXPECT_TRUE(nu_nog.has_value());
  ASSERT_OK_AND_ASSIGN(auto blijft, vind("hash-later"));
  EXPECT_TRUE(blijft.has_value());

  ASSERT_OK(schrijf([](UnitOfWork& uow) { return uow.accounts().delete_sessie("hash-nu"); }));
  ASSERT_OK(
      schrijf([](UnitOfWork& uow) { return uow.accounts().delete_sessie("hash-bestaat-niet"); }));
  ASSERT_OK_AND_ASSIGN(auto uitgelogd, vind("hash-nu"));
  EXPECT_FALSE(uitgelogd.has_value());
  ASSERT_OK_AND_ASSIGN(auto ander, vind("hash-later"));
  EXPECT_TRUE(ander.has_value());
}

TEST_P(StoreContractTest, ApiTokenWordtBijZijnHashGevonden) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id gebruiker, schrijf([&](UnitOfWork& uow) -> Result<Id> {
        REGIE_ASSIGN_OR_RETURN(
            Id id, uow.accounts().create(Gebruiker{
                       .naam = "koppeling", .wachtwoord_hash = "h", .organisatie_id = r.od}));
        REGIE_TRY(uow.accounts().create_token("token-hash", id, "2026-03-01T10:00:00Z"));
        return id;
      }));
  ASSERT_OK_AND_ASSIGN(
      auto gevonden, lees([](UnitOfWork& uow) { return uow.accounts().find_token("token-hash"); }));
  EXPECT_EQ(gevonden, std::optional<Id>{gebruiker});
  ASSERT_OK_AND_ASSIGN(auto onbekend, lees([](UnitOfWork& uow) {
                         return uow.accounts().find_token("ander-token");
                       }));
  EXPECT_EQ(onbekend, std::nullopt);
}

// Decision 7: failures count per account name and client address, from a moment on and only
// after the last success of that same name and address; the newest failure comes along.
TEST_P(StoreContractTest, MislukteInlogpogingenTellenPerNaamEnAdresTotHetLaatsteSucces) {
  const std::string a = "10.0.0.1";
  const std::string b = "2001:db8::7";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_TRY(uow.accounts().record_login_poging("beheerder", a, false, "2026-03-01T10:00:00Z"));
    REGIE_TRY(uow.accounts().record_login_poging("beheerder", a, false, "2026-03-01T10:01:00Z"));
    REGIE_TRY(uow.accounts().record_login_poging("beheerder", a, false, "2026-03-01T10:02:00Z"));
    REGIE_TRY(uow.accounts().record_login_poging("beheerder", b, false, "2026-03-01T10:02:30Z"));
    return uow.accounts().record_login_poging("ander", a, false, "2026-03-01T10:01:30Z");
  }));
  auto tel = [&](const std::string& naam, const std::string& adres, const std::string& sinds) {
    return lees(
        [&](UnitOfWork& uow) { return uow.accounts().count_mislukte_logins(naam, adres, sinds); });
  };
  ASSERT_OK_AND_ASSIGN(auto alle, tel("beheerder", a, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(alle.aantal, 3);
  EXPECT_EQ(alle.laatste, "2026-03-01T10:02:00Z");
  ASSERT_OK_AND_ASSIGN(auto vanaf_tweede, tel("beheerder", a, "2026-03-01T10:01:00Z"));
  EXPECT_EQ(vanaf_tweede.aantal, 2);
  ASSERT_OK_AND_ASSIGN(auto na_laatste, tel("beheerder", a, "2026-03-01T10:03:00Z"));
  EXPECT_EQ(na_laatste.aantal, 0);
  EXPECT_EQ(na_laatste.laatste, "");
  ASSERT_OK_AND_ASSIGN(auto ander_adres, tel("beheerder", b, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(ander_adres.aantal, 1);
  ASSERT_OK_AND_ASSIGN(auto ander, tel("ander", a, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(ander.aantal, 1);
  ASSERT_OK_AND_ASSIGN(auto niemand, tel("niemand", a, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(niemand.aantal, 0);

  // A success from address b clears b, not a.
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.accounts().record_login_poging("beheerder", b, true, "2026-03-01T10:05:00Z");
  }));
  ASSERT_OK_AND_ASSIGN(auto b_na_succes, tel("beheerder", b, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(b_na_succes.aantal, 0);
  ASSERT_OK_AND_ASSIGN(auto a_blijft, tel("beheerder", a, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(a_blijft.aantal, 3);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_TRY(uow.accounts().record_login_poging("beheerder", a, true, "2026-03-01T10:06:00Z"));
    return uow.accounts().record_login_poging("beheerder", a, false, "2026-03-01T10:07:00Z");
  }));
  ASSERT_OK_AND_ASSIGN(auto opnieuw, tel("beheerder", a, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(opnieuw.aantal, 1);
  EXPECT_EQ(opnieuw.laatste, "2026-03-01T10:07:00Z");
  ASSERT_OK_AND_ASSIGN(auto ander_blijft, tel("ander", a, "2026-03-01T09:00:00Z"));
  EXPECT_EQ(ander_blijft.aantal, 1);
}

// COMP-1: an account is linked to at most one persoon; the link can be set and cleared, and
// goes when the persoon is deleted.
TEST_P(StoreContractTest, GebruikerWordtAanPersoonGekoppeld) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Persoon p = persoon(r.regio, r.gemeente_a, "Pien");
  Gebruiker g{.naam = "pien",
              .wachtwoord_hash = "$argon2id$v=19$c",
              .beheerder = false,
              .organisatie_id = r.gemeente_a,
              .aangemaakt = "2026-01-05T09:00:00Z"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(p.id, uow.registry().create_persoon(p));
    REGIE_ASSIGN_OR_RETURN(g.id, uow.accounts().create(g));
    return Ok();
  }));
  ASSERT_OK_AND_ASSIGN(auto geen,
                       lees([&](UnitOfWork& uow) { return uow.accounts().persoon_of(g.id); }));
  EXPECT_EQ(geen, std::nullopt);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.accounts().link_persoon(g.id, p.id); }));
  ASSERT_OK_AND_ASSIGN(auto gekoppeld,
                       lees([&](UnitOfWork& uow) { return uow.accounts().persoon_of(g.id); }));
  EXPECT_EQ(gekoppeld, std::optional<Id>(p.id));
  ASSERT_OK_AND_ASSIGN(auto zelfde,
                       lees([&](UnitOfWork& uow) { return uow.accounts().get(g.id); }));
  EXPECT_EQ(velden(zelfde), velden(g));  // the other columns are untouched

  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.accounts().link_persoon(kOntbrekendId, p.id); }),
      ErrorCode::kNotFound));
  EXPECT_TRUE(
      FaaltMet(lees([&](UnitOfWork& uow) { return uow.accounts().persoon_of(kOntbrekendId); }),
               ErrorCode::kNotFound));
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_persoon(p.id, p.versie); }));
  ASSERT_OK_AND_ASSIGN(auto weg,
                       lees([&](UnitOfWork& uow) { return uow.accounts().persoon_of(g.id); }));
  EXPECT_EQ(weg, std::nullopt);
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.accounts().link_persoon(g.id, std::nullopt); }));
}

}  // namespace
}  // namespace regie::store_contract
