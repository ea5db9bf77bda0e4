// The store contract of the Store itself and its units of work (domain/repository.hpp):
// migrations, transactions, the demo loaded through it, and the PostgreSQL guard.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "contract_fixture.hpp"
#include "domain/audit/chain.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/demo_service.hpp"
#include "store/embedded.hpp"

namespace regie::store_contract {
namespace {

// The migration versions compiled into the binary for one dialect ("sqlite/" or "postgres/").
std::set<int> migratieversies(std::string_view map) {
  std::set<int> versies;
  for (const auto& [naam, sql] : store::embedded_migrations::files()) {
    if (naam.substr(0, map.size()) != map) continue;
    versies.insert(std::stoi(std::string(naam.substr(map.size(), 3))));
  }
  return versies;
}

int hoogste_migratie(const std::string& dialect) {
  auto versies = migratieversies(dialect == kSqlite ? "sqlite/" : "postgres/");
  return versies.empty() ? 0 : *versies.rbegin();
}

TEST(StoreMigratiesTest, ElkeMigratieBestaatVoorBeideDialectenZonderGaten) {
  auto sqlite = migratieversies("sqlite/");
  auto postgres = migratieversies("postgres/");
  ASSERT_FALSE(sqlite.empty());
  EXPECT_EQ(sqlite, postgres);
  EXPECT_EQ(*sqlite.begin(), 1);
  for (int versie = 1; versie <= *sqlite.rbegin(); ++versie) {
    EXPECT_EQ(sqlite.count(versie), 1U) << "migratie " << versie << " ontbreekt";
  }
}

TEST_P(StoreContractTest, MigrerenVanLegeDatabaseGeeftHoogsteVersieEnNogmaalsIsOnschadelijk) {
  ASSERT_OK(open_leeg());
  EXPECT_EQ(store_->dialect(), GetParam());
  ASSERT_OK_AND_ASSIGN(int voor, store_->schema_version());
  EXPECT_EQ(voor, 0);

  ASSERT_OK(store_->migrate());
  ASSERT_OK_AND_ASSIGN(int na, store_->schema_version());
  EXPECT_EQ(na, hoogste_migratie(GetParam()));
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Blijft"));

  ASSERT_OK(store_->migrate());
  ASSERT_OK(heropenen());
  ASSERT_OK(store_->migrate());
  ASSERT_OK_AND_ASSIGN(int opnieuw, store_->schema_version());
  EXPECT_EQ(opnieuw, na);
  ASSERT_OK_AND_ASSIGN(auto regios,
                       lees([](UnitOfWork& uow) { return uow.registry().list_regios(); }));
  ASSERT_EQ(regios.size(), 1u);
  EXPECT_EQ(regios[0].id, regio_id);
}

// GOV-1, GOV-3
TEST_P(StoreContractTest, MigrerenVanOudeDatabaseBehoudtElkeRijOngewijzigd) {
  ASSERT_OK(open_leeg());
  ASSERT_OK(store_->migrate(1));
  ASSERT_OK_AND_ASSIGN(int oud, store_->schema_version());
  ASSERT_EQ(oud, 1);

  // The rows as the program of version 1 wrote them: in SQL, since today's repositories also
  // write what later migrations added (rol_uren, from 010).
  ASSERT_OK(voer_sql_uit_buiten_de_store(
      "INSERT INTO regios (id, naam, gemeenschappelijke_regeling, minimum_uren_ao) "
      "VALUES (1, 'Regio Oud', 'GR Oud', 500);"
      "INSERT INTO organisaties (id, regio_id, naam, soort, inwonertal) "
      "VALUES (1, 1, 'Gemeente Oudewater', 'gemeente', 10250), "
      "(2, 1, 'Omgevingsdienst Oud', 'omgevingsdienst', NULL);"
      "INSERT INTO deelnemerschappen (id, organisatie_id, relatie, van, tot) "
      "VALUES (1, 1, 'deelnemer', '2013-01-01', '2030-12-31');"
      "INSERT INTO personen (id, regio_id, organisatie_id, naam, email, functie) "
      "VALUES (1, 1, 2, 'Coördinator Één', '', 'Coördinator budget €');"
      "INSERT INTO rollen (id, persoon_id, organisatie_id, soort, van, tot, uren_per_jaar) "
      "VALUES (1, 1, 1, 'coordinator', '2024-02-29', NULL, 1400);"));
  struct Sleutels {
    Id regio, gemeente, od, deelnemerschap, persoon, rol;
  };
  const Sleutels sleutels{1, 1, 2, 1, 1, 1};
  const Regio regio{.id = 1,
                    .naam = "Regio Oud",
                    .gemeenschappelijke_regeling = "GR Oud",
                    .minimum_uren_ambtelijk_opdrachtgever = 500};
  const Organisatie gemeente{.id = 1,
                             .regio_id = 1,
                             .naam = "Gemeente Oudewater",
                             .soort = OrganisatieSoort::kGemeente,
                             .inwonertal = 10'250};
  const Organisatie od{.id = 2,
                       .regio_id = 1,
                       .naam = "Omgevingsdienst Oud",
                       .soort = OrganisatieSoort::kOmgevingsdienst};
  const Deelnemerschap deelnemerschap{
      .id = 1, .organisatie_id = 1, .periode = Periode{datum(2013, 1, 1), datum(2030, 12, 31)}};
  Persoon persoon_oud = persoon(1, 2, "Coördinator Één");
  persoon_oud.id = 1;
  persoon_oud.functie = "Coördinator budget €";
  // GOV-3: migration 010 gives the rol one period from its start with the hours it had.
  Rol rol_oud = rol(1, 1, RolSoort::kCoordinator, Periode{datum(2024, 2, 29), std::nullopt}, 1400);
  rol_oud.id = 1;
  ASSERT_EQ(rol_oud.urenperioden,
            (std::vector<governance::UrenPeriode>{{datum(2024, 2, 29), 1400}}));

  struct Rijen {
    Regio regio;
    Organisatie gemeente, od;
    std::vector<Deelnemerschap> deelnemerschappen;
    Persoon persoon;
    Rol rol;
  };
  auto lees_alles = [&]() {
    return lees([&](UnitOfWork& uow) -> Result<Rijen> {
      Rijen r;
      REGIE_ASSIGN_OR_RETURN(r.regio, uow.registry().get_regio(sleutels.regio));
      REGIE_ASSIGN_OR_RETURN(r.gemeente, uow.registry().get_organisatie(sleutels.gemeente));
      REGIE_ASSIGN_OR_RETURN(r.od, uow.registry().get_organisatie(sleutels.od));
      REGIE_ASSIGN_OR_RETURN(r.deelnemerschappen,
                             uow.registry().list_deelnemerschappen(sleutels.gemeente));
      REGIE_ASSIGN_OR_RETURN(r.persoon, uow.registry().get_persoon(sleutels.persoon));
      REGIE_ASSIGN_OR_RETURN(r.rol, uow.registry().get_rol(sleutels.rol));
      return r;
    });
  };

  ASSERT_OK(heropenen());
  ASSERT_OK(store_->migrate());
  ASSERT_OK_AND_ASSIGN(int nieuw, store_->schema_version());
  EXPECT_EQ(nieuw, hoogste_migratie(GetParam()));

  ASSERT_OK_AND_ASSIGN(Rijen na, lees_alles());
  EXPECT_EQ(velden(na.regio), velden(regio));
  EXPECT_EQ(velden(na.gemeente), velden(gemeente));
  EXPECT_EQ(velden(na.od), velden(od));
  ASSERT_EQ(na.deelnemerschappen.size(), 1u);
  EXPECT_EQ(velden(na.deelnemerschappen[0]), velden(deelnemerschap));
  EXPECT_EQ(velden(na.persoon), velden(persoon_oud));
  EXPECT_EQ(velden(na.rol), velden(rol_oud));

  Gebruiker g{.naam = "beheerder",
              .wachtwoord_hash = "$argon2id$test",
              .beheerder = true,
              .organisatie_id = sleutels.od,
              .aangemaakt = "2026-01-05T09:00:00Z"};
  ASSERT_OK_AND_ASSIGN(g.id, schrijf([&](UnitOfWork& uow) { return uow.accounts().create(g); }));
  ASSERT_OK_AND_ASSIGN(auto gevonden,
                       lees([](UnitOfWork& uow) { return uow.accounts().find("beheerder"); }));
  ASSERT_TRUE(gevonden.has_value());
  EXPECT_EQ(velden(*gevonden), velden(g));
}

TEST_P(StoreContractTest, SchrijfeenheidZonderCommitLaatNietsAchter) {
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store_->begin(Toegang::kSchrijven));
    ASSERT_OK_AND_ASSIGN(Register r, vul_register(*uow));
    ASSERT_OK(uow->registry().create_persoon(persoon(r.regio, r.od, "Nooit Bewaard")));
    ASSERT_OK(
        uow->accounts().record_login_poging("niemand", "10.0.0.1", false, "2026-03-01T10:00:00Z"));
    EXPECT_OK(uow->registry().get_organisatie(r.gemeente_a));  // visible inside its own transaction
  }
  ASSERT_OK_AND_ASSIGN(auto regios,
                       lees([](UnitOfWork& uow) { return uow.registry().list_regios(); }));
  EXPECT_TRUE(regios.empty());
  ASSERT_OK_AND_ASSIGN(auto pogingen, lees([](UnitOfWork& uow) {
                         return uow.accounts().count_mislukte_logins("niemand", "10.0.0.1",
                                                                     "2000-01-01T00:00:00Z");
                       }));
  EXPECT_EQ(pogingen.aantal, 0);
}

TEST_P(StoreContractTest, GecommitWerkIsPasNaCommitZichtbaarVoorEenLeeseenheid) {
  ASSERT_OK_AND_ASSIGN(auto schrijver, store_->begin(Toegang::kSchrijven));
  ASSERT_OK_AND_ASSIGN(Id id, schrijver->registry().create_regio(Regio{.naam = "Regio Nieuw"}));
  {
    ASSERT_OK_AND_ASSIGN(auto lezer, store_->begin(Toegang::kLezen));
    EXPECT_TRUE(FaaltMet(lezer->registry().get_regio(id), ErrorCode::kNotFound));
  }
  ASSERT_OK(schrijver->commit());
  schrijver.reset();
  ASSERT_OK_AND_ASSIGN(Regio regio,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(id); }));
  EXPECT_EQ(regio.naam, "Regio Nieuw");
}

