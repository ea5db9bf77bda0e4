// The store contract: every promise of domain/repository.hpp, checked on a real SQLite file and,
// when REGIE_TEST_PG_URL names a server (scripts/pg-test-server.sh), with the same cases on real
// PostgreSQL. Every case starts from an empty database. REGIE_REQUIRE_PG=1 turns a missing
// PostgreSQL into a failure, so CI cannot skip it silently.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/audit/audit_repository.hpp"
#include "domain/audit/chain.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/auth/actor.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "domain/governance/collectief_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/types.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"
#include "service/crypto.hpp"
#include "service/demo_service.hpp"
#include "store/embedded.hpp"
#include "store/postgres/pg_pool.hpp"
#include "store/store.hpp"

namespace regie {

// gtest prints these through ADL; without them a failure shows raw bytes.
void PrintTo(const Datum& datum, std::ostream* os) { *os << datum.iso(); }

void PrintTo(ErrorCode code, std::ostream* os) {
  switch (code) {
    case ErrorCode::kInvalid:
      *os << "kInvalid";
      return;
    case ErrorCode::kNotFound:
      *os << "kNotFound";
      return;
    case ErrorCode::kStale:
      *os << "kStale";
      return;
    case ErrorCode::kConflict:
      *os << "kConflict";
      return;
    case ErrorCode::kForbidden:
      *os << "kForbidden";
      return;
    case ErrorCode::kUnauthenticated:
      *os << "kUnauthenticated";
      return;
    case ErrorCode::kTooManyRequests:
      *os << "kTooManyRequests";
      return;
    case ErrorCode::kStorage:
      *os << "kStorage";
      return;
    case ErrorCode::kCorrupt:
      *os << "kCorrupt";
      return;
  }
  *os << "ErrorCode?";
}

namespace governance {
void PrintTo(OrganisatieSoort soort, std::ostream* os) { *os << code(soort); }
void PrintTo(Relatie relatie, std::ostream* os) { *os << code(relatie); }
void PrintTo(RolSoort soort, std::ostream* os) { *os << code(soort); }
}  // namespace governance

namespace {

using governance::Deelnemerschap;
using governance::Organisatie;
using governance::OrganisatieSoort;
using governance::Persoon;
using governance::Regio;
using governance::Relatie;
using governance::Rol;
using governance::RolSoort;
using service::Context;

constexpr const char* kSqlite = "sqlite";
constexpr const char* kPostgresql = "postgresql";
constexpr std::int64_t kOntbrekendId = 987654;
constexpr PageRequest kAlles{0, 1000};

std::string omschrijf(const Error& error) {
  std::string out = ::testing::PrintToString(error.code) + " " + error.key;
  if (!error.detail.empty()) out += " (" + error.detail + ")";
  for (const auto& field : error.fields) out += " " + field.field + "=" + field.key;
  return out;
}

template <typename T>
::testing::AssertionResult IsOk(const Result<T>& result) {
  if (result.ok()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "fout: " << omschrijf(result.error());
}

template <typename T>
::testing::AssertionResult FaaltMet(const Result<T>& result, ErrorCode code,
                                    const std::string& key = {}) {
  std::string verwacht = ::testing::PrintToString(code) + (key.empty() ? "" : " " + key);
  if (result.ok()) return ::testing::AssertionFailure() << "gelukt, verwacht " << verwacht;
  const Error& error = result.error();
  if (error.code != code || (!key.empty() && error.key != key)) {
    return ::testing::AssertionFailure() << omschrijf(error) << ", verwacht " << verwacht;
  }
  return ::testing::AssertionSuccess();
}

#define ASSERT_OK(expr) ASSERT_TRUE(IsOk(expr))
#define EXPECT_OK(expr) EXPECT_TRUE(IsOk(expr))
#define ASSERT_OK_AND_ASSIGN(lhs, expr) \
  ASSERT_OK_AND_ASSIGN_IMPL(REGIE_CONCAT(contract_result_, __LINE__), lhs, expr)
#define ASSERT_OK_AND_ASSIGN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  ASSERT_TRUE(IsOk(tmp));                         \
  lhs = std::move(tmp).value()

Datum datum(int jaar, unsigned maand, unsigned dag) { return *Datum::from_ymd(jaar, maand, dag); }

// Every field, so that one EXPECT_EQ compares whole records and prints them on failure.
auto velden(const Regio& r) {
  return std::tie(r.id, r.naam, r.gemeenschappelijke_regeling,
                  r.minimum_uren_ambtelijk_opdrachtgever, r.versie);
}
auto velden(const Organisatie& o) {
  return std::tie(o.id, o.regio_id, o.naam, o.soort, o.inwonertal, o.versie);
}
auto velden(const Deelnemerschap& d) {
  return std::tie(d.id, d.organisatie_id, d.relatie, d.periode.van, d.periode.tot, d.versie);
}
auto velden(const Persoon& p) {
  return std::tie(p.id, p.regio_id, p.organisatie_id, p.naam, p.email, p.functie, p.versie);
}
auto velden(const Rol& r) {
  return std::tie(r.id, r.persoon_id, r.organisatie_id, r.soort, r.periode.van, r.periode.tot,
                  r.uren_per_jaar, r.versie);
}
auto velden(const Gebruiker& g) {
  return std::tie(g.id, g.naam, g.wachtwoord_hash, g.rol, g.organisatie_id, g.actief, g.aangemaakt);
}

Organisatie organisatie(Id regio_id, std::string naam,
                        OrganisatieSoort soort = OrganisatieSoort::kGemeente,
                        std::optional<std::int64_t> inwonertal = std::nullopt) {
  return Organisatie{
      .regio_id = regio_id, .naam = std::move(naam), .soort = soort, .inwonertal = inwonertal};
}

Persoon persoon(Id regio_id, Id werkgever_id, std::string naam) {
  return Persoon{.regio_id = regio_id, .organisatie_id = werkgever_id, .naam = std::move(naam)};
}

Rol rol(Id persoon_id, Id organisatie_id, RolSoort soort,
        Periode periode = Periode{Datum{0}, std::nullopt}, std::int32_t uren = 0) {
  if (periode.van == Datum{0}) periode.van = datum(2024, 1, 1);
  return Rol{.persoon_id = persoon_id,
             .organisatie_id = organisatie_id,
             .soort = soort,
             .periode = periode,
             .uren_per_jaar = uren};
}

std::vector<std::string> namen(const Page<Organisatie>& page) {
  std::vector<std::string> out;
  for (const auto& o : page.items) out.push_back(o.naam);
  return out;
}

std::vector<std::string> namen(const Page<PersoonRegel>& page) {
  std::vector<std::string> out;
  for (const auto& regel : page.items) out.push_back(regel.persoon.naam);
  return out;
}

std::vector<Id> ids(const Page<RolRegel>& page) {
  std::vector<Id> out;
  for (const auto& regel : page.items) out.push_back(regel.rol.id);
  return out;
}

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

std::string pg_url() {
  const char* url = std::getenv("REGIE_TEST_PG_URL");
  return url ? std::string(url) : std::string();
}

std::vector<std::string> backends() {
  std::vector<std::string> out{kSqlite};
  if (!pg_url().empty()) out.emplace_back(kPostgresql);
  return out;
}

const Context kBeheerder{auth::Actor{1, "beheerder", auth::Gebruikersrol::kBeheerder, 0, {}, 0},
                         "test 127.0.0.1"};

class StoreContractTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_OK(service::init_crypto());
    if (GetParam() == kSqlite) {
      std::string pattern =
          (std::filesystem::temp_directory_path() / "regie-store-XXXXXX").string();
      ASSERT_NE(mkdtemp(pattern.data()), nullptr);
      map_ = pattern;
      database_ = (map_ / "regie.db").string();
    } else {
      database_ = pg_url();
      ASSERT_FALSE(database_.empty());
    }
    ASSERT_OK(open_leeg());
    ASSERT_OK(store_->migrate());
  }

  void TearDown() override {
    store_.reset();  // closes every connection before the files go
    if (!map_.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(map_, ignored);
    }
  }

  // Empties the database of this case and opens it, not migrated.
  Result<void> open_leeg() {
    store_.reset();
    if (GetParam() == kSqlite) {
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ignored;
        std::filesystem::remove(database_ + suffix, ignored);
      }
    } else {
      REGIE_ASSIGN_OR_RETURN(auto pool, store::make_postgres_pool(database_, 1));
      REGIE_ASSIGN_OR_RETURN(auto lease, pool->acquire(true));
      REGIE_TRY(lease->connection().exec_script(
          "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;"));
    }
    return heropenen();
  }

  // Closes the store and opens the same database again, as a restarted program would.
  Result<void> heropenen() {
    store_.reset();
    REGIE_ASSIGN_OR_RETURN(auto opened, store::open_store(database_));
    store_ = std::move(opened);
    return Ok();
  }

  // Runs `work` in a write unit of work and commits when it succeeds.
  template <typename Work>
  auto schrijf(Work&& work) -> decltype(work(std::declval<UnitOfWork&>())) {
    using R = decltype(work(std::declval<UnitOfWork&>()));
    auto uow = store_->begin(Toegang::kSchrijven);
    if (!uow.ok()) return R(std::move(uow).error());
    R result = work(**uow);
    if (!result.ok()) return result;
    auto committed = (*uow)->commit();
    if (!committed.ok()) return R(std::move(committed).error());
    return result;
  }

  // Runs `work` in a read unit of work.
  template <typename Work>
  auto lees(Work&& work) -> decltype(work(std::declval<UnitOfWork&>())) {
    using R = decltype(work(std::declval<UnitOfWork&>()));
    auto uow = store_->begin(Toegang::kLezen);
    if (!uow.ok()) return R(std::move(uow).error());
    return work(**uow);
  }

  // Runs `sql` on a connection of its own beside the store, the way someone with direct access
  // to the database would change it.
  Result<void> voer_sql_uit_buiten_de_store(const std::string& sql) {
    if (GetParam() == kSqlite) {
      sqlite3* db = nullptr;
      int rc = sqlite3_open_v2(database_.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
      if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 10'000);
        char* message = nullptr;
        rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
        std::string detail = message ? message : "";
        sqlite3_free(message);
        sqlite3_close(db);
        if (rc != SQLITE_OK) return Error::storage(detail);
        return Ok();
      }
      sqlite3_close(db);
      return Error::storage("sqlite3_open_v2 " + database_);
    }
    REGIE_ASSIGN_OR_RETURN(auto pool, store::make_postgres_pool(database_, 1));
    REGIE_ASSIGN_OR_RETURN(auto lease, pool->acquire(true));
    return lease->connection().exec_script(sql);
  }

  Result<Id> nieuwe_regio(const std::string& naam) {
    return schrijf(
        [&](UnitOfWork& uow) { return uow.registry().create_regio(Regio{.naam = naam}); });
  }

