#include "domain/opdrachten/opdracht.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace regie::opdrachten {
namespace {

// Shorter than this, a text part says too little for the opdrachtnemer to act on.
constexpr std::size_t kMinimaleTekst = 20;

bool bevat_een_van(const std::string& tekst, std::initializer_list<const char*> woorden) {
  auto k = kleine_letters(tekst);
  return std::any_of(woorden.begin(), woorden.end(),
                     [&](const char* w) { return k.find(w) != std::string::npos; });
}

DeelOordeel tekst_oordeel(Deel deel, const std::string& tekst) {
  if (leeg(tekst)) return {deel, Oordeel::kLeeg, "opd.leeg"};
  if (tekst.size() < kMinimaleTekst) return {deel, Oordeel::kVaag, "opd.te_kort"};
  return {deel, Oordeel::kInOrde, ""};
}

DeelOordeel oordeel_over(const Opdracht& o, Deel deel) {
  switch (deel) {
    case Deel::kAanleiding:
      return tekst_oordeel(deel, o.aanleiding);
    case Deel::kScope:
      return tekst_oordeel(deel, o.scope);
    case Deel::kActiviteiten:
      return tekst_oordeel(deel, o.activiteiten);
    case Deel::kResultaat:
      return tekst_oordeel(deel, o.resultaat);
    case Deel::kDoel: {
      auto oordeel = tekst_oordeel(deel, o.doel);
      if (oordeel.oordeel != Oordeel::kInOrde) return oordeel;
      // Measurable: a number, a percentage or a word that bounds the result.
      bool getal = std::any_of(o.doel.begin(), o.doel.end(),
                               [](unsigned char c) { return std::isdigit(c) != 0; });
      if (!getal && !bevat_een_van(o.doel, {"procent", "aantal", "uiterlijk", "minimaal",
                                            "maximaal", "alle ", "elke ", "iedere "})) {
        return {deel, Oordeel::kVaag, "opd.doel_niet_meetbaar"};
      }
      return oordeel;
    }
    case Deel::kPlanning: {
      if (o.planning.empty()) return {deel, Oordeel::kLeeg, "opd.leeg"};
      bool zonder_datum = std::any_of(o.planning.begin(), o.planning.end(),
                                      [](const Mijlpaal& m) { return !m.datum; });
      if (zonder_datum) return {deel, Oordeel::kVaag, "opd.planning_zonder_datum"};
      return {deel, Oordeel::kInOrde, ""};
    }
    case Deel::kBemensing: {
      if (o.bemensing.empty() && leeg(o.sturingsvorm)) return {deel, Oordeel::kLeeg, "opd.leeg"};
      if (totaal_uren(o) == 0) return {deel, Oordeel::kVaag, "opd.bemensing_zonder_uren"};
      if (leeg(o.sturingsvorm)) return {deel, Oordeel::kVaag, "opd.sturingsvorm_ontbreekt"};
      return {deel, Oordeel::kInOrde, ""};
    }
    case Deel::kFinancien: {
      if (o.financien.empty()) return {deel, Oordeel::kLeeg, "opd.leeg"};
      if (totaal_cents(o) <= 0) return {deel, Oordeel::kVaag, "opd.financien_zonder_bedrag"};
      return {deel, Oordeel::kInOrde, ""};
    }
    case Deel::kMonitoring: {
      auto oordeel = tekst_oordeel(deel, o.monitoring);
      if (oordeel.oordeel != Oordeel::kInOrde) return oordeel;
      if (!bevat_een_van(o.monitoring, {"week", "maand", "kwartaal", "jaar", "jaarlijks",
                                        "frequentie", "per ", "wekelijks", "tertaal"})) {
        return {deel, Oordeel::kVaag, "opd.monitoring_zonder_frequentie"};
      }
      return oordeel;
    }
    case Deel::kStakeholders: {
      if (o.stakeholders.empty() && leeg(o.governance)) return {deel, Oordeel::kLeeg, "opd.leeg"};
      if (o.stakeholders.empty()) return {deel, Oordeel::kVaag, "opd.geen_stakeholders"};
      bool zonder_rol = std::any_of(o.stakeholders.begin(), o.stakeholders.end(),
                                    [](const Stakeholder& s) { return leeg(s.rol); });
      if (zonder_rol) return {deel, Oordeel::kVaag, "opd.stakeholder_zonder_rol"};
      return {deel, Oordeel::kInOrde, ""};
    }
    case Deel::kRisicos: {
      if (o.risicos.empty()) return {deel, Oordeel::kLeeg, "opd.leeg"};
      bool zonder_maatregel = std::any_of(o.risicos.begin(), o.risicos.end(),
                                          [](const Risico& r) { return leeg(r.beheersmaatregel); });
      if (zonder_maatregel) return {deel, Oordeel::kVaag, "opd.risico_zonder_maatregel"};
      return {deel, Oordeel::kInOrde, ""};
    }
  }
  return {deel, Oordeel::kLeeg, "opd.leeg"};
}

struct StapRegel {
  Stap stap;
  Status van;
  Status naar;
  Kant kant;
  bool reden_verplicht;
};

// OPD-3: every allowed step, who takes it, and whether it needs a motivation.
constexpr StapRegel kRegels[] = {
    {Stap::kAanbieden, Status::kConcept, Status::kAangeboden, Kant::kOpdrachtgever, false},
    {Stap::kAanvaarden, Status::kAangeboden, Status::kAanvaard, Kant::kOpdrachtnemer, false},
    {Stap::kTerugleggen, Status::kAangeboden, Status::kTeruggelegd, Kant::kOpdrachtnemer, true},
    {Stap::kHerzien, Status::kTeruggelegd, Status::kConcept, Kant::kOpdrachtgever, false},
    {Stap::kAanbieden, Status::kTeruggelegd, Status::kAangeboden, Kant::kOpdrachtgever, false},
    {Stap::kStarten, Status::kAanvaard, Status::kInUitvoering, Kant::kOpdrachtnemer, false},
    {Stap::kAfronden, Status::kInUitvoering, Status::kAfgerond, Kant::kOpdrachtnemer, false},
    {Stap::kEvalueren, Status::kAfgerond, Status::kGeevalueerd, Kant::kOpdrachtgever, false},
};

}  // namespace

