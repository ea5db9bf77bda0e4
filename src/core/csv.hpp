// CSV reader for imports (the realisatie import): the export of Dutch Excel as it arrives.
// Pure functions over bytes in memory; thread-safe.
//
// What parse_csv accepts:
// - RFC 4180 quoting: a field that starts with '"' runs to the next lone '"'; inside it '""' is
//   one quote, and delimiters and line ends are text. Line ends inside a quoted field become
//   "\n", whatever the file used.
// - Delimiter ';' or ',', detected from the header line (the one that occurs more often outside
//   quotes; ';' on a tie, as Dutch Excel writes) unless CsvOptions::delimiter is set.
// - Line ends LF, CRLF or a lone CR (old Mac Excel); they may differ within one file.
// - An optional UTF-8 byte order mark. Without a BOM, bytes that are not valid UTF-8 are read
//   as Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)" on Dutch Windows) and
//   converted to UTF-8 with the full table, € at 0x80 included. The five bytes Windows-1252
//   leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD, so they show up as damage
//   instead of passing as invisible C1 control characters.
// - Empty records are skipped: a blank line, or a line of only delimiters (Excel writes ";;;"
//   for an empty row inside the used range). Their field count is not checked.
// Every cell of a successful result is valid UTF-8, and every row has exactly as many fields as
// the header.
//
// Errors are Error{ErrorCode::kInvalid} with one of the keys below. When the error belongs to a
// line, Error::fields holds one FieldError whose field is csv_regel_veld(line) ("regel 17") and
// whose key is the error's key, so that the edge renders "regel 17: <tekst>." like the import's
// own row errors. Error::detail says more, for the log.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace regie {

inline constexpr std::size_t kCsvMaxBytes = std::size_t{50} * 1024 * 1024;  // 50 MiB

// Message keys of parse_csv's errors.
inline constexpr const char* kCsvFoutLeeg = "fout.csv_leeg";         // no header line
inline constexpr const char* kCsvFoutTeGroot = "fout.csv_te_groot";  // over max_bytes
inline constexpr const char* kCsvFoutOpenAanhalingsteken =           // line of the open '"'
    "fout.csv_open_aanhalingsteken";
inline constexpr const char* kCsvFoutLosAanhalingsteken =  // '"' inside an unquoted field, or
    "fout.csv_los_aanhalingsteken";                        // text after a closing '"'
inline constexpr const char* kCsvFoutAantalVelden = "fout.csv_aantal_velden";
inline constexpr const char* kCsvFoutOngeldigeTekens =  // BOM says UTF-8, bytes are not
    "fout.csv_ongeldige_tekens";
inline constexpr const char* kCsvFoutScheidingsteken =  // CsvOptions::delimiter unusable
    "fout.csv_scheidingsteken";

enum class CsvEncoding { kUtf8, kWindows1252 };

struct CsvOptions {
  // ';', ',' or another ASCII character other than '"', CR and LF; empty: detect.
  std::optional<char> delimiter;
  std::size_t max_bytes = kCsvMaxBytes;
};

struct CsvRow {
  std::size_t regel = 0;  // 1-based physical line where the record starts
  std::vector<std::string> fields;
};

struct CsvTable {
  char delimiter = ';';
  CsvEncoding encoding = CsvEncoding::kUtf8;  // of the input; the cells are always UTF-8
  std::vector<std::string> header;            // trimmed of surrounding white space
  std::vector<CsvRow> rows;                   // data records only, in file order

  // Index of the first header column named `name` (exact, after trimming), if any.
  std::optional<std::size_t> column(std::string_view name) const;
};

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