  Result<std::vector<audit::Entry>> auditregels() {
    return lees([](UnitOfWork& uow) { return uow.audit().list(0, 10'000); });
  }

  std::filesystem::path map_;
  std::string database_;
  std::shared_ptr<Store> store_;
};

// A regio with an omgevingsdienst, two gemeenten and one employee each.
struct Register {
  Id regio = 0;
  Id od = 0;
  Id gemeente_a = 0;
  Id gemeente_b = 0;
};

Result<Register> vul_register(UnitOfWork& uow) {
  Register r;
  REGIE_ASSIGN_OR_RETURN(r.regio, uow.registry().create_regio(Regio{.naam = "Regio Contract"}));
  REGIE_ASSIGN_OR_RETURN(
      r.od, uow.registry().create_organisatie(organisatie(r.regio, "Omgevingsdienst Contract",
                                                          OrganisatieSoort::kOmgevingsdienst)));
  REGIE_ASSIGN_OR_RETURN(r.gemeente_a,
                         uow.registry().create_organisatie(organisatie(r.regio, "Gemeente Alfa")));
  REGIE_ASSIGN_OR_RETURN(r.gemeente_b,
                         uow.registry().create_organisatie(organisatie(r.regio, "Gemeente Beta")));
  return r;
}

// ---- migrations

TEST(StoreMigratiesTest, ElkeMigratieBestaatVoorBeideDialectenZonderGaten) {
  auto sqlite = migratieversies("sqlite/");
  auto postgres = migratieversies("postgres/");
  ASSERT_FALSE(sqlite.empty());
  EXPECT_EQ(sqlite, postgres);
  EXPECT_EQ(*sqlite.begin(), 1);
  EXPECT_EQ(static_cast<std::size_t>(*sqlite.rbegin()), sqlite.size());
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

// GOV-1
TEST_P(StoreContractTest, MigrerenVanOudeDatabaseBehoudtElkeRijOngewijzigd) {
  ASSERT_OK(open_leeg());
  ASSERT_OK(store_->migrate(1));
  ASSERT_OK_AND_ASSIGN(int oud, store_->schema_version());
  ASSERT_EQ(oud, 1);

  // Only calls whose columns exist at version 1 (insert_gebruiker needs `aangemaakt`, from 2).
  struct Sleutels {
    Id regio, gemeente, od, deelnemerschap, persoon, rol;
  };
  ASSERT_OK_AND_ASSIGN(
      Sleutels sleutels, schrijf([](UnitOfWork& uow) -> Result<Sleutels> {
        Sleutels out{};
        REGIE_ASSIGN_OR_RETURN(out.regio, uow.registry().create_regio(
                                              Regio{.naam = "Regio Oud",
                                                    .gemeenschappelijke_regeling = "GR Oud",
                                                    .minimum_uren_ambtelijk_opdrachtgever = 500}));
        REGIE_ASSIGN_OR_RETURN(out.gemeente, uow.registry().create_organisatie(
                                                 organisatie(out.regio, "Gemeente Oudewater",
                                                             OrganisatieSoort::kGemeente, 10'250)));
        REGIE_ASSIGN_OR_RETURN(
            out.od, uow.registry().create_organisatie(organisatie(
                        out.regio, "Omgevingsdienst Oud", OrganisatieSoort::kOmgevingsdienst)));
        REGIE_ASSIGN_OR_RETURN(out.deelnemerschap,
                               uow.registry().create_deelnemerschap(Deelnemerschap{
                                   .organisatie_id = out.gemeente,
                                   .periode = Periode{datum(2013, 1, 1), datum(2030, 12, 31)}}));
        Persoon p = persoon(out.regio, out.od, "Coördinator Één");
        p.functie = "Coördinator budget €";
        REGIE_ASSIGN_OR_RETURN(out.persoon, uow.registry().create_persoon(p));
        REGIE_ASSIGN_OR_RETURN(out.rol, uow.registry().create_rol(
                                            rol(out.persoon, out.gemeente, RolSoort::kCoordinator,
                                                Periode{datum(2024, 2, 29), std::nullopt}, 1400)));
        return out;
      }));

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
  ASSERT_OK_AND_ASSIGN(Rijen voor, lees_alles());

  ASSERT_OK(heropenen());
  ASSERT_OK(store_->migrate());
  ASSERT_OK_AND_ASSIGN(int nieuw, store_->schema_version());
  EXPECT_EQ(nieuw, hoogste_migratie(GetParam()));

  ASSERT_OK_AND_ASSIGN(Rijen na, lees_alles());
  EXPECT_EQ(velden(na.regio), velden(voor.regio));
  EXPECT_EQ(velden(na.gemeente), velden(voor.gemeente));
  EXPECT_EQ(velden(na.od), velden(voor.od));
  ASSERT_EQ(na.deelnemerschappen.size(), 1u);
  ASSERT_EQ(voor.deelnemerschappen.size(), 1u);
  EXPECT_EQ(velden(na.deelnemerschappen[0]), velden(voor.deelnemerschappen[0]));
  EXPECT_EQ(velden(na.persoon), velden(voor.persoon));
  EXPECT_EQ(velden(na.rol), velden(voor.rol));
  EXPECT_EQ(na.persoon.naam, "Coördinator Één");
  EXPECT_EQ(na.rol.periode.van, datum(2024, 2, 29));

  Gebruiker g{.naam = "beheerder",
              .wachtwoord_hash = "$argon2id$test",
              .rol = auth::Gebruikersrol::kBeheerder,
              .organisatie_id = sleutels.od,
              .aangemaakt = "2026-01-05T09:00:00Z"};
  ASSERT_OK_AND_ASSIGN(g.id, schrijf([&](UnitOfWork& uow) { return uow.accounts().create(g); }));
  ASSERT_OK_AND_ASSIGN(auto gevonden,
                       lees([](UnitOfWork& uow) { return uow.accounts().find("beheerder"); }));
  ASSERT_TRUE(gevonden.has_value());
  EXPECT_EQ(velden(*gevonden), velden(g));
}

// ---- round trips

// GOV-1
TEST_P(StoreContractTest, RegioWordtExactTeruggelezen) {
  Regio regio{.naam = "Omgevingsdienst Zuid-Holland Zuid",
              .gemeenschappelijke_regeling = "GR ODZHZ — begroting in €",
              .minimum_uren_ambtelijk_opdrachtgever = 520};
  ASSERT_OK_AND_ASSIGN(
      regio.id, schrijf([&](UnitOfWork& uow) { return uow.registry().create_regio(regio); }));
  ASSERT_OK_AND_ASSIGN(Regio terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(regio.id); }));
  EXPECT_EQ(velden(terug), velden(regio));
  ASSERT_OK_AND_ASSIGN(auto alle,
                       lees([](UnitOfWork& uow) { return uow.registry().list_regios(); }));
  ASSERT_EQ(alle.size(), 1u);
  EXPECT_EQ(velden(alle[0]), velden(regio));
}

// GOV-1
TEST_P(StoreContractTest, OrganisatieMetEnZonderInwonertalWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Rondgang"));
  std::vector<Organisatie> orgs = {
      organisatie(regio_id, "Gemeente Súdwest-Fryslân", OrganisatieSoort::kGemeente, 90'400),
      organisatie(regio_id, "Provincie Voorbeeldland", OrganisatieSoort::kProvincie, 1'163'000),
      organisatie(regio_id, "Omgevingsdienst Rondgang", OrganisatieSoort::kOmgevingsdienst),
      organisatie(regio_id, "Waterschap Nul", OrganisatieSoort::kOverig, 0),
  };
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto& o : orgs) {
      REGIE_ASSIGN_OR_RETURN(o.id, uow.registry().create_organisatie(o));
    }
    return Ok();
  }));
  for (const auto& o : orgs) {
    ASSERT_OK_AND_ASSIGN(Organisatie terug, lees([&](UnitOfWork& uow) {
                           return uow.registry().get_organisatie(o.id);
                         }));
    EXPECT_EQ(velden(terug), velden(o));
  }

  Organisatie gewijzigd = orgs[0];
  gewijzigd.inwonertal = std::nullopt;
  gewijzigd.soort = OrganisatieSoort::kOverig;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(gewijzigd); }));
  ASSERT_OK_AND_ASSIGN(Organisatie terug, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(gewijzigd.id);
                       }));
  gewijzigd.versie = 2;
  EXPECT_EQ(velden(terug), velden(gewijzigd));
  ASSERT_OK_AND_ASSIGN(auto od, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_od_organisaties(regio_id);
                       }));
  EXPECT_EQ(od, std::vector<Id>{orgs[2].id});
}

// GOV-1
TEST_P(StoreContractTest, DeelnemerschapMetOpenEnGeslotenPeriodeWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Deelnemerschap gesloten{.organisatie_id = r.gemeente_a,
                          .relatie = Relatie::kDeelnemer,
                          .periode = Periode{datum(2013, 1, 1), datum(2022, 12, 31)}};
  Deelnemerschap open{.organisatie_id = r.gemeente_a,
                      .relatie = Relatie::kNietDeelnemer,
                      .periode = Periode{datum(2024, 2, 29), std::nullopt}};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(
        open.id, uow.registry().create_deelnemerschap(open));  // later van, inserted first
    REGIE_ASSIGN_OR_RETURN(gesloten.id, uow.registry().create_deelnemerschap(gesloten));
    return Ok();
  }));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_deelnemerschappen(r.gemeente_a);
                       }));
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(velden(lijst[0]), velden(gesloten));
  EXPECT_EQ(velden(lijst[1]), velden(open));

  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_deelnemerschap(gesloten.id, r.gemeente_b);
                       }),
                       ErrorCode::kNotFound));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().delete_deelnemerschap(gesloten.id, r.gemeente_a);
  }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_deelnemerschap(gesloten.id, r.gemeente_a);
                       }),
                       ErrorCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(lijst, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_deelnemerschappen(r.gemeente_a);
                       }));
  ASSERT_EQ(lijst.size(), 1u);
  EXPECT_EQ(velden(lijst[0]), velden(open));
}

// GOV-3
TEST_P(StoreContractTest, PersoonEnRolWordenExactTeruggelezenMetNederlandseTekens) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Persoon p = persoon(r.regio, r.od, "Femke Visser-Ĳsselmeer");
  p.email = "f.visser@odcontract.nl";
  p.functie = "Coördinator toezicht (€ 1.250 budget)";
  Rol gesloten =
      rol(0, r.od, RolSoort::kCoordinator, Periode{datum(2024, 2, 29), datum(2026, 12, 31)}, 1400);
  Rol open = rol(0, r.gemeente_a, RolSoort::kAccountmanager,
                 Periode{datum(2023, 1, 1), std::nullopt}, 300);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(p.id, uow.registry().create_persoon(p));
    gesloten.persoon_id = open.persoon_id = p.id;
    REGIE_ASSIGN_OR_RETURN(gesloten.id, uow.registry().create_rol(gesloten));
    REGIE_ASSIGN_OR_RETURN(open.id, uow.registry().create_rol(open));
    return Ok();
  }));

  ASSERT_OK_AND_ASSIGN(Persoon p_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(p.id); }));
  EXPECT_EQ(velden(p_terug), velden(p));
  ASSERT_OK_AND_ASSIGN(Rol gesloten_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(gesloten.id); }));
  EXPECT_EQ(velden(gesloten_terug), velden(gesloten));
  ASSERT_OK_AND_ASSIGN(Rol open_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(open.id); }));
  EXPECT_EQ(velden(open_terug), velden(open));

  ASSERT_OK_AND_ASSIGN(auto personen, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_personen(PersoonQuery{.regio_id = r.regio});
                       }));
  ASSERT_EQ(personen.items.size(), 1u);
  EXPECT_EQ(velden(personen.items[0].persoon), velden(p));
  EXPECT_EQ(personen.items[0].organisatie_naam, "Omgevingsdienst Contract");

  ASSERT_OK_AND_ASSIGN(auto rollen, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_rollen(
                             RolQuery{.regio_id = r.regio, .persoon_id = p.id, .sorteer = "van"});
                       }));
  ASSERT_EQ(rollen.items.size(), 2u);
  EXPECT_EQ(velden(rollen.items[0].rol), velden(open));
  EXPECT_EQ(rollen.items[0].organisatie_naam, "Gemeente Alfa");
  EXPECT_EQ(velden(rollen.items[1].rol), velden(gesloten));
  EXPECT_EQ(rollen.items[1].persoon_naam, "Femke Visser-Ĳsselmeer");
  EXPECT_EQ(rollen.items[1].organisatie_naam, "Omgevingsdienst Contract");
  EXPECT_EQ(rollen.items[1].werkgever_id, r.od);
}

// GOV-3, GOV-2: every rolsoort of the guide, AB-lid and DB-lid included, is stored as itself.
TEST_P(StoreContractTest, ElkeRolsoortWordtAlsZichzelfOpgeslagen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_EQ(governance::alle_rol_soorten().size(), 11u);
  for (RolSoort soort : governance::alle_rol_soorten()) {
    SCOPED_TRACE(std::string(code(soort)));
    ASSERT_OK_AND_ASSIGN(Id id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
                           REGIE_ASSIGN_OR_RETURN(
                               Id persoon_id,
                               uow.registry().create_persoon(persoon(
                                   r.regio, r.gemeente_a, "Persoon " + std::string(code(soort)))));
                           return uow.registry().create_rol(rol(persoon_id, r.gemeente_a, soort));
                         }));
    ASSERT_OK_AND_ASSIGN(Rol terug,
                         lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); }));
    EXPECT_EQ(terug.soort, soort);
    ASSERT_OK_AND_ASSIGN(
        auto gefilterd, lees([&](UnitOfWork& uow) {
          return uow.registry().list_rollen(RolQuery{.regio_id = r.regio, .soort = soort});
        }));
    EXPECT_EQ(ids(gefilterd), std::vector<Id>{id});
  }
}

