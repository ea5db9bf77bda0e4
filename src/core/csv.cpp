#include "core/csv.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <memory>
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

// Counts ';' and ',' outside quotes on the first line that is not blank; nullopt when `text`
// ends before that line does and more input may follow.
std::optional<char> detect_delimiter(std::string_view text, bool einde) {
  std::size_t pos = text.find_first_not_of("\r\n");
  if (pos == std::string_view::npos) pos = text.size();
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
  if (pos == text.size() && !einde) return std::nullopt;
  return commas > semicolons ? ',' : ';';
}

bool is_usable_delimiter(char c) {
  auto u = static_cast<unsigned char>(c);
  return u != 0 && u < 0x80 && c != '"' && !is_line_end(c);
}

constexpr std::array<bool, 256> quoted_stops() {
  std::array<bool, 256> stops{};
  stops[static_cast<unsigned char>('"')] = true;
  stops[static_cast<unsigned char>('\r')] = true;
  stops[static_cast<unsigned char>('\n')] = true;
  return stops;
}
// The bytes a quoted field stops at.
constexpr std::array<bool, 256> kQuotedStops = quoted_stops();

// Any byte of 0x80 or above: ASCII needs neither a UTF-8 check nor conversion.
bool has_high_bytes(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size();
  std::uint64_t bits = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, p + i, 8);
    bits |= word;
  }
  for (; i < n; ++i) bits |= static_cast<unsigned char>(p[i]);
  return (bits & 0x8080808080808080ULL) != 0;
}

void append_windows1252(std::string& out, std::string_view bytes) {
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
}

// `block` without a UTF-8 sequence that its end cuts off.
std::string_view without_cut_sequence(std::string_view block) {
  std::size_t k = block.size();
  while (k > 0 && block.size() - k < 3 &&
         (static_cast<unsigned char>(block[k - 1]) & 0xC0) == 0x80) {
    --k;
  }
  if (k == 0) return block;
  auto lead = static_cast<unsigned char>(block[k - 1]);
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return length > block.size() - (k - 1) ? block.substr(0, k - 1) : block;
}

// The encoding of a file without a BOM, from its first block. A full block is cut back to its
// last line end, so that a character or line the block cuts off does not count against UTF-8.
CsvEncoding decide_encoding(std::string_view block, bool full) {
  if (full) {
    std::size_t last = block.find_last_of("\r\n");
    block =
        last == std::string_view::npos ? without_cut_sequence(block) : block.substr(0, last + 1);
  }
  return is_valid_utf8(block) ? CsvEncoding::kUtf8 : CsvEncoding::kWindows1252;
}

bool is_empty_record(const CsvRow& row) {
  for (const auto& field : row.fields) {
    if (!field.empty()) return false;
  }
  return true;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// The smallest block_bytes: the first read holds any BOM whole.
constexpr std::size_t kMinBlockBytes = 4;

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
  append_windows1252(out, bytes);
  return out;
}

CsvLezer::CsvLezer(Bron lees, CsvOptions options) : CsvLezer(std::move(lees), {}, options) {}

CsvLezer CsvLezer::van_tekst(std::string_view bytes, CsvOptions options) {
  return CsvLezer(nullptr, bytes, options);
}

CsvLezer::CsvLezer(Bron lees, std::string_view tekst, CsvOptions options)
    : bron_(std::move(lees)), options_(options) {
  options_.block_bytes = std::max(options_.block_bytes, kMinBlockBytes);
  if (!bron_) {
    data_ = tekst.data();
    size_ = tekst.size();
    einde_ = true;
  }
}

std::optional<std::size_t> CsvLezer::kolom(std::string_view naam) const {
  for (std::size_t i = 0; i < kop_.size(); ++i) {
    if (kop_[i] == naam) return i;
  }
  return std::nullopt;
}

Result<void> CsvLezer::lees_kop() {
  if (fout_) return *fout_;
  if (kop_gelezen_) return Ok();
  Result<void> result = begin();
  if (!result.ok()) fout_ = result.error();
  return result;
}

Result<bool> CsvLezer::volgende(CsvRow& rij) {
  REGIE_TRY(lees_kop());
  Result<bool> result = lees_data(rij);
  if (!result.ok()) fout_ = result.error();
  return result;
}

