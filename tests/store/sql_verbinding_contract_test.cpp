// The storage port's way for many rows, SqlConnection::voeg_rijen_toe (decisions 50 and 51), on
// both engines: blocks for one table inside one transaction, a statement between blocks sees them,
// and what the database refuses in a block ends the transaction with nothing kept — on PostgreSQL,
// where the COPY stays open from block to block, at the latest on the next statement.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "contract_fixture.hpp"
#include "store/postgres/pg_pool.hpp"
#include "store/sqlite/sqlite_pool.hpp"

namespace regie::store_contract {
namespace {

using store::SqlRef;

const std::vector<std::string_view> kKolommen = {"n", "t"};

// Rows n = van … tot with text "rij n" (kept in `teksten`, which the values point into).
std::vector<SqlRef> rijen(std::int64_t van, std::int64_t tot, std::vector<std::string>& teksten) {
  teksten.clear();
  teksten.reserve(static_cast<std::size_t>(tot - van + 1));
  std::vector<SqlRef> out;
  for (std::int64_t n = van; n <= tot; ++n) {
    teksten.push_back("rij\t" + std::to_string(n));
    out.emplace_back(n);
    out.emplace_back(std::string_view(teksten.back()));
  }
  return out;
}

Result<std::int64_t> tel(store::SqlConnection& c) {
  REGIE_ASSIGN_OR_RETURN(auto result, c.exec("SELECT COUNT(*), COALESCE(SUM(n), 0) FROM "
                                             "proef_rijen",
                                             {}));
  if (result.rows.size() != 1) return Error::storage("COUNT gaf geen rij");
  return std::stoll(result.rows[0].text(0)) * 1'000'000'000 + std::stoll(result.rows[0].text(1));
}

// MON-1: an import is all or nothing, also when its rows go in blocks.
TEST_P(StoreContractTest, MON1_RijenInBlokkenAllesOfNiets) {
  ASSERT_OK(voer_sql_uit_buiten_de_store(
      "CREATE TABLE proef_rijen (n BIGINT NOT NULL CHECK (n > 0), t TEXT NOT NULL)"));
  auto pool = GetParam() == kSqlite ? store::make_sqlite_pool(database_, 1)
                                    : store::make_postgres_pool(database_, 1);
  ASSERT_OK(pool);
  std::vector<std::string> teksten;
  {
    ASSERT_OK_AND_ASSIGN(auto lease, (*pool)->acquire(true));
    store::SqlConnection& c = lease->connection();
    ASSERT_OK(c.begin(true));
    ASSERT_OK(c.voeg_rijen_toe("proef_rijen", kKolommen, rijen(1, 3000, teksten)));
    ASSERT_OK(c.voeg_rijen_toe("proef_rijen", kKolommen, rijen(3001, 5000, teksten)));
    // A statement between blocks sees the rows so far.
    ASSERT_OK_AND_ASSIGN(auto tussen, tel(c));
    EXPECT_EQ(tussen, 5000 * 1'000'000'000LL + 5000LL * 5001 / 2);
    ASSERT_OK(c.voeg_rijen_toe("proef_rijen", kKolommen, rijen(5001, 5002, teksten)));
    ASSERT_OK(c.commit());
  }
  const std::int64_t bewaard = 5002 * 1'000'000'000LL + 5002LL * 5003 / 2;
  {
    ASSERT_OK_AND_ASSIGN(auto lease, (*pool)->acquire(true));
    store::SqlConnection& c = lease->connection();
    ASSERT_OK_AND_ASSIGN(auto na, tel(c));
    EXPECT_EQ(na, bewaard);
    auto tekst = c.exec("SELECT t FROM proef_rijen WHERE n = 4321", {});
    ASSERT_OK(tekst);
    ASSERT_EQ(tekst->rows.size(), 1U);
    EXPECT_EQ(tekst->rows[0].text(0), "rij\t4321");
  }
  for (const bool commit_meteen : {false, true}) {
    // A block the database refuses (n = 0 breaks the CHECK) after a good one: the refusal comes
    // with that block or, on PostgreSQL, with the next statement — a commit too. The unit of work
    // then rolls back, as a service does on an error.
    ASSERT_OK_AND_ASSIGN(auto lease, (*pool)->acquire(true));
    store::SqlConnection& c = lease->connection();
    ASSERT_OK(c.begin(true));
    ASSERT_OK(c.voeg_rijen_toe("proef_rijen", kKolommen, rijen(6001, 8000, teksten)));
    const bool blok = c.voeg_rijen_toe("proef_rijen", kKolommen, rijen(0, 10, teksten)).ok();
    bool daarna = blok;
    if (blok) daarna = commit_meteen ? c.commit().ok() : c.exec("SELECT 1", {}).ok();
    EXPECT_FALSE(daarna) << "de geweigerde rij bleef onopgemerkt (commit_meteen " << commit_meteen
                         << ")";
    c.rollback();
  }
  ASSERT_OK_AND_ASSIGN(auto lease, (*pool)->acquire(true));
  ASSERT_OK_AND_ASSIGN(auto eind, tel(lease->connection()));
  EXPECT_EQ(eind, bewaard);
}

}  // namespace
}  // namespace regie::store_contract
