// Use cases of signalen (OPD-6): the opdrachtnemer side (accountmanager, directie) reports
// stagnation or an unforeseen circumstance on an opdracht that is being carried out; the
// opdrachtgever side handles it. Whoever sees the opdracht sees its signalen (others:
// kNotFound). The open signalen are what the start page shows at once: for an opdrachtgever
// those on the opdrachten it sees (the ones it gives, the collectief ones it gives together
// with the other deelnemers, maatwerk for it); for the OD side every open signaal of the regio.
// Every write is one audited transaction. Thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/signaal.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

// An open signaal with the opdracht it is about (start page, GET /api/v1/signalen).
struct SignaalRegel {
  opdrachten::Signaal signaal;
  std::string opdracht_titel;
  // Whether the actor may handle it (the opdrachtgever that gives the opdracht).
  bool mag_afhandelen = false;
};

class SignaalService {
 public:
  SignaalService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // For buttons: may this side report on an opdracht with this status, or handle this signaal.
  static bool mag_melden(opdrachten::Kant kant, opdrachten::Status status);
  static bool mag_afhandelen(opdrachten::Kant kant, const opdrachten::Signaal& signaal);

  // The signalen of a visible opdracht, oldest first.
  Result<std::vector<opdrachten::Signaal>> signalen(const Context& ctx, Id opdracht_id);
  // kNotFound when the opdracht is not visible or the signaal is not one of it.
  Result<opdrachten::Signaal> signaal(const Context& ctx, Id opdracht_id, Id signaal_id);
  // Fields: soort, wat, impact, maatregel.
  Result<opdrachten::Signaal> melden(const Context& ctx, Id opdracht_id, const Fields& velden);
  // From the version the user saw; field: afhandeling.
  Result<opdrachten::Signaal> afhandelen(const Context& ctx, Id opdracht_id, Id signaal_id,
                                         std::int64_t versie, const Fields& velden);
  // The open signalen the actor is to see at once, oldest first (empty for other roles).
  Result<std::vector<SignaalRegel>> open_signalen_voor(const Context& ctx);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