Result<void> CsvLezer::begin() {
  if (options_.delimiter && !is_usable_delimiter(*options_.delimiter)) {
    return file_error(kCsvFoutScheidingsteken, "onbruikbaar scheidingsteken");
  }
  if (bron_) {
    capacity_ = options_.block_bytes;
    buffer_ = std::make_unique_for_overwrite<char[]>(capacity_);
    data_ = buffer_.get();
    REGIE_TRY(vul());
  }
  // Over a Bron the first read filled the buffer: the same first block as over memory.
  std::string_view first(data_, std::min(size_, options_.block_bytes));
  if (starts_with(first, kUtf16LeBom) || starts_with(first, kUtf16BeBom)) {
    return line_error(kCsvFoutOngeldigeTekens, 1,
                      "UTF-16 (Excel 'Unicode-tekst') wordt niet gelezen");
  }
  if (starts_with(first, kUtf8Bom)) {
    bom_ = true;
    pos_ = kUtf8Bom.size();
  } else {
    encoding_ = decide_encoding(first, size_ >= options_.block_bytes);
  }

  if (options_.delimiter) {
    delimiter_ = *options_.delimiter;
  } else {
    REGIE_TRY(zoek_delimiter());
  }
  for (char c : {delimiter_, '"', '\r', '\n'}) scheidend_[static_cast<unsigned char>(c)] = true;

  CsvRow rij;
  REGIE_ASSIGN_OR_RETURN(bool gevonden, lees_record(rij));
  if (!gevonden) return file_error(kCsvFoutLeeg, "geen kopregel");
  kop_.reserve(rij.fields.size());
  for (const auto& naam : rij.fields) kop_.push_back(trim(naam));
  kop_gelezen_ = true;
  return Ok();
}

Result<void> CsvLezer::zoek_delimiter() {
  while (true) {
    std::optional<char> found = detect_delimiter({data_ + pos_, size_ - pos_}, einde_);
    if (found) {
      delimiter_ = *found;
      return Ok();
    }
    REGIE_TRY(meer());
  }
}

Result<bool> CsvLezer::lees_data(CsvRow& rij) {
  REGIE_ASSIGN_OR_RETURN(bool gevonden, lees_record(rij));
  if (!gevonden) return false;
  if (rij.fields.size() != kop_.size()) {
    return line_error(kCsvFoutAantalVelden, rij.regel,
                      std::to_string(rij.fields.size()) + " velden, de kopregel heeft er " +
                          std::to_string(kop_.size()));
  }
  return true;
}

// The next record that is not empty, converted to UTF-8; false at the end of the input.
Result<bool> CsvLezer::lees_record(CsvRow& rij) {
  while (true) {
    if (pos_ == size_) {
      if (einde_) return false;
      REGIE_TRY(meer());
      continue;
    }
    const std::size_t start = pos_;
    REGIE_ASSIGN_OR_RETURN(Stap stap, ontleed(rij));
    if (stap == Stap::kMeer) {
      REGIE_TRY(meer());
      continue;
    }
    if (is_empty_record(rij)) continue;
    // A record of ASCII bytes only is UTF-8 as it is: one look at its bytes, not one per cell.
    if (has_high_bytes({data_ + start, pos_ - start})) REGIE_TRY(zet_om(rij));
    return true;
  }
}

// Parses the record at pos_ into `rij`. Whenever it reaches the end of the bytes at hand while
// more input may follow (also where the next byte decides: after a CR, after a '"'), it answers
// kMeer before it commits anything but `rij`; after meer() the record is parsed again from its
// start. A refill fills the whole buffer, so that happens about once per buffer.
Result<CsvLezer::Stap> CsvLezer::ontleed(CsvRow& rij) {
  open_regel_ = 0;
  const char* const begin = data_ + pos_;
  const char* const end = data_ + size_;
  const char* p = begin;
  std::size_t regel = regel_;
  std::size_t n = 0;
  std::vector<std::string>& fields = rij.fields;
  while (true) {
    if (n == fields.size()) fields.emplace_back();
    std::string& field = fields[n++];
    if (p == end) {
      if (!einde_) return Stap::kMeer;
      field.clear();  // the input ends right after a delimiter
      break;
    }
    if (*p == '"') {
      std::size_t open_regel = regel;
      ++p;
      field.clear();
      while (true) {
        const char* q = p;
        while (q != end && !kQuotedStops[static_cast<unsigned char>(*q)]) ++q;
        field.append(p, q);
        if (q == end) {
          if (!einde_) {
            open_regel_ = open_regel;
            return Stap::kMeer;
          }
          return line_error(kCsvFoutOpenAanhalingsteken, open_regel,
                            "aanhalingsteken wordt niet gesloten");
        }
        if (*q == '"') {
          if (q + 1 != end && q[1] == '"') {
            field.push_back('"');
            p = q + 2;
            continue;
          }
          p = q + 1;
          break;
        }
        if (*q == '\r' && q + 1 != end && q[1] == '\n') ++q;
        field.push_back('\n');
        ++regel;
        p = q + 1;
      }
      open_regel_ = 0;
      if (p == end) {
        if (!einde_) return Stap::kMeer;
        break;
      }
      if (*p == delimiter_) {
        ++p;
        continue;
      }
      if (!is_line_end(*p)) {
        return line_error(kCsvFoutLosAanhalingsteken, regel,
                          "tekst na het sluitende aanhalingsteken");
      }
    } else {
      const char* q = p;
      while (q != end && !scheidend_[static_cast<unsigned char>(*q)]) ++q;
      if (q == end) {
        if (!einde_) return Stap::kMeer;
        field.assign(p, q);
        p = q;
        break;
      }
      // Strict: a lone quote means the file was not quoted the way its writer intended.
      if (*q == '"') {
        return line_error(kCsvFoutLosAanhalingsteken, regel,
                          "aanhalingsteken midden in een veld zonder aanhalingstekens");
      }
      field.assign(p, q);
      p = q;
      if (*p == delimiter_) {
        ++p;
        continue;
      }
    }
    // At the line end that ends the record; CRLF counts once.
    if (*p == '\r' && p + 1 == end && !einde_) return Stap::kMeer;
    if (*p == '\r' && p + 1 != end && p[1] == '\n') ++p;
    ++p;
    ++regel;
    break;
  }
  fields.resize(n);
  auto length = static_cast<std::size_t>(p - begin);
  if (bron_ && length > options_.max_record_bytes) {
    return line_error(kCsvFoutTeGroot, regel_,
                      "record van " + std::to_string(length) + " bytes, grens " +
                          std::to_string(options_.max_record_bytes));
  }
  rij.regel = regel_;
  pos_ = static_cast<std::size_t>(p - data_);
  regel_ = regel;
  return Stap::kKlaar;
}

