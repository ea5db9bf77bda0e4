// The realisatie port (MON-1, MON-6, MON-7; decision 47): the bronsystemen with their mappings,
// the imports (file, hash, time, person) with their rows, the two levels of kept totals, and the
// closed months of a regio.
// - A second bronsysteem with the same naam in a regio is kConflict "fout.bestaat_al"; updates
//   are guarded by versie (kStale, or kNotFound when gone).
// - Rows are only added (voeg_toe), never changed: a replaced import keeps its rows, marked by
//   the import's status; a correction is an import of its own.
// - tel_bij adds (teken 1) or takes away (teken -1) an import's cells in both totals; a total that
//   becomes zero is removed. The totals answer only what tel_bij put in: that they equal the rows
//   of the active imports is the service's promise, checked by herbereken.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/monitoring/bron.hpp"
#include "domain/monitoring/realisatie.hpp"
#include "domain/monitoring/realisatie_import.hpp"
#include "domain/repository.hpp"

namespace regie {

// How RealisatieRepository::voeg_toe is best fed during an import (decision 51): in blocks of
// `rijen_per_blok` rows, each written on a thread of its own while the next is read
// (`eigen_draad`) — right when the store writes in this process, as SQLite does. A database that
// works in a process of its own, as PostgreSQL does, gets small blocks from the reading thread
// itself: a third busy thread would take the cores from the database, and small blocks keep it
// fed while the next rows are read.
struct Schrijfwijze {
  std::size_t rijen_per_blok = 20'000;
  bool eigen_draad = true;
};

class RealisatieRepository {
 public:
  virtual ~RealisatieRepository() = default;

  // By naam.
  virtual Result<std::vector<monitoring::Bronsysteem>> list_bronnen(Id regio_id) = 0;
  virtual Result<monitoring::Bronsysteem> get_bron(Id id) = 0;
  virtual Result<Id> create_bron(const monitoring::Bronsysteem& b) = 0;
  // Naam, kolommen and both tables (replaced as sets).
  virtual Result<void> update_bron(const monitoring::Bronsysteem& b) = 0;

  // Newest first; at most `limiet`.
  virtual Result<std::vector<monitoring::RealisatieImport>> list_imports(Id regio_id,
                                                                         std::int64_t limiet) = 0;
  virtual Result<monitoring::RealisatieImport> get_import(Id id) = 0;
  virtual Result<Id> create_import(const monitoring::RealisatieImport& i) = 0;
  // The figures and months of an import and the hash of its file, once its rows are in (every
  // import, a correction too: list_realisaties finds no rows of an import before this). The hash
  // comes with reading the rows (decision 51), so create_import may leave it empty.
  virtual Result<void> set_import_telling(Id id, monitoring::Maand van, monitoring::Maand tot,
                                          const monitoring::Telling& telling,
                                          const std::string& sha256) = 0;
  virtual Result<void> set_vervangen(Id id, Id door_import) = 0;

  // The rows of one import in the order added; after `na_id`, at most `limiet`.
  virtual Result<void> voeg_toe(const std::vector<monitoring::Realisatie>& rijen) = 0;
  virtual Schrijfwijze schrijfwijze() const { return {}; }
  virtual Result<std::vector<monitoring::Realisatie>> list_realisaties(Id import_id, Id na_id,
                                                                       std::int64_t limiet) = 0;

  // An import's own cells (kept to take it away again without reading its rows).
  virtual Result<void> bewaar_import_cellen(Id import_id, const monitoring::Cellen& cellen) = 0;
  virtual Result<monitoring::Cellen> import_cellen(Id import_id) = 0;
  virtual Result<void> tel_bij(Id regio_id, const monitoring::Cellen& cellen,
                               std::int64_t teken) = 0;
  // The kept totals of months [van, tot]; `deelnemer` limits the first to one.
  virtual Result<monitoring::Cellen> cellen(Id regio_id, monitoring::Maand van,
                                            monitoring::Maand tot, std::optional<Id> deelnemer) = 0;
  virtual Result<monitoring::Taakveldcellen> taakveldcellen(Id regio_id, monitoring::Maand van,
                                                            monitoring::Maand tot) = 0;
  // The deelnemer × product × month totals recomputed from the rows of the active imports
  // (taakveld and soort from each import's cells): what `cellen` must equal.
  virtual Result<monitoring::Cellen> herbereken(Id regio_id) = 0;

  // MON-6: by month. A month closed twice is kConflict "fout.bestaat_al".
  virtual Result<std::vector<monitoring::Periodeafsluiting>> list_afsluitingen(Id regio_id) = 0;
  virtual Result<void> sluit(Id regio_id, const monitoring::Periodeafsluiting& a) = 0;
};

}  // namespace regie
