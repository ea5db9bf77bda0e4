#include "domain/opdrachten/parse.hpp"

#include <limits>
#include <utility>

#include "core/text.hpp"

#include "domain/validation.hpp"

namespace regie::opdrachten {
namespace {

// The eleven parts are texts of several lines (a textarea in the form).
constexpr auto kMeer = validation::Regels::kMeer;

constexpr std::size_t kMaxTitel = 200;
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
  o.extra_financiering_cents = r.optional_bedrag("extraFinanciering", 0, kMaxCents).value_or(0);
  o.aanleiding = r.optional_text("aanleiding", kMaxOpdrachttekst, kMeer);
  o.scope = r.optional_text("scope", kMaxOpdrachttekst, kMeer);
  o.doel = r.optional_text("doel", kMaxOpdrachttekst, kMeer);
  o.activiteiten = r.optional_text("activiteiten", kMaxOpdrachttekst, kMeer);
  o.resultaat = r.optional_text("resultaat", kMaxOpdrachttekst, kMeer);
  o.sturingsvorm = r.optional_text("sturingsvorm", kMaxOpdrachttekst, kMeer);
  o.monitoring = r.optional_text("monitoring", kMaxOpdrachttekst, kMeer);
  o.governance = r.optional_text("governance", kMaxOpdrachttekst, kMeer);

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
    b.cents = rij.required_bedrag("bedrag", 0, kMaxCents);
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

Invoer invoer_van(const Opdracht& o) {
  Fields f = {{"titel", o.titel},
              {"jaar", std::to_string(o.jaar)},
              {"soort", std::string(code(o.soort))},
              {"deelnemerId", o.deelnemer_id ? std::to_string(*o.deelnemer_id) : ""},
              {"extraUren", o.extra_uren ? std::to_string(o.extra_uren) : ""},
              {"extraFinanciering",
               o.extra_financiering_cents ? format_bedrag_invoer(o.extra_financiering_cents) : ""},
              {"aanleiding", o.aanleiding},
              {"scope", o.scope},
              {"doel", o.doel},
              {"activiteiten", o.activiteiten},
              {"resultaat", o.resultaat},
              {"sturingsvorm", o.sturingsvorm},
              {"monitoring", o.monitoring},
              {"governance", o.governance}};
  auto id = [](const std::optional<Id>& i) { return i ? std::to_string(*i) : std::string(); };
  Lijsten lijsten;
  for (const auto& m : o.planning) {
    lijsten["planning"].push_back(
        {{"omschrijving", m.omschrijving}, {"datum", m.datum ? m.datum->nl() : ""}});
  }
  for (const auto& i : o.bemensing) {
    lijsten["bemensing"].push_back(
        {{"rol", i.rol}, {"uren", std::to_string(i.uren)}, {"persoonId", id(i.persoon_id)}});
  }
  for (const auto& b : o.financien) {
    lijsten["financien"].push_back({{"jaar", std::to_string(b.jaar)},
                                    {"bedrag", format_bedrag_invoer(b.cents)},
                                    {"omschrijving", b.omschrijving}});
  }
  for (const auto& s : o.stakeholders) {
    lijsten["stakeholders"].push_back({{"naam", s.naam},
                                       {"rol", s.rol},
                                       {"organisatieId", id(s.organisatie_id)},
                                       {"persoonId", id(s.persoon_id)}});
  }
  for (const auto& r : o.risicos) {
    lijsten["risicos"].push_back({{"omschrijving", r.omschrijving},
                                  {"kans", std::string(code(r.kans))},
                                  {"impact", std::string(code(r.impact))},
                                  {"beheersmaatregel", r.beheersmaatregel},
                                  {"eigenaar", r.eigenaar}});
  }
  return {std::move(f), std::move(lijsten)};
}

}  // namespace regie::opdrachten
