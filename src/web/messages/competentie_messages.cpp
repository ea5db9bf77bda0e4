// Dutch texts of competenties (COMP): self-assessments.
#include "web/messages.hpp"

namespace regie::web {

void add_competentie_messages(Messages& m) {
  m.add_texts({
      {"fout.score_ontbreekt", "kies een score van 1 tot en met 5"},
      {"fout.score_buiten_schaal", "de score moet 1, 2, 3, 4 of 5 zijn"},
      {"fout.onbekende_competentie", "deze competentie hoort niet bij het gekozen profiel"},
      {"fout.jaar_buiten_bereik", "vul een jaar in vanaf 2000 en uiterlijk volgend jaar"},
      {"fout.niet_wijzigbaar", "dit kan na het aanmaken niet meer worden gewijzigd"},
      {"fout.zelfbeoordeling_bestaat",
       "u heeft voor dit jaar en dit profiel al een zelfbeoordeling; wijzig die in plaats van een "
       "nieuwe te maken"},
  });
  m.add_fields({
      {"profiel", "Profiel"},
      {"scores", "Scores"},
      {"persoon", "Persoon"},
  });
}

}  // namespace regie::web
