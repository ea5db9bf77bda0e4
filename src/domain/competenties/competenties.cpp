#include "domain/competenties/competenties.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "core/text.hpp"
#include "domain/validation.hpp"

namespace regie::competenties {
namespace {

constexpr std::string_view kOmgeving = "Omgeving";
constexpr std::string_view kRelatie = "Relatie";
constexpr std::string_view kHouding = "Houding";
constexpr std::string_view kInhoud = "Inhoud";

constexpr std::string_view kBronBasis = "Basiscompetenties voor alle opdrachtgevers en Bijlage 1";
constexpr std::string_view kBronBijlage1 = "Bijlage 1 (taken opdrachtgever)";
constexpr std::string_view kBronBijlage2 = "Bijlage 2 en Taken accountmanager";

// The opdrachtgever: the Basiscompetenties (with the guide's descriptions) joined with the
// competences of Bijlage 1. Bijlage 1 names Verbindend, Alert, Doortastend, Flexibel and
// Overtuigingskracht without describing them; their text is taken from the guide's tasks of
// the opdrachtgever (Bijlage 1, Beschrijving rol opdrachtgever).
const std::vector<Competentie>& opdrachtgever() {
  static const std::vector<Competentie> kAll = {
      {"omgevingsbewust", "Omgevingsbewust", kOmgeving,
       "Is op de hoogte van organisatorische, maatschappelijke en politieke ontwikkelingen en "
       "andere omgevingsfactoren binnen en buiten de organisatie, speelt daarop in waar nodig en "
       "zoekt daarvoor de nodige afstemming en betrokkenheid.",
       kBronBasis},
      {"politiek_bestuurlijke_sensitiviteit", "Politiek-bestuurlijke sensitiviteit", kOmgeving,
       "Heeft een helder beeld van de politiek-bestuurlijke verhoudingen en agenda's in de eigen "
       "organisatie rond de opdracht, heeft korte lijnen met en achtergrondkennis van de "
       "bestuurlijke spelers en cultuur, weet wanneer terug te gaan naar het bestuur en houdt "
       "rekening met de belangen van het eigen bestuur.",
       kBronBasis},
      {"culturele_sensitiviteit", "Culturele sensitiviteit", kOmgeving,
       "Heeft inzicht in de verschillende waarden, normen en werkwijzen van onderdelen van de "
       "organisatie en van externe partijen, herkent culturele misverstanden en kan daar "
       "strategisch, tactisch en operationeel mee omgaan.",
       kBronBasis},
      {"verbindend", "Verbindend", kRelatie,
       "Onderhoudt de dagelijkse contacten met de accountmanager van de omgevingsdienst en met de "
       "eigen beleidsafdelingen, en bouwt aan vertrouwen en het goede gesprek waarmee de "
       "beleidscyclus draait.",
       kBronBijlage1},
      {"faciliterend", "Faciliterend en coachend", kRelatie,
       "Treedt faciliterend op naar de opdrachtnemer: helpend en coachend, geeft ruimte, richting "
       "en steun en is bereikbaar voor vragen en dilemma's. De opdrachtnemer staat centraal, maar "
       "als het erop aankomt (bijvoorbeeld bij escalatie) neemt de opdrachtgever de "
       "verantwoordelijkheid.",
       kBronBasis},
      {"situationeel_leiderschap", "Situationeel leiderschap", kRelatie,
       "Geeft richting en sturing aan de betrokkenen, brengt samenwerkingsverbanden tot stand en "
       "zet lijnen uit over partijen heen; maakt heldere afspraken, spreekt betrokkenen daarop "
       "aan en schaalt waar nodig op en escaleert.",
       kBronBasis},
      {"alert", "Alert", kRelatie,
       "Signaleert tijdig de behoeften van de opdrachtnemer en de opgaven die uit nieuwe "
       "ontwikkelingen voortkomen, en is alert op kansen en mogelijkheden.",
       kBronBijlage1},
      {"doortastend", "Doortastend", kRelatie,
       "Stuurt op de voortgang binnen de beschikbare capaciteit en middelen, treedt op als er "
       "knelpunten in de uitvoering zijn en escaleert waar nodig.",
       kBronBijlage1},
      {"zakelijk", "Zakelijkheid", kHouding,
       "Heeft een neutrale, niet gebonden positie om vermenging van belangen te voorkomen en werkt "
       "systematisch en gestructureerd; stelt de eigen rol ter discussie en past die zo nodig "
       "aan; is kritisch bij het accepteren van de verantwoording over het uitvoeringsprogramma "
       "en bij voorgestelde majeure wijzigingen in scope, tijd, geld of kwaliteit, en stemt "
       "onvermijdbare wijzigingen af met de beleidsafdeling.",
       kBronBasis},
      {"transparant", "Transparant", kHouding,
       "Is transparant in de terugkoppeling van de voortgang naar bestuur en beleidsafdeling, en "
       "van beslissingen van beleidsafdeling en bestuur naar de omgevingsdienst.",
       kBronBasis},
      {"flexibel", "Flexibel", kHouding,
       "Past de eigen rol en aanpak aan als de situatie dat vraagt, en anticipeert op "
       "veranderingen en ontwikkelingen in de bestuurlijke en beleidsmatige context.",
       kBronBijlage1},
      {"overtuigingskracht", "Overtuigingskracht en senioriteit", kHouding,
       "Adviseert het eigen college en de eigen directie bij complexe en strategische vraagstukken "
       "en bij politiek-bestuurlijk gevoelige dossiers of incidenten, en zorgt dat de "
       "omgevingsdienst een adviesrol heeft in de beleidsvorming.",
       kBronBijlage1},
      {"resultaatgericht", "Resultaatgericht", kHouding,
       "Toont wil en inzet en onderneemt actie om zaken voor elkaar te krijgen; handelt en besluit "
       "gericht op het gewenste resultaat, zorgt voor een stabiele omgeving, schakelt op de "
       "juiste momenten en denkt vooruit (proactief).",
       kBronBasis},
      {"kennis_en_kunde", "Kennis en kunde", kInhoud,
       "Heeft grondige kennis van en kunde in het opdrachtgeverschap met zijn taken, rollen en "
       "instrumenten en past die systematisch toe in complexe opgaven; kent de "
       "bestuurlijk-juridische thema's en heeft basiskennis van vergunningverlening, toezicht en "
       "handhaving.",
       kBronBasis},
  };
  return kAll;
}

// The accountmanager: the competences of Bijlage 2, described from the guide's Taken
// accountmanager and the functie-eisen of Bijlage 2.
const std::vector<Competentie>& accountmanager() {
  static const std::vector<Competentie> kAll = {
      {"omgevingsbewust", "Omgevingsbewust", kOmgeving,
       "Signaleert trends en ontwikkelingen vanuit de uitvoering en bij de deelnemers, en neemt "
       "die mee in het werkprogramma en in de afstemming met de deelnemers.",
       kBronBijlage2},
      {"politiek_bestuurlijke_sensitiviteit", "Politiek-bestuurlijke sensitiviteit", kOmgeving,
       "Opereert tactvol aan de bestuurlijke tafel en in het ambtelijk apparaat, staat desgewenst "
       "in verbinding met de portefeuillehouder en voert de operationele regie bij "
       "politiek-bestuurlijk gevoelige dossiers en incidenten.",
       kBronBijlage2},
      {"culturele_sensitiviteit", "Culturele sensitiviteit", kOmgeving,
       "Heeft inzicht in de verschillende waarden, normen en werkwijzen van de deelnemers, de "
       "niet-deelnemers en de teams van de omgevingsdienst, en herkent en overbrugt culturele "
       "misverstanden.",
       kBronBijlage2},
      {"verbindend", "Verbindend", kRelatie,
       "Bouwt en onderhoudt relaties in verschillende geledingen bij de deelnemer, zoekt "
       "verbinding, wekt vertrouwen en verbindt de gemeenschappelijke belangen van deelnemers en "
       "omgevingsdienst.",
       kBronBijlage2},
      {"faciliterend", "Faciliterend", kRelatie,
       "Is het eerste aanspreekpunt voor de deelnemers en voor de teams van de omgevingsdienst, en "
       "bespreekt met de deelnemers wensen en mogelijkheden en de vertaling daarvan naar concrete "
       "opdrachten.",
       kBronBijlage2},
      {"alert", "Alert", kRelatie,
       "Signaleert de behoeften van de deelnemers, brengt die in binnen de omgevingsdienst en "
       "zorgt dat ze worden geprioriteerd en opgevolgd.",
       kBronBijlage2},
      {"doortastend", "Doortastend", kRelatie,
       "Treedt doortastend op als er knelpunten in de uitvoering worden gesignaleerd en escaleert "
       "waar nodig, binnen de eigen organisatie en naar buiten.",
       kBronBijlage2},
      {"zakelijk", "Zakelijk", kHouding,
       "Bewaakt de uitvoering van het uitvoeringsprogramma op kosten, prestaties en kwaliteit, en "
       "doet bij afwijkingen van het afgesproken budget in samenspraak met de opdrachtgever een "
       "voorstel.",
       kBronBijlage2},
      {"transparant", "Transparant", kHouding,
       "Verantwoordt de uitvoering inhoudelijk en financieel met (tussentijdse) rapportages en "
       "evaluaties die regelmatig met de deelnemers worden besproken.",
       kBronBijlage2},
      {"flexibel", "Flexibel", kHouding,
       "Beoordeelt bij nieuwe opdrachten wat mogelijk is en vertaalt nieuwe ontwikkelingen samen "
       "met de teams naar wat ze voor de uitvoering betekenen.",
       kBronBijlage2},
      {"overtuigingskracht", "Overtuigingskracht en senioriteit", kHouding,
       "Adviseert over het (regionale uitvoerings)beleid en stuurt waar nodig bij, en adviseert de "
       "eigen directie bij complexe en strategische vraagstukken.",
       kBronBijlage2},
      {"kennis_en_kunde", "Kennis en kunde", kInhoud,
       "Heeft brede materie- en proceskennis van vergunningverlening, toezicht en handhaving en de "
       "wet- en regelgeving daarbij, kent de bestuurlijk-juridische thema's en heeft ervaring met "
       "opdrachtnemerschap en bedrijfsvoering.",
       kBronBijlage2},
  };
  return kAll;
}

struct ProfielInfo {
  Profiel profiel;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<ProfielInfo, 2> kProfielen{{
    {Profiel::kOpdrachtgever, "opdrachtgever", "Opdrachtgever"},
    {Profiel::kAccountmanager, "accountmanager", "Accountmanager"},
}};

constexpr std::string_view kScorePrefix = "scores.";
constexpr std::string_view kToelichtingPrefix = "toelichtingen.";

// Checks that every scores.* and toelichtingen.* field names a competence of the profile.
void check_onbekende(validation::Reader& r, const Fields& fields, Profiel profiel) {
  for (const auto& [naam, waarde] : fields) {
    for (auto prefix : {kScorePrefix, kToelichtingPrefix}) {
      if (naam.rfind(prefix, 0) != 0) continue;
      if (!vind_competentie(profiel, std::string_view(naam).substr(prefix.size()))) {
        r.add(naam, "fout.onbekende_competentie");
      }
    }
  }
}

std::vector<Score> read_scores(validation::Reader& r, const Fields& fields, Profiel profiel) {
  std::vector<Score> out;
  for (const auto& c : catalogus(profiel)) {
    Score s;
    s.competentie = std::string(c.code);
    std::string naam = score_veld(c.code);
    bool gestuurd = field(fields, naam).has_value();
    // When it was sent but is refused, the reader named what is wrong (a JSON string).
    auto raw = r.number_text(naam);
    std::string waarde = raw.value_or("");
    if (gestuurd && !raw) {
      s.score = 0;
    } else if (waarde.empty()) {
      r.add(naam, "fout.score_ontbreekt");
    } else if (auto n = parse_int64(waarde); !n) {
      r.add(naam, "fout.geen_geheel_getal");
    } else if (*n < kMinScore || *n > kMaxScore) {
      r.add(naam, "fout.score_buiten_schaal");
    } else {
      s.score = static_cast<std::int32_t>(*n);
    }
    s.toelichting =
        r.optional_text(toelichting_veld(c.code), kMaxToelichting, validation::Regels::kMeer);
    out.push_back(std::move(s));
  }
  check_onbekende(r, fields, profiel);
  return out;
}

}  // namespace

std::string_view code(Profiel profiel) {
  for (const auto& info : kProfielen) {
    if (info.profiel == profiel) return info.code;
  }
  return "opdrachtgever";
}

std::string_view label(Profiel profiel) {
  for (const auto& info : kProfielen) {
    if (info.profiel == profiel) return info.label;
  }
  return "Opdrachtgever";
}

std::optional<Profiel> profiel_from_code(std::string_view c) {
  for (const auto& info : kProfielen) {
    if (info.code == c) return info.profiel;
  }
  return std::nullopt;
}

const std::vector<Profiel>& alle_profielen() {
  static const std::vector<Profiel> kAll = {Profiel::kOpdrachtgever, Profiel::kAccountmanager};
  return kAll;
}

std::vector<Profiel> eigen_profielen(const std::vector<governance::RolSoort>& hoeden) {
  using governance::RolSoort;
  auto draagt = [&](RolSoort soort) {
    return std::find(hoeden.begin(), hoeden.end(), soort) != hoeden.end();
  };
  std::vector<Profiel> out;
  if (draagt(RolSoort::kAmbtelijkOpdrachtgever) || draagt(RolSoort::kBestuurlijkOpdrachtgever)) {
    out.push_back(Profiel::kOpdrachtgever);
  }
  if (draagt(RolSoort::kAccountmanager)) out.push_back(Profiel::kAccountmanager);
  return out;
}

const std::vector<Competentie>& catalogus(Profiel profiel) {
  return profiel == Profiel::kAccountmanager ? accountmanager() : opdrachtgever();
}

const std::vector<std::string_view>& groepen() {
  static const std::vector<std::string_view> kAll = {kOmgeving, kRelatie, kHouding, kInhoud};
  return kAll;
}

const Competentie* vind_competentie(Profiel profiel, std::string_view c) {
  for (const auto& competentie : catalogus(profiel)) {
    if (competentie.code == c) return &competentie;
  }
  return nullptr;
}

std::string score_veld(std::string_view competentie) {
  return std::string(kScorePrefix) + std::string(competentie);
}

std::string toelichting_veld(std::string_view competentie) {
  return std::string(kToelichtingPrefix) + std::string(competentie);
}

Result<Zelfbeoordeling> parse_zelfbeoordeling(const Fields& fields, std::int32_t huidig_jaar) {
  validation::Reader r(fields);
  Zelfbeoordeling z;
  auto jaar = r.optional_int("jaar", std::numeric_limits<std::int64_t>::min(),
                             std::numeric_limits<std::int64_t>::max());
  if (!jaar) {
    if (r.ok() && trim(field(fields, "jaar").value_or("")).empty()) r.add("jaar", "fout.verplicht");
  } else if (*jaar < kEersteJaar || *jaar > huidig_jaar + 1) {
    r.add("jaar", "fout.jaar_buiten_bereik");
  } else {
    z.jaar = static_cast<std::int32_t>(*jaar);
  }
  auto profiel =
      r.required_choice("profiel", [](const std::string& c) { return profiel_from_code(c); });
  if (profiel) {
    z.profiel = *profiel;
    z.scores = read_scores(r, fields, *profiel);
  }
  if (!r.ok()) return r.error();
  return z;
}

Result<std::vector<Score>> parse_scores(const Fields& fields, Profiel profiel,
                                        std::optional<std::int32_t> jaar) {
  validation::Reader r(fields);
  if (auto sent = r.optional_text("profiel", 64); !sent.empty() && sent != code(profiel)) {
    r.add("profiel", "fout.niet_wijzigbaar");
  }
  auto sent_jaar = r.optional_int("jaar", std::numeric_limits<std::int64_t>::min(),
                                  std::numeric_limits<std::int64_t>::max());
  if (sent_jaar && jaar && *sent_jaar != *jaar) r.add("jaar", "fout.niet_wijzigbaar");
  auto scores = read_scores(r, fields, profiel);
  if (!r.ok()) return r.error();
  return scores;
}

std::vector<CompetentieCijfers> aggregeer(const std::vector<Zelfbeoordeling>& beoordelingen,
                                          Profiel profiel, std::int64_t min_groepsgrootte) {
  std::vector<CompetentieCijfers> out;
  const auto& lijst = catalogus(profiel);
  for (const auto& c : lijst) {
    std::int64_t aantal = 0;
    std::int64_t som = 0;
    std::int64_t laag = 0;
    for (const auto& z : beoordelingen) {
      if (z.profiel != profiel) continue;
      for (const auto& s : z.scores) {
        if (s.competentie != c.code || s.score < kMinScore || s.score > kMaxScore) continue;
        ++aantal;
        som += s.score;
        if (s.score <= kOntwikkelGrens) ++laag;
      }
    }
    CompetentieCijfers cijfers;
    cijfers.competentie = &c;
    if (aantal >= min_groepsgrootte && aantal > 0) {
      cijfers.getoond = true;
      cijfers.aantal = aantal;
      cijfers.gemiddelde = static_cast<double>(som) / static_cast<double>(aantal);
      cijfers.ontwikkelbehoefte = laag;
      cijfers.opleiding_nodig = laag * 3 >= aantal && laag > 0;
    }
    out.push_back(cijfers);
  }
  auto positie = [&](const CompetentieCijfers& c) { return c.competentie - lijst.data(); };
  std::stable_sort(out.begin(), out.end(),
                   [&](const CompetentieCijfers& a, const CompetentieCijfers& b) {
                     if (a.getoond != b.getoond) return a.getoond;
                     if (a.getoond) {
                       // Compare shares laag/aantal without division: a.l * b.n vs b.l * a.n.
                       auto links = a.ontwikkelbehoefte * b.aantal;
                       auto rechts = b.ontwikkelbehoefte * a.aantal;
                       if (links != rechts) return links > rechts;
                       if (a.gemiddelde != b.gemiddelde) return a.gemiddelde < b.gemiddelde;
                     }
                     return positie(a) < positie(b);
                   });
  return out;
}

}  // namespace regie::competenties
