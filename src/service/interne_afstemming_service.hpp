// Use cases of the interne afstemming (OPD-8): before accepting an opdracht, the omgevingsdienst
// (its accountmanager or directie) records how it went over the opdracht with its teams. Whoever
// sees the opdracht reads these records (others: kNotFound); only the opdrachtnemer side records
// one, while the opdracht is aangeboden. Acceptance itself (OpdrachtService) waits for it. Every
// write is one audited transaction. Thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/interne_afstemming.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

// OPD-8: the afstemmingen of an opdracht and what they mean for accepting it now.
struct InterneAfstemmingen {
  std::vector<opdrachten::InterneAfstemming> afstemmingen;  // oldest first
  // The one that counts since the opdracht was last offered; nullopt when there is none.
  std::optional<opdrachten::InterneAfstemming> geldend;
  // Why acceptance waits (a message key), while the opdracht is aangeboden; nullopt otherwise.
  std::optional<std::string> aanvaarden_wacht;
  bool mag_vastleggen = false;  // the reader may record one now
};

class InterneAfstemmingService {
 public:
  InterneAfstemmingService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  Result<InterneAfstemmingen> afstemmingen(const Context& ctx, Id opdracht_id);
  // One afstemming of the opdracht (kNotFound when it belongs to another).
  Result<opdrachten::InterneAfstemming> afstemming(const Context& ctx, Id opdracht_id,
                                                   Id afstemming_id);
  // Fields: teams, capaciteit, effecten, uitkomst, toelichting.
  Result<opdrachten::InterneAfstemming> vastleggen(const Context& ctx, Id opdracht_id,
                                                   const Fields& velden);

  // OPD-8: why accepting the opdracht waits, inside a unit of work (for OpdrachtService).
  static Result<std::optional<std::string>> aanvaarden_wacht(UnitOfWork& uow, Id opdracht_id);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
