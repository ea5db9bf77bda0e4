#include "domain/monitoring/realisatie.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/text.hpp"
#include "core/xlsx.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/validation.hpp"

namespace regie::monitoring {
namespace {

constexpr std::array<const char*, 12> kMaandnamen = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};

// Excel's day 0 of its 1900 date system, as days since 1970-01-01 (1899-12-30).
constexpr std::int32_t kExcelNul = -25569;

std::optional<Datum> lees_datum(std::string_view tekst) {
  tekst = std::string_view(tekst).substr(0, 40);
  // As most exports write it (dd-mm-jjjj or ISO, nothing around it): read as it is.
  if (!tekst.empty() && tekst.front() != ' ' && tekst.back() != ' ' &&
      tekst.find_first_of("/.\t\r\n\f\v") == std::string_view::npos) {
    return Datum::parse_nl(tekst);
  }
  std::string t = trim(tekst);
  std::replace(t.begin(), t.end(), '/', '-');
  std::replace(t.begin(), t.end(), '.', '-');
  return Datum::parse_nl(t);
}

std::string waarde_veld(const std::string& voor, std::string_view waarde) {
  std::string w(waarde.substr(0, 80));
  return voor + ", waarde \"" + trim(w) + "\"";
}

}  // namespace

std::string maand_iso(Maand m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", m / 100, m % 100);
  return buf;
}

std::string maand_nl(Maand m) {
  const int mm = m % 100;
  if (mm < 1 || mm > 12) return maand_iso(m);
  return std::string(kMaandnamen[static_cast<std::size_t>(mm - 1)]) + " " + std::to_string(m / 100);
}