// ---- optimistic concurrency

// GOV-1
TEST_P(StoreContractTest, RegioBijwerkenMetVerouderdeVersieWordtGeweigerdEnWijzigtNiets) {
  ASSERT_OK_AND_ASSIGN(Id id, nieuwe_regio("Regio Origineel"));
  ASSERT_OK_AND_ASSIGN(Regio gezien_door_a,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(id); }));
  Regio gezien_door_b = gezien_door_a;

  gezien_door_a.naam = "Regio van A";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_regio(gezien_door_a); }));
  gezien_door_b.naam = "Regio van B";
  gezien_door_b.minimum_uren_ambtelijk_opdrachtgever = 1;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.registry().update_regio(gezien_door_b); }),
               ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Regio nu,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(id); }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

// GOV-1
TEST_P(StoreContractTest, OrganisatieBijwerkenOfVerwijderenMetVerouderdeVersieWordtGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Organisatie gezien_door_a, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_a);
                       }));
  Organisatie gezien_door_b = gezien_door_a;

  gezien_door_a.inwonertal = 45'000;
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(gezien_door_a); }));
  gezien_door_b.naam = "Gemeente Alfa-Oost";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(gezien_door_b); }),
      ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_organisatie(gezien_door_b.id,
                                                                  gezien_door_b.versie);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Organisatie nu, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_a);
                       }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

// GOV-3
TEST_P(StoreContractTest, PersoonBijwerkenOfVerwijderenMetVerouderdeVersieWordtGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id id, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Anna"));
      }));
  ASSERT_OK_AND_ASSIGN(Persoon gezien_door_a,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(id); }));
  Persoon gezien_door_b = gezien_door_a;

  gezien_door_a.organisatie_id = r.gemeente_b;
  gezien_door_a.functie = "Beleidsadviseur";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_persoon(gezien_door_a); }));
  gezien_door_b.naam = "Anna B";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_persoon(gezien_door_b); }),
      ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_persoon(id, gezien_door_b.versie);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Persoon nu,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(id); }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

// GOV-3
TEST_P(StoreContractTest, RolBijwerkenOfVerwijderenMetVerouderdeVersieWordtGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
        REGIE_ASSIGN_OR_RETURN(Id p,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Thomas")));
        return uow.registry().create_rol(rol(p, r.gemeente_a, RolSoort::kAccountmanager,
                                             Periode{datum(2024, 1, 1), std::nullopt}, 300));
      }));
  ASSERT_OK_AND_ASSIGN(Rol gezien_door_a,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); }));
  Rol gezien_door_b = gezien_door_a;

  gezien_door_a.periode.tot = datum(2025, 12, 31);
  gezien_door_a.uren_per_jaar = 350;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_rol(gezien_door_a); }));
  gezien_door_b.organisatie_id = r.gemeente_b;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.registry().update_rol(gezien_door_b); }),
               ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_rol(id, gezien_door_b.versie); }),
      ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Rol nu, lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

TEST_P(StoreContractTest, VersieStijgtPerWijzigingMetEen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id persoon_id, schrijf([&](UnitOfWork& uow) {
                         return uow.registry().create_persoon(persoon(r.regio, r.od, "Daan"));
                       }));
  ASSERT_OK_AND_ASSIGN(
      Id rol_id, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_rol(rol(persoon_id, r.od, RolSoort::kMedewerker));
      }));
  for (std::int64_t verwacht = 1; verwacht <= 3; ++verwacht) {
    SCOPED_TRACE("versie " + std::to_string(verwacht));
    ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
      REGIE_ASSIGN_OR_RETURN(Regio regio, uow.registry().get_regio(r.regio));
      REGIE_ASSIGN_OR_RETURN(Organisatie org, uow.registry().get_organisatie(r.gemeente_a));
      REGIE_ASSIGN_OR_RETURN(Persoon p, uow.registry().get_persoon(persoon_id));
      REGIE_ASSIGN_OR_RETURN(Rol rl, uow.registry().get_rol(rol_id));
      EXPECT_EQ(regio.versie, verwacht);
      EXPECT_EQ(org.versie, verwacht);
      EXPECT_EQ(p.versie, verwacht);
      EXPECT_EQ(rl.versie, verwacht);
      regio.minimum_uren_ambtelijk_opdrachtgever += 10;
      org.inwonertal = 1000 * verwacht;
      p.email = "daan" + std::to_string(verwacht) + "@od.nl";
      rl.uren_per_jaar += 100;
      REGIE_TRY(uow.registry().update_regio(regio));
      REGIE_TRY(uow.registry().update_organisatie(org));
      REGIE_TRY(uow.registry().update_persoon(p));
      return uow.registry().update_rol(rl);
    }));
  }
  ASSERT_OK_AND_ASSIGN(Rol rl,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rol_id); }));
  EXPECT_EQ(rl.versie, 4);
  EXPECT_EQ(rl.uren_per_jaar, 300);
}

TEST_P(StoreContractTest, OntbrekendRecordLezenBijwerkenOfVerwijderenGeeftNietGevonden) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(auto uow, store_->begin(Toegang::kSchrijven));
  EXPECT_TRUE(FaaltMet(uow->registry().get_regio(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_regio(Regio{.id = kOntbrekendId, .naam = "x"}),
                       ErrorCode::kNotFound));
  Organisatie org = organisatie(r.regio, "Weg");
  org.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(uow->registry().get_organisatie(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_organisatie(org), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_organisatie(kOntbrekendId, 1), ErrorCode::kNotFound));
  Persoon p = persoon(r.regio, r.od, "Weg");
  p.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(uow->registry().get_persoon(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_persoon(p), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_persoon(kOntbrekendId, 1), ErrorCode::kNotFound));
  Rol rl = rol(1, r.od, RolSoort::kMedewerker);
  rl.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(uow->registry().get_rol(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_rol(rl), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_rol(kOntbrekendId, 1), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->accounts().get(kOntbrekendId), ErrorCode::kNotFound));

  // A record deleted by someone else is gone, not changed: kNotFound, also with its old versie.
  ASSERT_OK_AND_ASSIGN(Id weg, uow->registry().create_persoon(persoon(r.regio, r.od, "Verdwijnt")));
  ASSERT_OK(uow->registry().delete_persoon(weg, 1));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_persoon(weg, 1), ErrorCode::kNotFound));
  ASSERT_OK(uow->commit());
}

// ---- uniqueness and references

// GOV-1
TEST_P(StoreContractTest, TweeOrganisatiesMetDezelfdeNaamInEenRegioWordenGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Regio Anders"));

  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().create_organisatie(
                             organisatie(r.regio, "Gemeente Alfa"));
                       }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
  ASSERT_OK_AND_ASSIGN(Organisatie beta, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_b);
                       }));
  Organisatie hernoemd = beta;
  hernoemd.naam = "Gemeente Alfa";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(hernoemd); }),
      ErrorCode::kConflict, "fout.bestaat_al"));
  // The same name in another regio is another organisatie.
  EXPECT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().create_organisatie(organisatie(andere_regio, "Gemeente Alfa"));
  }));

  ASSERT_OK_AND_ASSIGN(auto alfa, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_organisaties(
                             OrganisatieQuery{.regio_id = r.regio, .zoek = "Gemeente Alfa"});
                       }));
  EXPECT_EQ(alfa.total, 1);
  ASSERT_OK_AND_ASSIGN(Organisatie beta_nu, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_b);
                       }));
  EXPECT_EQ(velden(beta_nu), velden(beta));
}

TEST_P(StoreContractTest, OrganisatieOfPersoonDieNogGebruiktWordtBlijftBestaan) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id werkgever, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_organisatie(organisatie(r.regio, "Gemeente Werkgever"));
      }));
  ASSERT_OK_AND_ASSIGN(Id persoon_id, schrijf([&](UnitOfWork& uow) {
                         return uow.registry().create_persoon(persoon(r.regio, werkgever, "Bas"));
                       }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().create_rol(rol(persoon_id, r.gemeente_b, RolSoort::kAbLid));
  }));

  // Referenced as werkgever, and as the organisatie of a rol.
  for (Id in_gebruik : {werkgever, r.gemeente_b}) {
    EXPECT_TRUE(FaaltMet(
        schrijf([&](UnitOfWork& uow) { return uow.registry().delete_organisatie(in_gebruik, 1); }),
        ErrorCode::kConflict, "fout.in_gebruik"));
    EXPECT_OK(lees([&](UnitOfWork& uow) { return uow.registry().get_organisatie(in_gebruik); }));
  }
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_persoon(persoon_id, 1); }),
      ErrorCode::kConflict, "fout.in_gebruik"));
  EXPECT_OK(lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(persoon_id); }));

  // Deelnemerschappen belong to their organisatie and go with it.
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().create_deelnemerschap(
        Deelnemerschap{.organisatie_id = r.gemeente_a, .periode = {datum(2013, 1, 1), {}}});
  }));
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_organisatie(r.gemeente_a, 1); }));
  EXPECT_TRUE(
      FaaltMet(lees([&](UnitOfWork& uow) { return uow.registry().get_organisatie(r.gemeente_a); }),
               ErrorCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(auto deelnemerschappen, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_deelnemerschappen(r.gemeente_a);
                       }));
  EXPECT_TRUE(deelnemerschappen.empty());
}

// ---- transactions

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

// ---- lists

// GOV-1
TEST_P(StoreContractTest, OrganisatiesZoekenIsHoofdletterongevoeligEnJokertekensZijnLetterlijk) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Zoeken"));
  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Regio Elders"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto o :
         {organisatie(regio_id, "Gemeente Beekdal"), organisatie(regio_id, "Gemeente Dijkstede"),
          organisatie(regio_id, "Beekman 100% Groen", OrganisatieSoort::kOverig),
          organisatie(regio_id, "Water_schap Delta", OrganisatieSoort::kOverig),
          organisatie(regio_id, "Waterschap Delta", OrganisatieSoort::kOverig),
          organisatie(regio_id, "Provincie Voorbeeldland", OrganisatieSoort::kProvincie),
          organisatie(andere_regio, "Gemeente Beekdal-Noord")}) {
      REGIE_TRY(uow.registry().create_organisatie(o));
    }
    return Ok();
  }));
  auto zoek = [&](std::string tekst, std::optional<OrganisatieSoort> soort = std::nullopt) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_organisaties(
          OrganisatieQuery{.regio_id = regio_id, .zoek = tekst, .soort = soort});
    });
  };
  using Namen = std::vector<std::string>;

  ASSERT_OK_AND_ASSIGN(auto beek, zoek("bEEK"));
  EXPECT_EQ(namen(beek), (Namen{"Beekman 100% Groen", "Gemeente Beekdal"}));
  EXPECT_EQ(beek.total, 2);
  ASSERT_OK_AND_ASSIGN(auto procent, zoek("%"));
  EXPECT_EQ(namen(procent), Namen{"Beekman 100% Groen"});
  ASSERT_OK_AND_ASSIGN(auto procent_midden, zoek("0% g"));
  EXPECT_EQ(namen(procent_midden), Namen{"Beekman 100% Groen"});
  ASSERT_OK_AND_ASSIGN(auto streepje, zoek("_"));
  EXPECT_EQ(namen(streepje), Namen{"Water_schap Delta"});
  ASSERT_OK_AND_ASSIGN(auto streepje_midden, zoek("r_s"));
  EXPECT_EQ(namen(streepje_midden), Namen{"Water_schap Delta"});
  ASSERT_OK_AND_ASSIGN(auto backslash, zoek("\\"));
  EXPECT_EQ(backslash.total, 0);

  ASSERT_OK_AND_ASSIGN(auto gemeenten, zoek("", OrganisatieSoort::kGemeente));
  EXPECT_EQ(namen(gemeenten), (Namen{"Gemeente Beekdal", "Gemeente Dijkstede"}));
  ASSERT_OK_AND_ASSIGN(auto overig_delta, zoek("DELTA", OrganisatieSoort::kOverig));
  EXPECT_EQ(namen(overig_delta), (Namen{"Water_schap Delta", "Waterschap Delta"}));
  ASSERT_OK_AND_ASSIGN(auto alle, zoek(""));
  EXPECT_EQ(alle.total, 6);
}

