// Dutch texts of the programmakoppelingen (OPD-4, OPD-7).
#include "web/messages.hpp"

namespace regie::web {

void add_koppeling_messages(Messages& m) {
  m.add_texts({
      {"melding.programmaregels_opgeslagen", "De programmaregels van de opdracht zijn opgeslagen."},
      {"fout.koppeling_afgerond",
       "een afgeronde opdracht blijft zoals hij was; kies programmaregels bij een lopende "
       "opdracht"},
      {"fout.regel_niet_in_programma", "staat niet in het uitvoeringsprogramma van dit jaar"},
      {"fout.regel_past_niet_bij_opdracht",
       "past niet bij deze opdracht: een collectieve opdracht voert collectieve regels uit, "
       "maatwerk de plustaken en het maatwerk van de eigen deelnemer"},
      {"fout.geen_programma_voor_jaar",
       "er is nog geen uitvoeringsprogramma voor het jaar van de opdracht"},
  });
}

}  // namespace regie::web
