// The audit log of every write (BIO): who, what, which object, result, origin and time,
// hash-chained so that any edit is found by verify().
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "domain/audit/chain.hpp"
#include "domain/repository.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

// Appends one entry inside the caller's unit of work (so it commits or rolls back with the
// write it describes).
Result<void> append_audit(UnitOfWork& uow, const Clock& clock, const std::string& actor,
                          const std::string& actie, const std::string& object,
                          const std::string& resultaat, const std::string& herkomst);

std::string resultaat_code(const Error& error);

// The object of an audit entry: its soort and id ("opdracht/12").
std::string object_id(const char* soort, Id id);

class AuditService {
 public:
  // `clock` is the one the work reads (clock()); the log's own times come from `logklok` when
  // given: the demo's story happens at its own moments, but the log says when regie wrote it.
  AuditService(std::shared_ptr<Store> store, std::shared_ptr<Clock> clock,
               std::shared_ptr<Clock> logklok = nullptr)
      : store_(std::move(store)),
        clock_(std::move(clock)),
        logklok_(logklok ? std::move(logklok) : clock_) {}

  // Runs `work` in one write transaction and records its outcome. On success the entry
  // commits with the work; on failure the work is rolled back and the refusal is recorded in
  // a transaction of its own. `object` may be set by `work` (e.g. to the new id).
  template <typename T>
  Result<T> write(const Context& ctx, const std::string& actie, std::string object,
                  const std::function<Result<T>(UnitOfWork&, std::string&)>& work) {
    Result<T> result = run(ctx, actie, object, work);
    if (!result.ok()) record_refusal(ctx, actie, object, result.error());
    return result;
  }

  Result<audit::ChainCheck> verify();

  const Clock& clock() const { return *clock_; }

 private:
  template <typename T>
  Result<T> run(const Context& ctx, const std::string& actie, std::string& object,
                const std::function<Result<T>(UnitOfWork&, std::string&)>& work) {
    REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kSchrijven));
    auto result = work(*uow, object);
    if (!result.ok()) return result;
    REGIE_TRY(append_audit(*uow, *logklok_, auth::audit_naam(ctx.actor), actie, object, "gelukt",
                           ctx.herkomst));
    REGIE_TRY(uow->commit());
    return result;
  }

  void record_refusal(const Context& ctx, const std::string& actie, const std::string& object,
                      const Error& error);

  std::shared_ptr<Store> store_;
  std::shared_ptr<Clock> clock_;
  std::shared_ptr<Clock> logklok_;
};

}  // namespace regie::service
