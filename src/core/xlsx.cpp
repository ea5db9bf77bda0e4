#include "core/xlsx.hpp"

#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <sstream>

namespace regie {
namespace {

Error ongeldig() { return Error::invalid({FieldError{"bestand", "fout.xlsx_ongeldig"}}); }

// A temporary file that is removed when it goes out of scope.
class TijdelijkBestand {
 public:
  TijdelijkBestand() {
    const char* tmp = std::getenv("TMPDIR");
    pad_ = std::string(tmp && *tmp ? tmp : "/tmp") + "/regie-xlsx-XXXXXX";
    const int fd = mkstemp(pad_.data());
    if (fd < 0) {
      pad_.clear();
    } else {
      close(fd);
    }
  }
  ~TijdelijkBestand() {
    if (!pad_.empty()) std::remove(pad_.c_str());
  }
  TijdelijkBestand(const TijdelijkBestand&) = delete;
  TijdelijkBestand& operator=(const TijdelijkBestand&) = delete;
  const std::string& pad() const { return pad_; }

 private:
  std::string pad_;
};

struct Opmaken {
  lxw_format* vet = nullptr;
  lxw_format* bedrag = nullptr;
  lxw_format* vet_bedrag = nullptr;
  lxw_format* getal = nullptr;
  lxw_format* uren = nullptr;

  lxw_format* voor(XlsxOpmaak o) const {
    switch (o) {
      case XlsxOpmaak::kVet:
        return vet;
      case XlsxOpmaak::kBedrag:
        return bedrag;
      case XlsxOpmaak::kVetBedrag:
        return vet_bedrag;
      case XlsxOpmaak::kGetal:
        return getal;
      case XlsxOpmaak::kUren:
        return uren;
      case XlsxOpmaak::kGewoon:
        break;
    }
    return nullptr;
  }
};

// The number format of euro amounts; Excel shows it in the reader's own notation.
constexpr const char* kBedragFormaat = "\"€\" #,##0.00";

// Column index (0-based) of a cell reference like "AB12"; -1 when it has no letters.
int kolom_van(std::string_view ref) {
  int kolom = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
    kolom = kolom * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : kolom - 1;
}

std::string tekst_van(const pugi::xml_node& si) {
  // A plain <t>, or rich text runs <r><t>…</t></r>.
  if (auto t = si.child("t")) return t.text().get();
  std::string out;
  for (auto r : si.children("r")) out += r.child("t").text().get();
  return out;
}

class Zip {
 public:
  explicit Zip(std::string_view bytes) {
    zip_error_t fout;
    zip_error_init(&fout);
    zip_source_t* bron = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &fout);
    if (bron != nullptr) {
      archief_ = zip_open_from_source(bron, ZIP_RDONLY, &fout);
      if (archief_ == nullptr) zip_source_free(bron);
    }
    zip_error_fini(&fout);
  }
  ~Zip() {
    if (archief_ != nullptr) zip_discard(archief_);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;
  bool ok() const { return archief_ != nullptr; }

  // The member's content; nullopt when it is not in the archive.
  std::optional<std::string> lees(const std::string& naam) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archief_, naam.c_str(), 0, &st) != 0) return std::nullopt;
    zip_file_t* f = zip_fopen(archief_, naam.c_str(), 0);
    if (f == nullptr) return std::nullopt;
    std::string out(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = zip_fread(f, out.data(), st.size);
    zip_fclose(f);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) return std::nullopt;
    return out;
  }

 private:
  zip_t* archief_ = nullptr;
};

std::optional<pugi::xml_document> xml(Zip& zip, const std::string& naam) {
  auto inhoud = zip.lees(naam);
  if (!inhoud) return std::nullopt;
  std::optional<pugi::xml_document> doc(std::in_place);
  if (!doc->load_buffer(inhoud->data(), inhoud->size())) return std::nullopt;
  return doc;
}

}  // namespace

std::string xlsx_cel(std::size_t kolom, std::size_t rij) {
  std::string letters;
  std::size_t k = kolom + 1;
  while (k > 0) {
    letters.insert(letters.begin(), static_cast<char>('A' + (k - 1) % 26));
    k = (k - 1) / 26;
  }
  return letters + std::to_string(rij + 1);
}

