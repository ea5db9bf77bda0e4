// Realisaties (MON-1, MON-6, MON-7; decision 47): what the omgevingsdienst actually delivered —
// hours, numbers and costs per deelnemer, product and date — read row by row from a
// bronsysteem's export, and the totals kept of them. Pure; thread-compatible.
//
// A row is read through the bronsysteem's mapping (bron.hpp): the date as dd-mm-jjjj, d-m-jjjj,
// dd/mm/jjjj or ISO; hours and amounts in Dutch notation (decimal comma, thousands dot: "1.234,5",
// "€ 1.234,56"); the deelnemer by its own name, "Beekdal" for "Gemeente Beekdal", or a name the
// mapping gives; the zaaktype through the mapping's table, or a productcode of the catalogue as it
// is. A date after today, an unknown deelnemer or zaaktype, a product the catalogue of the row's
// year lacks, a row in a closed month (MON-6) and every unreadable value is a rejected row naming
// line, column and value — never a silent skip.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/csv.hpp"
#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/monitoring/bron.hpp"
#include "domain/programma/begroting.hpp"

namespace regie::monitoring {

// A calendar month as yyyymm (202603).
using Maand = std::int32_t;
inline Maand maand_van(Datum d) { return d.jaar() * 100 + d.maand(); }
inline int jaar_van(Maand m) { return m / 100; }
inline Maand volgende_maand(Maand m) { return m % 100 == 12 ? m + 89 : m + 1; }
inline Maand vorige_maand(Maand m) { return m % 100 == 1 ? m - 89 : m - 1; }
// "2026-03" (the API's form).
std::string maand_iso(Maand m);
// "maart 2026".
std::string maand_nl(Maand m);
// "2026-03", "03-2026" or "3-2026"; nullopt when it is no month from programma::kEersteJaar to
// kLaatsteJaar.
std::optional<Maand> parse_maand(std::string_view tekst);

// A realisatie's id says its import (decision 51): import × 10^9 plus its number within the
// import, from 1. Every import numbers its own rows, so that writing them needs neither a shared
// counter nor a unique index, and an import's rows are the ids from eerste_realisatie_id on.
inline constexpr std::int64_t kRegelsPerImport = 1'000'000'000;
inline constexpr Id realisatie_id(Id import_id, std::int64_t volgnummer) {
  return import_id * kRegelsPerImport + volgnummer;
}
inline constexpr Id eerste_realisatie_id(Id import_id) { return realisatie_id(import_id, 1); }

struct Realisatie {
  Id id = 0;
  Id import_id = 0;
  Id deelnemer_id = 0;
  std::string productcode;
  Datum datum{0};
  std::int64_t uren = 0;  // hundredths of an hour
  std::int64_t aantal = 0;
  std::int64_t bedrag_cents = 0;
  std::string team;
  std::string medewerker;
  std::string zaaknummer;
  std::int64_t regel = 0;  // the line in the file; 0 when it came otherwise

  friend bool operator==(const Realisatie&, const Realisatie&) = default;
};

// What a product of the catalogue means to the totals.
struct Productkenmerk {
  std::string taakveld;
  programma::RegelSoort soort = programma::RegelSoort::kCollectief;
};

// The catalogue per year: productcode → what it counts as.
using Catalogi = std::map<std::int32_t, std::unordered_map<std::string, Productkenmerk>>;

// Everything a row is checked against besides the mapping.
struct Naslag {
  std::vector<Deelnemer> deelnemers;
  Catalogi catalogi;
  std::set<Maand> gesloten;      // MON-6: closed months
  std::optional<Datum> vandaag;  // a row after it is refused (nothing is realised in the future)
};

// Reads the rows of one file. Built once per file from its header; lees() is cheap.
class Rijlezer {
 public:
  // kInvalid naming every column of the mapping that the header lacks ("kolom Uren"), as the
  // mapping names it.
  static Result<Rijlezer> maak(const Bronsysteem& bron, const std::vector<std::string>& kop,
                               const Naslag& naslag);

  // The row as a realisatie; false when it is rejected, with every fault of the row appended to
  // `fouten` as {"regel 7, kolom Uren", key} or, when the value itself is the fault (an unknown
  // deelnemer or zaaktype, a product not in the catalogue), {"regel 7, kolom Zaaktype, waarde
  // \"Melding\"", key}. `uit` keeps its strings' capacity between calls. Not const: the reader
  // remembers each deelnemer and zaaktype value it has looked up (an export repeats them on
  // millions of rows).
  bool lees(const CsvRow& rij, Realisatie& uit, std::vector<FieldError>& fouten);

  // Of the last row lees() accepted: its month, and the taakveld and soort of its product in the
  // catalogue of its year.
  Maand maand() const { return maand_; }
  const Productkenmerk& kenmerk() const { return *kenmerk_; }

  // For an XLSX sheet: the columns whose numbers Excel stores as "8.5" and dates as serials.
  std::optional<std::size_t> datumkolom() const { return datum_; }
  std::vector<std::size_t> getalkolommen() const;

