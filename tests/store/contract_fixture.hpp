// The fixture of the store contract (tests/store/*_contract_test.cpp): every promise of the ports
// in domain/**/*_repository.hpp and domain/repository.hpp, checked on a real SQLite file and,
// when REGIE_TEST_PG_URL names a server (scripts/pg-test-server.sh), with the same cases on real
// PostgreSQL. Every case starts from an empty, migrated database. REGIE_REQUIRE_PG=1 turns a
// missing PostgreSQL into a failure, so CI cannot skip it silently.
//
// One file per port adds its cases as TEST_P(StoreContractTest, …); contract_fixture.cpp runs
// them all on every engine.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/audit/audit_repository.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/types.hpp"
#include "domain/repository.hpp"
#include "store/store.hpp"

namespace regie {

// gtest prints these through ADL; without them a failure shows raw bytes.
void PrintTo(const Datum& datum, std::ostream* os);
void PrintTo(ErrorCode code, std::ostream* os);

namespace governance {
void PrintTo(OrganisatieSoort soort, std::ostream* os);
void PrintTo(Relatie relatie, std::ostream* os);
void PrintTo(RolSoort soort, std::ostream* os);
void PrintTo(const UrenPeriode& periode, std::ostream* os);
}  // namespace governance

namespace store_contract {

using governance::Deelnemerschap;
using governance::Organisatie;
using governance::OrganisatieSoort;
using governance::Persoon;
using governance::Regio;
using governance::Relatie;
using governance::Rol;
using governance::RolSoort;

constexpr const char* kSqlite = "sqlite";
constexpr const char* kPostgresql = "postgresql";
constexpr std::int64_t kOntbrekendId = 987654;
constexpr PageRequest kAlles{0, 1000};

// REGIE_TEST_PG_URL, or empty.
std::string pg_url();

std::string omschrijf(const Error& error);

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

inline Datum datum(int jaar, unsigned maand, unsigned dag) {
  return *Datum::from_ymd(jaar, maand, dag);
}

// Every field, so that one EXPECT_EQ compares whole records and prints them on failure.
inline auto velden(const Regio& r) {
  return std::tie(r.id, r.naam, r.gemeenschappelijke_regeling,
                  r.minimum_uren_ambtelijk_opdrachtgever, r.uren_per_vertegenwoordigde,
                  r.minimum_uren_accountmanager_per_deelnemer, r.minimum_uren_accountmanager,
                  r.maximum_uren_accountmanager, r.versie);
}
inline auto velden(const Organisatie& o) {
  return std::tie(o.id, o.regio_id, o.naam, o.soort, o.inwonertal, o.versie);
}
inline auto velden(const Deelnemerschap& d) {
  return std::tie(d.id, d.organisatie_id, d.relatie, d.periode.van, d.periode.tot, d.versie);
}
inline auto velden(const Persoon& p) {
  return std::tie(p.id, p.regio_id, p.organisatie_id, p.naam, p.email, p.functie, p.versie);
}
inline auto velden(const Rol& r) {
  return std::tie(r.id, r.persoon_id, r.organisatie_id, r.soort, r.periode.van, r.periode.tot,
                  r.uren_per_jaar, r.urenperioden, r.mandaat_cents, r.mandaat_scope, r.versie);
}
inline auto velden(const Gebruiker& g) {
  return std::tie(g.id, g.naam, g.wachtwoord_hash, g.beheerder, g.organisatie_id, g.actief,
                  g.aangemaakt);
}

Organisatie organisatie(Id regio_id, std::string naam,
                        OrganisatieSoort soort = OrganisatieSoort::kGemeente,
                        std::optional<std::int64_t> inwonertal = std::nullopt);
Persoon persoon(Id regio_id, Id werkgever_id, std::string naam);
// From 1-1-2024, open, without hours unless given; one urenperiode from its start (GOV-3).
Rol rol(Id persoon_id, Id organisatie_id, RolSoort soort,
        Periode periode = Periode{Datum{0}, std::nullopt}, std::int32_t uren = 0);

std::vector<std::string> namen(const Page<Organisatie>& page);
std::vector<std::string> namen(const Page<PersoonRegel>& page);
std::vector<Id> ids(const Page<RolRegel>& page);

// Parameter: the engine, kSqlite or kPostgresql.
class StoreContractTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Empties the database of this case and opens it, not migrated.
  Result<void> open_leeg();
  // Closes the store and opens the same database again, as a restarted program would.
  Result<void> heropenen();

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
  Result<void> voer_sql_uit_buiten_de_store(const std::string& sql);

  Result<Id> nieuwe_regio(const std::string& naam);
  Result<std::vector<audit::Entry>> auditregels();

  std::filesystem::path map_;
  std::string database_;
  std::shared_ptr<Store> store_;
};

// A regio with an omgevingsdienst and two gemeenten.
struct Register {
  Id regio = 0;
  Id od = 0;
  Id gemeente_a = 0;
  Id gemeente_b = 0;
};

Result<Register> vul_register(UnitOfWork& uow);

}  // namespace store_contract
}  // namespace regie
