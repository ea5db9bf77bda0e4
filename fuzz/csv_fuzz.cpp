// libFuzzer target: parse_csv (with detected and with given delimiters) and parse_bedrag_cents.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "fuzz_check.hpp"

namespace {

void check_table(const regie::Result<regie::CsvTable>& table, std::string_view bytes) {
  if (!table.ok()) {
    const regie::Error& error = table.error();
    FUZZ_CHECK(error.code == regie::ErrorCode::kInvalid);
    FUZZ_CHECK(error.key.rfind("fout.csv_", 0) == 0);
    FUZZ_CHECK(error.fields.size() <= 1);
    for (const auto& field : error.fields) {
      FUZZ_CHECK(field.key == error.key);
      FUZZ_CHECK(field.field.rfind("regel ", 0) == 0);
    }
    return;
  }
  const regie::CsvTable& t = *table;
  FUZZ_CHECK(!t.header.empty());
  for (const auto& name : t.header) FUZZ_CHECK(regie::is_valid_utf8(name));
  std::size_t previous_regel = 0;
  for (const auto& row : t.rows) {
    FUZZ_CHECK(row.fields.size() == t.header.size());
    FUZZ_CHECK(row.regel > previous_regel);
    previous_regel = row.regel;
    bool any_text = false;
    for (const auto& cell : row.fields) {
      FUZZ_CHECK(regie::is_valid_utf8(cell));
      FUZZ_CHECK(cell.find('\r') == std::string::npos);  // line ends in cells become "\n"
      any_text = any_text || !cell.empty();
    }
    FUZZ_CHECK(any_text);  // empty records are skipped
  }
  // Every line number lies within the file: count line ends of the input.
  std::size_t lines = 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
      ++lines;
    }
  }
  FUZZ_CHECK(previous_regel <= lines);
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);

  auto detected = regie::parse_csv(bytes);
  check_table(detected, bytes);
  if (detected.ok()) {
    FUZZ_CHECK(detected->delimiter == ';' || detected->delimiter == ',');
    // Parsing again with the detected delimiter given must give the same table.
    regie::CsvOptions same;
    same.delimiter = detected->delimiter;
    auto again = regie::parse_csv(bytes, same);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->header == detected->header);
    FUZZ_CHECK(again->rows.size() == detected->rows.size());
  }
  regie::CsvOptions comma;
  comma.delimiter = ',';
  check_table(regie::parse_csv(bytes, comma), bytes);
  regie::CsvOptions small;
  small.max_bytes = size / 2;
  auto limited = regie::parse_csv(bytes, small);
  FUZZ_CHECK(size == 0 || !limited.ok());

  auto utf8 = regie::windows1252_to_utf8(bytes);
  FUZZ_CHECK(regie::is_valid_utf8(utf8));

  // Amounts: a parsed amount survives formatting and parsing back.
  if (size <= 64) {
    if (auto cents = regie::parse_bedrag_cents(bytes); cents.ok()) {
      auto formatted = regie::format_bedrag_nl(*cents);
      auto back = regie::parse_bedrag_cents(formatted);
      FUZZ_CHECK(back.ok() && *back == *cents);
      auto invoer = regie::parse_bedrag_cents(regie::format_bedrag_invoer(*cents));
      FUZZ_CHECK(invoer.ok() && *invoer == *cents);
    }
  }
  return 0;
}
