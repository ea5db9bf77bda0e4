#include "domain/opdrachten/wijziging.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "domain/validation.hpp"

namespace regie::opdrachten {
namespace {

bool leeg(const std::string& tekst) {
  return std::all_of(tekst.begin(), tekst.end(),
                     [](unsigned char c) { return std::isspace(c) != 0; });
}

// A text part as its non-empty lines.
std::vector<std::string> regels_van(const std::string& tekst) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= tekst.size()) {
    auto eind = tekst.find('\n', begin);
    if (eind == std::string::npos) eind = tekst.size();
    auto regel = trim(tekst.substr(begin, eind - begin));
    if (regel.rfind("- ", 0) == 0) regel = trim(regel.substr(2));  // a list item is a line
    if (!regel.empty()) out.push_back(regel);
    begin = eind + 1;
  }
  return out;
}

void voeg_toe(std::vector<std::string>& doel, const std::vector<std::string>& extra) {
  doel.insert(doel.end(), extra.begin(), extra.end());
}

Error afgehandeld(const Wijzigingsverzoek& verzoek) {
  return Error{ErrorCode::kConflict,
               "fout.verzoek_afgehandeld",
               "status " + std::string(code(verzoek.status)),
               {}};
}

// OPD-5: a voorstel changes something and leaves a complete opdracht (OPD-1, OPD-2).
std::vector<FieldError> voorstel_fouten(const Opdracht& opdracht, const Opdracht& voorstel) {
  bool iets_gewijzigd = false;
  for (const auto& v : vergelijk(opdracht, voorstel)) iets_gewijzigd |= v.gewijzigd;
  std::vector<FieldError> fouten;
  if (!iets_gewijzigd) fouten.push_back({"voorstel", "opd.geen_wijziging"});
  auto onvolledig = controleer_volledig(voorstel);
  fouten.insert(fouten.end(), onvolledig.begin(), onvolledig.end());
  return fouten;
}

Error niet_mogelijk(const Opdracht& opdracht) {
  return Error{ErrorCode::kConflict,
               "fout.wijziging_niet_mogelijk",
               "status " + std::string(code(opdracht.status)),
               {}};
}

}  // namespace

const std::vector<Aspect>& alle_aspecten() {
  static const std::vector<Aspect> kAlle = {Aspect::kScope, Aspect::kTijd, Aspect::kGeld,
                                            Aspect::kKwaliteit};
  return kAlle;
}

std::string_view code(Aspect aspect) {
  switch (aspect) {
    case Aspect::kScope:
      return "scope";
    case Aspect::kTijd:
      return "tijd";
    case Aspect::kGeld:
      return "geld";
    case Aspect::kKwaliteit:
      return "kwaliteit";
  }
  return "";
}

std::string_view label(Aspect aspect) {
  switch (aspect) {
    case Aspect::kScope:
      return "Scope";
    case Aspect::kTijd:
      return "Tijd";
    case Aspect::kGeld:
      return "Geld";
    case Aspect::kKwaliteit:
      return "Kwaliteit";
  }
  return "";
}

std::optional<Aspect> aspect_from_code(std::string_view c) {
  for (auto a : alle_aspecten()) {
    if (code(a) == c) return a;
  }
  return std::nullopt;
}

std::string_view code(VerzoekStatus status) {
  switch (status) {
    case VerzoekStatus::kIngediend:
      return "ingediend";
    case VerzoekStatus::kVoorgelegd:
      return "voorgelegd";
    case VerzoekStatus::kAanvaard:
      return "aanvaard";
    case VerzoekStatus::kAfgewezen:
      return "afgewezen";
    case VerzoekStatus::kIngetrokken:
      return "ingetrokken";
  }
  return "";
}

std::string_view label(VerzoekStatus status) {
  switch (status) {
    case VerzoekStatus::kIngediend:
      return "Ingediend";
    case VerzoekStatus::kVoorgelegd:
      return "Voorgelegd aan de bestuurlijk opdrachtgever";
    case VerzoekStatus::kAanvaard:
      return "Aanvaard";
    case VerzoekStatus::kAfgewezen:
      return "Afgewezen";
    case VerzoekStatus::kIngetrokken:
      return "Ingetrokken";
  }
  return "";
}

