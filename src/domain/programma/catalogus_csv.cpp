#include "domain/programma/catalogus_csv.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/xlsx.hpp"

namespace regie::programma {
namespace {

constexpr std::array<std::string_view, 8> kKolommen = {
    "code", "naam", "taakveld", "taak", "afrekenwijze", "normuren", "uurtarief", "verdeelsleutel"};
constexpr std::size_t kVerplicht = 5;  // the first five

// The columns with a decimal number.
bool is_getalkolom(const std::string& naam) { return naam == "normuren" || naam == "uurtarief"; }

Result<std::vector<ProductRegel>> producten_uit_tabel(const CsvTable& tabel) {
  std::vector<FieldError> fouten;
  std::map<std::string, std::size_t> kolom;  // name → index
  for (std::size_t i = 0; i < tabel.header.size(); ++i) {
    const std::string naam = kleine_letters(tabel.header[i]);
    if (std::find(kKolommen.begin(), kKolommen.end(), naam) == kKolommen.end()) {
      fouten.push_back({"kolom " + tabel.header[i], "fout.csv_onbekende_kolom"});
    } else if (!kolom.emplace(naam, i).second) {
      fouten.push_back({"kolom " + tabel.header[i], "fout.csv_kolom_dubbel"});
    }
  }
  for (std::size_t k = 0; k < kVerplicht; ++k) {
    if (kolom.count(std::string(kKolommen[k])) == 0) {
      fouten.push_back({"kolom " + std::string(kKolommen[k]), "fout.csv_kolom_ontbreekt"});
    }
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));

  std::vector<ProductRegel> out;
  out.reserve(tabel.rows.size());
  std::map<std::string, std::size_t> codes;  // code → line
  for (const auto& rij : tabel.rows) {
    Fields velden;
    for (const auto& [naam, i] : kolom) {
      std::string waarde = rij.fields[i];
      if (naam == "taak" || naam == "afrekenwijze") waarde = kleine_letters(trim(waarde));
      velden[naam == "code" ? "productcode" : naam] = std::move(waarde);
    }
    const std::string voor = csv_regel_veld(rij.regel) + ", kolom ";
    auto product = parse_product(velden);
    if (!product.ok()) {
      // Named as the file names the column.
      for (const auto& f : product.error().fields) {
        auto k = kolom.find(f.field == "productcode" ? "code" : f.field);
        fouten.push_back({voor + (k == kolom.end() ? f.field : tabel.header[k->second]), f.key});
      }
      continue;
    }
    if (auto [it, nieuw] = codes.emplace(product->code, rij.regel); !nieuw) {
      fouten.push_back({voor + tabel.header[kolom.at("code")], "fout.csv_code_dubbel"});
      continue;
    }
    out.push_back({rij.regel, std::move(product).value()});
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return out;
}

}  // namespace

Result<std::vector<ProductRegel>> lees_producten_csv(std::string_view bytes) {
  REGIE_ASSIGN_OR_RETURN(auto tabel, parse_csv(bytes));
  return producten_uit_tabel(tabel);
}

Result<std::vector<ProductRegel>> lees_producten_xlsx(std::string_view bytes) {
  REGIE_ASSIGN_OR_RETURN(auto bladen, lees_xlsx(bytes));
  CsvTable tabel;
  if (!bladen.empty() && !bladen.front().rijen.empty()) {
    const auto& rijen = bladen.front().rijen;
    for (const auto& kop : rijen.front()) tabel.header.push_back(trim(kop));
    while (!tabel.header.empty() && tabel.header.back().empty()) tabel.header.pop_back();
    for (std::size_t r = 1; r < rijen.size(); ++r) {
      CsvRow rij{r + 1, rijen[r]};
      rij.fields.resize(tabel.header.size());
      if (std::all_of(rij.fields.begin(), rij.fields.end(),
                      [](const std::string& c) { return leeg(c); })) {
        continue;  // an empty row of the sheet
      }
      for (std::size_t i = 0; i < tabel.header.size(); ++i) {
        auto& cel = rij.fields[i];
        if (is_getalkolom(kleine_letters(tabel.header[i])) && is_xlsx_getal(cel)) {
          std::replace(cel.begin(), cel.end(), '.', ',');
        }
      }
      tabel.rows.push_back(std::move(rij));
    }
  }
  return producten_uit_tabel(tabel);
}

Result<std::vector<ProductRegel>> lees_producten(std::string_view bytes) {
  constexpr std::string_view kZip = "PK\x03\x04";
  if (bytes.substr(0, kZip.size()) == kZip) return lees_producten_xlsx(bytes);
  return lees_producten_csv(bytes);
}

std::string schrijf_producten_csv(const std::vector<Product>& producten) {
  std::string out(kCsvBom);
  out += csv_regel(std::vector<std::string>(kKolommen.begin(), kKolommen.end()));
  for (const auto& p : producten) {
    out += csv_regel({p.code, p.naam, p.taakveld, std::string(code(p.taak)),
                      std::string(code(p.afrekenwijze)),
                      p.normuren ? format_honderdsten(p.normuren) : std::string(),
                      p.uurtarief_cents ? format_bedrag_invoer(p.uurtarief_cents) : std::string(),
                      p.verdeelsleutel});
  }
  return out;
}

std::vector<XlsxBlad> producten_werkboek(const std::vector<Product>& producten, std::int32_t jaar) {
  using O = XlsxOpmaak;
  XlsxBlad blad;
  blad.naam = "Catalogus " + std::to_string(jaar);
  blad.breedtes = {12, 40, 20, 12, 14, 10, 12, 16};
  std::vector<XlsxCel> kop;
  kop.reserve(kKolommen.size());
  for (auto k : kKolommen) kop.push_back(XlsxCel::van_tekst(std::string(k), O::kVet));
  blad.rijen.reserve(producten.size() + 1);
  blad.rijen.push_back(std::move(kop));
  for (const auto& p : producten) {
    blad.rijen.push_back(
        {XlsxCel::van_tekst(p.code), XlsxCel::van_tekst(p.naam), XlsxCel::van_tekst(p.taakveld),
         XlsxCel::van_tekst(std::string(code(p.taak))),
         XlsxCel::van_tekst(std::string(code(p.afrekenwijze))),
         p.normuren ? XlsxCel::van_getal(static_cast<double>(p.normuren) / 100.0, O::kUren)
                    : XlsxCel::leeg(),
         p.uurtarief_cents
             ? XlsxCel::van_getal(static_cast<double>(p.uurtarief_cents) / 100.0, O::kBedrag)
             : XlsxCel::leeg(),
         p.verdeelsleutel.empty() ? XlsxCel::leeg() : XlsxCel::van_tekst(p.verdeelsleutel)});
  }
  return {blad};
}

}  // namespace regie::programma
