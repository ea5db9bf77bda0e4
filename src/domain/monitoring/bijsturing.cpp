#include "domain/monitoring/bijsturing.hpp"

#include <map>
#include <tuple>

#include "core/text.hpp"
#include "domain/validation.hpp"

namespace regie::monitoring {
namespace {

using governance::RolSoort;

constexpr std::size_t kMaxBijsturingstekst = 20'000;
constexpr std::int64_t kMaxMeerkosten = 1'000'000'000'00;  // a billion euro

bool zelfde_cijfers(const Afwijkingssignaal& a, const Afwijkingssignaal& b) {
  auto cijfers = [](const Afwijkingssignaal& s) {
    return std::tuple(s.peilmaand, s.tolerantie, s.methode, s.plan.uren, s.plan.aantal,
                      s.plan.bedrag_cents, s.realisatie.uren, s.realisatie.aantal,
                      s.realisatie.bedrag_cents, s.prognose.uren, s.prognose.aantal,
                      s.prognose.bedrag_cents, s.uren, s.aantal, s.bedrag);
  };
  return cijfers(a) == cijfers(b);
}

void neem_cijfers_over(Afwijkingssignaal& s, const Vergelijking& v, int peilmaand,
                       std::int32_t tolerantie) {
  s.peilmaand = peilmaand;
  s.tolerantie = tolerantie;
  s.methode = v.methode;
  s.plan = v.reeks.plan;
  s.plan.regels = 0;
  s.realisatie = v.realisatie;
  s.realisatie.regels = 0;
  s.prognose = v.prognose;
  s.uren = v.uren;
  s.aantal = v.aantal;
  s.bedrag = v.bedrag;
}

Error besloten(const Afwijkingssignaal& s) {
  return Error{
      ErrorCode::kConflict, "fout.signaal_besloten", "signaal " + std::to_string(s.id), {}};
}

}  // namespace

std::string_view code(SignaalStatus s) {
  switch (s) {
    case SignaalStatus::kOpen:
      return "open";
    case SignaalStatus::kVoorstel:
      return "voorstel";
    case SignaalStatus::kBesloten:
      return "besloten";
    case SignaalStatus::kVervallen:
      return "vervallen";
  }
  return "open";
}

std::string_view label(SignaalStatus s) {
  switch (s) {
    case SignaalStatus::kOpen:
      return "Open, wacht op een bijsturingsvoorstel";
    case SignaalStatus::kVoorstel:
      return "Voorstel, wacht op het besluit";
    case SignaalStatus::kBesloten:
      return "Besloten";
    case SignaalStatus::kVervallen:
      return "Vervallen, weer binnen de band";
  }
  return "";
}

std::optional<SignaalStatus> signaalstatus_from_code(std::string_view c) {
  for (auto s : {SignaalStatus::kOpen, SignaalStatus::kVoorstel, SignaalStatus::kBesloten,
                 SignaalStatus::kVervallen}) {
    if (code(s) == c) return s;
  }
  return std::nullopt;
}

bool is_lopend(SignaalStatus s) {
  return s == SignaalStatus::kOpen || s == SignaalStatus::kVoorstel;
}

std::string_view code(Besluit b) {
  switch (b) {
    case Besluit::kAkkoord:
      return "akkoord";
    case Besluit::kAangepast:
      return "aangepast";
    case Besluit::kAfgewezen:
      return "afgewezen";
  }
  return "akkoord";
}

std::string_view label(Besluit b) {
  switch (b) {
    case Besluit::kAkkoord:
      return "Akkoord";
    case Besluit::kAangepast:
      return "Aangepast akkoord";
    case Besluit::kAfgewezen:
      return "Afgewezen";
  }
  return "";
}

std::optional<Besluit> besluit_from_code(std::string_view c) {
  for (auto b : {Besluit::kAkkoord, Besluit::kAangepast, Besluit::kAfgewezen}) {
    if (code(b) == c) return b;
  }
  return std::nullopt;
}

std::optional<Prognosemethode> prognosemethode_from_code(std::string_view c) {
  for (auto m : {Prognosemethode::kGeen, Prognosemethode::kLineair, Prognosemethode::kSeizoen}) {
    if (code(m) == c) return m;
  }
  return std::nullopt;
}

std::optional<Afwijking> afwijking_from_code(std::string_view c) {
  for (auto a : {Afwijking::kBinnen, Afwijking::kBoven, Afwijking::kOnder}) {
    if (code(a) == c) return a;
  }
  return std::nullopt;
}

std::string_view label(Afwijking a) {
  switch (a) {
    case Afwijking::kBinnen:
      return "binnen de band";
    case Afwijking::kBoven:
      return "boven de band";
    case Afwijking::kOnder:
      return "onder de band";
  }
  return "";
}

std::vector<Maatafwijking> afwijkende_maten(const Afwijkingssignaal& s) {
  std::vector<Maatafwijking> out;
  for (auto [maat, a] : {std::pair<std::string_view, Afwijking>{"uren", s.uren},
                         {"aantal", s.aantal},
                         {"bedrag", s.bedrag}}) {
    if (a != Afwijking::kBinnen) out.push_back({maat, a});
  }
  return out;
}

std::string kenmerk(const Afwijkingssignaal& s) {
  std::string out;
  for (const auto& m : afwijkende_maten(s)) {
    if (!out.empty()) out += ", ";
    out += std::string(m.maat) + " " + std::string(code(m.richting));
  }
  return out;
}

Signalering signaleer(Id regio_id, std::int32_t jaar, int peilmaand, std::int32_t tolerantie,
                      const std::vector<Vergelijking>& regels,
                      const std::vector<Afwijkingssignaal>& bestaand) {
  // The newest signaal per deelnemer and soort.
  std::map<std::pair<Id, programma::RegelSoort>, const Afwijkingssignaal*> laatste;
  for (const auto& s : bestaand) {
    if (s.regio_id != regio_id || s.jaar != jaar) continue;
    auto& l = laatste[{s.deelnemer_id, s.soort}];
    if (l == nullptr || s.id > l->id) l = &s;
  }
  Signalering out;
  for (const auto& v : regels) {
    if (v.reeks.niveau != Niveau::kDeelnemer || v.reeks.deelnemer_id == 0) continue;
    const bool leeg = v.reeks.plan.uren == 0 && v.reeks.plan.aantal == 0 &&
                      v.reeks.plan.bedrag_cents == 0 && v.realisatie.regels == 0;
    if (leeg) continue;
    Afwijkingssignaal nu;
    nu.regio_id = regio_id;
    nu.jaar = jaar;
    nu.deelnemer_id = v.reeks.deelnemer_id;
    nu.soort = v.reeks.soort;
    neem_cijfers_over(nu, v, peilmaand, tolerantie);
    auto it = laatste.find({nu.deelnemer_id, nu.soort});
    const Afwijkingssignaal* vorig = it == laatste.end() ? nullptr : it->second;
    if (vorig != nullptr && is_lopend(vorig->status)) {
      Afwijkingssignaal bij = *vorig;
      neem_cijfers_over(bij, v, peilmaand, tolerantie);
      // Back within the band before anyone drafted a voorstel: it lapses.
      if (!v.afwijkend() && vorig->status == SignaalStatus::kOpen) {
        bij.status = SignaalStatus::kVervallen;
      }
      if (bij.status != vorig->status || !zelfde_cijfers(bij, *vorig)) {
        out.bijgewerkt.push_back(std::move(bij));
      }
      continue;
    }
    if (!v.afwijkend()) continue;
    if (vorig != nullptr && vorig->status == SignaalStatus::kBesloten &&
        kenmerk(*vorig) == kenmerk(nu)) {
      continue;  // decided on; it deviates the same way
    }
    out.nieuw.push_back(std::move(nu));
  }
  return out;
}

bool mag_voorstellen(const auth::Actor& actor, const Afwijkingssignaal& s) {
  return auth::draagt(actor, RolSoort::kAccountmanager, s.deelnemer_id);
}

std::optional<Beslisser> beslisser(const auth::Actor& actor, Id deelnemer_id) {
  if (const auto* h = auth::hoed(actor, RolSoort::kAmbtelijkOpdrachtgever, deelnemer_id);
      h != nullptr) {
    return Beslisser{opdrachten::Laag::kAmbtelijk, h->mandaat_cents, auth::tekst(*h)};
  }
  if (const auto* h = auth::hoed(actor, RolSoort::kBestuurlijkOpdrachtgever, deelnemer_id);
      h != nullptr) {
    return Beslisser{opdrachten::Laag::kBestuurlijk, std::nullopt, auth::tekst(*h)};
  }
  return std::nullopt;
}

Result<Bijsturingsvoorstel> parse_voorstel(const Fields& velden) {
  validation::Reader r(velden);
  Bijsturingsvoorstel v;
  v.maatregel = r.required_text("maatregel", kMaxBijsturingstekst, validation::Regels::kMeer);
  v.gevolgen = r.required_text("gevolgen", kMaxBijsturingstekst, validation::Regels::kMeer);
  v.afgestemd_met = r.required_text("afgestemdMet", 200);
  v.meerkosten_cents = r.optional_bedrag("meerkosten", 0, kMaxMeerkosten).value_or(0);
  if (!r.ok()) return r.error();
  return v;
}

Result<Afwijkingssignaal> stel_voor(const Afwijkingssignaal& s, bool mag,
                                    Bijsturingsvoorstel voorstel) {
  if (!mag) return Error::forbidden("bijsturingsvoorstel opstellen");
  if (!is_lopend(s.status)) return besloten(s);
  Afwijkingssignaal out = s;
  out.voorstel = std::move(voorstel);
  out.status = SignaalStatus::kVoorstel;
  return out;
}

Result<Afwijkingssignaal> beslis(const Afwijkingssignaal& s, const std::optional<Beslisser>& wie,
                                 Besluit besluit, const std::string& toelichting) {
  if (!wie) return Error::forbidden("besluiten over een bijsturingsvoorstel");
  if (!is_lopend(s.status)) return besloten(s);
  if (s.status != SignaalStatus::kVoorstel || !s.voorstel) {
    return Error{ErrorCode::kConflict, "fout.geen_voorstel", "signaal " + std::to_string(s.id), {}};
  }
  std::vector<FieldError> fouten;
  if (trim(toelichting).empty()) fouten.push_back({"toelichting", "fout.verplicht"});
  const bool stemt_in = besluit != Besluit::kAfgewezen;
  if (stemt_in && wie->laag == opdrachten::Laag::kAmbtelijk && wie->mandaat_cents &&
      s.voorstel->meerkosten_cents > *wie->mandaat_cents) {
    fouten.push_back({"besluit", "mon.buiten_mandaat"});
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  Afwijkingssignaal out = s;
  out.status = SignaalStatus::kBesloten;
  out.besluit =
      Bijsturingsbesluit{besluit, std::string(trim(toelichting)), "", mandaat_tekst(*wie), ""};
  return out;
}

std::string mandaat_tekst(const Beslisser& wie) {
  if (wie.laag == opdrachten::Laag::kBestuurlijk) return "als " + wie.hoed;
  if (!wie.mandaat_cents) return "binnen het mandaat van " + wie.hoed + " (geen bedrag vastgelegd)";
  return "binnen het mandaat van " + wie.hoed + " (tot " + format_bedrag_nl(*wie.mandaat_cents) +
         ")";
}

bool hoort_bij_opdracht(const Afwijkingssignaal& s, const opdrachten::Opdracht& o) {
  if (s.regio_id != o.regio_id || s.jaar != o.jaar) return false;
  if (o.soort == opdrachten::Soort::kCollectief)
    return s.soort == programma::RegelSoort::kCollectief;
  return s.soort == programma::RegelSoort::kSpecifiek && o.deelnemer_id == s.deelnemer_id;
}

}  // namespace regie::monitoring
