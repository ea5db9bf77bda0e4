// The producten- en dienstencatalogus as CSV in Dutch Excel conventions, or as an XLSX workbook
// (UP-3): ';', decimal
// comma, thousands dot, UTF-8 with BOM or Windows-1252 (the project's one reader, core/csv.hpp).
// Columns by name, in any order, case-insensitive: code, naam, taakveld, taak, afrekenwijze
// (required) and normuren, uurtarief, verdeelsleutel. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/xlsx.hpp"
#include "domain/programma/catalogus.hpp"

namespace regie::programma {

struct ProductRegel {
  std::size_t regel = 0;  // the line in the file
  Product product;
};

// Every row as a product. Any fault fails the whole file with every error at once, each with a
// field "regel 7, kolom normuren" (or "kolom x" for an unknown or missing column) and the reason
// as a message key: an unreadable file, a missing or unknown column, an invalid value, a code
// twice.
Result<std::vector<ProductRegel>> lees_producten_csv(std::string_view bytes);

// The same from the first sheet of an XLSX workbook (the first row names the columns; a line is
// the sheet's row number; numbers as Excel stores them, "8.5"; empty rows skipped). Bytes that
// are no workbook: kInvalid "fout.xlsx_ongeldig" on field "bestand".
Result<std::vector<ProductRegel>> lees_producten_xlsx(std::string_view bytes);

// An XLSX workbook (a ZIP file) or else CSV, by the file's first bytes.
Result<std::vector<ProductRegel>> lees_producten(std::string_view bytes);

// The products as the file lees_producten_csv reads back: BOM, header, one line each.
std::string schrijf_producten_csv(const std::vector<Product>& producten);

// The products of `jaar` as the workbook lees_producten_xlsx reads back: one sheet, the same
// columns, normuren and uurtarief as real numbers (an uurtarief in euro, formatted as money).
std::vector<XlsxBlad> producten_werkboek(const std::vector<Product>& producten, std::int32_t jaar);

}  // namespace regie::programma
