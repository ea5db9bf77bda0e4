#include "domain/monitoring/bron.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "core/text.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/validation.hpp"

namespace regie::monitoring {
namespace {

struct KolomVeld {
  const char* veld;
  std::string Kolommen::*lid;
};

constexpr std::array<KolomVeld, 9> kKolomVelden = {{
    {"kolomDatum", &Kolommen::datum},
    {"kolomDeelnemer", &Kolommen::deelnemer},
    {"kolomZaaktype", &Kolommen::zaaktype},
    {"kolomUren", &Kolommen::uren},
    {"kolomAantal", &Kolommen::aantal},
    {"kolomBedrag", &Kolommen::bedrag},
    {"kolomTeam", &Kolommen::team},
    {"kolomMedewerker", &Kolommen::medewerker},
    {"kolomZaaknummer", &Kolommen::zaaknummer},
}};
constexpr std::size_t kVerplichteKolommen = 3;

struct Paar {
  std::size_t regel = 0;
  std::string links;
  std::string rechts;
};

// The non-blank lines of `tekst` as "links = rechts" pairs; a line without '=' or with an empty
// side is an error at "<veld>, regel N".
std::vector<Paar> paren(const std::string& veld, const std::string& tekst, validation::Reader& r) {
  std::vector<Paar> out;
  std::size_t regel = 0;
  std::size_t start = 0;
  while (start <= tekst.size()) {
    std::size_t eind = tekst.find('\n', start);
    if (eind == std::string::npos) eind = tekst.size();
    ++regel;
    std::string_view lijn(tekst.data() + start, eind - start);
    start = eind + 1;
    if (leeg(lijn)) continue;
    const std::string naam = veld + ", regel " + std::to_string(regel);
    const auto is = lijn.rfind('=');
    if (is == std::string_view::npos) {
      r.add(naam, "fout.koppeling_zonder_is");
      continue;
    }
    Paar p{regel, trim(lijn.substr(0, is)), trim(lijn.substr(is + 1))};
    if (p.links.empty() || p.rechts.empty()) {
      r.add(naam, "fout.koppeling_zonder_is");
    } else if (p.links.size() > kMaxKoppelwaarde || p.rechts.size() > kMaxKoppelwaarde) {
      r.add(naam, "fout.te_lang");
    } else {
      out.push_back(std::move(p));
    }
  }
  if (out.size() > kMaxKoppelingen) r.add(veld, "fout.te_veel_koppelingen");
  return out;
}

}  // namespace

std::string vergelijkbaar(std::string_view naam) {
  std::string out;
  out.reserve(naam.size());
  bool spatie = false;
  for (char c : naam) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      spatie = !out.empty();
      continue;
    }
    if (spatie) out.push_back(' ');
    spatie = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::vector<std::string> vanzelf_bekende_namen(const Deelnemer& deelnemer) {
  std::vector<std::string> out{deelnemer.naam};
  for (std::string_view voor : {"Gemeente ", "Provincie "}) {
    std::string_view naam = deelnemer.naam;
    if (consume(naam, voor) && !leeg(naam)) out.emplace_back(trim(naam));
  }
  return out;
}

Result<Bronsysteem> parse_bron(const Fields& velden, const std::vector<Deelnemer>& deelnemers) {
  validation::Reader r(velden);
  Bronsysteem b;
  b.naam = r.required_text("naam", kMaxBronnaam);
  std::map<std::string, const char*> gezien;  // vergelijkbaar(kolom) → field
  for (std::size_t i = 0; i < kKolomVelden.size(); ++i) {
    const auto& k = kKolomVelden[i];
    std::string waarde = i < kVerplichteKolommen ? r.required_text(k.veld, kMaxKolomnaam)
                                                 : r.optional_text(k.veld, kMaxKolomnaam);
    if (!waarde.empty() && !gezien.emplace(vergelijkbaar(waarde), k.veld).second) {
      r.add(k.veld, "fout.kolom_al_gekoppeld");
    }
    b.kolommen.*k.lid = std::move(waarde);
  }
  if (b.kolommen.uren.empty() && b.kolommen.aantal.empty() && b.kolommen.bedrag.empty()) {
    r.add("kolomUren", "fout.geen_meetkolom");
  }

  std::map<std::string, Id> op_naam;
  for (const auto& d : deelnemers) op_naam.emplace(vergelijkbaar(d.naam), d.id);
  std::set<std::string> links;
  for (auto& p : paren("deelnemernamen", field(velden, "deelnemernamen").value_or(""), r)) {
    const std::string naam = "deelnemernamen, regel " + std::to_string(p.regel);
    auto it = op_naam.find(vergelijkbaar(p.rechts));
    if (p.rechts.size() > 1 && p.rechts.front() == '#') {  // the API names it by id
      const auto id = parse_int64(std::string_view(p.rechts).substr(1));
      it = std::find_if(op_naam.begin(), op_naam.end(),
                        [&](const auto& d) { return id && d.second == *id; });
    }
    if (it == op_naam.end()) {
      r.add(naam, "fout.geen_deelnemer_van_regio");
    } else if (!links.insert(vergelijkbaar(p.links)).second) {
      r.add(naam, "fout.koppeling_dubbel");
    } else {
      b.deelnemernamen.push_back({std::move(p.links), it->second});
    }
  }
  links.clear();
  for (auto& p : paren("zaaktypen", field(velden, "zaaktypen").value_or(""), r)) {
    const std::string naam = "zaaktypen, regel " + std::to_string(p.regel);
    if (!programma::is_code(p.rechts) || p.rechts.size() > programma::kMaxProductcode) {
      r.add(naam, "fout.productcode");
    } else if (!links.insert(vergelijkbaar(p.links)).second) {
      r.add(naam, "fout.koppeling_dubbel");
    } else {
      b.zaaktypen.push_back({std::move(p.links), std::move(p.rechts)});
    }
  }
  if (!r.ok()) return r.error();
  return b;
}

std::string deelnemernamen_tekst(const Bronsysteem& bron,
                                 const std::vector<Deelnemer>& deelnemers) {
  std::map<Id, std::string> namen;
  for (const auto& d : deelnemers) namen.emplace(d.id, d.naam);
  std::string out;
  for (const auto& n : bron.deelnemernamen) {
    auto it = namen.find(n.organisatie_id);
    out += n.waarde + " = " + (it == namen.end() ? std::to_string(n.organisatie_id) : it->second) +
           "\n";
  }
  return out;
}

std::string zaaktypen_tekst(const Bronsysteem& bron) {
  std::string out;
  for (const auto& z : bron.zaaktypen) out += z.zaaktype + " = " + z.productcode + "\n";
  return out;
}

bool mag_realisaties_beheren(const auth::Actor& actor) {
  using governance::RolSoort;
  return actor.beheerder || auth::draagt(actor, RolSoort::kDirectieOd) ||
         auth::draagt(actor, RolSoort::kAccountmanager) ||
         auth::draagt(actor, RolSoort::kMedewerker) ||
         auth::draagt(actor, RolSoort::kRegisseurBeleidscyclus);
}

bool ziet_alle_deelnemers(const auth::Actor& actor) {
  return auth::leest_hele_regio(actor) || mag_realisaties_beheren(actor);
}

bool ziet_deelnemer(const auth::Actor& actor, Id id) {
  return ziet_alle_deelnemers(actor) || auth::hoort_bij(actor, id);
}

}  // namespace regie::monitoring
