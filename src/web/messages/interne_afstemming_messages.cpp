// Dutch texts of the interne afstemming (OPD-8).
#include "web/messages.hpp"

namespace regie::web {

void add_interne_afstemming_messages(Messages& m) {
  m.add_texts({
      {"melding.interne_afstemming_vastgelegd",
       "De interne afstemming is vastgelegd. De omgevingsdienst kan de opdracht nu aanvaarden of "
       "terugleggen."},
      {"fout.interne_afstemming_niet_mogelijk",
       "De interne afstemming wordt vastgelegd zolang de opdracht is aangeboden en nog niet "
       "aanvaard of teruggelegd."},
      {"opd.interne_afstemming_ontbreekt",
       "aanvaarden kan pas als de omgevingsdienst de interne afstemming met de teams heeft "
       "vastgelegd, na de laatste keer dat de opdracht is aangeboden"},
      {"opd.interne_afstemming_niet_uitvoerbaar",
       "aanvaarden kan niet: volgens de interne afstemming is de opdracht niet uitvoerbaar. Leg de "
       "opdracht terug met motivering, of leg een nieuwe afstemming vast"},
      {"opd.afstemming_toelichting_verplicht",
       "geef een toelichting: welke voorwaarden, of waarom de opdracht niet uitvoerbaar is"},
  });
  m.add_fields({
      {"teams", "Geraadpleegde teams"},
      {"capaciteit", "Capaciteit getoetst"},
      {"effecten", "Effecten op de uitvoering"},
      {"toelichting", "Toelichting"},
  });
}

}  // namespace regie::web