// GOV-1
TEST_P(StoreContractTest, OrganisatiesSorterenOpNaamEnInwonertalInBeideRichtingenEnBladeren) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Sorteren"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto o : {organisatie(regio_id, "Gemeente Cc", OrganisatieSoort::kGemeente, 50'000),
                   organisatie(regio_id, "Gemeente Aa", OrganisatieSoort::kGemeente, 30'000),
                   organisatie(regio_id, "Gemeente Ee", OrganisatieSoort::kGemeente, 40'000),
                   organisatie(regio_id, "Gemeente Bb", OrganisatieSoort::kGemeente, 10'000),
                   organisatie(regio_id, "Gemeente Dd", OrganisatieSoort::kGemeente, 20'000)}) {
      REGIE_TRY(uow.registry().create_organisatie(o));
    }
    return Ok();
  }));
  auto lijst = [&](std::string sorteer, SortRichting richting, PageRequest page) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_organisaties(OrganisatieQuery{
          .regio_id = regio_id, .sorteer = sorteer, .richting = richting, .page = page});
    });
  };
  using Namen = std::vector<std::string>;
  const PageRequest alles{0, 50};

  ASSERT_OK_AND_ASSIGN(auto op, lijst("naam", SortRichting::kOplopend, alles));
  EXPECT_EQ(namen(op),
            (Namen{"Gemeente Aa", "Gemeente Bb", "Gemeente Cc", "Gemeente Dd", "Gemeente Ee"}));
  ASSERT_OK_AND_ASSIGN(auto af, lijst("naam", SortRichting::kAflopend, alles));
  EXPECT_EQ(namen(af),
            (Namen{"Gemeente Ee", "Gemeente Dd", "Gemeente Cc", "Gemeente Bb", "Gemeente Aa"}));
  ASSERT_OK_AND_ASSIGN(auto klein, lijst("inwonertal", SortRichting::kOplopend, alles));
  EXPECT_EQ(namen(klein),
            (Namen{"Gemeente Bb", "Gemeente Dd", "Gemeente Aa", "Gemeente Ee", "Gemeente Cc"}));
  ASSERT_OK_AND_ASSIGN(auto groot, lijst("inwonertal", SortRichting::kAflopend, alles));
  EXPECT_EQ(namen(groot),
            (Namen{"Gemeente Cc", "Gemeente Ee", "Gemeente Aa", "Gemeente Dd", "Gemeente Bb"}));

  ASSERT_OK_AND_ASSIGN(auto pagina, lijst("naam", SortRichting::kOplopend, {1, 2}));
  EXPECT_EQ(namen(pagina), (Namen{"Gemeente Bb", "Gemeente Cc"}));
  EXPECT_EQ(pagina.total, 5);
  ASSERT_OK_AND_ASSIGN(auto laatste, lijst("inwonertal", SortRichting::kAflopend, {4, 2}));
  EXPECT_EQ(namen(laatste), Namen{"Gemeente Bb"});
  EXPECT_EQ(laatste.total, 5);
  ASSERT_OK_AND_ASSIGN(auto voorbij, lijst("naam", SortRichting::kOplopend, {5, 2}));
  EXPECT_TRUE(voorbij.items.empty());
  EXPECT_EQ(voorbij.total, 5);
}

TEST_P(StoreContractTest, PersonenFilterenOpZichtbareWerkgeversEnOrganisatie) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Regio Elders"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(
        Id elders, uow.registry().create_organisatie(organisatie(andere_regio, "Gemeente Elders")));
    for (auto p : {persoon(r.regio, r.gemeente_a, "Dirk"), persoon(r.regio, r.gemeente_b, "Bram"),
                   persoon(r.regio, r.od, "Cees"), persoon(r.regio, r.gemeente_a, "Anna"),
                   persoon(andere_regio, elders, "Anna Elders")}) {
      REGIE_TRY(uow.registry().create_persoon(p));
    }
    return Ok();
  }));
  auto lijst = [&](std::optional<std::vector<Id>> werkgevers, std::optional<Id> organisatie_id,
                   std::string sorteer = "naam") {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_personen(PersoonQuery{.regio_id = r.regio,
                                                       .werkgevers = werkgevers,
                                                       .organisatie_id = organisatie_id,
                                                       .sorteer = sorteer,
                                                       .page = kAlles});
    });
  };
  using Namen = std::vector<std::string>;

  ASSERT_OK_AND_ASSIGN(auto alle, lijst(std::nullopt, std::nullopt));
  EXPECT_EQ(namen(alle), (Namen{"Anna", "Bram", "Cees", "Dirk"}));
  EXPECT_EQ(alle.total, 4);
  ASSERT_OK_AND_ASSIGN(auto alfa, lijst(std::vector<Id>{r.gemeente_a}, std::nullopt));
  EXPECT_EQ(namen(alfa), (Namen{"Anna", "Dirk"}));
  EXPECT_EQ(alfa.total, 2);
  ASSERT_OK_AND_ASSIGN(auto alfa_en_od, lijst(std::vector<Id>{r.od, r.gemeente_a}, std::nullopt));
  EXPECT_EQ(namen(alfa_en_od), (Namen{"Anna", "Cees", "Dirk"}));
  ASSERT_OK_AND_ASSIGN(auto niets, lijst(std::vector<Id>{}, std::nullopt));
  EXPECT_TRUE(niets.items.empty());
  EXPECT_EQ(niets.total, 0);

  ASSERT_OK_AND_ASSIGN(auto beta, lijst(std::nullopt, r.gemeente_b));
  EXPECT_EQ(namen(beta), Namen{"Bram"});
  ASSERT_EQ(beta.items.size(), 1u);
  EXPECT_EQ(beta.items[0].organisatie_naam, "Gemeente Beta");
  ASSERT_OK_AND_ASSIGN(auto beta_onzichtbaar, lijst(std::vector<Id>{r.gemeente_a}, r.gemeente_b));
  EXPECT_EQ(beta_onzichtbaar.total, 0);

  ASSERT_OK_AND_ASSIGN(auto per_organisatie, lijst(std::nullopt, std::nullopt, "organisatie"));
  EXPECT_EQ(namen(per_organisatie), (Namen{"Anna", "Dirk", "Bram", "Cees"}));
}

// GOV-3
TEST_P(StoreContractTest, RollenOpPeildatumTellenEersteEnLaatsteDagMeeEnDeDagErnaNiet) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  struct Rollen {
    Id jaar, open;
  };
  ASSERT_OK_AND_ASSIGN(
      Rollen rollen, schrijf([&](UnitOfWork& uow) -> Result<Rollen> {
        REGIE_ASSIGN_OR_RETURN(
            Id p, uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Ruud")));
        Rollen out{};
        REGIE_ASSIGN_OR_RETURN(out.jaar, uow.registry().create_rol(
                                             rol(p, r.gemeente_a, RolSoort::kRegisseurBeleidscyclus,
                                                 {datum(2026, 1, 1), datum(2026, 12, 31)})));
        REGIE_ASSIGN_OR_RETURN(out.open, uow.registry().create_rol(
                                             rol(p, r.gemeente_a, RolSoort::kAmbtelijkOpdrachtgever,
                                                 {datum(2025, 6, 1), std::nullopt}, 460)));
        return out;
      }));
  auto op = [&](Datum peildatum) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_rollen(
          RolQuery{.regio_id = r.regio, .peildatum = peildatum, .sorteer = "van"});
    });
  };
  using Ids = std::vector<Id>;

  ASSERT_OK_AND_ASSIGN(auto voor_open, op(datum(2025, 5, 31)));
  EXPECT_EQ(ids(voor_open), Ids{});
  ASSERT_OK_AND_ASSIGN(auto start_open, op(datum(2025, 6, 1)));
  EXPECT_EQ(ids(start_open), Ids{rollen.open});
  ASSERT_OK_AND_ASSIGN(auto dag_ervoor, op(datum(2025, 12, 31)));
  EXPECT_EQ(ids(dag_ervoor), Ids{rollen.open});
  ASSERT_OK_AND_ASSIGN(auto eerste_dag, op(datum(2026, 1, 1)));
  EXPECT_EQ(ids(eerste_dag), (Ids{rollen.open, rollen.jaar}));
  EXPECT_EQ(eerste_dag.total, 2);
  ASSERT_OK_AND_ASSIGN(auto laatste_dag, op(datum(2026, 12, 31)));
  EXPECT_EQ(ids(laatste_dag), (Ids{rollen.open, rollen.jaar}));
  ASSERT_OK_AND_ASSIGN(auto dag_erna, op(datum(2027, 1, 1)));
  EXPECT_EQ(ids(dag_erna), Ids{rollen.open});
  EXPECT_EQ(dag_erna.total, 1);
}

// GOV-3
TEST_P(StoreContractTest, RolIsZichtbaarAlsOrganisatieOfWerkgeverInDeLijstStaat) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  struct Rollen {
    Id am_alfa, coordinator_od, ao_alfa, ab_beta;
  };
  ASSERT_OK_AND_ASSIGN(
      Rollen rollen, schrijf([&](UnitOfWork& uow) -> Result<Rollen> {
        REGIE_ASSIGN_OR_RETURN(Id thomas,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Thomas")));
        REGIE_ASSIGN_OR_RETURN(
            Id anouk, uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Anouk")));
        REGIE_ASSIGN_OR_RETURN(
            Id erik, uow.registry().create_persoon(persoon(r.regio, r.gemeente_b, "Erik")));
        Rollen out{};
        REGIE_ASSIGN_OR_RETURN(out.am_alfa, uow.registry().create_rol(rol(
                                                thomas, r.gemeente_a, RolSoort::kAccountmanager)));
        REGIE_ASSIGN_OR_RETURN(out.coordinator_od, uow.registry().create_rol(
                                                       rol(thomas, r.od, RolSoort::kCoordinator)));
        REGIE_ASSIGN_OR_RETURN(
            out.ao_alfa,
            uow.registry().create_rol(rol(anouk, r.gemeente_a, RolSoort::kAmbtelijkOpdrachtgever)));
        REGIE_ASSIGN_OR_RETURN(
            out.ab_beta, uow.registry().create_rol(rol(erik, r.gemeente_b, RolSoort::kAbLid)));
        return out;
      }));
  auto zichtbaar = [&](std::optional<std::vector<Id>> lijst,
                       std::optional<RolSoort> soort = std::nullopt) {
    return lees([&](UnitOfWork& uow) -> Result<std::set<Id>> {
      REGIE_ASSIGN_OR_RETURN(
          auto page, uow.registry().list_rollen(RolQuery{
                         .regio_id = r.regio, .zichtbaar = lijst, .soort = soort, .page = kAlles}));
      std::set<Id> out;
      for (const auto& regel : page.items) out.insert(regel.rol.id);
      if (page.total != static_cast<std::int64_t>(out.size())) {
        return Error::storage("total " + std::to_string(page.total) + " past niet bij de lijst");
      }
      return out;
    });
  };
  using Ids = std::set<Id>;

  ASSERT_OK_AND_ASSIGN(auto alle, zichtbaar(std::nullopt));
  EXPECT_EQ(alle, (Ids{rollen.am_alfa, rollen.coordinator_od, rollen.ao_alfa, rollen.ab_beta}));
  // Alfa: the rol held for Alfa by the OD's accountmanager, and the rol of Alfa's own employee.
  ASSERT_OK_AND_ASSIGN(auto alfa, zichtbaar(std::vector<Id>{r.gemeente_a}));
  EXPECT_EQ(alfa, (Ids{rollen.am_alfa, rollen.ao_alfa}));
  // The OD: every rol of its employees, also those held for a gemeente.
  ASSERT_OK_AND_ASSIGN(auto od, zichtbaar(std::vector<Id>{r.od}));
  EXPECT_EQ(od, (Ids{rollen.am_alfa, rollen.coordinator_od}));
  ASSERT_OK_AND_ASSIGN(auto beta, zichtbaar(std::vector<Id>{r.gemeente_b}));
  EXPECT_EQ(beta, Ids{rollen.ab_beta});
  ASSERT_OK_AND_ASSIGN(auto niets, zichtbaar(std::vector<Id>{}));
  EXPECT_EQ(niets, Ids{});

  ASSERT_OK_AND_ASSIGN(auto accountmanagers, zichtbaar(std::nullopt, RolSoort::kAccountmanager));
  EXPECT_EQ(accountmanagers, Ids{rollen.am_alfa});
  ASSERT_OK_AND_ASSIGN(auto am_beta,
                       zichtbaar(std::vector<Id>{r.gemeente_b}, RolSoort::kAccountmanager));
  EXPECT_EQ(am_beta, Ids{});

  ASSERT_OK_AND_ASSIGN(auto voor_alfa, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_rollen(
                             RolQuery{.regio_id = r.regio, .organisatie_id = r.gemeente_a});
                       }));
  EXPECT_EQ(voor_alfa.total, 2);
}

