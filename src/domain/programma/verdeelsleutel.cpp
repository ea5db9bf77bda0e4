#include "domain/programma/verdeelsleutel.hpp"

#include <array>
#include <set>

#include "core/text.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/validation.hpp"

namespace regie::programma {
namespace {

constexpr std::size_t kMaxSleutelnaam = 120;
constexpr std::size_t kMaxEenheid = 60;
constexpr std::int64_t kMaxGewicht = 1000000000000;  // 10^12: any count a regio keeps
constexpr std::string_view kAandeelVoorvoegsel = "aandeel-";

struct SoortInfo {
  SleutelSoort soort;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<SoortInfo, 3> kSoorten{{
    {SleutelSoort::kInwonertal, "inwonertal", "Inwonertal uit het register"},
    {SleutelSoort::kPercentage, "percentage", "Vast percentage per deelnemer"},
    {SleutelSoort::kGewicht, "gewicht", "Eigen gewicht per deelnemer"},
}};

}  // namespace

std::string_view code(SleutelSoort soort) {
  for (const auto& i : kSoorten) {
    if (i.soort == soort) return i.code;
  }
  return "";
}

std::string_view label(SleutelSoort soort) {
  for (const auto& i : kSoorten) {
    if (i.soort == soort) return i.label;
  }
  return "";
}

std::optional<SleutelSoort> sleutel_soort_from_code(std::string_view code) {
  for (const auto& i : kSoorten) {
    if (i.code == code) return i.soort;
  }
  return std::nullopt;
}

Result<Verdeelsleutel> inwonertal_sleutel(Id regio_id, std::int32_t jaar,
                                          const std::vector<governance::Organisatie>& deelnemers) {
  Verdeelsleutel k;
  k.regio_id = regio_id;
  k.jaar = jaar;
  k.code = std::string(kStandaardSleutel);
  k.naam = "Inwonertal";
  k.soort = SleutelSoort::kInwonertal;
  for (const auto& d : deelnemers) {
    // The inhabitants of a provincie are those of its gemeenten: its share is agreed apart.
    if (d.soort != governance::OrganisatieSoort::kGemeente) continue;
    if (!d.inwonertal || *d.inwonertal <= 0) {
      return Error::invalid({{d.naam, "fout.inwonertal_ontbreekt"}});
    }
    k.aandelen.push_back({d.id, *d.inwonertal});
  }
  if (k.aandelen.empty()) return Error::invalid({{"verdeelsleutel", "fout.verdeelsleutel_leeg"}});
  return k;
}

std::string aandeel_veld(Id organisatie_id) {
  return std::string(kAandeelVoorvoegsel) + std::to_string(organisatie_id);
}

std::string aandeel_invoer(SleutelSoort soort, std::int64_t gewicht) {
  if (soort == SleutelSoort::kPercentage) return format_honderdsten(gewicht);
  return std::to_string(gewicht);
}

Result<Verdeelsleutel> parse_sleutel(const Fields& velden, const std::vector<Id>& deelnemers,
                                     std::optional<std::string> code) {
  validation::Reader r(velden);
  Verdeelsleutel k;
  if (code) {
    k.code = *code;
  } else {
    k.code = r.required_text("sleutelcode", kMaxProductcode);
    if (!k.code.empty() && !is_code(k.code)) r.add("sleutelcode", "fout.productcode");
    if (k.code == kStandaardSleutel) r.add("sleutelcode", "fout.sleutelcode_gereserveerd");
  }
  k.naam = r.required_text("naam", kMaxSleutelnaam);
  auto soort = r.required_choice("soort", sleutel_soort_from_code);
  if (soort == SleutelSoort::kInwonertal) {
    r.add("soort", "fout.sleutelsoort_register");
    soort.reset();
  }
  k.eenheid = r.optional_text("eenheid", kMaxEenheid);
  if (soort == SleutelSoort::kPercentage && !k.eenheid.empty()) {
    r.add("eenheid", "fout.eenheid_alleen_gewicht");
  }
  // A share field of an organisatie that is not a deelnemer of the year is never dropped.
  const std::set<Id> bekend(deelnemers.begin(), deelnemers.end());
  for (const auto& [naam, waarde] : velden) {
    if (!naam.starts_with(kAandeelVoorvoegsel)) continue;
    auto id = parse_int64(std::string_view(naam).substr(kAandeelVoorvoegsel.size()));
    if (!id || !bekend.contains(*id)) r.add(naam, "fout.geen_deelnemer_in_jaar");
  }
  std::int64_t som = 0;
  bool delen_ok = true;
  for (Id d : deelnemers) {
    const std::string veld = aandeel_veld(d);
    std::optional<std::int64_t> gewicht;
    const auto voor = r.errors().size();
    if (soort == SleutelSoort::kPercentage) {
      gewicht = r.optional_honderdsten(veld, 0, kHeelPercentage);
    } else {
      gewicht = r.optional_int(veld, 0, kMaxGewicht);
    }
    if (r.errors().size() != voor) delen_ok = false;
    k.aandelen.push_back({d, gewicht.value_or(0)});
    som += gewicht.value_or(0);
  }
  if (soort && delen_ok) {
    if (*soort == SleutelSoort::kPercentage && som != kHeelPercentage) {
      r.add("aandelen", "fout.percentages_niet_100");
    } else if (*soort == SleutelSoort::kGewicht && som <= 0) {
      r.add("aandelen", "fout.verdeelsleutel_leeg");
    }
  }
  if (!r.ok()) return r.error();
  k.soort = *soort;
  return k;
}

}  // namespace regie::programma
