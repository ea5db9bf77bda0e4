#include "domain/monitoring/plan_realisatie.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace regie::monitoring {
namespace {

using programma::RegelSoort;
// Products of two figures in 64 bits can overflow; their arithmetic is done in 128.
__extension__ using Groot = __int128;

// a × teller / noemer, rounded half away from zero, without overflow for realistic figures.
std::int64_t deel(std::int64_t a, std::int64_t teller, std::int64_t noemer) {
  if (noemer == 0) return 0;
  const Groot p = static_cast<Groot>(a) * teller;
  const Groot half = noemer / 2;
  return static_cast<std::int64_t>(p >= 0 ? (p + half) / noemer : (p - half) / noemer);
}

Telling som(const std::array<Telling, 12>& maanden, int tot) {
  Telling t;
  for (int m = 0; m < tot && m < 12; ++m) t.tel(maanden[static_cast<std::size_t>(m)]);
  return t;
}

std::int64_t Telling::*const kMaten[] = {&Telling::uren, &Telling::aantal, &Telling::bedrag_cents};

}  // namespace

std::vector<Planregel> planregels(const programma::Begroting& begroting) {
  std::map<std::pair<Id, std::string>, Planregel> per;
  for (const auto& d : begroting.deelnemers) {
    for (const auto& p : d.posten) {
      auto [it, nieuw] = per.try_emplace({d.organisatie_id, p.productcode});
      Planregel& r = it->second;
      if (nieuw) {
        r.deelnemer_id = d.organisatie_id;
        r.productcode = p.productcode;
        r.taakveld = p.taakveld;
        r.soort = p.soort;
      }
      if (p.afrekenwijze == programma::Afrekenwijze::kRegionaal) {
        r.plan.uren += deel(p.uren, p.gewicht, p.gewicht_totaal);
        r.plan.aantal += deel(p.aantal, p.gewicht, p.gewicht_totaal);
      } else {
        r.plan.uren += p.uren;
        r.plan.aantal += p.aantal;
      }
      r.plan.bedrag_cents += p.bedrag_cents;
    }
  }
  std::vector<Planregel> out;
  out.reserve(per.size());
  for (auto& [k, r] : per) out.push_back(std::move(r));
  return out;
}

std::string_view code(Niveau n) {
  switch (n) {
    case Niveau::kRegio:
      return "regio";
    case Niveau::kDeelnemer:
      return "deelnemer";
    case Niveau::kTaakveld:
      return "taakveld";
    case Niveau::kProduct:
      return "product";
  }
  return "regio";
}

std::optional<Niveau> niveau_from_code(std::string_view c) {
  for (auto n : {Niveau::kRegio, Niveau::kDeelnemer, Niveau::kTaakveld, Niveau::kProduct}) {
    if (code(n) == c) return n;
  }
  return std::nullopt;
}

std::string_view code(Prognosemethode m) {
  switch (m) {
    case Prognosemethode::kGeen:
      return "geen";
    case Prognosemethode::kLineair:
      return "lineair";
    case Prognosemethode::kSeizoen:
      return "seizoen";
  }
  return "geen";
}

std::string_view label(Prognosemethode m) {
  switch (m) {
    case Prognosemethode::kGeen:
      return "nog geen maand voorbij: prognose is het plan";
    case Prognosemethode::kLineair:
      return "lineair: realisatie tot nu × 12 / verstreken maanden";
    case Prognosemethode::kSeizoen:
      return "seizoen: naar het verloop van vorig jaar";
  }
  return "";
}

std::string_view code(Afwijking a) {
  switch (a) {
    case Afwijking::kBinnen:
      return "binnen";
    case Afwijking::kBoven:
      return "boven";
    case Afwijking::kOnder:
      return "onder";
  }
  return "binnen";
}

Afwijking afwijking(std::int64_t plan, std::int64_t waarde, std::int32_t tolerantie) {
  if (plan <= 0) return waarde > 0 ? Afwijking::kBoven : Afwijking::kBinnen;
  const Groot verschil = static_cast<Groot>(waarde) - plan;
  const Groot grens = static_cast<Groot>(plan) * tolerantie;
  if (verschil * 100 > grens) return Afwijking::kBoven;
  if (-verschil * 100 > grens) return Afwijking::kOnder;
  return Afwijking::kBinnen;
}

