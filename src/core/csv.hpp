// CSV reader for imports (the realisatie import): the export of Dutch Excel as it arrives.
// One parser, two ways in: CsvLezer pulls records one at a time from a source of bytes, with
// memory bounded by a read buffer and the longest record, for files of millions of lines;
// parse_csv reads a whole text held in memory into a CsvTable, through a CsvLezer.
// parse_csv is a pure function and thread-safe; a CsvLezer is not: one per file, one thread.
//
// What both accept:
// - RFC 4180 quoting: a field that starts with '"' runs to the next lone '"'; inside it '""' is
//   one quote, and delimiters and line ends are text. Line ends inside a quoted field become
//   "\n", whatever the file used.
// - Delimiter ';' or ',', detected from the header line (the one that occurs more often outside
//   quotes; ';' on a tie, as Dutch Excel writes) unless CsvOptions::delimiter is set.
// - Line ends LF, CRLF or a lone CR (old Mac Excel); they may differ within one file.
// - An optional UTF-8 byte order mark. With it, every record must be valid UTF-8.
// - Without a BOM, the encoding is decided on the first block of the file (the first
//   CsvOptions::block_bytes bytes, 256 KiB, cut back to the last line end in it unless the file
//   ends within the block): valid UTF-8 makes the file UTF-8, anything else Windows-1252 (Excel's
//   "CSV (gescheiden door lijstscheidingsteken)" on Dutch Windows). A file decided as UTF-8 may
//   still hold a later record that is not valid UTF-8: that one record is read as Windows-1252.
//   Windows-1252 is converted to UTF-8 with the full table, € at 0x80 included. The five bytes
//   Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD, so they show up
//   as damage instead of passing as invisible C1 control characters.
// - Empty records are skipped: a blank line, or a line of only delimiters (Excel writes ";;;"
//   for an empty row inside the used range). Their field count is not checked.
// Every cell read is valid UTF-8, and every data record has exactly as many fields as the header.
//
// Errors are Error{ErrorCode::kInvalid} with one of the keys below. When the error belongs to a
// line, Error::fields holds one FieldError whose field is csv_regel_veld(line) ("regel 17") and
// whose key is the error's key, so that the edge renders "regel 17: <tekst>." like the import's
// own row errors. Error::detail says more, for the log. Errors are found in file order: a
// CsvLezer may hand out good records before the error, so an import that must be all or nothing
// reads to the end before it writes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace regie {

inline constexpr std::size_t kCsvMaxBytes = std::size_t{50} * 1024 * 1024;       // 50 MiB
inline constexpr std::size_t kCsvMaxRecordBytes = std::size_t{1} * 1024 * 1024;  // 1 MiB
inline constexpr std::size_t kCsvBlockBytes = std::size_t{256} * 1024;           // 256 KiB

// Message keys of the errors.
inline constexpr const char* kCsvFoutLeeg = "fout.csv_leeg";  // no header line
inline constexpr const char* kCsvFoutTeGroot =                // over max_bytes (no line), or
    "fout.csv_te_groot";                                      // a record over max_record_bytes
inline constexpr const char* kCsvFoutOpenAanhalingsteken =    // line of the open '"'
    "fout.csv_open_aanhalingsteken";
inline constexpr const char* kCsvFoutLosAanhalingsteken =  // '"' inside an unquoted field, or
    "fout.csv_los_aanhalingsteken";                        // text after a closing '"'
inline constexpr const char* kCsvFoutAantalVelden = "fout.csv_aantal_velden";
inline constexpr const char* kCsvFoutOngeldigeTekens =  // BOM says UTF-8, bytes are not; or a
    "fout.csv_ongeldige_tekens";                        // UTF-16 BOM (line 1)
inline constexpr const char* kCsvFoutScheidingsteken =  // CsvOptions::delimiter unusable
    "fout.csv_scheidingsteken";

enum class CsvEncoding { kUtf8, kWindows1252 };

struct CsvOptions {
  // ';', ',' or another ASCII character other than '"', CR and LF; empty: detect.
  std::optional<char> delimiter;
  // parse_csv: the whole input; more is kCsvFoutTeGroot without a line.
  std::size_t max_bytes = kCsvMaxBytes;
  // CsvLezer over a Bron: one record, its line end included; a longer record is
  // kCsvFoutTeGroot on the line where it starts. Over memory the text is held already: no limit.
  std::size_t max_record_bytes = kCsvMaxRecordBytes;
  // The read buffer of a CsvLezer over a Bron, and the first block on which the encoding of a
  // file without a BOM is decided (parse_csv too). Less than 4 counts as 4; tests make it small.
  std::size_t block_bytes = kCsvBlockBytes;
};

struct CsvRow {
  std::size_t regel = 0;  // 1-based physical line where the record starts
  std::vector<std::string> fields;
};

// Reads the records of one CSV file one at a time, in file order, from a source of bytes.
// Memory: the read buffer (block_bytes) plus at most twice the longest record, whatever the
// size of the file.
// Not thread-safe; one per file. After an error every further call answers the same error.
class CsvLezer {
 public:
  // Fills up to n bytes into buf and answers how many; 0 only at the end of the input, after
  // which it is not called again. A read that fails answers its error, which the reader passes
  // on unchanged.
  using Bron = std::function<Result<std::size_t>(char* buf, std::size_t n)>;

