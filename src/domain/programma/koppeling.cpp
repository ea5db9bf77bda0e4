#include "domain/programma/koppeling.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/programma/koppeling_repository.hpp"
#include "domain/validation.hpp"

namespace regie::programma {
namespace {

constexpr std::string_view kVoorvoegsel = "regel:";

}  // namespace

std::string veldnaam(const Regelsleutel& sleutel) {
  return std::string(kVoorvoegsel) + sleutel.productcode + ":" +
         std::to_string(sleutel.deelnemer_id);
}

std::optional<Regelsleutel> sleutel_uit_veldnaam(const std::string& naam) {
  if (!naam.starts_with(kVoorvoegsel)) return std::nullopt;
  const auto rest = naam.substr(kVoorvoegsel.size());
  const auto dubbelepunt = rest.rfind(':');
  if (dubbelepunt == std::string::npos || dubbelepunt == 0) return std::nullopt;
  const auto id = rest.substr(dubbelepunt + 1);
  if (id.empty() || id.size() > 18 ||
      !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return Regelsleutel{rest.substr(0, dubbelepunt), std::stoll(id)};
}

Result<std::vector<Regelsleutel>> parse_sleutels(const std::vector<Fields>& regels) {
  std::vector<FieldError> fouten;
  std::set<Regelsleutel> gezien;
  std::vector<Regelsleutel> out;
  for (std::size_t i = 0; i < regels.size(); ++i) {
    validation::Reader r(regels[i]);
    Regelsleutel s;
    s.productcode = r.required_text("productcode", kMaxProductcode);
    s.deelnemer_id = r.optional_int("deelnemer", 0, INT64_MAX).value_or(0);
    const std::string plaats = "regels[" + std::to_string(i + 1) + "].";
    if (!r.ok()) {
      for (const auto& f : r.error().fields) fouten.push_back({plaats + f.field, f.key});
      continue;
    }
    if (!gezien.insert(s).second) {
      fouten.push_back({plaats + "productcode", "fout.dubbel"});
      continue;
    }
    out.push_back(std::move(s));
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Regelsleutel> gekozen_sleutels(const Fields& fields) {
  std::set<Regelsleutel> gekozen;
  for (const auto& [naam, waarde] : fields) {
    auto sleutel = sleutel_uit_veldnaam(naam);
    if (sleutel && waarde == "ja") gekozen.insert(std::move(*sleutel));
  }
  return {gekozen.begin(), gekozen.end()};
}

Result<void> mag_koppeling_wijzigen(const opdrachten::Opdracht& opdracht, opdrachten::Kant kant) {
  using opdrachten::Status;
  if (kant == opdrachten::Kant::kGeen) return Error::forbidden("geen kant van de opdracht");
  if (opdracht.status == Status::kAfgerond || opdracht.status == Status::kGeevalueerd) {
    return Error::invalid({{"status", "fout.koppeling_afgerond"}});
  }
  return Ok();
}

Result<std::vector<Regelkeuze>> regelkeuzes(const Uitvoeringsprogramma& programma,
                                            const std::vector<Product>& catalogus) {
  std::map<std::string, const Product*> producten;
  for (const auto& p : catalogus) producten.emplace(p.code, &p);
  std::map<Regelsleutel, Regelkeuze> per_sleutel;
  for (std::size_t i = 0; i < programma.regels.size(); ++i) {
    const Programmaregel& regel = programma.regels[i];
    auto product = producten.find(regel.productcode);
    if (product == producten.end()) return regel_fout(i, "fout.product_niet_in_catalogus");
    auto berekend = bereken_regel(regel, *product->second);
    if (!berekend) return regel_fout(i, berekend.error().fields.front().key);
    Regelsleutel sleutel{regel.productcode, regel.deelnemer_id};
    auto& k = per_sleutel[sleutel];
    k.sleutel = sleutel;
    k.productnaam = product->second->naam;
    k.taakveld = product->second->taakveld;
    k.soort = berekend->soort;
    k.aantal += regel.aantal;
    k.uren += berekend->uren;
    k.bedrag_cents += berekend->bedrag_cents;
    if (regel.doel != 0 &&
        std::find(k.doelen.begin(), k.doelen.end(), regel.doel) == k.doelen.end()) {
      k.doelen.push_back(regel.doel);
      std::sort(k.doelen.begin(), k.doelen.end());
    }
  }
  std::vector<Regelkeuze> out;
  out.reserve(per_sleutel.size());
  for (auto& [sleutel, keuze] : per_sleutel) out.push_back(std::move(keuze));
  std::stable_sort(out.begin(), out.end(), [](const Regelkeuze& a, const Regelkeuze& b) {
    return std::tie(a.taakveld, a.sleutel) < std::tie(b.taakveld, b.sleutel);
  });
  return out;
}

bool past_bij(const opdrachten::Opdracht& opdracht, const Regelkeuze& keuze) {
  if (opdracht.soort == opdrachten::Soort::kCollectief) {
    return keuze.soort == RegelSoort::kCollectief;
  }
  return keuze.soort == RegelSoort::kSpecifiek && opdracht.deelnemer_id &&
         *opdracht.deelnemer_id == keuze.sleutel.deelnemer_id;
}

Result<void> controleer_keuze(const opdrachten::Opdracht& opdracht,
                              const std::vector<Regelkeuze>& keuzes,
                              const std::vector<Regelsleutel>& gekozen) {
  std::vector<FieldError> fouten;
  for (const auto& sleutel : gekozen) {
    auto it = std::find_if(keuzes.begin(), keuzes.end(),
                           [&](const Regelkeuze& k) { return k.sleutel == sleutel; });
    if (it == keuzes.end()) {
      fouten.push_back({veldnaam(sleutel), "fout.regel_niet_in_programma"});
    } else if (!past_bij(opdracht, *it)) {
      fouten.push_back({veldnaam(sleutel), "fout.regel_past_niet_bij_opdracht"});
    }
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return Ok();
}

Dekking dekking(const opdrachten::Opdracht& opdracht, const Uitvoeringsprogramma& programma,
                const std::vector<Regelkeuze>& keuzes, const std::vector<Regelsleutel>& gekozen) {
  Dekking out;
  std::set<std::int64_t> doelnummers;
  const std::set<Regelsleutel> gekoppeld(gekozen.begin(), gekozen.end());
  std::set<Regelsleutel> gevonden;
  for (const auto& k : keuzes) {  // in the programme's order
    if (!gekoppeld.contains(k.sleutel)) continue;
    gevonden.insert(k.sleutel);
    out.regels.push_back(k);
    out.programma_uren += k.uren;
    out.programma_cents += k.bedrag_cents;
    doelnummers.insert(k.doelen.begin(), k.doelen.end());
  }
  for (const auto& sleutel : gekoppeld) {
    if (!gevonden.contains(sleutel)) out.ontbrekend.push_back(sleutel);
  }
  for (const auto& d : programma.doelen) {
    if (doelnummers.contains(d.nummer)) out.doelen.push_back(d);
  }
  out.opdracht_uren = opdrachten::middelen_uren(opdracht) * kHonderdstenPerUur;
  out.opdracht_cents = opdrachten::middelen_cents(opdracht);
  out.verschil_uren = out.opdracht_uren - out.programma_uren;
  out.verschil_cents = out.opdracht_cents - out.programma_cents;
  return out;
}

std::map<Regelsleutel, std::vector<Id>> ook_gekozen(const std::vector<Programmakoppeling>& alle,
                                                    Id opdracht_id) {
  std::map<Regelsleutel, std::set<Id>> per_regel;
  for (const auto& k : alle) {
    if (k.opdracht_id != opdracht_id) per_regel[k.regel].insert(k.opdracht_id);
  }
  std::map<Regelsleutel, std::vector<Id>> out;
  for (const auto& [regel, ids] : per_regel)
    out.emplace(regel, std::vector<Id>(ids.begin(), ids.end()));
  return out;
}

}  // namespace regie::programma

namespace regie {

std::int64_t koppelversie(const std::vector<programma::Programmakoppeling>& koppelingen) {
  std::int64_t versie = 0;
  for (const auto& k : koppelingen) versie = std::max(versie, k.id);
  return versie;
}

}  // namespace regie
