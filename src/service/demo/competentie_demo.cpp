// The demo's competenties (COMP-1).
#include <utility>
#include <vector>

#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

struct DemoZelfbeoordeling {
  const char* persoon;
  competenties::Profiel profiel;
  int jaren_terug;  // 0: this year
  // Scores that differ from the generated baseline (3 to 5).
  std::vector<std::pair<const char*, std::int32_t>> afwijkend;
  const char* toelichting_bij;
  const char* toelichting;
};

// COMP-1: this year six ambtelijk opdrachtgevers and the three accountmanagers assessed
// themselves; politiek-bestuurlijke sensitiviteit (opdrachtgevers) and doortastend
// (accountmanagers) clearly need training. Last year only two did: too few to show.
const std::vector<DemoZelfbeoordeling>& zelfbeoordelingen() {
  using competenties::Profiel;
  static const std::vector<DemoZelfbeoordeling> kAll = {
      {"Pieter de Boer",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 2}, {"transparant", 3}},
       "politiek_bestuurlijke_sensitiviteit",
       "Ik weet niet altijd wanneer ik terug moet naar het bestuur."},
      {"Anouk Meijer",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 1}, {"situationeel_leiderschap", 2}},
       "",
       ""},
      {"Ruud Hendriks",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 2}},
       "",
       ""},
      {"Lotte van Dijk",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 3}, {"kennis_en_kunde", 2}},
       "kennis_en_kunde",
       "Nieuw in de rol; basiskennis van toezicht en handhaving ontbreekt nog."},
      {"Koen Dekker",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 2}},
       "",
       ""},
      {"Naomi Bos",
       Profiel::kOpdrachtgever,
       0,
       {{"politiek_bestuurlijke_sensitiviteit", 4}},
       "",
       ""},
      {"Thomas Bakker",
       Profiel::kAccountmanager,
       0,
       {{"doortastend", 2}},
       "doortastend",
       "Ik escaleer knelpunten te laat."},
      {"Sanne de Vries",
       Profiel::kAccountmanager,
       0,
       {{"doortastend", 2}, {"zakelijk", 2}},
       "",
       ""},
      {"Youssef El Amrani", Profiel::kAccountmanager, 0, {{"doortastend", 3}}, "", ""},
      {"Pieter de Boer",
       Profiel::kOpdrachtgever,
       1,
       {{"politiek_bestuurlijke_sensitiviteit", 1}},
       "",
       ""},
      {"Anouk Meijer", Profiel::kOpdrachtgever, 1, {}, "", ""},
  };
  return kAll;
}

}  // namespace

Result<void> load_competentie_demo(DemoLoad& load) {
  int volgnummer = 0;
  for (const auto& d : zelfbeoordelingen()) {
    competenties::Zelfbeoordeling z;
    z.persoon_id = load.personen.at(d.persoon);
    z.jaar = static_cast<std::int32_t>(load.dit_jaar - d.jaren_terug);
    z.profiel = d.profiel;
    int j = 0;
    for (const auto& c : competenties::catalogus(d.profiel)) {
      competenties::Score s{std::string(c.code),
                            static_cast<std::int32_t>(3 + (volgnummer * 7 + j * 5) % 3), ""};
      for (const auto& [code, score] : d.afwijkend) {
        if (c.code == code) s.score = score;
      }
      if (c.code == d.toelichting_bij) s.toelichting = d.toelichting;
      z.scores.push_back(s);
      ++j;
    }
    ++volgnummer;
    REGIE_TRY(load.uow.zelfbeoordelingen().create(z));
  }
  return Ok();
}

}  // namespace regie::service
