#include "store/sql_unit_of_work.hpp"

#include <utility>

#include "store/sql/account_repository.hpp"
#include "store/sql/afwijking_repository.hpp"
#include "store/sql/audit_repository.hpp"
#include "store/sql/beleidsdoel_repository.hpp"
#include "store/sql/catalogus_repository.hpp"
#include "store/sql/collectief_repository.hpp"
#include "store/sql/cyclus_repository.hpp"
#include "store/sql/interne_afstemming_repository.hpp"
#include "store/sql/koppeling_repository.hpp"
#include "store/sql/meting_repository.hpp"
#include "store/sql/opdracht_repository.hpp"
#include "store/sql/programma_repository.hpp"
#include "store/sql/realisatie_repository.hpp"
#include "store/sql/register_repository.hpp"
#include "store/sql/ronde_repository.hpp"
#include "store/sql/signaal_repository.hpp"
#include "store/sql/zelfbeoordeling_repository.hpp"

namespace regie::store {
namespace {

// Hands out the SQL repositories over one connection with an open transaction (each made on
// first use), and commits.
class SqlUnitOfWork final : public UnitOfWork {
 public:
  explicit SqlUnitOfWork(std::unique_ptr<ConnectionLease> lease)
      : lease_(std::move(lease)), c_(lease_->connection()) {}
  ~SqlUnitOfWork() override {
    if (!committed_) c_.rollback();
  }
  SqlUnitOfWork(const SqlUnitOfWork&) = delete;
  SqlUnitOfWork& operator=(const SqlUnitOfWork&) = delete;

  // One line per repository.
  RegisterRepository& registry() override { return r_.get(make_sql_register_repository, c_); }
  CollectiefRepository& collectief() override { return r_.get(make_sql_collectief_repository, c_); }
  AccountRepository& accounts() override { return r_.get(make_sql_account_repository, c_); }
  AuditRepository& audit() override { return r_.get(make_sql_audit_repository, c_); }
  OpdrachtRepository& opdrachten() override { return r_.get(make_sql_opdracht_repository, c_); }
  SignaalRepository& signalen() override { return r_.get(make_sql_signaal_repository, c_); }
  InterneAfstemmingRepository& interne_afstemmingen() override {
    return r_.get(make_sql_interne_afstemming_repository, c_);
  }
  ZelfbeoordelingRepository& zelfbeoordelingen() override {
    return r_.get(make_sql_zelfbeoordeling_repository, c_);
  }
  CyclusRepository& cyclus() override { return r_.get(make_sql_cyclus_repository, c_); }
  RondeRepository& rondes() override { return r_.get(make_sql_ronde_repository, c_); }
  BeleidsdoelRepository& beleidsdoelen() override {
    return r_.get(make_sql_beleidsdoel_repository, c_);
  }
  CatalogusRepository& catalogus() override { return r_.get(make_sql_catalogus_repository, c_); }
  MetingRepository& metingen() override { return r_.get(make_sql_meting_repository, c_); }
  AfwijkingRepository& afwijkingen() override { return r_.get(make_sql_afwijking_repository, c_); }
  RealisatieRepository& realisaties() override {
    return r_.get(make_sql_realisatie_repository, c_);
  }
  ProgrammaRepository& programmas() override { return r_.get(make_sql_programma_repository, c_); }
  KoppelingRepository& koppelingen() override { return r_.get(make_sql_koppeling_repository, c_); }

  Result<void> commit() override {
    REGIE_TRY(c_.commit());
    committed_ = true;
    return Ok();
  }

  Result<std::string> datastand() override { return c_.datastand(); }

 private:
  std::unique_ptr<ConnectionLease> lease_;
  SqlConnection& c_;
  Repositories r_;  // over c_; destroyed before the lease
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<UnitOfWork> make_sql_unit_of_work(std::unique_ptr<ConnectionLease> lease) {
  return std::make_unique<SqlUnitOfWork>(std::move(lease));
}

}  // namespace regie::store
