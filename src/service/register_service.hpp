// Use cases of the governance register (GOV-1..GOV-3): regio, organisaties with their
// deelnemerschap, personen and rollen. Every call authorizes first (deny by default, see
// domain/auth/actor.hpp), reads only the actor's own regio (other regios: kNotFound), and
// writes in one audited transaction. Updates and deletes take the version the user saw
// (kConflict when stale). Thread-safe.
#pragma once

#include <memory>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

using governance::Deelnemerschap;
using governance::Organisatie;
using governance::Persoon;
using governance::Regio;
using governance::Rol;

class RegisterService {
 public:
  RegisterService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  Result<std::vector<Regio>> regios(const Context& ctx);
  Result<Regio> regio(const Context& ctx, Id id);
  Result<Regio> update_regio(const Context& ctx, Id id, std::int64_t versie, const Fields& f);

  Result<Page<Organisatie>> organisaties(const Context& ctx, OrganisatieQuery query);
  // Every organisatie of the regio, by name (for choice lists).
  Result<std::vector<Organisatie>> alle_organisaties(const Context& ctx);
  Result<Organisatie> organisatie(const Context& ctx, Id id);
  Result<Organisatie> create_organisatie(const Context& ctx, const Fields& f);
  Result<Organisatie> update_organisatie(const Context& ctx, Id id, std::int64_t versie,
                                         const Fields& f);
  Result<void> delete_organisatie(const Context& ctx, Id id, std::int64_t versie);

  Result<std::vector<Deelnemerschap>> deelnemerschappen(const Context& ctx, Id organisatie_id);
  Result<Deelnemerschap> create_deelnemerschap(const Context& ctx, Id organisatie_id,
                                               const Fields& f);
  Result<void> delete_deelnemerschap(const Context& ctx, Id organisatie_id, Id id);

  Result<Page<PersoonRegel>> personen(const Context& ctx, PersoonQuery query);
  Result<Persoon> persoon(const Context& ctx, Id id);
  Result<Persoon> create_persoon(const Context& ctx, const Fields& f);
  Result<Persoon> update_persoon(const Context& ctx, Id id, std::int64_t versie, const Fields& f);
  Result<void> delete_persoon(const Context& ctx, Id id, std::int64_t versie);

  Result<Page<RolRegel>> rollen(const Context& ctx, RolQuery query);
  Result<Rol> rol(const Context& ctx, Id id);
  // GOV-2: the members of the AB or DB on a date. Collective to the regio: every actor of the
  // regio sees the composition of its bestuursorganen (names and whom they represent).
  Result<std::vector<RolRegel>> bestuursleden(const Context& ctx, governance::RolSoort orgaan,
                                              Datum peildatum);
  // GOV-3: a new rol has its hours from its start (urenVanaf plays no part).
  Result<Rol> create_rol(const Context& ctx, const Fields& f);
  // GOV-3: a change of urenPerJaar holds from urenVanaf, by default today (the clock); the
  // hours before it stay. kInvalid at urenVanaf for a day after the rol's end. The periods follow
  // a changed start or end (governance::pas_urenperioden_aan).
  Result<Rol> update_rol(const Context& ctx, Id id, std::int64_t versie, const Fields& f);
  Result<void> delete_rol(const Context& ctx, Id id, std::int64_t versie);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
