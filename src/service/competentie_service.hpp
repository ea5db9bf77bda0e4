// COMP-1: the yearly competence self-assessment and the regio's aggregate of it.
// A logged-in user creates, reads and edits only the self-assessments of the persoon linked to
// the account (gebruikers.persoon_id); nobody, the beheerder included, reads another persoon's
// scores: those answer kNotFound. The regio overview is for every account of the regio and
// holds aggregates only, hiding groups smaller than competenties::kMinGroepsgrootte. Every
// write is audited with the object id only, never the scores. Thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/competenties/competenties.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

struct ProfielOverzicht {
  competenties::Profiel profiel = competenties::Profiel::kOpdrachtgever;
  bool getoond = false;                                   // enough assessments to show figures
  std::int64_t beoordelingen = 0;                         // 0 when not shown
  std::vector<competenties::CompetentieCijfers> cijfers;  // training needed first
};

struct CompetentieOverzicht {
  std::int32_t jaar = 0;
  std::int64_t min_groepsgrootte = competenties::kMinGroepsgrootte;
  std::vector<ProfielOverzicht> profielen;
};

class CompetentieService {
 public:
  CompetentieService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  std::int32_t huidig_jaar() const;

  // The persoon linked to the actor's account; nullopt when there is none.
  Result<std::optional<governance::Persoon>> eigen_persoon(const Context& ctx);
  // The actor's own self-assessments, newest year first (empty without a linked persoon).
  Result<std::vector<competenties::Zelfbeoordeling>> mijn_zelfbeoordelingen(const Context& ctx);
  // kNotFound unless it is the actor's own.
  Result<competenties::Zelfbeoordeling> zelfbeoordeling(const Context& ctx, Id id);
  // kForbidden without a linked persoon; kInvalid naming the fields; kConflict
  // "fout.zelfbeoordeling_bestaat" when that jaar and profiel already exist.
  Result<competenties::Zelfbeoordeling> create(const Context& ctx, const Fields& f);
  Result<competenties::Zelfbeoordeling> update(const Context& ctx, Id id, std::int64_t versie,
                                               const Fields& f);
  // Aggregates of the regio for a jaar. kNotFound for another regio.
  Result<CompetentieOverzicht> overzicht(const Context& ctx, Id regio_id, std::int32_t jaar);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