// GOV-3
TEST_P(StoreContractTest, RollenSorterenOpElkeSleutelInBeideRichtingen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  struct Rollen {
    Id anna, bram, cees;
  };
  // Every key orders these three differently, so a wrong column shows.
  ASSERT_OK_AND_ASSIGN(
      Rollen rollen, schrijf([&](UnitOfWork& uow) -> Result<Rollen> {
        REGIE_ASSIGN_OR_RETURN(Id anna,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Anna")));
        REGIE_ASSIGN_OR_RETURN(Id bram,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Bram")));
        REGIE_ASSIGN_OR_RETURN(Id cees,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Cees")));
        Rollen out{};
        REGIE_ASSIGN_OR_RETURN(
            out.anna, uow.registry().create_rol(rol(anna, r.gemeente_b, RolSoort::kMedewerker,
                                                    {datum(2024, 3, 1), std::nullopt})));
        REGIE_ASSIGN_OR_RETURN(out.bram,
                               uow.registry().create_rol(rol(bram, r.gemeente_a, RolSoort::kAbLid,
                                                             {datum(2022, 1, 1), std::nullopt})));
        REGIE_ASSIGN_OR_RETURN(out.cees,
                               uow.registry().create_rol(rol(cees, r.od, RolSoort::kCoordinator,
                                                             {datum(2023, 6, 15), std::nullopt})));
        return out;
      }));
  auto gesorteerd = [&](std::string sorteer, SortRichting richting,
                        PageRequest page = PageRequest{}) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_rollen(
          RolQuery{.regio_id = r.regio, .sorteer = sorteer, .richting = richting, .page = page});
    });
  };
  using Ids = std::vector<Id>;
  struct Verwachting {
    std::string sleutel;
    Ids oplopend;
  };
  for (const auto& v : {
           Verwachting{"persoon", {rollen.anna, rollen.bram, rollen.cees}},
           Verwachting{"organisatie", {rollen.bram, rollen.anna, rollen.cees}},  // Alfa, Beta, OD
           Verwachting{"soort", {rollen.bram, rollen.cees, rollen.anna}},  // ab_lid, coord., medew.
           Verwachting{"van", {rollen.bram, rollen.cees, rollen.anna}},
       }) {
    SCOPED_TRACE(v.sleutel);
    ASSERT_OK_AND_ASSIGN(auto op, gesorteerd(v.sleutel, SortRichting::kOplopend));
    EXPECT_EQ(ids(op), v.oplopend);
    ASSERT_OK_AND_ASSIGN(auto af, gesorteerd(v.sleutel, SortRichting::kAflopend));
    EXPECT_EQ(ids(af), Ids(v.oplopend.rbegin(), v.oplopend.rend()));
  }
  ASSERT_OK_AND_ASSIGN(auto midden, gesorteerd("persoon", SortRichting::kOplopend, {1, 1}));
  EXPECT_EQ(ids(midden), Ids{rollen.bram});
  EXPECT_EQ(midden.total, 3);
}

// ---- accounts, sessions, tokens, login attempts

TEST_P(StoreContractTest, GebruikerWordtExactTeruggelezenEnNaamIsUniek) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Gebruiker opdrachtgever{.naam = "opdrachtgever",
                          .wachtwoord_hash = "$argon2id$v=19$a",
                          .rol = auth::Gebruikersrol::kOpdrachtgever,
                          .organisatie_id = r.gemeente_a,
                          .actief = false,
                          .aangemaakt = "2026-01-05T09:00:00Z"};
  Gebruiker beheerder{.naam = "beheerder",
                      .wachtwoord_hash = "$argon2id$v=19$b",
                      .rol = auth::Gebruikersrol::kBeheerder,
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

// ---- the audit chain

// Writes six audited operations through the AuditService: three that succeed and three that
// are refused (by validation, by authorization and by the store's uniqueness rule).
Result<void> schrijf_auditvoorbeelden(service::AuditService& audit) {
  using Werk = std::function<Result<bool>(UnitOfWork&, std::string&)>;
  Id regio_id = 0;
  const Werk maak_regio = [&](UnitOfWork& uow, std::string& object) -> Result<bool> {
    REGIE_ASSIGN_OR_RETURN(regio_id, uow.registry().create_regio(Regio{.naam = "Regio Audit"}));
    object = "regio/" + std::to_string(regio_id);
    return true;
  };
  auto maak_organisatie = [&](std::string naam) -> Werk {
    return [&regio_id, naam](UnitOfWork& uow, std::string&) -> Result<bool> {
      REGIE_TRY(uow.registry().create_organisatie(organisatie(regio_id, naam)));
      return true;
    };
  };
  // Does its work, then refuses: the work must not survive.
  auto weiger_na = [&](std::string naam, Error fout) -> Werk {
    return [&regio_id, naam, fout](UnitOfWork& uow, std::string&) -> Result<bool> {
      REGIE_TRY(uow.registry().create_organisatie(organisatie(regio_id, naam)));
      return fout;
    };
  };
  struct Stap {
    std::string actie;
    std::string object;
    Werk werk;
    std::optional<ErrorCode> verwacht;
  };
  const std::vector<Stap> stappen = {
      {"regio.aanmaken", "regio", maak_regio, std::nullopt},
      {"organisatie.aanmaken", "organisatie", maak_organisatie("Gemeente Echt"), std::nullopt},
      {"organisatie.aanmaken", "organisatie",
       weiger_na("Gemeente Spook", Error::invalid({FieldError{"inwonertal", "fout.getal"}})),
       ErrorCode::kInvalid},
      {"regio.wijzigen", "regio", weiger_na("Gemeente Spook Twee", Error::forbidden("test")),
       ErrorCode::kForbidden},
      {"organisatie.aanmaken", "organisatie", maak_organisatie("Gemeente Echt"),
       ErrorCode::kConflict},  // the store's uniqueness rule
      {"organisatie.aanmaken", "organisatie", maak_organisatie("Gemeente Tweede"), std::nullopt},
  };
  for (const auto& stap : stappen) {
    auto result = audit.write<bool>(kBeheerder, stap.actie, stap.object, stap.werk);
    if (!stap.verwacht && !result.ok()) return std::move(result).error();
    if (stap.verwacht && (result.ok() || result.error().code != *stap.verwacht)) {
      return Error::storage(stap.actie + ": niet geweigerd met " +
                            ::testing::PrintToString(*stap.verwacht));
    }
  }
  return Ok();
}

TEST_P(StoreContractTest, AuditlogLegtGeslaagdEnGeweigerdWerkVastInEenSluitendeKeten) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  ASSERT_OK(schrijf_auditvoorbeelden(*audit));

  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 6u);
  std::vector<std::string> resultaten;
  for (const auto& regel : regels) resultaten.push_back(regel.resultaat);
  EXPECT_EQ(resultaten, (std::vector<std::string>{"gelukt", "gelukt", "ongeldig", "geweigerd",
                                                  "conflict", "gelukt"}));
  EXPECT_EQ(regels[0].actie, "regio.aanmaken");
  EXPECT_EQ(regels[0].object.rfind("regio/", 0), 0u);
  EXPECT_NE(regels[0].object, "regio/");
  EXPECT_EQ(regels[3].actie, "regio.wijzigen");
  EXPECT_EQ(regels[0].vorige_hash, audit::kGenesisHash);
  for (std::size_t i = 0; i < regels.size(); ++i) {
    SCOPED_TRACE("regel " + std::to_string(regels[i].id));
    EXPECT_EQ(regels[i].actor, "beheerder");
    EXPECT_EQ(regels[i].herkomst, "test 127.0.0.1");
    EXPECT_EQ(regels[i].tijdstip.size(), 20u);
    EXPECT_EQ(regels[i].tijdstip.back(), 'Z');
    EXPECT_EQ(regels[i].hash.size(), 64u);
    if (i > 0) {
      EXPECT_GT(regels[i].id, regels[i - 1].id);
      EXPECT_EQ(regels[i].vorige_hash, regels[i - 1].hash);
    }
  }

  // Refused work left nothing behind; its audit line is all that remains of it.
  ASSERT_OK_AND_ASSIGN(
      auto organisaties, lees([](UnitOfWork& uow) -> Result<std::vector<std::string>> {
        REGIE_ASSIGN_OR_RETURN(auto regios, uow.registry().list_regios());
        if (regios.size() != 1) return Error::storage("verwacht één regio");
        REGIE_ASSIGN_OR_RETURN(auto page, uow.registry().list_organisaties(
                                              OrganisatieQuery{.regio_id = regios[0].id}));
        return namen(page);
      }));
  EXPECT_EQ(organisaties, (std::vector<std::string>{"Gemeente Echt", "Gemeente Tweede"}));

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.checked, 6);
  EXPECT_EQ(check.first_broken_id, std::nullopt);
  EXPECT_EQ(check.reason, "");
}

TEST_P(StoreContractTest, GewijzigdeAuditregelWordtDoorVerifyBijNaamAangewezen) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  ASSERT_OK(schrijf_auditvoorbeelden(*audit));
  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 6u);
  const audit::Entry& weigering = regels[2];
  ASSERT_EQ(weigering.resultaat, "ongeldig");

  // Someone with database access turns a refusal into a success.
  ASSERT_OK(voer_sql_uit_buiten_de_store("UPDATE audit_log SET resultaat = 'gelukt' WHERE id = " +
                                         std::to_string(weigering.id)));
  ASSERT_OK_AND_ASSIGN(auto na, auditregels());
  ASSERT_EQ(na.size(), 6u);
  ASSERT_EQ(na[2].resultaat, "gelukt");

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.first_broken_id, std::optional<std::int64_t>{weigering.id});
  EXPECT_EQ(check.reason, "audit.hash_klopt_niet");
  EXPECT_EQ(check.checked, 2);
}

TEST_P(StoreContractTest, VerwijderdeAuditregelBreektDeSchakelNaarDeVolgende) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  ASSERT_OK(schrijf_auditvoorbeelden(*audit));
  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 6u);

  ASSERT_OK(voer_sql_uit_buiten_de_store("DELETE FROM audit_log WHERE id = " +
                                         std::to_string(regels[3].id)));
  ASSERT_OK_AND_ASSIGN(auto na, auditregels());
  ASSERT_EQ(na.size(), 5u);

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.first_broken_id, std::optional<std::int64_t>{regels[4].id});
  EXPECT_EQ(check.reason, "audit.schakel_ontbreekt");
  EXPECT_EQ(check.checked, 3);
}