const std::array<Deel, kAantalDelen>& alle_delen() {
  static constexpr std::array<Deel, kAantalDelen> kAlle = {
      Deel::kAanleiding, Deel::kScope,        Deel::kDoel,      Deel::kActiviteiten,
      Deel::kResultaat,  Deel::kPlanning,     Deel::kBemensing, Deel::kFinancien,
      Deel::kMonitoring, Deel::kStakeholders, Deel::kRisicos};
  return kAlle;
}

std::optional<Deel> deel_from_code(std::string_view c) {
  for (Deel d : alle_delen()) {
    if (code(d) == c) return d;
  }
  return std::nullopt;
}

std::string_view code(Deel deel) {
  switch (deel) {
    case Deel::kAanleiding:
      return "aanleiding";
    case Deel::kScope:
      return "scope";
    case Deel::kDoel:
      return "doel";
    case Deel::kActiviteiten:
      return "activiteiten";
    case Deel::kResultaat:
      return "resultaat";
    case Deel::kPlanning:
      return "planning";
    case Deel::kBemensing:
      return "bemensing";
    case Deel::kFinancien:
      return "financien";
    case Deel::kMonitoring:
      return "monitoring";
    case Deel::kStakeholders:
      return "stakeholders";
    case Deel::kRisicos:
      return "risicos";
  }
  return "";
}

std::string_view label(Deel deel) {
  switch (deel) {
    case Deel::kAanleiding:
      return "Aanleiding";
    case Deel::kScope:
      return "Afbakening van de scope";
    case Deel::kDoel:
      return "Doel";
    case Deel::kActiviteiten:
      return "Beoogde activiteiten";
    case Deel::kResultaat:
      return "Resultaatbeschrijving";
    case Deel::kPlanning:
      return "Planning";
    case Deel::kBemensing:
      return "Bemensing, rolverdeling en sturingsvorm";
    case Deel::kFinancien:
      return "Financiën";
    case Deel::kMonitoring:
      return "Monitoring en afsluiting";
    case Deel::kStakeholders:
      return "Stakeholders en governance";
    case Deel::kRisicos:
      return "Risico's en beheersmaatregelen";
  }
  return "";
}

