// Use cases of afwijkingen and bijsturing (MON-3, GOV-12; decision 48). Signalen are raised by
// signaleer_afwijkingen inside the transaction of every import and correction of realisaties.
// Who sees a signaal: whoever sees that deelnemer's figures (monitoring::ziet_alle_deelnemers,
// else an opdrachtgever its own organisatie; others kNotFound). The accountmanager of the
// deelnemer drafts the voorstel; its opdrachtgever decides. Every write is one audited
// transaction. Thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/monitoring/bijsturing.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

// MON-3: compares every year from `van_jaar` to `tot_jaar` that has a programme, per deelnemer
// and soort, and raises, updates or lapses the signalen; `nu` stamps them. The number of new
// signalen.
Result<std::int64_t> signaleer_afwijkingen(UnitOfWork& uow, Id regio_id, std::int32_t van_jaar,
                                           std::int32_t tot_jaar, Datum vandaag,
                                           const std::string& nu);

struct AfwijkingVraag {
  std::optional<std::int32_t> jaar;
  std::optional<Id> deelnemer;
  bool alleen_lopend = false;
};

// A signaal as a reader sees it.
struct AfwijkingRegel {
  monitoring::Afwijkingssignaal signaal;
  std::string deelnemer_naam;
  bool mag_voorstellen = false;
  bool mag_beslissen = false;
  std::optional<monitoring::Beslisser> beslisser;  // the reader as beslisser, if it is one
};

struct OpdrachtVerwijzing {
  Id id = 0;
  std::string titel;
};

struct AfwijkingDetail {
  AfwijkingRegel regel;
  std::vector<OpdrachtVerwijzing> opdrachten;  // the opdrachten the signaal shows on
};

class AfwijkingService {
 public:
  AfwijkingService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // Newest first.
  Result<std::vector<AfwijkingRegel>> afwijkingen(const Context& ctx, const AfwijkingVraag& vraag);
  Result<AfwijkingDetail> afwijking(const Context& ctx, Id id);
  // From the version read; fields of monitoring::parse_voorstel.
  Result<monitoring::Afwijkingssignaal> voorstellen(const Context& ctx, Id id, std::int64_t versie,
                                                    const Fields& velden);
  // From the version read; fields besluit (akkoord, aangepast, afgewezen) and toelichting.
  Result<monitoring::Afwijkingssignaal> beslissen(const Context& ctx, Id id, std::int64_t versie,
                                                  const Fields& velden);
  // What the start page shows at once: the signalen in progress the reader acts on (the
  // accountmanager and opdrachtgever of the deelnemer, the directie of the omgevingsdienst).
  Result<std::vector<AfwijkingRegel>> lopend_voor(const Context& ctx);
  // The signalen an opdracht shows (monitoring::hoort_bij_opdracht), newest first.
  Result<std::vector<AfwijkingRegel>> voor_opdracht(const Context& ctx,
                                                    const opdrachten::Opdracht& opdracht);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