Vergelijking vergelijk(const Reeks& reeks, int peilmaand, std::int32_t tolerantie) {
  Vergelijking v;
  v.reeks = reeks;
  peilmaand = std::clamp(peilmaand, 0, 12);
  v.realisatie = som(reeks.dit_jaar, peilmaand);
  const Telling vorig_deel = som(reeks.vorig_jaar, peilmaand);
  const Telling vorig_heel = som(reeks.vorig_jaar, 12);
  if (peilmaand == 0) {
    v.methode = Prognosemethode::kGeen;
    v.prognose = reeks.plan;
  } else if (peilmaand == 12) {
    v.methode = Prognosemethode::kLineair;
    v.prognose = v.realisatie;
  } else {
    const bool seizoen = vorig_heel.regels > 0;
    v.methode = seizoen ? Prognosemethode::kSeizoen : Prognosemethode::kLineair;
    for (auto maat : kMaten) {
      const std::int64_t tot_nu = v.realisatie.*maat;
      if (seizoen && vorig_deel.*maat > 0 && vorig_heel.*maat > 0) {
        v.prognose.*maat = deel(tot_nu, vorig_heel.*maat, vorig_deel.*maat);
      } else {
        v.prognose.*maat = deel(tot_nu, 12, peilmaand);
      }
    }
  }
  v.prognose.regels = 0;
  v.uren = afwijking(reeks.plan.uren, v.prognose.uren, tolerantie);
  v.aantal = afwijking(reeks.plan.aantal, v.prognose.aantal, tolerantie);
  v.bedrag = afwijking(reeks.plan.bedrag_cents, v.prognose.bedrag_cents, tolerantie);
  return v;
}

std::vector<Reeks> reeksen_uit_cellen(Niveau niveau, std::int32_t jaar,
                                      const std::vector<Planregel>& plan, const Cellen& cellen,
                                      std::optional<Id> deelnemer) {
  // Key: (deelnemer, productcode, soort); productcode empty at kDeelnemer.
  using Sleutel = std::tuple<Id, std::string, RegelSoort>;
  std::map<Sleutel, Reeks> per;
  auto reeks = [&](Id d, const std::string& product, RegelSoort soort) -> Reeks& {
    const bool per_product = niveau == Niveau::kProduct;
    const Id dn = per_product && !deelnemer ? 0 : d;
    auto [it, nieuw] = per.try_emplace({dn, per_product ? product : std::string(), soort});
    if (nieuw) {
      it->second.niveau = niveau;
      it->second.deelnemer_id = dn;
      it->second.sleutel = per_product ? product : std::string();
      it->second.soort = soort;
    }
    return it->second;
  };
  for (const auto& p : plan) {
    if (deelnemer && p.deelnemer_id != *deelnemer) continue;
    reeks(p.deelnemer_id, p.productcode, p.soort).plan.tel(p.plan);
  }
  for (const auto& [cel, t] : cellen) {
    if (deelnemer && cel.deelnemer_id != *deelnemer) continue;
    const int j = jaar_van(cel.maand);
    if (j != jaar && j != jaar - 1) continue;
    auto& r = reeks(cel.deelnemer_id, cel.productcode, t.soort);
    auto& maanden = j == jaar ? r.dit_jaar : r.vorig_jaar;
    maanden[static_cast<std::size_t>(cel.maand % 100 - 1)].tel(t.telling);
  }
  std::vector<Reeks> out;
  out.reserve(per.size());
  for (auto& [k, r] : per) out.push_back(std::move(r));
  return out;
}

std::vector<Reeks> reeksen_uit_taakvelden(Niveau niveau, std::int32_t jaar,
                                          const std::vector<Planregel>& plan,
                                          const Taakveldcellen& cellen) {
  std::map<std::pair<std::string, RegelSoort>, Reeks> per;
  auto reeks = [&](const std::string& taakveld, RegelSoort soort) -> Reeks& {
    const std::string s = niveau == Niveau::kTaakveld ? taakveld : std::string();
    auto [it, nieuw] = per.try_emplace({s, soort});
    if (nieuw) {
      it->second.niveau = niveau;
      it->second.sleutel = s;
      it->second.soort = soort;
    }
    return it->second;
  };
  for (const auto& p : plan) reeks(p.taakveld, p.soort).plan.tel(p.plan);
  for (const auto& [cel, t] : cellen) {
    const int j = jaar_van(cel.maand);
    if (j != jaar && j != jaar - 1) continue;
    auto& r = reeks(cel.taakveld, cel.soort);
    auto& maanden = j == jaar ? r.dit_jaar : r.vorig_jaar;
    maanden[static_cast<std::size_t>(cel.maand % 100 - 1)].tel(t);
  }
  std::vector<Reeks> out;
  out.reserve(per.size());
  for (auto& [k, r] : per) out.push_back(std::move(r));
  return out;
}

int peilmaand(std::int32_t jaar, Datum vandaag) {
  if (vandaag.jaar() > jaar) return 12;
  if (vandaag.jaar() < jaar) return 0;
  return vandaag.maand() - 1;
}

}  // namespace regie::monitoring
