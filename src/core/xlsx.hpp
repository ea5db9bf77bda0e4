// The one XLSX writer and the one XLSX reader of regie (decision 37). The writer takes sheets of
// cells — text, numbers and formulas with their value, so that a reader that does not calculate
// still sees the figure — and answers the file's bytes (libxlsxwriter, through a temporary
// file). The reader opens a file's bytes (libzip, pugixml) and answers each sheet's cells as text
// as they are stored: shared and inline strings resolved, numbers as written ("1234.5"),
// formulas as their cached value; dates stay serial numbers. Thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace regie {

enum class XlsxOpmaak { kGewoon, kVet, kBedrag, kVetBedrag, kGetal, kUren };

struct XlsxCel {
  enum class Soort { kLeeg, kTekst, kGetal, kFormule };
  Soort soort = Soort::kLeeg;
  std::string tekst;  // kTekst; kFormule: the formula, e.g. "=SUM(D2:D9)"
  double getal = 0;   // kGetal; kFormule: its value
  XlsxOpmaak opmaak = XlsxOpmaak::kGewoon;

  static XlsxCel leeg() { return {}; }
  static XlsxCel van_tekst(std::string t, XlsxOpmaak o = XlsxOpmaak::kGewoon) {
    return {Soort::kTekst, std::move(t), 0, o};
  }
  static XlsxCel van_getal(double g, XlsxOpmaak o = XlsxOpmaak::kGetal) {
    return {Soort::kGetal, {}, g, o};
  }
  static XlsxCel formule(std::string f, double waarde, XlsxOpmaak o = XlsxOpmaak::kBedrag) {
    return {Soort::kFormule, std::move(f), waarde, o};
  }
};

struct XlsxBlad {
  std::string naam;  // at most 31 characters; none of the characters [ ] : * ? / or backslash
  std::vector<std::vector<XlsxCel>> rijen;
  std::vector<double> breedtes;  // column widths in characters; empty: the default
};

// kStorage when the file cannot be written (no temporary space).
Result<std::string> schrijf_xlsx(const std::vector<XlsxBlad>& bladen);

struct GelezenBlad {
  std::string naam;
  std::vector<std::vector<std::string>> rijen;  // row by row from row 1, column A first
};

// kInvalid "fout.xlsx_ongeldig" (field "bestand") when the bytes are no XLSX workbook.
Result<std::vector<GelezenBlad>> lees_xlsx(std::string_view bytes);

// Whether a cell's text is a number as XLSX stores it ("8.5", "-12", "46056"): digits with at
// most one decimal point, which is never a thousands separator.
bool is_xlsx_getal(std::string_view tekst);

// "D12" for column 3 (0-based) and row 11 (0-based).
std::string xlsx_cel(std::size_t kolom, std::size_t rij);

}  // namespace regie