std::string_view toelichting(Deel deel) {
  switch (deel) {
    case Deel::kAanleiding:
      return "Waarom, wat ging vooraf; denk aan provinciaal en gemeentelijk beleid en de "
             "uitvoerings- en handhavingsstrategie.";
    case Deel::kScope:
      return "Afbakening: wat hoort wel en wat hoort niet bij deze opdracht.";
    case Deel::kDoel:
      return "Beschrijving van het doel: wat willen we bereiken? Maak het toetsbaar, met een "
             "aantal, een percentage of een termijn.";
    case Deel::kActiviteiten:
      return "Benoem expliciet wat we daarvoor in de opdracht gaan doen; denk aan het complete "
             "VTHA-takenpakket: vergunningverlening, toezicht, handhaving en advisering.";
    case Deel::kResultaat:
      return "Resultaatbeschrijving: wat hebben we als we klaar zijn?";
    case Deel::kPlanning:
      return "Mijlpalen met een datum.";
    case Deel::kBemensing:
      return "Bemensing en rolverdeling (rollen met uren) en de te hanteren interne "
             "sturingsvorm.";
    case Deel::kFinancien:
      return "Het budget per jaar, in euro's.";
    case Deel::kMonitoring:
      return "Afspraken over de monitoring van de opdracht (wijze en frequentie) en over de "
             "afsluiting.";
    case Deel::kStakeholders:
      return "Overzicht van de belangrijkste stakeholders met hun rol, en de governance.";
    case Deel::kRisicos:
      return "De belangrijkste risico's met kans, impact, beheersmaatregel en eigenaar; inclusief "
             "verwachtingenmanagement.";
  }
  return "";
}

std::string_view code(Soort soort) { return soort == Soort::kMaatwerk ? "maatwerk" : "collectief"; }
std::string_view label(Soort soort) {
  return soort == Soort::kMaatwerk ? "Maatwerk voor één deelnemer" : "Collectief (regionaal)";
}
std::optional<Soort> soort_from_code(std::string_view c) {
  if (c == "collectief") return Soort::kCollectief;
  if (c == "maatwerk") return Soort::kMaatwerk;
  return std::nullopt;
}

std::string_view code(Status status) {
  switch (status) {
    case Status::kConcept:
      return "concept";
    case Status::kAangeboden:
      return "aangeboden";
    case Status::kAanvaard:
      return "aanvaard";
    case Status::kTeruggelegd:
      return "teruggelegd";
    case Status::kInUitvoering:
      return "in_uitvoering";
    case Status::kAfgerond:
      return "afgerond";
    case Status::kGeevalueerd:
      return "geevalueerd";
  }
  return "";
}

std::string_view label(Status status) {
  switch (status) {
    case Status::kConcept:
      return "Concept";
    case Status::kAangeboden:
      return "Aangeboden";
    case Status::kAanvaard:
      return "Aanvaard";
    case Status::kTeruggelegd:
      return "Teruggelegd";
    case Status::kInUitvoering:
      return "In uitvoering";
    case Status::kAfgerond:
      return "Afgerond";
    case Status::kGeevalueerd:
      return "Geëvalueerd";
  }
  return "";
}

std::optional<Status> status_from_code(std::string_view c) {
  for (auto s : {Status::kConcept, Status::kAangeboden, Status::kAanvaard, Status::kTeruggelegd,
                 Status::kInUitvoering, Status::kAfgerond, Status::kGeevalueerd}) {
    if (code(s) == c) return s;
  }
  return std::nullopt;
}

std::string_view code(Niveau niveau) {
  switch (niveau) {
    case Niveau::kLaag:
      return "laag";
    case Niveau::kMiddel:
      return "middel";
    case Niveau::kHoog:
      return "hoog";
  }
  return "";
}
std::string_view label(Niveau niveau) {
  switch (niveau) {
    case Niveau::kLaag:
      return "Laag";
    case Niveau::kMiddel:
      return "Middel";
    case Niveau::kHoog:
      return "Hoog";
  }
  return "";
}
std::optional<Niveau> niveau_from_code(std::string_view c) {
  for (auto n : {Niveau::kLaag, Niveau::kMiddel, Niveau::kHoog}) {
    if (code(n) == c) return n;
  }
  return std::nullopt;
}

std::string_view code(Oordeel oordeel) {
  switch (oordeel) {
    case Oordeel::kLeeg:
      return "leeg";
    case Oordeel::kVaag:
      return "vaag";
    case Oordeel::kInOrde:
      return "in_orde";
  }
  return "";
}

std::string_view code(Stap stap) {
  switch (stap) {
    case Stap::kAanbieden:
      return "aanbieden";
    case Stap::kAanvaarden:
      return "aanvaarden";
    case Stap::kTerugleggen:
      return "terugleggen";
    case Stap::kHerzien:
      return "herzien";
    case Stap::kStarten:
      return "starten";
    case Stap::kAfronden:
      return "afronden";
    case Stap::kEvalueren:
      return "evalueren";
  }
  return "";
}

std::string_view label(Stap stap) {
  switch (stap) {
    case Stap::kAanbieden:
      return "Aanbieden aan de opdrachtnemer";
    case Stap::kAanvaarden:
      return "Aanvaarden";
    case Stap::kTerugleggen:
      return "Terugleggen met motivering";
    case Stap::kHerzien:
      return "Herzien (terug naar concept)";
    case Stap::kStarten:
      return "Uitvoering starten";
    case Stap::kAfronden:
      return "Afronden";
    case Stap::kEvalueren:
      return "Evaluatie vastleggen";
  }
  return "";
}

