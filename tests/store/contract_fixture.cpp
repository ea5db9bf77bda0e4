#include "contract_fixture.hpp"

#include <sqlite3.h>
#include <stdlib.h>

#include <cstdlib>
#include <system_error>

#include "domain/governance/rol.hpp"
#include "service/crypto.hpp"
#include "store/postgres/pg_pool.hpp"

namespace regie {

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
void PrintTo(const UrenPeriode& periode, std::ostream* os) {
  *os << periode.uren_per_jaar << " uur vanaf " << periode.van.iso();
}
}  // namespace governance

namespace store_contract {
namespace {

std::vector<std::string> backends() {
  std::vector<std::string> out{kSqlite};
  if (!pg_url().empty()) out.emplace_back(kPostgresql);
  return out;
}

std::string backend_naam(const ::testing::TestParamInfo<std::string>& backend) {
  return backend.param;
}

}  // namespace

// Every TEST_P(StoreContractTest, …) of tests/store/, on every engine.
INSTANTIATE_TEST_SUITE_P(Opslag, StoreContractTest, ::testing::ValuesIn(backends()), backend_naam);

std::string pg_url() {
  const char* url = std::getenv("REGIE_TEST_PG_URL");
  return url ? std::string(url) : std::string();
}

std::string omschrijf(const Error& error) {
  std::string out = ::testing::PrintToString(error.code) + " " + error.key;
  if (!error.detail.empty()) out += " (" + error.detail + ")";
  for (const auto& field : error.fields) out += " " + field.field + "=" + field.key;
  return out;
}

Organisatie organisatie(Id regio_id, std::string naam, OrganisatieSoort soort,
                        std::optional<std::int64_t> inwonertal) {
  return Organisatie{
      .regio_id = regio_id, .naam = std::move(naam), .soort = soort, .inwonertal = inwonertal};
}

Persoon persoon(Id regio_id, Id werkgever_id, std::string naam) {
  return Persoon{.regio_id = regio_id, .organisatie_id = werkgever_id, .naam = std::move(naam)};
}

Rol rol(Id persoon_id, Id organisatie_id, RolSoort soort, Periode periode, std::int32_t uren) {
  if (periode.van == Datum{0}) periode.van = datum(2024, 1, 1);
  Rol r{.persoon_id = persoon_id,
        .organisatie_id = organisatie_id,
        .soort = soort,
        .periode = periode};
  governance::wijzig_uren(r, periode.van, uren);
  return r;
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

void StoreContractTest::SetUp() {
  ASSERT_OK(service::init_crypto());
  if (GetParam() == kSqlite) {
    std::string pattern = (std::filesystem::temp_directory_path() / "regie-store-XXXXXX").string();
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

void StoreContractTest::TearDown() {
  store_.reset();  // closes every connection before the files go
  if (!map_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(map_, ignored);
  }
}

Result<void> StoreContractTest::open_leeg() {
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

Result<void> StoreContractTest::heropenen() {
  store_.reset();
  REGIE_ASSIGN_OR_RETURN(auto opened, store::open_store(database_));
  store_ = std::move(opened);
  return Ok();
}

Result<void> StoreContractTest::voer_sql_uit_buiten_de_store(const std::string& sql) {
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

Result<Id> StoreContractTest::nieuwe_regio(const std::string& naam) {
  return schrijf([&](UnitOfWork& uow) { return uow.registry().create_regio(Regio{.naam = naam}); });
}

Result<std::vector<audit::Entry>> StoreContractTest::auditregels() {
  return lees([](UnitOfWork& uow) { return uow.audit().list(0, 10'000); });
}

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

}  // namespace store_contract
}  // namespace regie
