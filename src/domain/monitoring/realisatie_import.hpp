// An import of realisaties as regie remembers it (MON-7, decision 47): which bronsysteem, which
// file with which hash, when and by whom, the months it covers and its totals; whether a later
// import of the same bronsysteem and period replaced it; and the months a regio closed (MON-6).
// Pure; thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/monitoring/realisatie.hpp"

namespace regie::monitoring {

enum class ImportSoort { kBestand, kApi, kCorrectie };
std::string_view code(ImportSoort s);
std::string_view label(ImportSoort s);
std::optional<ImportSoort> import_soort_from_code(std::string_view c);

enum class ImportStatus { kActief, kVervangen };
std::string_view code(ImportStatus s);
std::string_view label(ImportStatus s);
std::optional<ImportStatus> import_status_from_code(std::string_view c);

// MON-7: where realised figures came from.
struct RealisatieImport {
  Id id = 0;
  Id regio_id = 0;
  std::optional<Id> bron_id;  // none for a correction
  std::string bron_naam;      // read back with the import
  ImportSoort soort = ImportSoort::kBestand;
  std::string bestandsnaam;
  std::string sha256;  // of the file's bytes, hex
  Maand van_maand = 0;
  Maand tot_maand = 0;
  Telling telling;
  ImportStatus status = ImportStatus::kActief;
  std::optional<Id> vervangen_door;
  std::string door;   // who, as the audit log names the actor
  std::string op;     // when, ISO 8601 UTC
  std::string reden;  // a correction's

  friend bool operator==(const RealisatieImport&, const RealisatieImport&) = default;
};

// MON-6
struct Periodeafsluiting {
  Maand maand = 0;
  std::string door;
  std::string op;
  friend bool operator==(const Periodeafsluiting&, const Periodeafsluiting&) = default;
};

}  // namespace regie::monitoring
