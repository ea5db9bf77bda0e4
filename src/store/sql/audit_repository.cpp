#include "store/sql/audit_repository.hpp"

#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<audit::Entry> read_audit(const SqlRow& row) {
  RowReader r(row, "audit_log");
  audit::Entry e;
  e.id = r.integer(0, "id");
  e.tijdstip = row.text(1);
  e.actor = row.text(2);
  e.actie = row.text(3);
  e.object = row.text(4);
  e.resultaat = row.text(5);
  e.herkomst = row.text(6);
  e.vorige_hash = row.text(7);
  e.hash = row.text(8);
  return r.done(e);
}

class SqlAuditRepository final : public AuditRepository, private SqlRepository {
 public:
  explicit SqlAuditRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<void> lock() override {
    if (c_.dialect() == Dialect::kPostgres) {
      REGIE_TRY(c_.exec("LOCK TABLE audit_log IN EXCLUSIVE MODE", {}));
    }
    return Ok();
  }

  Result<std::optional<audit::Entry>> last() override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, tijdstip, actor, actie, object, resultaat, herkomst, vorige_hash, "
                "hash FROM audit_log ORDER BY id DESC LIMIT 1",
                {}));
    if (result.rows.empty()) return std::optional<audit::Entry>{};
    REGIE_ASSIGN_OR_RETURN(auto last, read_audit(result.rows.front()));
    return std::optional<audit::Entry>{std::move(last)};
  }

  Result<void> append(const audit::Entry& e) override {
    REGIE_TRY(c_.exec(
        "INSERT INTO audit_log (tijdstip, actor, actie, object, resultaat, herkomst, "
        "vorige_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {e.tijdstip, e.actor, e.actie, e.object, e.resultaat, e.herkomst, e.vorige_hash, e.hash}));
    return Ok();
  }

  Result<std::vector<audit::Entry>> list(std::int64_t after_id, std::int64_t limit) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, tijdstip, actor, actie, object, resultaat, herkomst, vorige_hash, "
                "hash FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
                {after_id, limit}));
    return read_all(result.rows, read_audit);
  }
};

}  // namespace

std::unique_ptr<AuditRepository> make_sql_audit_repository(SqlConnection& c) {
  return std::make_unique<SqlAuditRepository>(c);
}

}  // namespace regie::store