std::optional<VerzoekStatus> verzoekstatus_from_code(std::string_view c) {
  for (auto s : {VerzoekStatus::kIngediend, VerzoekStatus::kVoorgelegd, VerzoekStatus::kAanvaard,
                 VerzoekStatus::kAfgewezen, VerzoekStatus::kIngetrokken}) {
    if (code(s) == c) return s;
  }
  return std::nullopt;
}

std::string_view code(Kant kant) {
  switch (kant) {
    case Kant::kOpdrachtgever:
      return "opdrachtgever";
    case Kant::kOpdrachtnemer:
      return "opdrachtnemer";
    case Kant::kGeen:
      return "geen";
  }
  return "";
}

std::optional<Kant> kant_from_code(std::string_view c) {
  for (auto k : {Kant::kOpdrachtgever, Kant::kOpdrachtnemer, Kant::kGeen}) {
    if (code(k) == c) return k;
  }
  return std::nullopt;
}

std::string_view code(Besluit besluit) {
  switch (besluit) {
    case Besluit::kAanvaarden:
      return "aanvaarden";
    case Besluit::kAfwijzen:
      return "afwijzen";
    case Besluit::kIntrekken:
      return "intrekken";
    case Besluit::kVoorleggen:
      return "voorleggen";
  }
  return "";
}

std::optional<Besluit> besluit_from_code(std::string_view c) {
  for (auto b :
       {Besluit::kAanvaarden, Besluit::kAfwijzen, Besluit::kIntrekken, Besluit::kVoorleggen}) {
    if (code(b) == c) return b;
  }
  return std::nullopt;
}

bool is_open(VerzoekStatus status) {
  return status == VerzoekStatus::kIngediend || status == VerzoekStatus::kVoorgelegd;
}

std::int64_t meerkosten_cents(const Opdracht& opdracht, const Opdracht& voorstel) {
  const std::int64_t nu = totaal_cents(opdracht) + opdracht.extra_financiering_cents;
  const std::int64_t straks = totaal_cents(voorstel) + voorstel.extra_financiering_cents;
  return straks > nu ? straks - nu : 0;
}

bool binnen_mandaat(const Opdracht& opdracht, const Wijzigingsverzoek& verzoek,
                    const Beslisser& beslisser) {
  if (beslisser.mandaat_cents &&
      meerkosten_cents(opdracht, verzoek.voorstel) > *beslisser.mandaat_cents) {
    return false;
  }
  const bool scope = std::find(verzoek.aspecten.begin(), verzoek.aspecten.end(), Aspect::kScope) !=
                     verzoek.aspecten.end();
  return !scope || beslisser.mandaat_scope;
}

bool staat_wijziging_toe(Status status) {
  return status == Status::kAanvaard || status == Status::kInUitvoering;
}

Opdracht als_voorstel(const Opdracht& opdracht, const Opdracht& ingevuld) {
  Opdracht v = ingevuld;
  v.id = opdracht.id;
  v.regio_id = opdracht.regio_id;
  v.opdrachtgever_id = opdracht.opdrachtgever_id;
  v.jaar = opdracht.jaar;
  v.soort = opdracht.soort;
  v.deelnemer_id = opdracht.deelnemer_id;
  v.status = opdracht.status;
  v.inhoudsversie = opdracht.inhoudsversie;
  v.versie = opdracht.versie;
  return v;
}