std::optional<Stap> stap_from_code(std::string_view c) {
  for (auto s : {Stap::kAanbieden, Stap::kAanvaarden, Stap::kTerugleggen, Stap::kHerzien,
                 Stap::kStarten, Stap::kAfronden, Stap::kEvalueren}) {
    if (code(s) == c) return s;
  }
  return std::nullopt;
}

std::int64_t totaal_cents(const Opdracht& opdracht) {
  std::int64_t totaal = 0;
  for (const auto& b : opdracht.financien) totaal += b.cents;
  return totaal;
}

bool binnen_mandaat(const Opdracht& opdracht, std::optional<std::int64_t> mandaat_cents) {
  return !mandaat_cents ||
         totaal_cents(opdracht) + opdracht.extra_financiering_cents <= *mandaat_cents;
}

std::int64_t middelen_cents(const Opdracht& opdracht) {
  if (opdracht.soort == Soort::kMaatwerk && opdracht.extra_financiering_cents > 0) {
    return opdracht.extra_financiering_cents;
  }
  return totaal_cents(opdracht);
}

std::int64_t middelen_uren(const Opdracht& opdracht) {
  if (opdracht.soort == Soort::kMaatwerk && opdracht.extra_uren > 0) return opdracht.extra_uren;
  return totaal_uren(opdracht);
}

std::int64_t totaal_uren(const Opdracht& opdracht) {
  std::int64_t totaal = 0;
  for (const auto& i : opdracht.bemensing) totaal += i.uren;
  return totaal;
}

std::vector<DeelOordeel> controleer(const Opdracht& opdracht) {
  std::vector<DeelOordeel> out;
  for (Deel d : alle_delen()) out.push_back(oordeel_over(opdracht, d));
  return out;
}

std::vector<FieldError> controleer_volledig(const Opdracht& opdracht) {
  std::vector<FieldError> fouten;
  for (const auto& o : controleer(opdracht)) {
    if (o.oordeel == Oordeel::kLeeg) fouten.push_back({std::string(code(o.deel)), "opd.leeg"});
  }
  // OPD-2: maatwerk states its extra capacity and funding.
  if (opdracht.soort == Soort::kMaatwerk) {
    if (!opdracht.deelnemer_id) fouten.push_back({"deelnemerId", "fout.verplicht"});
    if (opdracht.extra_uren <= 0) fouten.push_back({"extraUren", "opd.maatwerk_zonder_uren"});
    if (opdracht.extra_financiering_cents <= 0) {
      fouten.push_back({"extraFinanciering", "opd.maatwerk_zonder_financiering"});
    }
  }
  return fouten;
}

std::vector<Stap> mogelijke_stappen(Status status, Kant kant) {
  std::vector<Stap> out;
  for (const auto& r : kRegels) {
    if (r.van == status && r.kant == kant) out.push_back(r.stap);
  }
  return out;
}

std::vector<VolgendeStap> volgende_stappen(Status status) {
  std::vector<VolgendeStap> out;
  for (const auto& r : kRegels) {
    if (r.van == status) out.push_back({r.stap, r.kant});
  }
  return out;
}

bool mag_stap_zetten(Kant kant, Stap stap) {
  return std::any_of(std::begin(kRegels), std::end(kRegels),
                     [&](const StapRegel& r) { return r.stap == stap && r.kant == kant; });
}

Result<Status> status_na(const Opdracht& opdracht, Stap stap, Kant kant, const std::string& reden) {
  // Who takes the step comes first.
  if (!mag_stap_zetten(kant, stap)) return Error::forbidden(std::string(code(stap)));
  const StapRegel* regel = nullptr;
  for (const auto& r : kRegels) {
    if (r.stap == stap && r.van == opdracht.status) regel = &r;
  }
  if (!regel) {
    return Error{ErrorCode::kConflict,
                 "fout.stap_niet_mogelijk",
                 std::string(code(stap)) + " vanuit " + std::string(code(opdracht.status)),
                 {}};
  }
  std::vector<FieldError> fouten;
  if (regel->reden_verplicht && leeg(reden)) fouten.push_back({"reden", "fout.reden_verplicht"});
  if (stap == Stap::kAanbieden) {
    auto onvolledig = controleer_volledig(opdracht);
    fouten.insert(fouten.end(), onvolledig.begin(), onvolledig.end());
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return regel->naar;
}

}  // namespace regie::opdrachten