// Issue 16: the datastand moves on with a commit of this store and with one of a second store on
// the same database (another process). On SQLite it also stays while only reads happen; on
// PostgreSQL it is the server's WAL position, which other databases of the same server (other
// tests) move on too: there it may change more often, never less.
TEST_P(StoreContractTest, DatastandVerandertMetElkeCommitOokVanEenAnderProces) {
  ASSERT_OK_AND_ASSIGN(std::string begin, store_->datastand());
  {
    ASSERT_OK_AND_ASSIGN(auto lezer, store_->begin(Toegang::kLezen));
    ASSERT_OK(lezer->registry().list_regios());
  }
  ASSERT_OK_AND_ASSIGN(std::string na_lezen, store_->datastand());
  const bool alleen_deze_database = GetParam() == kSqlite;
  if (alleen_deze_database) {
    EXPECT_EQ(na_lezen, begin);
  }

  ASSERT_OK_AND_ASSIGN(auto schrijver, store_->begin(Toegang::kSchrijven));
  ASSERT_OK(schrijver->registry().create_regio(Regio{.naam = "Regio Stand"}));
  ASSERT_OK(schrijver->commit());
  schrijver.reset();
  ASSERT_OK_AND_ASSIGN(std::string na_commit, store_->datastand());
  EXPECT_NE(na_commit, begin);
  // Asked again (on whichever connection), without a commit in between: the same.
  for (int i = 0; i < 6; ++i) {
    ASSERT_OK_AND_ASSIGN(std::string weer, store_->datastand());
    if (alleen_deze_database) {
      EXPECT_EQ(weer, na_commit) << "vraag " << i;
    }
  }

  ASSERT_OK_AND_ASSIGN(auto ander_proces, store::open_store(database_));
  {
    ASSERT_OK_AND_ASSIGN(auto uow, ander_proces->begin(Toegang::kSchrijven));
    ASSERT_OK(uow->registry().create_regio(Regio{.naam = "Regio Elders"}));
    ASSERT_OK(uow->commit());
  }
  ASSERT_OK_AND_ASSIGN(std::string na_ander, store_->datastand());
  EXPECT_NE(na_ander, na_commit);
  EXPECT_NE(na_ander, begin);
}