// Makes every cell of a record UTF-8 (see the header for the rules).
Result<void> CsvLezer::zet_om(CsvRow& rij) {
  if (encoding_ == CsvEncoding::kUtf8) {
    bool valid = true;
    for (const auto& field : rij.fields) {
      if (has_high_bytes(field) && !is_valid_utf8(field)) {
        valid = false;
        break;
      }
    }
    if (valid) return Ok();
    if (bom_) {
      // A BOM promises UTF-8; reading the record as Windows-1252 would garble every valid é.
      // Line ends in a cell are "\n", one per physical line end.
      std::size_t regel = rij.regel;
      for (const auto& field : rij.fields) {
        if (!is_valid_utf8(field)) {
          regel += first_invalid_utf8_regel(field) - 1;
          break;
        }
        regel += static_cast<std::size_t>(std::count(field.begin(), field.end(), '\n'));
      }
      return line_error(kCsvFoutOngeldigeTekens, regel, "geen geldige UTF-8 na een UTF-8-BOM");
    }
  }
  for (auto& field : rij.fields) {
    if (!has_high_bytes(field)) continue;
    omzet_.clear();
    append_windows1252(omzet_, field);
    field.swap(omzet_);
  }
  return Ok();
}

// Keeps the record at pos_ (moving it to the front of the buffer), makes room, and reads on.
Result<void> CsvLezer::meer() {
  assert(bron_ && !einde_);
  std::size_t keep = size_ - pos_;
  if (keep > options_.max_record_bytes) {
    std::string detail =
        "record van meer dan " + std::to_string(options_.max_record_bytes) + " bytes";
    if (open_regel_ != 0) {
      detail += "; aanhalingsteken op " + csv_regel_veld(open_regel_) + " nog open";
    }
    return line_error(kCsvFoutTeGroot, regel_, detail);
  }
  if (capacity_ - keep < options_.block_bytes / 2) {
    // Doubling keeps a long record at a few refills and parses.
    capacity_ = keep + std::max(keep, options_.block_bytes);
    auto grown = std::make_unique_for_overwrite<char[]>(capacity_);
    std::memcpy(grown.get(), data_ + pos_, keep);
    buffer_ = std::move(grown);
  } else {
    std::memmove(buffer_.get(), data_ + pos_, keep);
  }
  data_ = buffer_.get();
  verschoven_ += pos_;
  pos_ = 0;
  size_ = keep;
  return vul();
}

// Reads until the buffer is full or the input ends, so that a Bron that answers in small pieces
// still costs one parse pass per buffer.
Result<void> CsvLezer::vul() {
  while (size_ < capacity_) {
    std::size_t room = capacity_ - size_;
    REGIE_ASSIGN_OR_RETURN(std::size_t n, bron_(buffer_.get() + size_, room));
    if (n == 0) {
      einde_ = true;
      break;
    }
    if (n > room) {
      return Error::storage("csv: de bron gaf " + std::to_string(n) + " bytes op een vraag om " +
                            std::to_string(room));
    }
    size_ += n;
  }
  return Ok();
}

Result<CsvTable> parse_csv(std::string_view bytes, CsvOptions options) {
  if (bytes.size() > options.max_bytes) {
    return file_error(kCsvFoutTeGroot, std::to_string(bytes.size()) + " bytes, grens " +
                                           std::to_string(options.max_bytes));
  }
  CsvLezer lezer = CsvLezer::van_tekst(bytes, options);
  REGIE_TRY(lezer.lees_kop());
  CsvTable table;
  table.delimiter = lezer.delimiter();
  table.encoding = lezer.encoding();
  table.header = lezer.kop();
  CsvRow row;
  while (true) {
    REGIE_ASSIGN_OR_RETURN(bool found, lezer.volgende(row));
    if (!found) break;
    table.rows.push_back(std::move(row));
    row = CsvRow{};
  }
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
