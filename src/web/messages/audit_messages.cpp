// Dutch texts of the audit chain: why `regie audit verify` stops at a line.
#include "web/messages.hpp"

namespace regie::web {

void add_audit_messages(Messages& m) {
  m.add_texts({
      {"audit.hash_klopt_niet", "de hash van deze regel klopt niet (de regel is gewijzigd)"},
      {"audit.schakel_ontbreekt",
       "deze regel sluit niet aan op de vorige (een regel is verwijderd of ingevoegd)"},
  });
}

}  // namespace regie::web