std::optional<Maand> parse_maand(std::string_view tekst) {
  const std::string t = trim(tekst);
  const auto streep = t.find('-');
  if (streep == std::string::npos || t.find('-', streep + 1) != std::string::npos) {
    return std::nullopt;
  }
  std::string_view a(t.data(), streep);
  std::string_view b(t.data() + streep + 1, t.size() - streep - 1);
  std::string_view jaar = a.size() == 4 ? a : b;
  std::string_view maand = a.size() == 4 ? b : a;
  if (jaar.size() != 4 || maand.empty() || maand.size() > 2) return std::nullopt;
  auto j = programma::catalogusjaar(jaar);
  auto m = parse_int64(maand);
  if (!j || !m || *m < 1 || *m > 12 || maand.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return static_cast<Maand>(std::int64_t{*j} * 100 + *m);
}

Result<Rijlezer> Rijlezer::maak(const Bronsysteem& bron, const std::vector<std::string>& kop,
                                const Naslag& naslag) {
  Rijlezer l;
  l.naslag_ = &naslag;
  l.kop_ = kop;
  std::vector<FieldError> fouten;
  std::unordered_map<std::string, std::size_t> kolommen;
  for (std::size_t i = 0; i < kop.size(); ++i) kolommen.emplace(vergelijkbaar(kop[i]), i);
  auto zoek = [&](const std::string& naam, std::optional<std::size_t>& uit) {
    if (naam.empty()) return;
    auto it = kolommen.find(vergelijkbaar(naam));
    if (it == kolommen.end()) {
      fouten.push_back({"kolom " + naam, "fout.csv_kolom_ontbreekt"});
    } else {
      uit = it->second;
    }
  };
  const Kolommen& k = bron.kolommen;
  zoek(k.datum, l.datum_);
  zoek(k.deelnemer, l.deelnemer_);
  zoek(k.zaaktype, l.zaaktype_);
  zoek(k.uren, l.uren_);
  zoek(k.aantal, l.aantal_);
  zoek(k.bedrag, l.bedrag_);
  zoek(k.team, l.team_);
  zoek(k.medewerker, l.medewerker_);
  zoek(k.zaaknummer, l.zaaknummer_);
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  for (const auto& d : naslag.deelnemers) {
    for (const auto& naam : vanzelf_bekende_namen(d))
      l.deelnemers_.emplace(vergelijkbaar(naam), d.id);
  }
  for (const auto& n : bron.deelnemernamen)
    l.deelnemers_[vergelijkbaar(n.waarde)] = n.organisatie_id;
  for (const auto& z : bron.zaaktypen)
    l.zaaktypen_.emplace(vergelijkbaar(z.zaaktype), z.productcode);
  return l;
}

std::vector<std::size_t> Rijlezer::getalkolommen() const {
  std::vector<std::size_t> out;
  for (const auto& k : {uren_, aantal_, bedrag_}) {
    if (k) out.push_back(*k);
  }
  return out;
}

Rijlezer::Zaaktype& Rijlezer::zaaktype(std::string_view waarde) {
  if (auto it = zaaktype_waarden_.find(waarde); it != zaaktype_waarden_.end()) return it->second;
  const bool onthouden = zaaktype_waarden_.size() < kMaxOnthouden;
  Zaaktype& z = onthouden ? zaaktype_waarden_[std::string(waarde)] : los_zaaktype_;
  z = Zaaktype{};
  auto it = zaaktypen_.find(vergelijkbaar(waarde));
  z.code = it != zaaktypen_.end() ? it->second : trim(waarde);
  z.bekend = it != zaaktypen_.end() ||
             std::any_of(naslag_->catalogi.begin(), naslag_->catalogi.end(),
                         [&](const auto& c) { return c.second.count(z.code) != 0; });
  return z;
}

const Productkenmerk* Rijlezer::product(Zaaktype& z, std::int32_t jaar) const {
  auto [it, nieuw] = z.per_jaar.try_emplace(jaar, nullptr);
  if (nieuw) {
    const auto catalogus = naslag_->catalogi.find(jaar);
    if (catalogus != naslag_->catalogi.end()) {
      const auto p = catalogus->second.find(z.code);
      if (p != catalogus->second.end()) it->second = &p->second;
    }
  }
  return it->second;
}

bool Rijlezer::lees(const CsvRow& rij, Realisatie& uit, std::vector<FieldError>& fouten) {
  const std::size_t voor_fouten = fouten.size();
  auto veld = [&](const std::optional<std::size_t>& k) -> std::string_view {
    return k && *k < rij.fields.size() ? std::string_view(rij.fields[*k]) : std::string_view();
  };
  auto kolom = [&](const std::optional<std::size_t>& k) {
    return csv_regel_veld(rij.regel) + ", kolom " + kop_[*k];
  };
  uit.regel = static_cast<std::int64_t>(rij.regel);

  // Date (and through it the year of the catalogue and the month).
  std::optional<Datum> datum;
  Maand maand = 0;  // of `datum`, worked out once
  if (leeg(veld(datum_))) {
    fouten.push_back({kolom(datum_), "fout.verplicht"});
  } else if (datum = lees_datum(veld(datum_)); !datum) {
    fouten.push_back({waarde_veld(kolom(datum_), veld(datum_)), "fout.ongeldige_datum"});
  } else if (naslag_->vandaag && *datum > *naslag_->vandaag) {
    fouten.push_back({waarde_veld(kolom(datum_), veld(datum_)), "fout.datum_in_toekomst"});
  } else if (maand = maand_van(*datum); naslag_->gesloten.count(maand) != 0) {
    fouten.push_back({kolom(datum_), "fout.periode_gesloten"});
  } else {
    uit.datum = *datum;
  }
  if (datum && maand == 0) maand = maand_van(*datum);

  // Deelnemer.
  const std::string_view deelnemer = veld(deelnemer_);
  if (leeg(deelnemer)) {
    fouten.push_back({kolom(deelnemer_), "fout.verplicht"});
  } else {
    std::optional<Id> id;
    if (auto bekend = deelnemer_waarden_.find(deelnemer); bekend != deelnemer_waarden_.end()) {
      id = bekend->second;
    } else {
      auto it = deelnemers_.find(vergelijkbaar(deelnemer));
      if (it != deelnemers_.end()) id = it->second;
      if (deelnemer_waarden_.size() < kMaxOnthouden) {
        deelnemer_waarden_.emplace(std::string(deelnemer), id);
      }
    }
    if (!id) {
      fouten.push_back({waarde_veld(kolom(deelnemer_), deelnemer), "fout.deelnemer_onbekend"});
    } else {
      uit.deelnemer_id = *id;
    }
  }

  // Zaaktype → product, in the catalogue of the row's year.
  const std::string_view zaaktype_waarde = veld(zaaktype_);
  kenmerk_ = nullptr;
  if (leeg(zaaktype_waarde)) {
    fouten.push_back({kolom(zaaktype_), "fout.verplicht"});
  } else {
    // The entry stays where it is: an unordered_map moves no element when it grows.
    Zaaktype& z = zaaktype(zaaktype_waarde);
    const Productkenmerk* p = datum ? product(z, jaar_van(maand)) : nullptr;
    if (!z.bekend) {
      fouten.push_back({waarde_veld(kolom(zaaktype_), zaaktype_waarde), "fout.zaaktype_onbekend"});
    } else if (datum && p == nullptr) {
      fouten.push_back(
          {waarde_veld(kolom(zaaktype_), zaaktype_waarde), "fout.product_niet_in_catalogus"});
    } else {
      uit.productcode = z.code;
      kenmerk_ = p;
    }
  }

  // The figures: each optional column empty is 0; at least one not zero.
  auto getal = [&](const std::optional<std::size_t>& k, std::int64_t& doel,
                   Result<std::int64_t> (*lezer)(std::string_view)) {
    doel = 0;
    if (!k || leeg(veld(k))) return;
    auto g = lezer(veld(k));
    if (!g.ok()) {
      fouten.push_back({waarde_veld(kolom(k), veld(k)), g.error().key});
    } else {
      doel = *g;
    }
  };
  getal(uren_, uit.uren, parse_honderdsten);
  getal(aantal_, uit.aantal, parse_getal_nl);
  getal(bedrag_, uit.bedrag_cents, parse_bedrag_cents);

  auto tekst = [&](const std::optional<std::size_t>& k, std::string& doel) {
    const std::string_view w = veld(k);
    if (w.size() > kMaxKoppelwaarde) {
      fouten.push_back({kolom(k), "fout.te_lang"});
      return;
    }
    doel.assign(w.data(), w.size());
  };
  tekst(team_, uit.team);
  tekst(medewerker_, uit.medewerker);
  tekst(zaaknummer_, uit.zaaknummer);
  if (fouten.size() != voor_fouten) return false;
  maand_ = maand;
  return true;
}

std::vector<CsvRow> xlsx_als_csv(const std::vector<std::vector<std::string>>& rijen,
                                 std::size_t kolommen, std::optional<std::size_t> datumkolom,
                                 const std::vector<std::size_t>& getalkolommen) {
  std::vector<CsvRow> out;
  for (std::size_t r = 1; r < rijen.size(); ++r) {
    CsvRow rij{r + 1, rijen[r]};
    rij.fields.resize(kolommen);
    if (std::all_of(rij.fields.begin(), rij.fields.end(),
                    [](const std::string& c) { return leeg(c); })) {
      continue;
    }
    if (datumkolom && is_xlsx_getal(rij.fields[*datumkolom]) &&
        rij.fields[*datumkolom].find('.') == std::string::npos) {
      auto serie = parse_int64(rij.fields[*datumkolom]);
      if (serie && *serie > 0 && *serie < 2958466) {
        rij.fields[*datumkolom] = Datum(static_cast<std::int32_t>(*serie) + kExcelNul).nl();
      }
    }
    for (std::size_t k : getalkolommen) {
      auto& cel = rij.fields[k];
      if (is_xlsx_getal(cel)) std::replace(cel.begin(), cel.end(), '.', ',');
    }
    out.push_back(std::move(rij));
  }
  return out;
}

Telling telling_van(const Realisatie& r) { return {r.uren, r.aantal, r.bedrag_cents, 1}; }

void tel(Cellen& cellen, const Realisatie& r, const Productkenmerk& kenmerk) {
  auto [it, nieuw] = cellen.try_emplace(Cel{r.deelnemer_id, r.productcode, maand_van(r.datum)});
  if (nieuw) {
    it->second.taakveld = kenmerk.taakveld;
    it->second.soort = kenmerk.soort;
  }
  it->second.telling.tel(telling_van(r));
}

std::size_t Celteller::Hash::operator()(const Sleutel& s) const noexcept {
  return std::hash<const Productkenmerk*>{}(s.kenmerk) ^
         (static_cast<std::size_t>(s.deelnemer_id) * 0x9E3779B97F4A7C15ULL) ^
         (static_cast<std::size_t>(s.maand) << 20U);
}

void Celteller::tel(const Realisatie& r, Maand maand, const Productkenmerk& kenmerk) {
  auto [it, nieuw] = cellen_.try_emplace(Sleutel{r.deelnemer_id, maand, &kenmerk});
  Waarde& w = it->second;
  if (nieuw) {
    w.productcode = r.productcode;
    w.telling.taakveld = kenmerk.taakveld;
    w.telling.soort = kenmerk.soort;
  }
  w.telling.telling.tel(telling_van(r));
}

Cellen Celteller::cellen() const {
  // Cells that meet here are one: should two entries ever stand for the same productcode, they
  // add up instead of one replacing the other.
  Cellen out;
  for (const auto& [s, w] : cellen_) {
    auto [it, nieuw] = out.try_emplace(Cel{s.deelnemer_id, w.productcode, s.maand}, w.telling);
    if (!nieuw) it->second.telling.tel(w.telling.telling);
  }
  return out;
}

Taakveldcellen per_taakveld(const Cellen& cellen) {
  Taakveldcellen out;
  for (const auto& [cel, t] : cellen) out[{t.taakveld, t.soort, cel.maand}].tel(t.telling);
  return out;
}

void tel(Cellen& cellen, const Cellen& bij, std::int64_t teken) {
  for (const auto& [cel, t] : bij) {
    auto [it, nieuw] = cellen.try_emplace(cel, Celtelling{t.taakveld, t.soort, {}});
    it->second.telling.tel(t.telling, teken);
    if (it->second.telling.nul()) cellen.erase(it);
  }
}

void tel(Taakveldcellen& cellen, const Taakveldcellen& bij, std::int64_t teken) {
  for (const auto& [cel, t] : bij) {
    auto& c = cellen[cel];
    c.tel(t, teken);
    if (c.nul()) cellen.erase(cel);
  }
}

Result<Correctie> parse_correctie(const Fields& velden, const Naslag& naslag) {
  validation::Reader r(velden);
  Correctie c;
  c.regel.deelnemer_id = r.required_id("deelnemerId");
  c.regel.productcode = r.required_text("productcode", programma::kMaxProductcode);
  auto datum = r.required_date("datum");
  constexpr std::int64_t kGrens = 1'000'000'000'000;
  c.regel.uren = r.optional_honderdsten("uren", -kGrens, kGrens).value_or(0);
  c.regel.aantal = r.optional_int("aantal", -kGrens, kGrens).value_or(0);
  c.regel.bedrag_cents = r.optional_bedrag("bedrag", -kGrens, kGrens).value_or(0);
  c.reden = r.required_text("reden", kMaxReden, validation::Regels::kMeer);
  if (r.ok() && c.regel.uren == 0 && c.regel.aantal == 0 && c.regel.bedrag_cents == 0) {
    r.add("uren", "fout.correctie_nul");
  }
  const bool deelnemer =
      std::any_of(naslag.deelnemers.begin(), naslag.deelnemers.end(),
                  [&](const Deelnemer& d) { return d.id == c.regel.deelnemer_id; });
  if (c.regel.deelnemer_id != 0 && !deelnemer)
    r.add("deelnemerId", "fout.geen_deelnemer_van_regio");
  if (datum && naslag.vandaag && *datum > *naslag.vandaag) r.add("datum", "fout.datum_in_toekomst");
  if (datum) {
    c.regel.datum = *datum;
    auto jaar = naslag.catalogi.find(datum->jaar());
    if (!c.regel.productcode.empty() &&
        (jaar == naslag.catalogi.end() || jaar->second.count(c.regel.productcode) == 0)) {
      r.add("productcode", "fout.product_niet_in_catalogus");
    }
  }
  if (!r.ok()) return r.error();
  return c;
}

Result<void> mag_sluiten(Maand maand, Datum vandaag, const std::set<Maand>& gesloten) {
  if (maand >= maand_van(vandaag)) {
    return Error::invalid({{"maand", "fout.maand_nog_niet_voorbij"}});
  }
  if (gesloten.count(maand) != 0) {
    return Error{ErrorCode::kConflict, "fout.maand_al_gesloten", maand_iso(maand), {}};
  }
  return Ok();
}

}  // namespace regie::monitoring
