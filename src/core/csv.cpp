#include "core/csv.hpp"

#include <array>
#include <utility>

#include "core/text.hpp"

namespace regie {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr char32_t kReplacementCharacter = 0xFFFD;

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. 0xA0..0xFF equal Latin-1.
constexpr std::array<char16_t, 32> kWindows1252C1 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 0x88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 0x98
};

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    // Only the Basic Multilingual Plane occurs here.
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

Error file_error(const char* key, std::string detail) {
  return Error{ErrorCode::kInvalid, key, "csv: " + std::move(detail), {}};
}

Error line_error(const char* key, std::size_t regel, const std::string& detail) {
  return Error{ErrorCode::kInvalid,
               key,
               "csv " + csv_regel_veld(regel) + ": " + detail,
               {FieldError{csv_regel_veld(regel), key}}};
}

// The physical line (1-based) of the first byte sequence that is not UTF-8. CR and LF are never
// part of a multi-byte sequence, so each line can be checked on its own.
std::size_t first_invalid_utf8_regel(std::string_view text) {
  std::size_t regel = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (!is_valid_utf8(text.substr(start, end - start))) return regel;
    if (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n') ++end;
    start = end + 1;
    ++regel;
  }
  return regel;
}

// Counts ';' and ',' outside quotes on the first line that is not blank.
char detect_delimiter(std::string_view text) {
  std::size_t pos = text.find_first_not_of("\r\n");
  std::size_t semicolons = 0;
  std::size_t commas = 0;
  bool quoted = false;
  for (; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '"') {
      quoted = !quoted;  // '""' toggles twice
    } else if (!quoted && is_line_end(c)) {
      break;
    } else if (!quoted && c == ';') {
      ++semicolons;
    } else if (!quoted && c == ',') {
      ++commas;
    }
  }
  return commas > semicolons ? ',' : ';';
}

bool is_usable_delimiter(char c) {
  auto u = static_cast<unsigned char>(c);
  return u != 0 && u < 0x80 && c != '"' && !is_line_end(c);
}

// Reads records of RFC 4180 text that is valid UTF-8, keeping track of physical lines.
class RecordReader {
 public:
  RecordReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  bool at_end() const { return pos_ >= text_.size(); }

  Result<CsvRow> next() {
    CsvRow row;
    row.regel = regel_;
    while (true) {
      std::string field;
      if (!at_end() && text_[pos_] == '"') {
        REGIE_TRY(read_quoted(field));
      } else {
        REGIE_TRY(read_unquoted(field));
      }
      row.fields.push_back(std::move(field));
      if (at_end()) return row;
      if (text_[pos_] == delimiter_) {
        ++pos_;
        continue;
      }
      consume_line_end();
      return row;
    }
  }

 private:
  Result<void> read_quoted(std::string& field) {
    std::size_t open_regel = regel_;
    ++pos_;
    while (true) {
      if (at_end()) {
        return line_error(kCsvFoutOpenAanhalingsteken, open_regel,
                          "aanhalingsteken wordt niet gesloten");
      }
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field.push_back('"');
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      if (is_line_end(c)) {
        field.push_back('\n');
        consume_line_end();
        continue;
      }
      field.push_back(c);
      ++pos_;
    }
    if (!at_end() && text_[pos_] != delimiter_ && !is_line_end(text_[pos_])) {
      return line_error(kCsvFoutLosAanhalingsteken, regel_,
                        "tekst na het sluitende aanhalingsteken");
    }
    return Ok();
  }

  Result<void> read_unquoted(std::string& field) {
    std::size_t start = pos_;
    while (!at_end() && text_[pos_] != delimiter_ && !is_line_end(text_[pos_])) {
      // Strict: a lone quote means the file was not quoted the way its writer intended.
      if (text_[pos_] == '"') {
        return line_error(kCsvFoutLosAanhalingsteken, regel_,
                          "aanhalingsteken midden in een veld zonder aanhalingstekens");
      }
      ++pos_;
    }
    field.assign(text_.substr(start, pos_ - start));
    return Ok();
  }

  // At CR or LF: consumes one line end (CRLF counts once).
  void consume_line_end() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++regel_;
  }

  std::string_view text_;
  char delimiter_;
  std::size_t pos_ = 0;
  std::size_t regel_ = 1;
};

bool is_empty_record(const CsvRow& row) {
  for (const auto& field : row.fields) {
    if (!field.empty()) return false;
  }
  return true;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

std::string csv_regel_veld(std::size_t regel) { return "regel " + std::to_string(regel); }

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80) {
      out.push_back(c);
    } else if (u < 0xA0) {
      char16_t mapped = kWindows1252C1[u - 0x80];
      append_utf8(out, mapped == 0 ? kReplacementCharacter : mapped);
    } else {
      append_utf8(out, u);
    }
  }
  return out;
}

Result<CsvTable> parse_csv(std::string_view bytes, CsvOptions options) {
  if (bytes.size() > options.max_bytes) {
    return file_error(kCsvFoutTeGroot, std::to_string(bytes.size()) + " bytes, grens " +
                                           std::to_string(options.max_bytes));
  }
  if (options.delimiter && !is_usable_delimiter(*options.delimiter)) {
    return file_error(kCsvFoutScheidingsteken, "onbruikbaar scheidingsteken");
  }
  if (starts_with(bytes, kUtf16LeBom) || starts_with(bytes, kUtf16BeBom)) {
    return line_error(kCsvFoutOngeldigeTekens, 1,
                      "UTF-16 (Excel 'Unicode-tekst') wordt niet gelezen");
  }

  CsvTable table;
  std::string converted;
  std::string_view text = bytes;
  bool has_bom = consume(text, kUtf8Bom);
  if (!is_valid_utf8(text)) {
    // A BOM promises UTF-8; reading the rest as Windows-1252 would garble every valid é.
    if (has_bom) {
      return line_error(kCsvFoutOngeldigeTekens, first_invalid_utf8_regel(text),
                        "geen geldige UTF-8 na een UTF-8-BOM");
    }
    converted = windows1252_to_utf8(text);
    text = converted;
    table.encoding = CsvEncoding::kWindows1252;
  }

  table.delimiter = options.delimiter ? *options.delimiter : detect_delimiter(text);
  RecordReader reader(text, table.delimiter);
  bool have_header = false;
  while (!reader.at_end()) {
    REGIE_ASSIGN_OR_RETURN(CsvRow row, reader.next());
    if (is_empty_record(row)) continue;
    if (!have_header) {
      for (const auto& name : row.fields) table.header.push_back(trim(name));
      have_header = true;
      continue;
    }
    if (row.fields.size() != table.header.size()) {
      return line_error(kCsvFoutAantalVelden, row.regel,
                        std::to_string(row.fields.size()) + " velden, de kopregel heeft er " +
                            std::to_string(table.header.size()));
    }
    table.rows.push_back(std::move(row));
  }
  if (!have_header) return file_error(kCsvFoutLeeg, "geen kopregel");
  return table;
}

std::string csv_regel(const std::vector<std::string>& fields, char delimiter) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += delimiter;
    const std::string& f = fields[i];
    if (f.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
  return out;
}

}  // namespace regie
