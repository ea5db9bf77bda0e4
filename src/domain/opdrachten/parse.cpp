#include "domain/opdrachten/parse.hpp"

#include <limits>

#include "domain/validation.hpp"

namespace regie::opdrachten {
namespace {

// The eleven parts are texts of several lines (a textarea in the form).
constexpr auto kMeer = validation::Regels::kMeer;

constexpr std::size_t kMaxTitel = 200;
constexpr std::size_t kMaxTekst = 20'000;
constexpr std::size_t kMaxRegel = 500;
constexpr std::int64_t kMaxUren = 1'000'000;
constexpr std::int64_t kMaxCents = 100'000'000'000'00;  // € 100 miljard
constexpr std::int64_t kMaxRegels = 200;
constexpr std::int64_t kMinJaar = 2000;
constexpr std::int64_t kMaxJaar = 2100;
constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();

// Reads one row with a reader whose errors are renamed to "lijst[n].veld".
template <typename Lees>
void lees_rijen(const Lijsten& lijsten, const std::string& naam, std::vector<FieldError>& fouten,
                Lees lees) {
  auto it = lijsten.find(naam);
  if (it == lijsten.end()) return;
  if (static_cast<std::int64_t>(it->second.size()) > kMaxRegels) {
    fouten.push_back({naam, "fout.te_groot"});
    return;
  }
  for (std::size_t i = 0; i < it->second.size(); ++i) {
    validation::Reader r(it->second[i]);
    lees(r);
    if (!r.ok()) {
      for (const auto& f : r.error().fields) {
        fouten.push_back({naam + "[" + std::to_string(i + 1) + "]." + f.field, f.key});
      }
    }
  }
}

template <typename T>
std::optional<T> keuze(validation::Reader& r, const std::string& naam,
                       std::optional<T> (*from_code)(std::string_view)) {
  return r.required_choice(naam, [&](std::string_view c) { return from_code(c); });
}

}  // namespace

const std::vector<std::string>& lijstnamen() {
  static const std::vector<std::string> kNamen = {"planning", "bemensing", "financien",
                                                  "stakeholders", "risicos"};
  return kNamen;
}

Result<Opdracht> parse_opdracht(const Fields& velden, const Lijsten& lijsten) {
  validation::Reader r(velden);
  Opdracht o;
  o.titel = r.required_text("titel", kMaxTitel);
  o.jaar = static_cast<std::int32_t>(r.required_int("jaar", kMinJaar, kMaxJaar));
  std::optional<Soort> soort = Soort::kCollectief;
  if (auto it = velden.find("soort"); it != velden.end() && !it->second.empty()) {
    soort = keuze<Soort>(r, "soort", soort_from_code);
  }
  o.deelnemer_id = r.optional_int("deelnemerId", 1, kMaxId);
  o.extra_uren = static_cast<std::int32_t>(r.optional_int("extraUren", 0, kMaxUren).value_or(0));
  o.extra_financiering_cents = r.optional_int("extraFinanciering", 0, kMaxCents).value_or(0);
  o.aanleiding = r.optional_text("aanleiding", kMaxTekst, kMeer);
  o.scope = r.optional_text("scope", kMaxTekst, kMeer);
  o.doel = r.optional_text("doel", kMaxTekst, kMeer);
  o.activiteiten = r.optional_text("activiteiten", kMaxTekst, kMeer);
  o.resultaat = r.optional_text("resultaat", kMaxTekst, kMeer);
  o.sturingsvorm = r.optional_text("sturingsvorm", kMaxTekst, kMeer);
  o.monitoring = r.optional_text("monitoring", kMaxTekst, kMeer);
  o.governance = r.optional_text("governance", kMaxTekst, kMeer);

  std::vector<FieldError> fouten;
  if (!r.ok()) fouten = r.error().fields;
  if (soort) o.soort = *soort;
  if (o.soort == Soort::kCollectief && o.deelnemer_id) {
    fouten.push_back({"deelnemerId", "opd.collectief_zonder_deelnemer"});
  }

  lees_rijen(lijsten, "planning", fouten, [&](validation::Reader& rij) {
    Mijlpaal m;
    m.omschrijving = rij.required_text("omschrijving", kMaxRegel);
    m.datum = rij.optional_date("datum");
    if (rij.ok()) o.planning.push_back(m);
  });
  lees_rijen(lijsten, "bemensing", fouten, [&](validation::Reader& rij) {
    Inzet i;
    i.rol = rij.required_text("rol", kMaxRegel);
    i.uren = static_cast<std::int32_t>(rij.required_int("uren", 0, kMaxUren));
    i.persoon_id = rij.optional_int("persoonId", 1, kMaxId);
    if (rij.ok()) o.bemensing.push_back(i);
  });
  lees_rijen(lijsten, "financien", fouten, [&](validation::Reader& rij) {
    Bedrag b;
    b.jaar = static_cast<std::int32_t>(rij.required_int("jaar", kMinJaar, kMaxJaar));
    b.cents = rij.required_int("bedrag", 0, kMaxCents);
    b.omschrijving = rij.optional_text("omschrijving", kMaxRegel);
    if (rij.ok()) o.financien.push_back(b);
  });
  lees_rijen(lijsten, "stakeholders", fouten, [&](validation::Reader& rij) {
    Stakeholder s;
    s.naam = rij.required_text("naam", kMaxRegel);
    s.rol = rij.optional_text("rol", kMaxRegel);
    s.organisatie_id = rij.optional_int("organisatieId", 1, kMaxId);
    s.persoon_id = rij.optional_int("persoonId", 1, kMaxId);
    if (rij.ok()) o.stakeholders.push_back(s);
  });
  lees_rijen(lijsten, "risicos", fouten, [&](validation::Reader& rij) {
    Risico x;
    x.omschrijving = rij.required_text("omschrijving", kMaxRegel);
    auto kans = keuze<Niveau>(rij, "kans", niveau_from_code);
    auto impact = keuze<Niveau>(rij, "impact", niveau_from_code);
    x.beheersmaatregel = rij.optional_text("beheersmaatregel", kMaxRegel);
    x.eigenaar = rij.optional_text("eigenaar", kMaxRegel);
    if (rij.ok() && kans && impact) {
      x.kans = *kans;
      x.impact = *impact;
      o.risicos.push_back(x);
    }
  });
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return o;
}

}  // namespace regie::opdrachten