TEST_P(StoreContractTest, GelijktijdigeSchrijversHoudenDeAuditketenLineair) {
  constexpr int kSchrijvers = 4;
  constexpr int kPerSchrijver = 25;
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Druk"));
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());

  std::atomic<int> gelukt{0};
  std::mutex fouten_mutex;
  std::vector<std::string> fouten;
  std::vector<std::thread> schrijvers;
  for (int s = 0; s < kSchrijvers; ++s) {
    schrijvers.emplace_back([&, s] {
      for (int i = 0; i < kPerSchrijver; ++i) {
        std::string naam = "Gemeente S" + std::to_string(s) + "-" + std::to_string(i);
        auto result = audit->write<Id>(
            kBeheerder, "organisatie.aanmaken", "organisatie",
            [&](UnitOfWork& uow, std::string& object) -> Result<Id> {
              REGIE_ASSIGN_OR_RETURN(
                  Id id, uow.registry().create_organisatie(organisatie(regio_id, naam)));
              object = "organisatie/" + std::to_string(id);
              return id;
            });
        if (result.ok()) {
          ++gelukt;
        } else {
          std::lock_guard lock(fouten_mutex);
          fouten.push_back(naam + ": " + omschrijf(result.error()));
        }
      }
    });
  }
  for (auto& schrijver : schrijvers) schrijver.join();

  EXPECT_EQ(gelukt.load(), kSchrijvers * kPerSchrijver);
  EXPECT_EQ(fouten, std::vector<std::string>{});
  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.checked, kSchrijvers * kPerSchrijver);
  EXPECT_EQ(check.first_broken_id, std::nullopt) << check.reason;

  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  std::set<std::string> objecten;
  for (const auto& regel : regels) objecten.insert(regel.object);
  EXPECT_EQ(objecten.size(), static_cast<std::size_t>(kSchrijvers * kPerSchrijver));
  ASSERT_OK_AND_ASSIGN(
      auto organisaties, lees([&](UnitOfWork& uow) {
        return uow.registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id});
      }));
  EXPECT_EQ(organisaties.total, kSchrijvers * kPerSchrijver);
}

// ---- the demo

// GOV-1, GOV-2, GOV-3
TEST_P(StoreContractTest, DemoLaadtEenmaalMetDeelnemersBestuurEnElkeRolsoort) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  service::DemoService demo(store_, audit);
  ASSERT_OK_AND_ASSIGN(auto accounts, demo.load());
  EXPECT_EQ(accounts.size(), service::DemoService::accounts().size());
  EXPECT_TRUE(FaaltMet(demo.load(), ErrorCode::kConflict));

  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 2u);
  EXPECT_EQ(regels[0].resultaat, "gelukt");
  EXPECT_EQ(regels[1].resultaat, "conflict");
  EXPECT_EQ(regels[1].actie, "demo.laden");

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
  EXPECT_EQ(check.checked, 2);
  EXPECT_EQ(check.first_broken_id, std::nullopt);
}

// ---- Big 8 (B8)

auto velden(const beleidscyclus::Stap& s) {
  return std::tie(s.id, s.regio_id, s.code, s.volgorde, s.naam, s.periode, s.status,
                  s.gepland_begin, s.gepland_eind, s.werkelijk_begin, s.werkelijk_eind,
                  s.eigenaar_persoon_id, s.versie);
}

// B8-1
TEST_P(StoreContractTest, CyclusstappenWordenExactTeruggelezenInVolgordeEnMetVersie) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id eigenaar, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_persoon(persoon(r.regio, r.od, "Regisseur Één"));
      }));
  auto stappen = beleidscyclus::standaard_stappen(r.regio, 2027);
  stappen[0].status = beleidscyclus::Status::kAfgerond;
  stappen[0].naam = "Omgevingsanalyse — risico’s";
  stappen[0].gepland_begin = datum(2026, 1, 5);
  stappen[0].gepland_eind = datum(2026, 5, 31);
  stappen[0].werkelijk_begin = datum(2026, 1, 12);
  stappen[0].werkelijk_eind = datum(2026, 6, 30);
  stappen[0].eigenaar_persoon_id = eigenaar;
  std::reverse(stappen.begin(), stappen.end());  // inserted last to first
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto& s : stappen) {
      REGIE_ASSIGN_OR_RETURN(s.id, uow.cyclus().create_stap(s));
    }
    return Ok();
  }));
  std::reverse(stappen.begin(), stappen.end());
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().list_stappen(r.regio); }));
  ASSERT_EQ(terug.size(), stappen.size());
  for (std::size_t i = 0; i < terug.size(); ++i) EXPECT_EQ(velden(terug[i]), velden(stappen[i]));
  ASSERT_OK_AND_ASSIGN(auto andere, nieuwe_regio("Regio Zonder Cyclus"));
  ASSERT_OK_AND_ASSIGN(auto leeg,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().list_stappen(andere); }));
  EXPECT_TRUE(leeg.empty());

  // One step per code per regio.
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_stap(stappen[1]); }),
               ErrorCode::kConflict, "fout.bestaat_al"));

  beleidscyclus::Stap gewijzigd = stappen[2];
  gewijzigd.status = beleidscyclus::Status::kBezig;
  gewijzigd.periode = "2031-2034";
  gewijzigd.volgorde = 5;
  gewijzigd.werkelijk_begin = datum(2030, 9, 1);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.cyclus().update_stap(gewijzigd); }));
  ASSERT_OK_AND_ASSIGN(auto na,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(gewijzigd.id); }));
  gewijzigd.versie = 2;
  EXPECT_EQ(velden(na), velden(gewijzigd));
  // The version read before is stale now; a missing step is not found.
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.cyclus().update_stap(stappen[2]); }),
               ErrorCode::kStale, "fout.verouderd"));
  beleidscyclus::Stap weg = stappen[2];
  weg.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.cyclus().update_stap(weg); }),
                       ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(kOntbrekendId); }),
                       ErrorCode::kNotFound));
  // Removing the owner leaves the step without one.
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().delete_persoon(eigenaar, 1); }));
  ASSERT_OK_AND_ASSIGN(auto zonder,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(stappen[0].id); }));
  EXPECT_EQ(zonder.eigenaar_persoon_id, std::nullopt);
}

// B8-1, B8-2, B8-3
TEST_P(StoreContractTest, DocumentenBesluitenHeropeningenEnConclusiesWordenTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Id regio, nieuwe_regio("Regio Cyclus"));
  auto stappen = beleidscyclus::standaard_stappen(regio, 2027);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto& s : stappen) {
      REGIE_ASSIGN_OR_RETURN(s.id, uow.cyclus().create_stap(s));
    }
    return Ok();
  }));
  const Id analyse = stappen[0].id;
  const Id evaluatie = stappen[7].id;
  beleidscyclus::Document d1{0,
                             analyse,
                             "Regionale risicoanalyse 2027–2030",
                             "https://voorbeeld.nl/ra.pdf?versie=2&taal=nl",
                             "beheerder",
                             "2026-06-30T09:15:02Z"};
  beleidscyclus::Document d2{
      0, analyse, "Bijlage", "https://voorbeeld.nl/b.pdf", "directie", "2026-07-01T10:00:00Z"};
  beleidscyclus::Besluit later{0, analyse, "AB stelt vast", datum(2026, 7, 10), "beheerder"};
  beleidscyclus::Besluit eerder{0, analyse, "DB stemt in", datum(2026, 6, 30), "beheerder"};
  beleidscyclus::Heropening h{0,
                              analyse,
                              "directie",
                              "2026-11-01T08:00:00Z",
                              "Nieuwe landelijke risico’s voor asbest",
                              beleidscyclus::Status::kAfgerond,
                              "2027-2030"};
  beleidscyclus::Evaluatieconclusie c2{
      0, regio, evaluatie, "2026", "Later", datum(2027, 3, 1), analyse, "2031-2034", "beheerder"};
  beleidscyclus::Evaluatieconclusie c1{
      0,       regio,       evaluatie,  "2025", "Asbest zwaarder wegen", datum(2026, 4, 15),
      analyse, "2027-2030", "beheerder"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(d1.id, uow.cyclus().create_document(d1));
    REGIE_ASSIGN_OR_RETURN(d2.id, uow.cyclus().create_document(d2));
    REGIE_ASSIGN_OR_RETURN(later.id, uow.cyclus().create_besluit(later));
    REGIE_ASSIGN_OR_RETURN(eerder.id, uow.cyclus().create_besluit(eerder));
    REGIE_ASSIGN_OR_RETURN(h.id, uow.cyclus().create_heropening(h));
    REGIE_ASSIGN_OR_RETURN(c2.id, uow.cyclus().create_evaluatieconclusie(c2));
    REGIE_ASSIGN_OR_RETURN(c1.id, uow.cyclus().create_evaluatieconclusie(c1));
    return Ok();
  }));
  auto doc = [](const beleidscyclus::Document& d) {
    return std::tie(d.id, d.stap_id, d.titel, d.link, d.door, d.toegevoegd);
  };
  auto besluit = [](const beleidscyclus::Besluit& b) {
    return std::tie(b.id, b.stap_id, b.tekst, b.datum, b.door);
  };
  auto heropening = [](const beleidscyclus::Heropening& x) {
    return std::tie(x.id, x.stap_id, x.door, x.tijdstip, x.reden, x.vorige_status, x.periode);
  };
  auto conclusie = [](const beleidscyclus::Evaluatieconclusie& e) {
    return std::tie(e.id, e.regio_id, e.stap_id, e.periode, e.tekst, e.datum, e.raakt_stap_id,
                    e.raakt_periode, e.door);
  };
  ASSERT_OK_AND_ASSIGN(
      auto docs, lees([&](UnitOfWork& uow) { return uow.cyclus().list_documenten(analyse); }));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(doc(docs[0]), doc(d1));
  EXPECT_EQ(doc(docs[1]), doc(d2));
  ASSERT_OK_AND_ASSIGN(auto besluiten,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().list_besluiten(analyse); }));
  ASSERT_EQ(besluiten.size(), 2u);
  EXPECT_EQ(besluit(besluiten[0]), besluit(eerder));  // by datum
  EXPECT_EQ(besluit(besluiten[1]), besluit(later));
  ASSERT_OK_AND_ASSIGN(auto heropeningen, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_heropeningen(analyse);
                       }));
  ASSERT_EQ(heropeningen.size(), 1u);
  EXPECT_EQ(heropening(heropeningen[0]), heropening(h));
  ASSERT_OK_AND_ASSIGN(auto conclusies, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_evaluatieconclusies(regio);
                       }));
  ASSERT_EQ(conclusies.size(), 2u);
  EXPECT_EQ(conclusie(conclusies[0]), conclusie(c1));  // by datum
  EXPECT_EQ(conclusie(conclusies[1]), conclusie(c2));
  // Nothing leaks to another step.
  ASSERT_OK_AND_ASSIGN(auto leeg, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_documenten(stappen[1].id);
                       }));
  EXPECT_TRUE(leeg.empty());
}

// ---- the PostgreSQL guard

// ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)

std::string mandaat_tekst(const governance::Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return std::to_string(v.id) + "|" + std::to_string(v.regio_id) + "|" +
         std::to_string(v.opdrachtgever_id) + "|" + std::to_string(v.vertegenwoordigde_id) + "|" +
         (m.verleend_door ? std::to_string(*m.verleend_door) : "-") + "|" +
         (m.verleend_op ? m.verleend_op->iso() : "-") + "|" + m.scope + "|" +
         (m.periode ? m.periode->van.iso() + ".." + (m.periode->tot ? m.periode->tot->iso() : "")
                    : "-") +
         "|v" + std::to_string(v.versie);
}