  explicit CsvLezer(Bron lees, CsvOptions options = {});
  CsvLezer(CsvLezer&&) = default;
  CsvLezer& operator=(CsvLezer&&) = default;
  CsvLezer(const CsvLezer&) = delete;
  CsvLezer& operator=(const CsvLezer&) = delete;
  ~CsvLezer() = default;
  // Over text in memory, without copying it: `bytes` must outlive the reader.
  static CsvLezer van_tekst(std::string_view bytes, CsvOptions options = {});

  // Reads up to and including the header line (the first record that is not empty). Call it
  // first; volgende calls it when it was not. Errors: kCsvFoutScheidingsteken, kCsvFoutLeeg,
  // kCsvFoutOngeldigeTekens, the errors of a record, and those of the Bron.
  [[nodiscard]] Result<void> lees_kop();
  // The header cells, trimmed of surrounding white space; empty before lees_kop.
  const std::vector<std::string>& kop() const { return kop_; }
  char delimiter() const { return delimiter_; }
  // Of the input, as decided by lees_kop; the cells are always UTF-8.
  CsvEncoding encoding() const { return encoding_; }
  // Index of the first header column named `naam` (exact, after trimming), if any.
  std::optional<std::size_t> kolom(std::string_view naam) const;

  // The next data record into `rij`, whose field strings are reused (their capacity too);
  // false at the end of the input, with `rij` unspecified. Errors: kCsvFoutTeGroot,
  // kCsvFoutOpenAanhalingsteken, kCsvFoutLosAanhalingsteken, kCsvFoutAantalVelden,
  // kCsvFoutOngeldigeTekens, and those of the Bron.
  [[nodiscard]] Result<bool> volgende(CsvRow& rij);

  // Bytes of the input read through so far (BOM and skipped lines included): up to the end of
  // the header or of the last record handed out. For a progress bar.
  std::uint64_t gelezen_bytes() const { return verschoven_ + pos_; }

 private:
  enum class Stap { kKlaar, kMeer };  // kMeer: the record runs past the bytes at hand

  CsvLezer(Bron lees, std::string_view tekst, CsvOptions options);
  Result<void> begin();
  Result<void> zoek_delimiter();
  Result<bool> lees_data(CsvRow& rij);
  Result<bool> lees_record(CsvRow& rij);
  Result<Stap> ontleed(CsvRow& rij);
  Result<void> zet_om(CsvRow& rij);
  Result<void> meer();
  Result<void> vul();

  Bron bron_;  // empty over memory
  CsvOptions options_;
  std::unique_ptr<char[]> buffer_;  // over a Bron: holds the bytes at hand
  std::size_t capacity_ = 0;        // of buffer_
  const char* data_ = nullptr;      // the bytes at hand: [data_, data_ + size_)
  std::size_t size_ = 0;
  std::size_t pos_ = 0;           // in data_: the start of the next record
  std::uint64_t verschoven_ = 0;  // input offset of data_[0]
  bool einde_ = false;            // data_ holds the rest of the input
  std::size_t regel_ = 1;         // the physical line at pos_
  std::size_t open_regel_ = 0;    // a record cut off inside quotes: the line of the quote
  bool kop_gelezen_ = false;
  bool bom_ = false;
  std::optional<Error> fout_;
  char delimiter_ = ';';
  CsvEncoding encoding_ = CsvEncoding::kUtf8;
  std::vector<std::string> kop_;
  std::array<bool, 256> scheidend_{};  // the bytes an unquoted field stops at
  std::string omzet_;                  // scratch for converting a field from Windows-1252
};

struct CsvTable {
  char delimiter = ';';
  CsvEncoding encoding = CsvEncoding::kUtf8;  // of the input; the cells are always UTF-8
  std::vector<std::string> header;            // trimmed of surrounding white space
  std::vector<CsvRow> rows;                   // data records only, in file order

  // Index of the first header column named `name` (exact, after trimming), if any.
  std::optional<std::size_t> column(std::string_view name) const;
};

// The whole of `bytes`, read through a CsvLezer: the header and every data record. Errors:
// kCsvFoutTeGroot (over max_bytes, without a line) and those of CsvLezer.
[[nodiscard]] Result<CsvTable> parse_csv(std::string_view bytes, CsvOptions options = {});

// One record as Dutch Excel reads it: fields joined by `delimiter`, a field quoted (with '""'
// for a quote) when it holds the delimiter, a quote or a line end, and "\r\n" at the end.
std::string csv_regel(const std::vector<std::string>& fields, char delimiter = ';');
// The UTF-8 byte order mark Excel needs to read a UTF-8 CSV as UTF-8.
inline constexpr std::string_view kCsvBom = "\xEF\xBB\xBF";

// "regel 17": the FieldError::field of an error that belongs to a physical line.
std::string csv_regel_veld(std::size_t regel);

// Windows-1252 bytes to UTF-8 (undefined bytes become U+FFFD). Exposed for tests.
std::string windows1252_to_utf8(std::string_view bytes);

}  // namespace regie
