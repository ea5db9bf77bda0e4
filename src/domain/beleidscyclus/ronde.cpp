#include "domain/beleidscyclus/ronde.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "domain/validation.hpp"

namespace regie::beleidscyclus {
namespace {

constexpr std::size_t kMaxReden = 4000;

// A round that has begun is history worth keeping; one never started only carried a label.
bool is_begonnen(const Stap& stap) {
  return stap.status != Status::kNietGestart || stap.werkelijk_begin.has_value();
}

Ronde als_ronde(const Stap& stap) {
  Ronde r;
  r.stap_id = stap.id;
  r.periode = stap.periode;
  r.status = stap.status;
  r.gepland_begin = stap.gepland_begin;
  r.gepland_eind = stap.gepland_eind;
  r.oorspronkelijk_eind = stap.oorspronkelijk_eind;
  r.werkelijk_begin = stap.werkelijk_begin;
  r.werkelijk_eind = stap.werkelijk_eind;
  r.eigenaar_persoon_id = stap.eigenaar_persoon_id;
  return r;
}

}  // namespace

std::optional<ProductSoort> vereist_product(StapCode code) {
  switch (code) {
    case StapCode::kStrategischBeleidskader:
      return ProductSoort::kRisicoanalyse;
    case StapCode::kOperationeelBeleidskader:
      return ProductSoort::kStrategie;
    case StapCode::kPlanningEnControl:
      return ProductSoort::kUitvoeringsprogramma;
    case StapCode::kRapportageEnEvaluatie:
      return ProductSoort::kJaarverslag;
    case StapCode::kDoelenEnPrioriteiten:
    case StapCode::kVoorbereiden:
    case StapCode::kUitvoering:
    case StapCode::kMonitoring:
      return std::nullopt;
  }
  return std::nullopt;
}

bool past_bij_stap(ProductSoort soort, StapCode code) {
  if (soort == ProductSoort::kBijdrage || soort == ProductSoort::kOverig) return true;
  if (soort == ProductSoort::kEvaluatie) return code == StapCode::kRapportageEnEvaluatie;
  return vereist_product(code) == soort;
}

std::vector<ProductSoort> soorten_voor(StapCode code) {
  std::vector<ProductSoort> out;
  for (auto soort : alle_productsoorten()) {
    if (past_bij_stap(soort, code)) out.push_back(soort);
  }
  return out;
}

const Document* vastgesteld_product(const Stap& stap, const std::vector<Document>& documenten) {
  auto soort = vereist_product(stap.code);
  if (!soort) return nullptr;
  const Document* out = nullptr;
  for (const auto& d : documenten) {
    if (d.stap_id != stap.id || d.periode != stap.periode || d.soort != *soort) continue;
    if (!d.vastgesteld_door) continue;
    if (!out || d.id > out->id) out = &d;
  }
  return out;
}

Result<Wijziging> beoordeel_wijziging(const Stap& huidig, Stap nieuw, const Fields& fields,
                                      const std::vector<Document>& documenten) {
  validation::Reader r(fields);
  Wijziging out;
  bool nieuwe_ronde = nieuw.periode != huidig.periode;
  if (nieuwe_ronde) {
    auto van = begin_jaar(huidig.periode);
    auto naar = begin_jaar(nieuw.periode);
    if (is_begonnen(huidig) && van && naar && *naar <= *van) {
      r.add("periode", "fout.ronde_terug");
    }
    if (is_begonnen(huidig)) out.vorige_ronde = als_ronde(huidig);
    // A new round plans afresh: its first planned end is its original one.
    nieuw.oorspronkelijk_eind = nieuw.gepland_eind;
  } else if (huidig.gepland_eind && nieuw.gepland_eind != huidig.gepland_eind) {
    auto reden = trim(field(fields, "redenPlanwijziging").value_or(""));
    if (reden.empty()) {
      r.add("redenPlanwijziging", "fout.reden_planwijziging");
    } else if (reden.size() > kMaxReden) {
      r.add("redenPlanwijziging", "fout.te_lang");
    }
    Planwijziging p;
    p.stap_id = huidig.id;
    p.periode = huidig.periode;
    p.van = huidig.gepland_eind;
    p.naar = nieuw.gepland_eind;
    p.reden = std::string(reden);
    out.planwijziging = p;
    nieuw.oorspronkelijk_eind =
        huidig.oorspronkelijk_eind ? huidig.oorspronkelijk_eind : huidig.gepland_eind;
  } else if (!huidig.oorspronkelijk_eind) {
    nieuw.oorspronkelijk_eind = nieuw.gepland_eind;
  } else {
    nieuw.oorspronkelijk_eind = huidig.oorspronkelijk_eind;
  }
  bool wordt_afgerond =
      nieuw.status == Status::kAfgerond && (huidig.status != Status::kAfgerond || nieuwe_ronde);
  if (wordt_afgerond && vereist_product(nieuw.code) && !vastgesteld_product(nieuw, documenten)) {
    r.add("status", "fout.afgerond_zonder_product");
  }
  if (!r.ok()) return r.error();
  out.stap = std::move(nieuw);
  return out;
}

bool is_eerdere_ronde(const std::vector<Ronde>& rondes, const std::string& periode) {
  auto jaar = begin_jaar(periode);
  if (!jaar) return false;
  return std::any_of(rondes.begin(), rondes.end(), [&](const Ronde& r) {
    auto eerder = begin_jaar(r.periode);
    return eerder && *eerder >= *jaar;
  });
}

bool is_verschoven(const Stap& stap) {
  return stap.oorspronkelijk_eind && stap.gepland_eind &&
         *stap.gepland_eind > *stap.oorspronkelijk_eind;
}

std::vector<Stap> geraakte_stappen(const std::vector<Stap>& alle, const Stap& stap) {
  std::vector<Stap> out;
  for (const auto& s : alle) {
    if (s.id == stap.id || s.volgorde <= stap.volgorde) continue;
    if (s.status == Status::kBezig || s.status == Status::kAfgerond) out.push_back(s);
  }
  std::sort(out.begin(), out.end(),
            [](const Stap& a, const Stap& b) { return a.volgorde < b.volgorde; });
  return out;
}

bool mag_bijdragen(const auth::Actor& actor) {
  using governance::RolSoort;
  return mag_cyclus_wijzigen(actor) || auth::draagt(actor, RolSoort::kAmbtelijkOpdrachtgever) ||
         auth::draagt(actor, RolSoort::kBestuurlijkOpdrachtgever) ||
         auth::draagt(actor, RolSoort::kBeleidsadviseur);
}

std::optional<std::string> document_fout(const auth::Actor& actor, const Stap& stap,
                                         ProductSoort soort) {
  if (!past_bij_stap(soort, stap.code)) return "fout.soort_past_niet_bij_stap";
  if (mag_cyclus_wijzigen(actor)) return std::nullopt;
  if (mag_bijdragen(actor)) {
    if (soort == ProductSoort::kBijdrage) return std::nullopt;
    return "fout.alleen_bijdrage";
  }
  return "fout.geen_toegang";
}

}  // namespace regie::beleidscyclus
