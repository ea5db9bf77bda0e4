// Use cases of the uitvoeringsprogramma (UP-1, UP-2, UP-4; decision 37): a regio's programme per
// year with doelen and indicatoren, programmaregels checked against that year's catalogue, the
// vaststelling by a body on a date, bijstelling as a new version with its reason, versions
// compared line by line, and the begroting per deelnemer explained line by line with the
// previous year beside it. Everyone of the regio reads; the keepers of the catalogue keep the
// programme (programma::mag_programma_wijzigen). Every write names the versie it read, is one
// audited transaction, and is refused once the programme is vastgesteld. Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/programma/begroting.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/programma/uitvoeringsprogramma.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/catalogus_service.hpp"
#include "service/context.hpp"

namespace regie::service {

struct ProgrammaDetail {
  programma::Uitvoeringsprogramma programma;
  std::vector<programma::Product> producten;  // the catalogue of the programme's year
  std::vector<Deelnemer> deelnemers;          // deelnemers on 1 January of that year, by name
  // The begroting, or why it cannot be made yet (a line whose product left the catalogue).
  std::optional<programma::Begroting> begroting;
  std::vector<FieldError> begroting_fouten;
  // UP-4: the version this one adjusts, and the lines that differ from it.
  std::optional<programma::Uitvoeringsprogramma> vorige_versie;
  std::vector<programma::RegelVerschil> verschillen;
  bool mag_wijzigen = false;  // the actor keeps programmes and this one is a concept
  bool mag_bijstellen = false;
};

struct BegrotingOverzicht {
  programma::Uitvoeringsprogramma programma;
  programma::Begroting begroting;
  // The latest vastgesteld programme of the year before, compared per deelnemer.
  std::optional<programma::Uitvoeringsprogramma> vorig_jaar;
  std::vector<programma::DeelnemerVergelijking> vergelijking;
};

// The begroting of `p` with this read's catalogue, keys and deelnemers (also the plan that
// monitoring compares with, MON-2).
Result<programma::Begroting> begroting_van(UnitOfWork& uow,
                                           const programma::Uitvoeringsprogramma& p);

class ProgrammaService {
 public:
  ProgrammaService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // Every programme of the actor's regio, newest year and version first.
  Result<std::vector<programma::Uitvoeringsprogramma>> programmas(const Context& ctx);
  Result<ProgrammaDetail> programma(const Context& ctx, Id id);
  // The newest programme of `jaar` (vastgesteld or concept), for the CLI and exports.
  Result<programma::Uitvoeringsprogramma> programma_van_jaar(const Context& ctx, std::int32_t jaar);
  // Fields of programma::parse_programma. A year that already has a programme is refused
  // ("fout.programma_bestaat"): a vastgesteld one is adjusted by bijstellen.
  Result<programma::Uitvoeringsprogramma> create(const Context& ctx, const Fields& velden);

  // Each answers the programme as saved. `versie` is the programme's, as read.
  Result<programma::Uitvoeringsprogramma> doel_toevoegen(const Context& ctx, Id id,
                                                         std::int64_t versie, const Fields& velden);
  Result<programma::Uitvoeringsprogramma> doel_wijzigen(const Context& ctx, Id id,
                                                        std::int64_t versie, std::int64_t nummer,
                                                        const Fields& velden);
  // A doel a regel points at is kept ("fout.doel_in_gebruik").
  Result<programma::Uitvoeringsprogramma> doel_verwijderen(const Context& ctx, Id id,
                                                           std::int64_t versie,
                                                           std::int64_t nummer);
  // Fields of programma::parse_regel; `regelnummer` is 1-based in the programme's order.
  Result<programma::Uitvoeringsprogramma> regel_toevoegen(const Context& ctx, Id id,
                                                          std::int64_t versie,
                                                          const Fields& velden);
  Result<programma::Uitvoeringsprogramma> regel_wijzigen(const Context& ctx, Id id,
                                                         std::int64_t versie,
                                                         std::int64_t regelnummer,
                                                         const Fields& velden);
  Result<programma::Uitvoeringsprogramma> regel_verwijderen(const Context& ctx, Id id,
                                                            std::int64_t versie,
                                                            std::int64_t regelnummer);
  // Fields: vastgesteldDoor (algemeen_bestuur, dagelijks_bestuur, colleges) and vastgesteldOp (not
  // after today). The version it adjusts becomes vervangen.
  Result<programma::Uitvoeringsprogramma> vaststellen(const Context& ctx, Id id,
                                                      std::int64_t versie, const Fields& velden);
  // Fields: reden. Answers the new concept version.
  Result<programma::Uitvoeringsprogramma> bijstellen(const Context& ctx, Id id, std::int64_t versie,
                                                     const Fields& velden);

  // The begroting per deelnemer; kInvalid naming the lines when it cannot be made.
  Result<BegrotingOverzicht> begroting(const Context& ctx, Id id);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
