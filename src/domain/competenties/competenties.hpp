// COMP-1: the competence profiles of the guide (Basiscompetenties voor alle opdrachtgevers,
// Bijlage 1 opdrachtgever, Bijlage 2 accountmanager) as a yearly self-assessment per persoon,
// and the regio's aggregate of those assessments. Aggregates hide groups smaller than
// kMinGroepsgrootte, so that nobody's individual scores can be read from them. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/governance/types.hpp"

namespace regie::competenties {

using governance::Id;

// Bijlage 1 (opdrachtgever, together with the Basiscompetenties) and Bijlage 2 (accountmanager).
enum class Profiel { kOpdrachtgever, kAccountmanager };

std::string_view code(Profiel profiel);
std::string_view label(Profiel profiel);
std::optional<Profiel> profiel_from_code(std::string_view code);
const std::vector<Profiel>& alle_profielen();
// The profiles of the guide for the hats worn: opdrachtgever for an ambtelijk or bestuurlijk
// opdrachtgever, accountmanager for an accountmanager; none for other hats.
std::vector<Profiel> eigen_profielen(const std::vector<governance::RolSoort>& hoeden);

// One competence of a profile: a stable code (the API's key), the short Dutch name, the
// group of the Bijlagen (Omgeving, Relatie, Houding, Inhoud), the guide's description
// paraphrased, and which part of the guide it comes from.
struct Competentie {
  std::string_view code;
  std::string_view naam;
  std::string_view groep;
  std::string_view beschrijving;
  std::string_view bron;
};

// The competences of a profile, grouped and in the guide's order.
const std::vector<Competentie>& catalogus(Profiel profiel);
// The groups in display order.
const std::vector<std::string_view>& groepen();
// nullptr when the profile has no competence with this code.
const Competentie* vind_competentie(Profiel profiel, std::string_view code);

inline constexpr std::int32_t kMinScore = 1;
inline constexpr std::int32_t kMaxScore = 5;
// A score at or below this marks a development need ("ontwikkelbehoefte").
inline constexpr std::int32_t kOntwikkelGrens = 2;
inline constexpr std::int32_t kEersteJaar = 2000;
// Fewer assessments than this in a group: its figures are not shown.
inline constexpr std::int64_t kMinGroepsgrootte = 3;
inline constexpr std::size_t kMaxToelichting = 2000;

struct Score {
  std::string competentie;  // Competentie::code
  std::int32_t score = 0;   // kMinScore..kMaxScore
  std::string toelichting;
};

struct Zelfbeoordeling {
  Id id = 0;
  Id persoon_id = 0;
  std::int32_t jaar = 0;
  Profiel profiel = Profiel::kOpdrachtgever;
  std::vector<Score> scores;  // one per competence of the profile, in catalogue order
  std::int64_t versie = 1;
};

// Field names of the submitted form or flattened API body: "jaar", "profiel",
// "scores.<code>" and "toelichtingen.<code>".
std::string score_veld(std::string_view competentie);
std::string toelichting_veld(std::string_view competentie);

// Reads a new self-assessment. Every error at once, each naming its field: jaar outside
// kEersteJaar..huidig_jaar + 1, an unknown profiel, a score missing or outside 1–5, a score or
// toelichting for a competence the profile does not have, a toelichting that is too long.
Result<Zelfbeoordeling> parse_zelfbeoordeling(const Fields& fields, std::int32_t huidig_jaar);
// Reads the scores for an existing self-assessment of `profiel`; "jaar" and "profiel" may be
// sent but must then equal the stored ones (they cannot be changed).
Result<std::vector<Score>> parse_scores(const Fields& fields, Profiel profiel,
                                        std::optional<std::int32_t> jaar = std::nullopt);

// The regio's figures for one competence of one profile.
struct CompetentieCijfers {
  const Competentie* competentie = nullptr;
  bool getoond = false;                // false: fewer than kMinGroepsgrootte assessments
  std::int64_t aantal = 0;             // assessments (0 when not shown)
  double gemiddelde = 0.0;             // mean score (0 when not shown)
  std::int64_t ontwikkelbehoefte = 0;  // scores ≤ kOntwikkelGrens (0 when not shown)
  bool opleiding_nodig = false;        // at least a third of the scores are ≤ kOntwikkelGrens
};

// Aggregates the self-assessments of one profile (those of other profiles are ignored).
// Ordered "where training is needed" first: shown figures before hidden ones, then by the
// share of development needs (high first), the mean (low first), and the catalogue order.
std::vector<CompetentieCijfers> aggregeer(const std::vector<Zelfbeoordeling>& beoordelingen,
                                          Profiel profiel,
                                          std::int64_t min_groepsgrootte = kMinGroepsgrootte);

}  // namespace regie::competenties
