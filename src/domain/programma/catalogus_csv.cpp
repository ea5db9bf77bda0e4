#include "domain/programma/catalogus_csv.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/csv.hpp"
#include "core/text.hpp"

namespace regie::programma {
namespace {

constexpr std::array<std::string_view, 8> kKolommen = {
    "code", "naam", "taakveld", "taak", "afrekenwijze", "normuren", "uurtarief", "verdeelsleutel"};
constexpr std::size_t kVerplicht = 5;  // the first five

}  // namespace

Result<std::vector<ProductRegel>> lees_producten_csv(std::string_view bytes) {
  REGIE_ASSIGN_OR_RETURN(auto tabel, parse_csv(bytes));
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

}  // namespace regie::programma
