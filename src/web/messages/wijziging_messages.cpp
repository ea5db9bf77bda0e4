// Dutch texts of wijzigingsverzoeken and versions (OPD-5).
#include "web/messages.hpp"

namespace regie::web {

void add_wijziging_messages(Messages& m) {
  m.add_texts({
      {"fout.wijziging_niet_mogelijk",
       "Een wijzigingsverzoek kan alleen bij een aanvaarde opdracht of een opdracht in "
       "uitvoering."},
      {"fout.verzoek_afgehandeld", "Over dit wijzigingsverzoek is al besloten."},
      {"fout.verzoek_verouderd",
       "Dit wijzigingsverzoek gaat uit van een oudere versie van de opdracht. Dien een nieuw "
       "verzoek in op de huidige versie."},
      {"opd.aspect_verplicht", "kies waar de wijziging over gaat: scope, tijd, geld of kwaliteit"},
      {"opd.geen_wijziging", "het voorstel wijzigt niets aan de opdracht"},
      {"opd.afstemming_ontbreekt",
       "leg eerst de afstemming met de beleidsafdeling vast (met wie, wanneer, uitkomst)"},
      {"opd.buiten_mandaat",
       "dit verzoek gaat buiten uw beslismandaat (meer geld dan uw mandaat, of een wijziging van "
       "de scope die u niet zelf beslist): leg het voor aan de bestuurlijk opdrachtgever"},
      {"fout.verzoek_voorgelegd",
       "Dit wijzigingsverzoek is voorgelegd aan de bestuurlijk opdrachtgever; die besluit erover."},
      {"opd.aanvaarden_buiten_mandaat",
       "deze opdracht gaat boven uw beslismandaat als accountmanager: de directie van de "
       "omgevingsdienst aanvaardt haar"},
  });
  m.add_fields({
      {"aspecten", "Waar gaat de wijziging over"},
      {"omschrijving", "Omschrijving"},
      {"voorstel", "Voorgestelde inhoud"},
      {"met", "Afgestemd met"},
      {"uitkomst", "Uitkomst"},
      {"afstemming", "Afstemming met de beleidsafdeling"},
      {"beoordeling", "Beoordeling"},
      {"besluit", "Besluit"},
  });
}

}  // namespace regie::web
