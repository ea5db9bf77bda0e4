// Use cases of realisaties (MON-1, MON-6, MON-7; decision 47): the bronsystemen and their
// mappings, the import of a bronsysteem's export (CSV or XLSX), corrections, closing months, and
// reading back every import with its rows.
//
// An import is one transaction: every row is checked, and any rejected row leaves the database
// as it was, with every rejected line named (at most kMaxGemeldeFouten, then how many more). The
// file is read twice, first for its hash, then row by row, so memory stays flat however large
// the file (an XLSX workbook is read whole). The same file of the same bronsysteem again changes
// nothing (ongewijzigd). An earlier import of the same bronsysteem whose months lie within the
// new file's months is replaced in the same transaction, kept in the history as vervangen; one
// that overlaps only in part is refused. The kept totals change in the same transaction.
// Everyone of the omgevingsdienst, the regisseur and the beheerder import; the whole regio's
// readers (auth::leest_hele_regio) read imports and rows. Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/monitoring/realisatie_repository.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::service {

inline constexpr std::size_t kMaxGemeldeFouten = 1000;

// Reads up to n bytes of the file into buf and answers how many; 0 at its end.
using Bytebron = CsvLezer::Bron;
// Opens the file anew from its first byte, each time it is called.
using BestandOpener = std::function<Result<Bytebron>()>;
// An opener over bytes in memory (an upload, an API body); they must outlive the import.
BestandOpener opener_van(std::string_view bytes);

// How far an import is: bytes read of the file and rows read (called every few thousand rows).
using Voortgang = std::function<void(std::uint64_t gelezen_bytes, std::int64_t regels)>;

struct RealisatieInvoer {
  std::string bron;          // the bronsysteem's naam
  std::string bestandsnaam;  // as the user named it
  monitoring::ImportSoort soort = monitoring::ImportSoort::kBestand;
  bool proef = false;  // --dry-run: checked, nothing saved
};

struct RealisatieVerslag {
  Id import_id = 0;  // 0 for a proef
  bool proef = false;
  bool ongewijzigd = false;  // the same file was imported before: import_id is that import
  std::string sha256;
  monitoring::Maand van_maand = 0;
  monitoring::Maand tot_maand = 0;
  monitoring::Telling telling;
  std::vector<Id> vervangen;            // the imports this one replaced (or would replace)
  std::int64_t nieuwe_afwijkingen = 0;  // MON-3: signalen this import raised
};

struct Bronnen {
  std::vector<monitoring::Bronsysteem> bronnen;
  std::vector<monitoring::Deelnemer> deelnemers;  // whom a deelnemernaam can point at
  bool mag_wijzigen = false;
};

class RealisatieService {
 public:
  RealisatieService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit,
                    std::shared_ptr<Clock> clock)
      : store_(std::move(store)), audit_(std::move(audit)), clock_(std::move(clock)) {}

  Result<Bronnen> bronnen(const Context& ctx);
  Result<monitoring::Bronsysteem> bron(const Context& ctx, Id id);
  // Fields of monitoring::parse_bron.
  Result<monitoring::Bronsysteem> create_bron(const Context& ctx, const Fields& velden);
  Result<monitoring::Bronsysteem> update_bron(const Context& ctx, Id id, std::int64_t versie,
                                              const Fields& velden);

  Result<RealisatieVerslag> importeren(const Context& ctx, const RealisatieInvoer& invoer,
                                       const BestandOpener& open, const Voortgang& voortgang = {});
  // MON-6: a correction line with its reason, as an import of its own
  // (monitoring::parse_correctie).
  Result<monitoring::RealisatieImport> corrigeren(const Context& ctx, const Fields& velden);

  // Newest first.
  Result<std::vector<monitoring::RealisatieImport>> imports(const Context& ctx,
                                                            std::int64_t limiet);
  Result<monitoring::RealisatieImport> een_import(const Context& ctx, Id id);
  Result<std::vector<monitoring::Realisatie>> realisaties(const Context& ctx, Id import_id,
                                                          Id na_id, std::int64_t limiet);

  // MON-6. Fields: maand ("2026-03" or "03-2026").
  Result<std::vector<monitoring::Periodeafsluiting>> afsluitingen(const Context& ctx);
  Result<monitoring::Periodeafsluiting> periode_sluiten(const Context& ctx, const Fields& velden);

  // Whether the kept totals equal a recomputation from the rows of the active imports (a check
  // for `regie check` and the tests); kCorrupt naming the first cell that differs.
  Result<void> controleer_totalen(const Context& ctx);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
  std::shared_ptr<Clock> clock_;
};

// The regio's deelnemers of every catalogue year (on 1 January of each), by name: who realisaties
// and metingen may be about. The register is read once, whatever the number of years.
Result<std::vector<monitoring::Deelnemer>> regio_deelnemers(UnitOfWork& uow, Id regio_id);

// Everything an import checks rows against: regio_deelnemers, the catalogue of each year, the
// closed months and (when given) today.
Result<monitoring::Naslag> naslag_van(UnitOfWork& uow, Id regio_id,
                                      std::optional<Datum> vandaag = std::nullopt);

}  // namespace regie::service