 private:
  Rijlezer() = default;
  const Naslag* naslag_ = nullptr;
  std::optional<std::size_t> datum_, deelnemer_, zaaktype_, uren_, aantal_, bedrag_, team_,
      medewerker_, zaaknummer_;
  // A zaaktype value as the file writes it: its productcode, whether any catalogue knows it, and
  // the product in the catalogue of each year asked (nullptr: not in that year's catalogue).
  struct Zaaktype {
    std::string code;
    bool bekend = false;
    std::map<std::int32_t, const Productkenmerk*> per_jaar;
  };
  Zaaktype& zaaktype(std::string_view waarde);
  const Productkenmerk* product(Zaaktype& z, std::int32_t jaar) const;
  struct TekstHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view t) const noexcept {
      return std::hash<std::string_view>{}(t);
    }
  };
  template <typename T>
  using Tekstmap = std::unordered_map<std::string, T, TekstHash, std::equal_to<>>;

  std::vector<std::string> kop_;
  std::unordered_map<std::string, Id> deelnemers_;          // vergelijkbaar(naam) → id
  std::unordered_map<std::string, std::string> zaaktypen_;  // vergelijkbaar(zaaktype) → code
  // Values as written in the file, at most kMaxOnthouden of each (a column mapped wrongly, say to
  // the zaaknummer, has a new value on every row: then the rest is looked up each time).
  static constexpr std::size_t kMaxOnthouden = 10000;
  Tekstmap<std::optional<Id>> deelnemer_waarden_;  // → id, if known
  Tekstmap<Zaaktype> zaaktype_waarden_;
  Zaaktype los_zaaktype_;  // a value not remembered
  Maand maand_ = 0;
  const Productkenmerk* kenmerk_ = nullptr;
};

// An XLSX sheet's rows as the CSV reader would give them: a date column's serial number becomes
// dd-mm-jjjj and a number column's "8.5" becomes "8,5"; empty rows are skipped; line = row.
std::vector<CsvRow> xlsx_als_csv(const std::vector<std::vector<std::string>>& rijen,
                                 std::size_t kolommen, std::optional<std::size_t> datumkolom,
                                 const std::vector<std::size_t>& getalkolommen);

// The totals of a set of realisaties.
struct Telling {
  std::int64_t uren = 0;
  std::int64_t aantal = 0;
  std::int64_t bedrag_cents = 0;
  std::int64_t regels = 0;

  void tel(const Telling& t, std::int64_t teken = 1) {
    uren += teken * t.uren;
    aantal += teken * t.aantal;
    bedrag_cents += teken * t.bedrag_cents;
    regels += teken * t.regels;
  }
  bool nul() const { return uren == 0 && aantal == 0 && bedrag_cents == 0 && regels == 0; }
  friend bool operator==(const Telling&, const Telling&) = default;
};

Telling telling_van(const Realisatie& r);

// The two levels of totals kept up to date with every import (decision 47): deelnemer × product
// × month (with the product's taakveld and soort as the import saw them) and taakveld × soort ×
// month.
struct Cel {
  Id deelnemer_id = 0;
  std::string productcode;
  Maand maand = 0;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Cel&, const Cel&) = default;
};
struct Celtelling {
  std::string taakveld;
  programma::RegelSoort soort = programma::RegelSoort::kCollectief;
  Telling telling;
  friend bool operator==(const Celtelling&, const Celtelling&) = default;
};
struct Taakveldcel {
  std::string taakveld;
  programma::RegelSoort soort = programma::RegelSoort::kCollectief;
  Maand maand = 0;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Taakveldcel&, const Taakveldcel&) = default;
};

using Cellen = std::map<Cel, Celtelling>;
using Taakveldcellen = std::map<Taakveldcel, Telling>;

// Adds one realisatie to `cellen`.
void tel(Cellen& cellen, const Realisatie& r, const Productkenmerk& kenmerk);

// The cells of a file as its rows come in: a hash table while counting (one lookup per row of
// millions), the ordered Cellen at the end. `kenmerk` is the row's product in the catalogue of its
// year (Rijlezer::kenmerk), which lives as long as the Naslag: while counting, its address stands
// for the productcode, so that a row costs no text to hash or compare.
class Celteller {
 public:
  void tel(const Realisatie& r, Maand maand, const Productkenmerk& kenmerk);
  Cellen cellen() const;

 private:
  struct Sleutel {
    Id deelnemer_id = 0;
    Maand maand = 0;
    const Productkenmerk* kenmerk = nullptr;
    friend bool operator==(const Sleutel&, const Sleutel&) = default;
  };
  struct Hash {
    std::size_t operator()(const Sleutel& s) const noexcept;
  };
  struct Waarde {
    std::string productcode;
    Celtelling telling;
  };
  std::unordered_map<Sleutel, Waarde, Hash> cellen_;
};
// The taakveld × soort × month totals of `cellen` (each cell under its own taakveld and soort).
Taakveldcellen per_taakveld(const Cellen& cellen);
// `bij` added to `cellen` with `teken` (-1 to take an import away); cells that become all zero
// are removed.
void tel(Cellen& cellen, const Cellen& bij, std::int64_t teken);
void tel(Taakveldcellen& cellen, const Taakveldcellen& bij, std::int64_t teken);

// MON-6: a correction after closing is a line with a reason. Fields: deelnemerId, productcode,
// datum, uren, aantal, bedrag (at least one not zero; negative to take away) and reden.
struct Correctie {
  Realisatie regel;
  std::string reden;
};
inline constexpr std::size_t kMaxReden = 2000;
Result<Correctie> parse_correctie(const Fields& velden, const Naslag& naslag);

// MON-6: whether a month may be closed: not in the future of `vandaag` (the month of vandaag
// itself is still running) and not closed yet.
Result<void> mag_sluiten(Maand maand, Datum vandaag, const std::set<Maand>& gesloten);

}  // namespace regie::monitoring