Result<std::string> schrijf_xlsx(const std::vector<XlsxBlad>& bladen) {
  TijdelijkBestand bestand;
  if (bestand.pad().empty()) return Error::storage("xlsx: geen tijdelijk bestand");
  lxw_workbook* boek = workbook_new(bestand.pad().c_str());
  if (boek == nullptr) return Error::storage("xlsx: werkboek niet aangemaakt");
  Opmaken o;
  o.vet = workbook_add_format(boek);
  format_set_bold(o.vet);
  o.bedrag = workbook_add_format(boek);
  format_set_num_format(o.bedrag, kBedragFormaat);
  o.vet_bedrag = workbook_add_format(boek);
  format_set_num_format(o.vet_bedrag, kBedragFormaat);
  format_set_bold(o.vet_bedrag);
  o.getal = workbook_add_format(boek);
  format_set_num_format(o.getal, "#,##0");
  o.uren = workbook_add_format(boek);
  format_set_num_format(o.uren, "#,##0.00");
  for (const auto& blad : bladen) {
    lxw_worksheet* ws = workbook_add_worksheet(boek, blad.naam.c_str());
    if (ws == nullptr) {
      workbook_close(boek);
      return Error::storage("xlsx: blad '" + blad.naam + "' niet aangemaakt");
    }
    for (std::size_t k = 0; k < blad.breedtes.size(); ++k) {
      const auto kolom = static_cast<lxw_col_t>(k);
      worksheet_set_column(ws, kolom, kolom, blad.breedtes[k], nullptr);
    }
    for (std::size_t r = 0; r < blad.rijen.size(); ++r) {
      for (std::size_t k = 0; k < blad.rijen[r].size(); ++k) {
        const XlsxCel& c = blad.rijen[r][k];
        const auto rij = static_cast<lxw_row_t>(r);
        const auto kolom = static_cast<lxw_col_t>(k);
        lxw_format* f = o.voor(c.opmaak);
        switch (c.soort) {
          case XlsxCel::Soort::kLeeg:
            break;
          case XlsxCel::Soort::kTekst:
            worksheet_write_string(ws, rij, kolom, c.tekst.c_str(), f);
            break;
          case XlsxCel::Soort::kGetal:
            worksheet_write_number(ws, rij, kolom, c.getal, f);
            break;
          case XlsxCel::Soort::kFormule:
            worksheet_write_formula_num(ws, rij, kolom, c.tekst.c_str(), f, c.getal);
            break;
        }
      }
    }
  }
  if (workbook_close(boek) != LXW_NO_ERROR) return Error::storage("xlsx: niet geschreven");
  std::ifstream in(bestand.pad(), std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  if (!in.good() && !in.eof()) return Error::storage("xlsx: niet teruggelezen");
  return out.str();
}

Result<std::vector<GelezenBlad>> lees_xlsx(std::string_view bytes) {
  Zip zip(bytes);
  if (!zip.ok()) return ongeldig();
  auto boek = xml(zip, "xl/workbook.xml");
  auto relaties = xml(zip, "xl/_rels/workbook.xml.rels");
  if (!boek || !relaties) return ongeldig();
  std::map<std::string, std::string> doelen;
  for (auto rel : relaties->child("Relationships").children("Relationship")) {
    doelen[rel.attribute("Id").value()] = rel.attribute("Target").value();
  }
  std::vector<std::string> gedeeld;
  if (auto sst = xml(zip, "xl/sharedStrings.xml")) {
    for (auto si : sst->child("sst").children("si")) gedeeld.push_back(tekst_van(si));
  }
  std::vector<GelezenBlad> out;
  for (auto sheet : boek->child("workbook").child("sheets").children("sheet")) {
    GelezenBlad blad;
    blad.naam = sheet.attribute("name").value();
    auto doel = doelen.find(sheet.attribute("r:id").value());
    if (doel == doelen.end()) return ongeldig();
    // A target is relative to xl/, or absolute from the package root.
    const std::string& doelpad = doel->second;
    std::string pad =
        doelpad.starts_with("/") ? doelpad.substr(1) : std::string("xl/").append(doelpad);
    auto ws = xml(zip, pad);
    if (!ws) return ongeldig();
    for (auto row : ws->child("worksheet").child("sheetData").children("row")) {
      const long long nummer = row.attribute("r").as_llong(0);
      if (nummer < 1) return ongeldig();
      const auto index = static_cast<std::size_t>(nummer - 1);
      if (blad.rijen.size() <= index) blad.rijen.resize(index + 1);
      auto& cellen = blad.rijen[index];
      for (auto c : row.children("c")) {
        const int kolom = kolom_van(c.attribute("r").value());
        if (kolom < 0) return ongeldig();
        const std::string_view soort = c.attribute("t").value();
        std::string waarde;
        if (soort == "s") {
          const auto i = static_cast<std::size_t>(c.child("v").text().as_ullong(gedeeld.size()));
          if (i >= gedeeld.size()) return ongeldig();
          waarde = gedeeld[i];
        } else if (soort == "inlineStr") {
          waarde = tekst_van(c.child("is"));
        } else {
          waarde = c.child("v").text().get();
        }
        const auto k = static_cast<std::size_t>(kolom);
        if (cellen.size() <= k) cellen.resize(k + 1);
        cellen[k] = std::move(waarde);
      }
    }
    out.push_back(std::move(blad));
  }
  if (out.empty()) return ongeldig();
  return out;
}

bool is_xlsx_getal(std::string_view tekst) {
  if (!tekst.empty() && tekst.front() == '-') tekst.remove_prefix(1);
  const auto punt = tekst.find('.');
  auto cijfers = [](std::string_view d) {
    return !d.empty() && d.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (punt == std::string_view::npos) return cijfers(tekst);
  return cijfers(tekst.substr(0, punt)) && cijfers(tekst.substr(punt + 1));
}

}  // namespace regie
