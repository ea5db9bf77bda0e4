#include "store/sql_unit_of_work.hpp"

#include <utility>

#include "store/sql/account_repository.hpp"
#include "store/sql/audit_repository.hpp"
#include "store/sql/collectief_repository.hpp"
#include "store/sql/cyclus_repository.hpp"
#include "store/sql/opdracht_repository.hpp"
#include "store/sql/register_repository.hpp"
#include "store/sql/signaal_repository.hpp"
#include "store/sql/zelfbeoordeling_repository.hpp"

namespace regie::store {
namespace {

// Hands out the SQL repositories over one connection with an open transaction, and commits.
class SqlUnitOfWork final : public UnitOfWork {
 public:
  explicit SqlUnitOfWork(std::unique_ptr<ConnectionLease> lease)
      : lease_(std::move(lease)),
        c_(lease_->connection()),
        register_(make_sql_register_repository(c_)),
        collectief_(make_sql_collectief_repository(c_)),
        accounts_(make_sql_account_repository(c_)),
        audit_(make_sql_audit_repository(c_)),
        opdrachten_(make_sql_opdracht_repository(c_)),
        signalen_(make_sql_signaal_repository(c_)),
        zelfbeoordelingen_(make_sql_zelfbeoordeling_repository(c_)),
        cyclus_(make_sql_cyclus_repository(c_)) {}
  ~SqlUnitOfWork() override {
    if (!committed_) c_.rollback();
  }
  SqlUnitOfWork(const SqlUnitOfWork&) = delete;
  SqlUnitOfWork& operator=(const SqlUnitOfWork&) = delete;

  RegisterRepository& registry() override { return *register_; }
  CollectiefRepository& collectief() override { return *collectief_; }
  AccountRepository& accounts() override { return *accounts_; }
  AuditRepository& audit() override { return *audit_; }
  OpdrachtRepository& opdrachten() override { return *opdrachten_; }
  SignaalRepository& signalen() override { return *signalen_; }
  ZelfbeoordelingRepository& zelfbeoordelingen() override { return *zelfbeoordelingen_; }
  CyclusRepository& cyclus() override { return *cyclus_; }

  Result<void> commit() override {
    REGIE_TRY(c_.commit());
    committed_ = true;
    return Ok();
  }

 private:
  std::unique_ptr<ConnectionLease> lease_;
  SqlConnection& c_;
  std::unique_ptr<RegisterRepository> register_;
  std::unique_ptr<CollectiefRepository> collectief_;
  std::unique_ptr<AccountRepository> accounts_;
  std::unique_ptr<AuditRepository> audit_;
  std::unique_ptr<OpdrachtRepository> opdrachten_;
  std::unique_ptr<SignaalRepository> signalen_;
  std::unique_ptr<ZelfbeoordelingRepository> zelfbeoordelingen_;
  std::unique_ptr<CyclusRepository> cyclus_;
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<UnitOfWork> make_sql_unit_of_work(std::unique_ptr<ConnectionLease> lease) {
  return std::make_unique<SqlUnitOfWork>(std::move(lease));
}

}  // namespace regie::store