Result<Wijzigingsverzoek> parse_wijzigingsverzoek(const Opdracht& opdracht, Fields velden,
                                                  const Lijsten& lijsten) {
  constexpr std::size_t kMaxOmschrijving = 20'000;
  velden["jaar"] = std::to_string(opdracht.jaar);
  velden["soort"] = std::string(code(opdracht.soort));
  velden["deelnemerId"] = opdracht.deelnemer_id ? std::to_string(*opdracht.deelnemer_id) : "";
  std::vector<FieldError> fouten;
  Wijzigingsverzoek v;
  v.opdracht_id = opdracht.id;
  v.basisversie = opdracht.inhoudsversie;
  auto voorstel = parse_opdracht(velden, lijsten);
  if (voorstel.ok()) {
    v.voorstel = als_voorstel(opdracht, *voorstel);
    fouten = voorstel_fouten(opdracht, v.voorstel);
  } else {
    fouten = voorstel.error().fields;
  }
  auto tekst = field(velden, "aspecten").value_or("");
  std::size_t begin = 0;
  while (begin < tekst.size()) {
    auto eind = tekst.find(',', begin);
    if (eind == std::string::npos) eind = tekst.size();
    auto c = trim(tekst.substr(begin, eind - begin));
    if (auto a = aspect_from_code(c)) {
      if (std::find(v.aspecten.begin(), v.aspecten.end(), *a) == v.aspecten.end()) {
        v.aspecten.push_back(*a);
      }
    } else if (!c.empty()) {
      fouten.push_back({"aspecten", "fout.ongeldige_keuze"});
    }
    begin = eind + 1;
  }
  if (v.aspecten.empty()) fouten.push_back({"aspecten", "opd.aspect_verplicht"});
  validation::Reader r(velden);
  v.omschrijving = r.required_text("omschrijving", kMaxOmschrijving, validation::Regels::kMeer);
  if (!r.ok()) {
    for (const auto& f : r.error().fields) fouten.push_back(f);
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return v;
}

Result<Afstemming> parse_afstemming(const Fields& velden) {
  constexpr std::size_t kMaxMet = 200;
  constexpr std::size_t kMaxUitkomst = 4'000;
  validation::Reader r(velden);
  Afstemming a;
  a.met = r.required_text("met", kMaxMet);
  a.datum = r.required_date("datum");
  a.uitkomst = r.required_text("uitkomst", kMaxUitkomst, validation::Regels::kMeer);
  if (!r.ok()) return r.error();
  return a;
}

Result<void> controleer_indienen(const Opdracht& opdracht, const Wijzigingsverzoek& verzoek,
                                 Kant kant) {
  if (kant == Kant::kGeen) return Error::forbidden("wijzigingsverzoek indienen");
  if (!staat_wijziging_toe(opdracht.status)) return niet_mogelijk(opdracht);
  std::vector<FieldError> fouten;
  if (verzoek.aspecten.empty()) fouten.push_back({"aspecten", "opd.aspect_verplicht"});
  if (leeg(verzoek.omschrijving)) fouten.push_back({"omschrijving", "fout.verplicht"});
  auto voorstel = voorstel_fouten(opdracht, verzoek.voorstel);
  fouten.insert(fouten.end(), voorstel.begin(), voorstel.end());
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return Ok();
}

Result<void> controleer_afstemming(const Wijzigingsverzoek& verzoek, const Afstemming& afstemming,
                                   Kant kant) {
  if (kant != Kant::kOpdrachtgever) return Error::forbidden("afstemming vastleggen");
  if (!is_open(verzoek.status)) return afgehandeld(verzoek);
  std::vector<FieldError> fouten;
  if (leeg(afstemming.met)) fouten.push_back({"met", "fout.verplicht"});
  if (!afstemming.datum) fouten.push_back({"datum", "fout.verplicht"});
  if (leeg(afstemming.uitkomst)) fouten.push_back({"uitkomst", "fout.verplicht"});
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return Ok();
}

Result<VerzoekStatus> besluiten(const Opdracht& opdracht, const Wijzigingsverzoek& verzoek,
                                Besluit b, const Beslisser& beslisser,
                                const std::string& beoordeling) {
  const Kant kant = beslisser.kant;
  const bool bestuurlijk = beslisser.laag == Laag::kBestuurlijk;
  // Who may decide first (that does not change), then whether it is still open.
  if (b == Besluit::kIntrekken) {
    if (kant == Kant::kGeen || kant != verzoek.ingediend_kant || bestuurlijk) {
      return Error::forbidden("wijzigingsverzoek intrekken");
    }
  } else if (kant != Kant::kOpdrachtgever) {
    return Error::forbidden("wijzigingsverzoek beoordelen");
  } else if (bestuurlijk && verzoek.status != VerzoekStatus::kVoorgelegd) {
    // GOV-12: the next level decides what is laid before it, nothing else.
    return Error::forbidden("wijzigingsverzoek niet voorgelegd");
  }
  if (!is_open(verzoek.status)) return afgehandeld(verzoek);
  if (b == Besluit::kIntrekken) return VerzoekStatus::kIngetrokken;
  if (verzoek.status == VerzoekStatus::kVoorgelegd && (!bestuurlijk || b == Besluit::kVoorleggen)) {
    return Error{ErrorCode::kConflict, "fout.verzoek_voorgelegd", "status voorgelegd", {}};
  }
  std::vector<FieldError> fouten;
  if (leeg(beoordeling)) fouten.push_back({"beoordeling", "fout.verplicht"});
  if (b == Besluit::kAanvaarden) {
    if (!verzoek.afstemming.vastgelegd()) {
      fouten.push_back({"afstemming", "opd.afstemming_ontbreekt"});
    }
    // OPD-5: checked again, so a voorstel stored before the rule never lands incomplete.
    auto onvolledig = controleer_volledig(verzoek.voorstel);
    fouten.insert(fouten.end(), onvolledig.begin(), onvolledig.end());
    // GOV-12: beyond the mandate the next level decides.
    if (!bestuurlijk && !binnen_mandaat(opdracht, verzoek, beslisser)) {
      fouten.push_back({"besluit", "opd.buiten_mandaat"});
    }
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  if (b == Besluit::kAfwijzen) return VerzoekStatus::kAfgewezen;
  if (b == Besluit::kVoorleggen) return VerzoekStatus::kVoorgelegd;
  if (!staat_wijziging_toe(opdracht.status)) return niet_mogelijk(opdracht);
  if (verzoek.basisversie != opdracht.inhoudsversie) {
    return Error{ErrorCode::kConflict,
                 "fout.verzoek_verouderd",
                 "basisversie " + std::to_string(verzoek.basisversie) + ", opdracht " +
                     std::to_string(opdracht.inhoudsversie),
                 {}};
  }
  return VerzoekStatus::kAanvaard;
}

Opdracht pas_toe(const Opdracht& opdracht, const Opdracht& voorstel) {
  Opdracht o = als_voorstel(opdracht, voorstel);
  o.inhoudsversie = opdracht.inhoudsversie + 1;
  return o;
}

std::vector<std::string> als_regels(const Opdracht& o, Deel deel) {
  std::vector<std::string> out;
  switch (deel) {
    case Deel::kAanleiding:
      return regels_van(o.aanleiding);
    case Deel::kScope:
      return regels_van(o.scope);
    case Deel::kDoel:
      return regels_van(o.doel);
    case Deel::kActiviteiten:
      return regels_van(o.activiteiten);
    case Deel::kResultaat:
      return regels_van(o.resultaat);
    case Deel::kMonitoring:
      return regels_van(o.monitoring);
    case Deel::kPlanning:
      for (const auto& m : o.planning) {
        out.push_back((m.datum ? m.datum->nl() : std::string("zonder datum")) + ": " +
                      m.omschrijving);
      }
      return out;
    case Deel::kBemensing:
      for (const auto& i : o.bemensing)
        out.push_back(i.rol + ": " + format_getal_nl(i.uren) + " uur");
      voeg_toe(out, regels_van(o.sturingsvorm));
      return out;
    case Deel::kFinancien:
      for (const auto& b : o.financien) {
        out.push_back(std::to_string(b.jaar) + ": " + format_bedrag_nl(b.cents) +
                      (b.omschrijving.empty() ? "" : " (" + b.omschrijving + ")"));
      }
      return out;
    case Deel::kStakeholders:
      for (const auto& s : o.stakeholders) {
        out.push_back(s.naam + (s.rol.empty() ? "" : ": " + s.rol));
      }
      voeg_toe(out, regels_van(o.governance));
      return out;
    case Deel::kRisicos:
      for (const auto& r : o.risicos) {
        out.push_back(r.omschrijving + " (kans " + std::string(label(r.kans)) + ", impact " +
                      std::string(label(r.impact)) + "); maatregel: " + r.beheersmaatregel +
                      "; eigenaar: " + r.eigenaar);
      }
      return out;
  }
  return out;
}

std::vector<Verschil> vergelijk(const Opdracht& van, const Opdracht& naar) {
  std::vector<Verschil> out;
  auto voeg = [&](std::string onderdeel, std::string lbl, std::vector<std::string> a,
                  std::vector<std::string> b) {
    bool gewijzigd = a != b;
    out.push_back({std::move(onderdeel), std::move(lbl), std::move(a), std::move(b), gewijzigd});
  };
  voeg("titel", "Titel", {van.titel}, {naar.titel});
  voeg("extraUren", "Extra uren (maatwerk)", {format_getal_nl(van.extra_uren)},
       {format_getal_nl(naar.extra_uren)});
  voeg("extraFinanciering", "Extra financiering (maatwerk)",
       {format_bedrag_nl(van.extra_financiering_cents)},
       {format_bedrag_nl(naar.extra_financiering_cents)});
  for (Deel deel : alle_delen()) {
    voeg(std::string(code(deel)), std::string(label(deel)), als_regels(van, deel),
         als_regels(naar, deel));
  }
  return out;
}

}  // namespace regie::opdrachten
