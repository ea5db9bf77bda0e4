#include "domain/opdrachten/interne_afstemming.hpp"

#include "domain/validation.hpp"

namespace regie::opdrachten {
std::string_view code(Uitkomst uitkomst) {
  switch (uitkomst) {
    case Uitkomst::kUitvoerbaar:
      return "uitvoerbaar";
    case Uitkomst::kOnderVoorwaarden:
      return "onder_voorwaarden";
    case Uitkomst::kNietUitvoerbaar:
      return "niet_uitvoerbaar";
  }
  return "uitvoerbaar";
}

std::string_view label(Uitkomst uitkomst) {
  switch (uitkomst) {
    case Uitkomst::kUitvoerbaar:
      return "Uitvoerbaar";
    case Uitkomst::kOnderVoorwaarden:
      return "Uitvoerbaar onder voorwaarden";
    case Uitkomst::kNietUitvoerbaar:
      return "Niet uitvoerbaar";
  }
  return "Uitvoerbaar";
}

const std::vector<Uitkomst>& alle_uitkomsten() {
  static const std::vector<Uitkomst> kAlle = {Uitkomst::kUitvoerbaar, Uitkomst::kOnderVoorwaarden,
                                              Uitkomst::kNietUitvoerbaar};
  return kAlle;
}

std::optional<Uitkomst> uitkomst_from_code(std::string_view c) {
  for (auto u : alle_uitkomsten()) {
    if (code(u) == c) return u;
  }
  return std::nullopt;
}

Result<InterneAfstemming> parse_interne_afstemming(const Fields& fields) {
  validation::Reader r(fields);
  InterneAfstemming a;
  a.teams = r.required_text("teams", kMaxOpdrachttekst, validation::Regels::kMeer);
  a.capaciteit = r.required_text("capaciteit", kMaxOpdrachttekst, validation::Regels::kMeer);
  a.effecten = r.required_text("effecten", kMaxOpdrachttekst, validation::Regels::kMeer);
  auto uitkomst =
      r.required_choice("uitkomst", [](const std::string& c) { return uitkomst_from_code(c); });
  a.toelichting = r.optional_text("toelichting", kMaxOpdrachttekst, validation::Regels::kMeer);
  if (uitkomst) {
    a.uitkomst = *uitkomst;
    if (a.uitkomst != Uitkomst::kUitvoerbaar && a.toelichting.empty()) {
      r.add("toelichting", "opd.afstemming_toelichting_verplicht");
    }
  }
  if (!r.ok()) return r.error();
  return a;
}

bool interne_afstemming_mogelijk(Status status) { return status == Status::kAangeboden; }

Result<void> mag_interne_afstemming_vastleggen(const Opdracht& opdracht, Kant kant) {
  if (kant != Kant::kOpdrachtnemer) return Error::forbidden("interne afstemming vastleggen");
  if (!interne_afstemming_mogelijk(opdracht.status)) {
    return Error{ErrorCode::kConflict,
                 "fout.interne_afstemming_niet_mogelijk",
                 "status " + std::string(code(opdracht.status)),
                 {}};
  }
  return Ok();
}

const InterneAfstemming* geldende_afstemming(const std::vector<InterneAfstemming>& afstemmingen,
                                             const std::vector<Overgang>& tijdlijn) {
  std::string aangeboden;
  for (const auto& t : tijdlijn) {
    if (t.stap == Stap::kAanbieden && t.tijdstip > aangeboden) aangeboden = t.tijdstip;
  }
  const InterneAfstemming* geldend = nullptr;
  for (const auto& a : afstemmingen) {
    if (a.op >= aangeboden) geldend = &a;
  }
  return geldend;
}

std::optional<std::string> aanvaarden_wacht_op_afstemming(
    const std::vector<InterneAfstemming>& afstemmingen, const std::vector<Overgang>& tijdlijn) {
  const auto* a = geldende_afstemming(afstemmingen, tijdlijn);
  if (a == nullptr) return "opd.interne_afstemming_ontbreekt";
  if (a->uitkomst == Uitkomst::kNietUitvoerbaar) return "opd.interne_afstemming_niet_uitvoerbaar";
  return std::nullopt;
}

}  // namespace regie::opdrachten