// GOV-6: a complete and an incomplete mandaat are read back exactly; a stale edit or delete is
// refused and changes nothing.
TEST_P(StoreContractTest, VertegenwoordigingMetVolledigEnOnvolledigMandaatWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  governance::Vertegenwoordiging volledig;
  volledig.regio_id = r.regio;
  volledig.opdrachtgever_id = r.gemeente_a;
  volledig.vertegenwoordigde_id = r.gemeente_b;
  volledig.mandaat.verleend_op = datum(2025, 12, 9);
  volledig.mandaat.scope = "Opdrachtverlening VTH namens Gemeente Beta (€ 0, ‘zonder’ kosten)";
  volledig.mandaat.periode = Periode{datum(2026, 1, 1), datum(2027, 12, 31)};
  governance::Vertegenwoordiging onvolledig;
  onvolledig.regio_id = r.regio;
  onvolledig.opdrachtgever_id = r.gemeente_b;
  onvolledig.vertegenwoordigde_id = r.gemeente_a;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(
        auto p, uow.registry().create_persoon(persoon(r.regio, r.gemeente_b, "Wethouder B")));
    volledig.mandaat.verleend_door = p;
    REGIE_ASSIGN_OR_RETURN(volledig.id, uow.collectief().create_vertegenwoordiging(volledig));
    REGIE_ASSIGN_OR_RETURN(onvolledig.id, uow.collectief().create_vertegenwoordiging(onvolledig));
    return Ok();
  }));
  volledig.versie = onvolledig.versie = 1;
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.collectief().list_vertegenwoordigingen(r.regio);
                       }));
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(mandaat_tekst(lijst[0]), mandaat_tekst(volledig));
  EXPECT_EQ(mandaat_tekst(lijst[1]), mandaat_tekst(onvolledig));
  EXPECT_TRUE(governance::is_compleet(lijst[0].mandaat));
  EXPECT_FALSE(governance::is_compleet(lijst[1].mandaat));

  auto gezien = volledig;
  volledig.mandaat.periode->tot = std::nullopt;
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.collectief().update_vertegenwoordiging(volledig); }));
  gezien.mandaat.scope = "verouderd";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.collectief().update_vertegenwoordiging(gezien); }),
      ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().delete_vertegenwoordiging(volledig.id, 1);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto terug, lees([&](UnitOfWork& uow) {
                         return uow.collectief().get_vertegenwoordiging(volledig.id);
                       }));
  volledig.versie = 2;
  EXPECT_EQ(mandaat_tekst(terug), mandaat_tekst(volledig));
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.collectief().delete_vertegenwoordiging(volledig.id, 2); }));
  EXPECT_TRUE(FaaltMet(
      lees([&](UnitOfWork& uow) { return uow.collectief().get_vertegenwoordiging(volledig.id); }),
      ErrorCode::kNotFound, "fout.niet_gevonden"));
}

// GOV-8: the projectgroep is created once, its regisseur changes only from the version seen,
// a lid is unique per persoon and deelnemer, and a lid of another regio cannot be removed.
TEST_P(StoreContractTest, ProjectgroepMetRegisseurEnLedenEnVersiecontrole) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      auto leeg, lees([&](UnitOfWork& uow) { return uow.collectief().get_projectgroep(r.regio); }));
  EXPECT_FALSE(leeg.has_value());
  Id regisseur = 0, lid_persoon = 0;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(regisseur,
                           uow.registry().create_persoon(persoon(r.regio, r.od, "Regisseur")));
    REGIE_ASSIGN_OR_RETURN(lid_persoon,
                           uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Lid A")));
    return uow.collectief().save_projectgroep(r.regio, regisseur, 0);
  }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().save_projectgroep(r.regio, std::nullopt, 0);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(
      Id lid_a, schrijf([&](UnitOfWork& uow) {
        return uow.collectief().create_projectgroep_lid(r.regio, {lid_persoon, r.gemeente_a});
      }));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) {
        return uow.collectief().create_projectgroep_lid(r.regio, {lid_persoon, r.gemeente_a});
      }),
      ErrorCode::kConflict, "fout.bestaat_al"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.collectief().save_projectgroep(r.regio, std::nullopt, 1);
  }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().save_projectgroep(r.regio, regisseur, 1);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto groep, lees([&](UnitOfWork& uow) {
                         return uow.collectief().get_projectgroep(r.regio);
                       }));
  ASSERT_TRUE(groep.has_value());
  EXPECT_EQ(groep->regio_id, r.regio);
  EXPECT_FALSE(groep->regisseur_persoon_id.has_value());
  EXPECT_EQ(groep->versie, 2);
  ASSERT_EQ(groep->leden.size(), 1u);
  EXPECT_EQ(groep->leden[0].id, lid_a);
  EXPECT_EQ(groep->leden[0].persoon_id, lid_persoon);
  EXPECT_EQ(groep->leden[0].organisatie_id, r.gemeente_a);

  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Andere regio"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().delete_projectgroep_lid(andere_regio, lid_a);
                       }),
                       ErrorCode::kNotFound, "fout.niet_gevonden"));
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.collectief().delete_projectgroep_lid(r.regio, lid_a); }));
  ASSERT_OK_AND_ASSIGN(
      groep, lees([&](UnitOfWork& uow) { return uow.collectief().get_projectgroep(r.regio); }));
  EXPECT_TRUE(groep->leden.empty());
}

// ---- Opdrachten (OPD)

// OPD-1, OPD-3: every part comes back exactly (Dutch text, amounts in cents, dates, empty
// optionals), the filters work, a stale edit is refused, and the steps are kept in order.
TEST_P(StoreContractTest, OpdrachtMetAlleOnderdelenEnOvergangenWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  opdrachten::Opdracht o;
  o.regio_id = r.regio;
  o.opdrachtgever_id = r.gemeente_a;
  o.titel = "Uitvoeringsprogramma ‘VTH’ 2027 — €";
  o.jaar = 2027;
  o.soort = opdrachten::Soort::kMaatwerk;
  o.deelnemer_id = r.gemeente_a;
  o.extra_uren = 120;
  o.extra_financiering_cents = 9'600'00;
  o.aanleiding = "Regel één\n- punt \"twee\"";
  o.doel = "95% binnen de termijn";
  o.planning = {{"Start", datum(2027, 1, 1)}, {"Evaluatie", std::nullopt}};
  o.bemensing = {{"Toezichthouder", 3200, std::nullopt}};
  o.financien = {{2027, 1'234'567'89, "Bijdrage"}, {2028, 1, ""}};
  o.stakeholders = {{"Provincie", r.od, std::nullopt, "Bevoegd gezag"}};
  o.risicos = {{"Krapte", opdrachten::Niveau::kHoog, opdrachten::Niveau::kLaag, "Inhuur", "OD"}};
  ASSERT_OK_AND_ASSIGN(o.id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(o); }));
  o.versie = 1;
  opdrachten::Opdracht ander;
  ander.regio_id = r.regio;
  ander.opdrachtgever_id = r.gemeente_b;
  ander.titel = "Ander";
  ander.jaar = 2026;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(ander); }));

  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.opdrachten().get(o.id); }));
  EXPECT_EQ(terug.titel, o.titel);
  EXPECT_EQ(terug.soort, opdrachten::Soort::kMaatwerk);
  EXPECT_EQ(terug.deelnemer_id, r.gemeente_a);
  EXPECT_EQ(terug.extra_financiering_cents, 9'600'00);
  EXPECT_EQ(terug.aanleiding, o.aanleiding);
  ASSERT_EQ(terug.planning.size(), 2u);
  EXPECT_EQ(terug.planning[0].datum, datum(2027, 1, 1));
  EXPECT_FALSE(terug.planning[1].datum.has_value());
  EXPECT_EQ(terug.financien[0].cents, 1'234'567'89);
  EXPECT_EQ(terug.stakeholders[0].organisatie_id, r.od);
  EXPECT_FALSE(terug.stakeholders[0].persoon_id.has_value());
  EXPECT_EQ(terug.risicos[0].kans, opdrachten::Niveau::kHoog);
  EXPECT_EQ(terug.risicos[0].impact, opdrachten::Niveau::kLaag);
  EXPECT_EQ(terug.status, opdrachten::Status::kConcept);
  EXPECT_EQ(terug.versie, 1);

  ASSERT_OK_AND_ASSIGN(auto alle, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list(OpdrachtQuery{.regio_id = r.regio});
                       }));
  ASSERT_EQ(alle.size(), 2u);
  EXPECT_EQ(alle[0].jaar, 2027);  // newest year first
  ASSERT_OK_AND_ASSIGN(auto gefilterd, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list(
                             OpdrachtQuery{.regio_id = r.regio, .deelnemer_id = r.gemeente_a});
                       }));
  ASSERT_EQ(gefilterd.size(), 1u);
  ASSERT_OK_AND_ASSIGN(
      auto per_jaar, lees([&](UnitOfWork& uow) {
        return uow.opdrachten().list(OpdrachtQuery{
            .regio_id = r.regio, .status = opdrachten::Status::kConcept, .jaar = 2026});
      }));
  ASSERT_EQ(per_jaar.size(), 1u);
  EXPECT_EQ(per_jaar[0].titel, "Ander");

  auto gezien = o;
  o.status = opdrachten::Status::kAangeboden;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_TRY(uow.opdrachten().update(o));
    opdrachten::Overgang overgang{0,
                                  o.id,
                                  opdrachten::Stap::kAanbieden,
                                  opdrachten::Status::kConcept,
                                  opdrachten::Status::kAangeboden,
                                  "opdrachtgever",
                                  "2026-11-28T10:00:00Z",
                                  ""};
    REGIE_TRY(uow.opdrachten().create_overgang(overgang));
    overgang.stap = opdrachten::Stap::kTerugleggen;
    overgang.van = opdrachten::Status::kAangeboden;
    overgang.naar = opdrachten::Status::kTeruggelegd;
    overgang.reden = "Capaciteit ontbreekt";
    REGIE_TRY(uow.opdrachten().create_overgang(overgang));
    return Ok();
  }));
  gezien.titel = "verouderd";
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().update(gezien); }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto overgangen, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list_overgangen(o.id);
                       }));
  ASSERT_EQ(overgangen.size(), 2u);
  EXPECT_EQ(overgangen[0].stap, opdrachten::Stap::kAanbieden);
  EXPECT_EQ(overgangen[1].naar, opdrachten::Status::kTeruggelegd);
  EXPECT_EQ(overgangen[1].reden, "Capaciteit ontbreekt");
  EXPECT_EQ(overgangen[1].tijdstip, "2026-11-28T10:00:00Z");
}

