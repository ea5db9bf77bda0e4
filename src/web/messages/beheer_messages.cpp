// Dutch texts of operations (issue 16): metrics access, backup and restore.
#include "web/messages.hpp"

namespace regie::web {

void add_beheer_messages(Messages& m) {
  m.add_texts({
      {"fout.metrics_geen_toegang",
       "De meetwaarden zijn alleen te lezen vanaf deze machine (niet via de proxy) of met het "
       "metrics-token (REGIE_METRICS_TOKEN)."},
      {"fout.bestand_bestaat", "het bestand bestaat al; kies een ander of verwijder het eerst"},
      {"fout.bestand_ontbreekt", "het bestand bestaat niet"},
      {"fout.database_ontbreekt", "de database bestaat niet"},
      {"fout.backup_mislukt", "de backup of het herstel is mislukt"},
      {"fout.geen_regie_backup",
       "dit bestand is geen bruikbare backup van regie (beschadigd, of geen regie-database)"},
      {"fout.database_niet_leeg",
       "de database bevat al gegevens; herstel met --overschrijven om haar te vervangen (stop "
       "eerst de server)"},
  });
}

}  // namespace regie::web
