// Dutch texts of the beleidsdoelen (OPD-7).
#include "web/messages.hpp"

namespace regie::web {

void add_beleidsdoel_messages(Messages& m) {
  m.add_texts({
      {"melding.beleidsdoel_genoemd", "Het doel is genoemd bij de opdracht."},
      {"melding.beleidsdoel_verwijderd", "Het doel wordt niet meer genoemd bij de opdracht."},
      {"fout.beleidsdoel_al_genoemd", "deze opdracht noemt dit beleidsproduct al"},
      {"fout.beleidsdoel_afgerond",
       "een afgeronde opdracht blijft zoals hij was; noem doelen bij een lopende opdracht"},
  });
  m.add_fields({
      {"documentId", "Beleidsproduct"},
      {"beleidskeuzes", "Doelen en beleidskeuzes"},
  });
}

}  // namespace regie::web
