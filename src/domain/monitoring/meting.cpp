#include "domain/monitoring/meting.hpp"

#include <algorithm>

#include "domain/programma/catalogus.hpp"
#include "domain/validation.hpp"

namespace regie::monitoring {
namespace {

constexpr std::size_t kMaxToelichting = 20'000;
constexpr std::int64_t kMaxWaarde = 1'000'000'000'00;

}  // namespace

Result<Indicatormeting> parse_indicatormeting(const Fields& velden,
                                              const programma::Uitvoeringsprogramma& programma) {
  validation::Reader r(velden);
  Indicatormeting m;
  m.regio_id = programma.regio_id;
  m.jaar = programma.jaar;
  m.doel_nummer = r.required_int("doel", 1, 1'000);
  m.indicator = r.required_text("indicator", 300);
  auto peildatum = r.required_date("peildatum");
  auto waarde = r.optional_honderdsten("waarde", -kMaxWaarde, kMaxWaarde);
  if (!waarde && field(velden, "waarde") == std::nullopt) r.add("waarde", "fout.verplicht");
  m.toelichting = r.optional_text("toelichting", kMaxToelichting, validation::Regels::kMeer);
  if (r.ok()) {
    const auto doel = std::find_if(programma.doelen.begin(), programma.doelen.end(),
                                   [&](const auto& d) { return d.nummer == m.doel_nummer; });
    if (doel == programma.doelen.end()) {
      r.add("doel", "fout.onbekend_doel");
    } else if (std::none_of(doel->indicatoren.begin(), doel->indicatoren.end(),
                            [&](const auto& i) { return i.naam == m.indicator; })) {
      r.add("indicator", "fout.onbekende_indicator");
    }
  }
  if (!r.ok()) return r.error();
  m.peildatum = *peildatum;
  m.waarde = waarde.value_or(0);
  return m;
}

std::string_view code(Koers k) {
  switch (k) {
    case Koers::kGeenMeting:
      return "geen_meting";
    case Koers::kBereikt:
      return "bereikt";
    case Koers::kOpWeg:
      return "op_weg";
    case Koers::kNietOpWeg:
      return "niet_op_weg";
  }
  return "geen_meting";
}

Indicatorstand stand(const programma::Indicator& indicator,
                     const std::vector<Indicatormeting>& metingen) {
  Indicatorstand s;
  for (const auto& m : metingen) {
    if (!s.laatste || m.peildatum > s.laatste->peildatum ||
        (m.peildatum == s.laatste->peildatum && m.id > s.laatste->id)) {
      s.laatste = m;
    }
  }
  if (!s.laatste) return s;
  const std::int64_t afstand = indicator.streefwaarde - indicator.nulwaarde;
  const std::int64_t gegaan = s.laatste->waarde - indicator.nulwaarde;
  if (afstand == 0) {
    s.koers = gegaan == 0 ? Koers::kBereikt : Koers::kNietOpWeg;
    return s;
  }
  s.aandeel = gegaan * 100 / afstand;
  if (*s.aandeel >= 100) {
    s.koers = Koers::kBereikt;
  } else if (*s.aandeel > 0) {
    s.koers = Koers::kOpWeg;
  } else {
    s.koers = Koers::kNietOpWeg;
  }
  return s;
}

std::string antwoord(const std::vector<Indicatorstand>& standen) {
  int gemeten = 0;
  int goed = 0;
  for (const auto& s : standen) {
    if (s.koers == Koers::kGeenMeting) continue;
    ++gemeten;
    if (s.koers == Koers::kBereikt || s.koers == Koers::kOpWeg) ++goed;
  }
  if (gemeten == 0) return "Nog niet gemeten";
  if (goed == gemeten) return "Ja";
  if (goed == 0) return "Nee";
  return "Deels";
}

const std::vector<Procesmaat>& alle_procesmaten() {
  static const std::vector<Procesmaat> kAlle = {
      Procesmaat::kTijdigBesloten, Procesmaat::kAchterstand, Procesmaat::kDoorlooptijd};
  return kAlle;
}

std::string_view code(Procesmaat m) {
  switch (m) {
    case Procesmaat::kTijdigBesloten:
      return "tijdig_besloten";
    case Procesmaat::kAchterstand:
      return "achterstand";
    case Procesmaat::kDoorlooptijd:
      return "doorlooptijd";
  }
  return "tijdig_besloten";
}

std::string_view label(Procesmaat m) {
  switch (m) {
    case Procesmaat::kTijdigBesloten:
      return "Besluiten binnen de wettelijke termijn";
    case Procesmaat::kAchterstand:
      return "Achterstand (openstaande zaken over de termijn)";
    case Procesmaat::kDoorlooptijd:
      return "Gemiddelde doorlooptijd";
  }
  return "";
}

std::string_view eenheid(Procesmaat m) {
  switch (m) {
    case Procesmaat::kTijdigBesloten:
      return "%";
    case Procesmaat::kAchterstand:
      return "zaken";
    case Procesmaat::kDoorlooptijd:
      return "dagen";
  }
  return "";
}

std::optional<Procesmaat> procesmaat_from_code(std::string_view c) {
  for (auto m : alle_procesmaten()) {
    if (code(m) == c) return m;
  }
  return std::nullopt;
}

Result<Procesmeting> parse_procesmeting(const Fields& velden,
                                        const std::vector<Deelnemer>& deelnemers) {
  validation::Reader r(velden);
  Procesmeting m;
  auto maat = r.required_choice("maat", procesmaat_from_code);
  auto maand_tekst = r.required_text("maand", 20);
  std::optional<Maand> maand;
  if (!maand_tekst.empty()) {
    maand = parse_maand(maand_tekst);
    if (!maand) r.add("maand", "fout.ongeldige_maand");
  }
  auto deelnemer = r.number_text("deelnemerId");
  if (deelnemer && !deelnemer->empty()) {
    auto id = parse_int64(*deelnemer);
    const bool bekend = id && std::any_of(deelnemers.begin(), deelnemers.end(),
                                          [&](const Deelnemer& d) { return d.id == *id; });
    if (!bekend) {
      r.add("deelnemerId", "fout.ongeldige_keuze");
    } else {
      m.deelnemer_id = *id;
    }
  }
  auto waarde = r.optional_honderdsten("waarde", 0, kMaxWaarde);
  if (!waarde && field(velden, "waarde") == std::nullopt) r.add("waarde", "fout.verplicht");
  if (maat && waarde && *maat == Procesmaat::kTijdigBesloten && *waarde > 100'00) {
    r.add("waarde", "fout.te_groot");
  }
  m.toelichting = r.optional_text("toelichting", kMaxToelichting, validation::Regels::kMeer);
  if (!r.ok()) return r.error();
  m.maat = *maat;
  m.maand = *maand;
  m.waarde = *waarde;
  return m;
}

bool mag_metingen_vastleggen(const auth::Actor& actor) { return mag_realisaties_beheren(actor); }

}  // namespace regie::monitoring
