// Dutch texts of afwijkingen and bijsturing (MON-3, GOV-12).
#include "web/messages.hpp"

namespace regie::web {

void add_afwijking_messages(Messages& m) {
  m.add_texts({
      {"melding.voorstel_vastgelegd",
       "Het bijsturingsvoorstel is vastgelegd; de opdrachtgever ziet het op de startpagina."},
      {"melding.besluit_vastgelegd", "Het besluit is vastgelegd."},
      {"fout.signaal_besloten",
       "Over deze afwijking is al besloten, of zij is vervallen omdat de cijfers weer binnen de "
       "band liggen."},
      {"fout.geen_voorstel", "Er is nog geen bijsturingsvoorstel om over te besluiten."},
      {"mon.buiten_mandaat",
       "De meerkosten van het voorstel gaan boven uw mandaat; akkoord is aan de bestuurlijk "
       "opdrachtgever. Afwijzen kan wel."},
  });
  m.add_fields({
      {"gevolgen", "Gevolgen"},
      {"afgestemdMet", "Opgesteld met"},
      {"meerkosten", "Meerkosten"},
      {"tolerantieProcent", "Tolerantieband"},
  });
}

}  // namespace regie::web