// OPD-5: versions keep their own titel, extras and parts beside the opdracht; a verzoek keeps
// its voorstel, aspects, alignment and decision; a stale update of a verzoek is refused.
TEST_P(StoreContractTest, VersiesEnWijzigingsverzoekenWordenExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  opdrachten::Opdracht o;
  o.regio_id = r.regio;
  o.opdrachtgever_id = r.gemeente_a;
  o.titel = "Asbest 2027";
  o.jaar = 2027;
  o.scope = "Sloopmeldingen";
  o.financien = {{2027, 150'000'00, "Bijdrage"}};
  o.status = opdrachten::Status::kAanvaard;
  ASSERT_OK_AND_ASSIGN(o.id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(o); }));
  o.versie = 1;

  opdrachten::Versie v1{0, o.id, 1, o, "accountmanager", "2027-01-05T09:00:00Z", std::nullopt};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create_versie(v1); }));

  opdrachten::Wijzigingsverzoek w;
  w.opdracht_id = o.id;
  w.aspecten = {opdrachten::Aspect::kScope, opdrachten::Aspect::kGeld};
  w.omschrijving = "Ook sanering — € 40.000 ‘extra’";
  w.basisversie = 1;
  w.voorstel = o;
  w.voorstel.titel = "Asbest 2027 (met sanering)";
  w.voorstel.scope = "Sloopmeldingen en sanering";
  w.voorstel.financien.push_back({2027, 40'000'00, "Sanering"});
  w.ingediend_door = "accountmanager";
  w.ingediend_kant = opdrachten::Kant::kOpdrachtnemer;
  w.ingediend_op = "2027-03-01T10:00:00Z";
  ASSERT_OK_AND_ASSIGN(
      w.id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create_wijzigingsverzoek(w); }));
  ASSERT_OK_AND_ASSIGN(auto terug, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().get_wijzigingsverzoek(w.id);
                       }));
  EXPECT_EQ(terug.aspecten, w.aspecten);
  EXPECT_EQ(terug.omschrijving, w.omschrijving);
  EXPECT_EQ(terug.voorstel.titel, "Asbest 2027 (met sanering)");
  EXPECT_EQ(terug.voorstel.scope, "Sloopmeldingen en sanering");
  ASSERT_EQ(terug.voorstel.financien.size(), 2u);
  EXPECT_EQ(terug.voorstel.jaar, 2027);  // from the opdracht
  EXPECT_EQ(terug.ingediend_kant, opdrachten::Kant::kOpdrachtnemer);
  EXPECT_EQ(terug.status, opdrachten::VerzoekStatus::kIngediend);
  EXPECT_FALSE(terug.afstemming.datum.has_value());
  EXPECT_EQ(terug.versie, 1);

  auto gezien = terug;
  terug.afstemming = {"Beleidsafdeling milieu", datum(2027, 3, 2), "Akkoord", "opdrachtgever"};
  terug.status = opdrachten::VerzoekStatus::kAanvaard;
  terug.beoordeling = "Nodig";
  terug.besloten_door = "opdrachtgever";
  terug.besloten_op = "2027-03-03T08:00:00Z";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_TRY(uow.opdrachten().update_wijzigingsverzoek(terug));
    auto nieuw = opdrachten::pas_toe(o, terug.voorstel);
    REGIE_TRY(uow.opdrachten().update(nieuw));
    opdrachten::Versie v2{0, o.id, 2, nieuw, "opdrachtgever", terug.besloten_op, w.id};
    REGIE_TRY(uow.opdrachten().create_versie(v2));
    return Ok();
  }));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.opdrachten().update_wijzigingsverzoek(gezien); }),
      ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto besloten, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().get_wijzigingsverzoek(w.id);
                       }));
  EXPECT_EQ(besloten.afstemming.met, "Beleidsafdeling milieu");
  EXPECT_EQ(besloten.afstemming.datum, datum(2027, 3, 2));
  EXPECT_EQ(besloten.afstemming.door, "opdrachtgever");
  EXPECT_EQ(besloten.status, opdrachten::VerzoekStatus::kAanvaard);
  EXPECT_EQ(besloten.besloten_op, "2027-03-03T08:00:00Z");

  ASSERT_OK_AND_ASSIGN(auto versies,
                       lees([&](UnitOfWork& uow) { return uow.opdrachten().list_versies(o.id); }));
  ASSERT_EQ(versies.size(), 2u);
  EXPECT_EQ(versies[0].inhoud.titel, "Asbest 2027");
  EXPECT_EQ(versies[0].inhoud.financien.size(), 1u);
  EXPECT_FALSE(versies[0].wijzigingsverzoek_id.has_value());
  EXPECT_EQ(versies[1].inhoud.scope, "Sloopmeldingen en sanering");
  EXPECT_EQ(versies[1].wijzigingsverzoek_id, w.id);
  EXPECT_EQ(versies[1].inhoud.inhoudsversie, 2);
  ASSERT_OK_AND_ASSIGN(auto huidig,
                       lees([&](UnitOfWork& uow) { return uow.opdrachten().get(o.id); }));
  EXPECT_EQ(huidig.inhoudsversie, 2);
  EXPECT_EQ(huidig.financien.size(), 2u);
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.opdrachten().get_versie(o.id, 3); }),
                       ErrorCode::kNotFound, "fout.niet_gevonden"));
  // One number per opdracht.
  EXPECT_FALSE(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create_versie(v1); }).ok());
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list_wijzigingsverzoeken(o.id);
                       }));
  ASSERT_EQ(lijst.size(), 1u);
}

// ---- Signalen (OPD-6)

// OPD-6: a signaal comes back exactly, is listed per opdracht and among the open signalen of its
// regio only (not another regio's), its handling is guarded by the version, and once handled
// it leaves the open list but stays with its opdracht.
TEST_P(StoreContractTest, SignaalWordtExactTeruggelezenEnVerlaatDeOpenLijstNaAfhandeling) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto opdracht = [](Id regio, Id opdrachtgever, const std::string& titel) {
    opdrachten::Opdracht o;
    o.regio_id = regio;
    o.opdrachtgever_id = opdrachtgever;
    o.titel = titel;
    o.jaar = 2027;
    o.status = opdrachten::Status::kAanvaard;
    return o;
  };
  ASSERT_OK_AND_ASSIGN(Id a, schrijf([&](UnitOfWork& uow) {
                         return uow.opdrachten().create(opdracht(r.regio, r.gemeente_a, "A"));
                       }));
  ASSERT_OK_AND_ASSIGN(Id b, schrijf([&](UnitOfWork& uow) {
                         return uow.opdrachten().create(opdracht(r.regio, r.gemeente_b, "B"));
                       }));
  ASSERT_OK_AND_ASSIGN(Id elders, schrijf([&](UnitOfWork& uow) -> Result<Id> {
                         REGIE_ASSIGN_OR_RETURN(
                             Id regio, uow.registry().create_regio(Regio{.naam = "Regio Elders"}));
                         REGIE_ASSIGN_OR_RETURN(Id org, uow.registry().create_organisatie(
                                                            organisatie(regio, "Gemeente Elders")));
                         return uow.opdrachten().create(opdracht(regio, org, "Elders"));
                       }));

  opdrachten::Signaal s;
  s.opdracht_id = a;
  s.soort = opdrachten::SignaalSoort::kOnvoorzien;
  s.wat = "Bodemverontreiniging ‘onverwacht’ aangetroffen — €";
  s.impact = "Regel één\n- punt \"twee\"";
  s.maatregel = "Extra bodemonderzoek";
  s.gemeld_door = "accountmanager";
  s.gemeld_op = "2026-11-28T10:00:00Z";
  ASSERT_OK_AND_ASSIGN(s.id, schrijf([&](UnitOfWork& uow) { return uow.signalen().create(s); }));
  auto op_b = s;
  op_b.opdracht_id = b;
  op_b.soort = opdrachten::SignaalSoort::kStagnatie;
  ASSERT_OK_AND_ASSIGN(op_b.id,
                       schrijf([&](UnitOfWork& uow) { return uow.signalen().create(op_b); }));
  auto op_elders = s;
  op_elders.opdracht_id = elders;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.signalen().create(op_elders); }));

  ASSERT_OK_AND_ASSIGN(auto terug, lees([&](UnitOfWork& uow) { return uow.signalen().get(s.id); }));
  EXPECT_EQ(terug.opdracht_id, a);
  EXPECT_EQ(terug.soort, opdrachten::SignaalSoort::kOnvoorzien);
  EXPECT_EQ(terug.wat, s.wat);
  EXPECT_EQ(terug.impact, s.impact);
  EXPECT_EQ(terug.maatregel, "Extra bodemonderzoek");
  EXPECT_EQ(terug.gemeld_door, "accountmanager");
  EXPECT_EQ(terug.gemeld_op, "2026-11-28T10:00:00Z");
  EXPECT_EQ(terug.status, opdrachten::SignaalStatus::kOpen);
  EXPECT_EQ(terug.afhandeling, "");
  EXPECT_EQ(terug.afgehandeld_op, "");
  EXPECT_EQ(terug.versie, 1);
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.signalen().get(kOntbrekendId); }),
                       ErrorCode::kNotFound));

  ASSERT_OK_AND_ASSIGN(auto van_a, lees([&](UnitOfWork& uow) { return uow.signalen().list(a); }));
  ASSERT_EQ(van_a.size(), 1u);
  EXPECT_EQ(van_a[0].id, s.id);
  ASSERT_OK_AND_ASSIGN(auto open,
                       lees([&](UnitOfWork& uow) { return uow.signalen().list_open(r.regio); }));
  ASSERT_EQ(open.size(), 2u);  // not the one of the other regio
  EXPECT_EQ(open[0].id, s.id);
  EXPECT_EQ(open[1].id, op_b.id);

  auto gezien = terug;
  terug.status = opdrachten::SignaalStatus::kAfgehandeld;
  terug.afhandeling = "Onderzoek akkoord";
  terug.afgehandeld_door = "opdrachtgever";
  terug.afgehandeld_op = "2026-11-29T09:00:00Z";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.signalen().update(terug); }));
  gezien.afhandeling = "verouderd";
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.signalen().update(gezien); }),
                       ErrorCode::kStale, "fout.verouderd"));
  auto weg = gezien;
  weg.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.signalen().update(weg); }),
                       ErrorCode::kNotFound));

  ASSERT_OK_AND_ASSIGN(auto af, lees([&](UnitOfWork& uow) { return uow.signalen().get(s.id); }));
  EXPECT_EQ(af.status, opdrachten::SignaalStatus::kAfgehandeld);
  EXPECT_EQ(af.afhandeling, "Onderzoek akkoord");
  EXPECT_EQ(af.afgehandeld_door, "opdrachtgever");
  EXPECT_EQ(af.afgehandeld_op, "2026-11-29T09:00:00Z");
  EXPECT_EQ(af.wat, s.wat);
  EXPECT_EQ(af.versie, 2);
  ASSERT_OK_AND_ASSIGN(open,
                       lees([&](UnitOfWork& uow) { return uow.signalen().list_open(r.regio); }));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].id, op_b.id);
  ASSERT_OK_AND_ASSIGN(van_a, lees([&](UnitOfWork& uow) { return uow.signalen().list(a); }));
  ASSERT_EQ(van_a.size(), 1u);
  EXPECT_EQ(van_a[0].status, opdrachten::SignaalStatus::kAfgehandeld);
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

// ---- Competenties (COMP)

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

// COMP-1: an account is linked to at most one persoon; the link can be set and cleared, and
// goes when the persoon is deleted.
TEST_P(StoreContractTest, GebruikerWordtAanPersoonGekoppeld) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Persoon p = persoon(r.regio, r.gemeente_a, "Pien");
  Gebruiker g{.naam = "pien",
              .wachtwoord_hash = "$argon2id$v=19$c",
              .rol = auth::Gebruikersrol::kOpdrachtgever,
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

// A stored value the program cannot read back is an error naming table, id, column and value;
// it is never read as some default (a rol of an unknown soort is not a medewerker).
TEST_P(StoreContractTest, OnleesbareWaardeIsCorruptMetTabelEnId) {
  ASSERT_OK_AND_ASSIGN(
      Id rol_id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
        Regio regio;
        regio.naam = "Regio Corrupt";
        REGIE_ASSIGN_OR_RETURN(auto regio_id, uow.registry().create_regio(regio));
        REGIE_ASSIGN_OR_RETURN(
            auto org_id, uow.registry().create_organisatie(organisatie(regio_id, "Gemeente A")));
        REGIE_ASSIGN_OR_RETURN(auto persoon_id,
                               uow.registry().create_persoon(persoon(regio_id, org_id, "Ans")));
        return uow.registry().create_rol(rol(persoon_id, org_id, RolSoort::kMedewerker));
      }));
  ASSERT_OK(voer_sql_uit_buiten_de_store("UPDATE rollen SET soort = 'koning' WHERE id = " +
                                         std::to_string(rol_id)));

  auto gelezen = lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rol_id); });
  ASSERT_TRUE(FaaltMet(gelezen, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
  EXPECT_EQ(gelezen.error().detail,
            "rollen " + std::to_string(rol_id) + " kolom soort: onleesbare waarde 'koning'");
  auto lijst = lees([&](UnitOfWork& uow) -> Result<Page<RolRegel>> {
    REGIE_ASSIGN_OR_RETURN(auto regios, uow.registry().list_regios());
    return uow.registry().list_rollen(RolQuery{.regio_id = regios.at(0).id, .page = kAlles});
  });
  EXPECT_TRUE(FaaltMet(lijst, ErrorCode::kCorrupt));

  if (GetParam() == kSqlite) {  // PostgreSQL's DATE column refuses such a value itself
    ASSERT_OK(voer_sql_uit_buiten_de_store(
        "UPDATE rollen SET soort = 'medewerker', van = '1 januari' WHERE id = " +
        std::to_string(rol_id)));
    auto datum = lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rol_id); });
    ASSERT_TRUE(FaaltMet(datum, ErrorCode::kCorrupt));
    EXPECT_EQ(datum.error().detail,
              "rollen " + std::to_string(rol_id) + " kolom van: onleesbare waarde '1 januari'");
  }
}

std::string backend_naam(const ::testing::TestParamInfo<std::string>& backend) {
  return backend.param;
}

INSTANTIATE_TEST_SUITE_P(Opslag, StoreContractTest, ::testing::ValuesIn(backends()), backend_naam);

}  // namespace
}  // namespace regie