// GOV-1, GOV-2, GOV-3
TEST_P(StoreContractTest, DemoLaadtEenmaalMetDeelnemersBestuurEnElkeRolsoort) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  service::DemoService demo(store_, audit);
  ASSERT_OK_AND_ASSIGN(auto accounts, demo.load());
  EXPECT_EQ(accounts.size(), service::DemoService::accounts().size());
  EXPECT_TRUE(FaaltMet(demo.load(), ErrorCode::kConflict));

  // GOV-10: the story is written through the services, inside the demo's one transaction, by
  // the demo's people (an account with its persoon and hat); then the load itself, and the
  // refused second load.
  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_GT(regels.size(), 10u);
  const auto n = regels.size();
  EXPECT_EQ(regels[n - 2].actie, "demo.laden");
  EXPECT_EQ(regels[n - 2].resultaat, "gelukt");
  EXPECT_EQ(regels[n - 1].actie, "demo.laden");
  EXPECT_EQ(regels[n - 1].resultaat, "conflict");
  std::set<std::string> wie;
  for (std::size_t i = 0; i + 2 < n; ++i) {
    EXPECT_EQ(regels[i].resultaat, "gelukt") << regels[i].actie;
    EXPECT_EQ(regels[i].herkomst, "demo") << regels[i].actie;
    EXPECT_NE(regels[i].actor.find(" ("), std::string::npos) << regels[i].actor;
    wie.insert(regels[i].actor.substr(0, regels[i].actor.find(' ')));
  }
  EXPECT_EQ(wie, (std::set<std::string>{"accountmanager", "directie", "ingrid.mulder", "medewerker",
                                        "naomi.bos", "opdrachtgever", "youssef.elamrani"}));

  auto uow_result = store_->begin(Toegang::kLezen);
  ASSERT_OK(uow_result);
  UnitOfWork& uow = **uow_result;
  ASSERT_OK_AND_ASSIGN(auto regios, uow.registry().list_regios());
  ASSERT_EQ(regios.size(), 1u);
  const Id regio_id = regios[0].id;

  // GOV-1: nine gemeenten and a provincie as deelnemer, one niet-deelnemer, one OD.
  ASSERT_OK_AND_ASSIGN(auto orgs, uow.registry().list_organisaties(
                                      OrganisatieQuery{.regio_id = regio_id, .page = kAlles}));
  int gemeente_deelnemers = 0;
  int provincie_deelnemers = 0;
  int niet_deelnemers = 0;
  std::vector<Id> deelnemers;
  for (const auto& org : orgs.items) {
    ASSERT_OK_AND_ASSIGN(auto lidmaatschap, uow.registry().list_deelnemerschappen(org.id));
    for (const auto& d : lidmaatschap) {
      if (d.relatie == Relatie::kNietDeelnemer) {
        ++niet_deelnemers;
        continue;
      }
      deelnemers.push_back(org.id);
      if (org.soort == OrganisatieSoort::kGemeente) ++gemeente_deelnemers;
      if (org.soort == OrganisatieSoort::kProvincie) ++provincie_deelnemers;
    }
  }
  EXPECT_EQ(gemeente_deelnemers, 9);
  EXPECT_EQ(provincie_deelnemers, 1);
  EXPECT_EQ(niet_deelnemers, 1);
  ASSERT_OK_AND_ASSIGN(auto od, uow.registry().list_od_organisaties(regio_id));
  EXPECT_EQ(od.size(), 1u);

  // GOV-3: at least one rol of every soort.
  for (RolSoort soort : governance::alle_rol_soorten()) {
    ASSERT_OK_AND_ASSIGN(
        auto page, uow.registry().list_rollen(RolQuery{.regio_id = regio_id, .soort = soort}));
    EXPECT_GE(page.total, 1) << code(soort);
  }

  // GOV-2: every deelnemer is seated in the AB, and the DB is chosen from the AB.
  ASSERT_OK_AND_ASSIGN(
      auto ab, uow.registry().list_rollen(
                   RolQuery{.regio_id = regio_id, .soort = RolSoort::kAbLid, .page = kAlles}));
  std::set<Id> ab_organisaties;
  std::set<Id> ab_personen;
  for (const auto& regel : ab.items) {
    ab_organisaties.insert(regel.rol.organisatie_id);
    ab_personen.insert(regel.rol.persoon_id);
  }
  for (Id deelnemer : deelnemers) EXPECT_EQ(ab_organisaties.count(deelnemer), 1u) << deelnemer;
  ASSERT_OK_AND_ASSIGN(
      auto db, uow.registry().list_rollen(
                   RolQuery{.regio_id = regio_id, .soort = RolSoort::kDbLid, .page = kAlles}));
  EXPECT_GE(db.total, 1);
  for (const auto& regel : db.items) {
    EXPECT_EQ(ab_personen.count(regel.rol.persoon_id), 1u) << regel.persoon_naam;
  }

  ASSERT_OK_AND_ASSIGN(auto gebruikers, uow.accounts().list());
  EXPECT_EQ(gebruikers.size(), accounts.size());
  for (const auto& g : gebruikers) EXPECT_FALSE(g.aangemaakt.empty()) << g.naam;

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.checked, static_cast<std::int64_t>(n));
  EXPECT_EQ(check.first_broken_id, std::nullopt);
}

// CI sets REGIE_REQUIRE_PG=1: there a missing PostgreSQL must fail the run, never skip it.
TEST(StoreContractTest, PostgresqlIsVerplichtInCi) {
  const char* vereist = std::getenv("REGIE_REQUIRE_PG");
  const bool verplicht = vereist != nullptr && std::string_view(vereist) == "1";
  if (pg_url().empty()) {
    ASSERT_FALSE(verplicht) << "REGIE_REQUIRE_PG=1 maar REGIE_TEST_PG_URL is niet gezet: de "
                               "contracttests draaiden niet op PostgreSQL";
    GTEST_SKIP() << "REGIE_TEST_PG_URL niet gezet: contracttests alleen op SQLite";
  }
  EXPECT_EQ(pg_url().rfind("postgres", 0), 0u) << "REGIE_TEST_PG_URL is geen PostgreSQL-URL";
}

}  // namespace
}  // namespace regie::store_contract
