// Dutch texts of signalen (OPD-6).
#include "web/messages.hpp"

namespace regie::web {

void add_signaal_messages(Messages& m) {
  m.add_texts({
      {"melding.signaal_gemeld",
       "Het signaal is gemeld; de opdrachtgever ziet het meteen op de startpagina."},
      {"melding.signaal_afgehandeld", "Het signaal is afgehandeld."},
      {"fout.signaal_niet_mogelijk",
       "Een signaal kan alleen worden gemeld bij een opdracht die is aanvaard of in uitvoering "
       "is."},
      {"fout.signaal_afgehandeld", "Dit signaal is al afgehandeld."},
  });
  m.add_fields({
      {"wat", "Wat speelt er"},
      {"impact", "Impact"},
      {"maatregel", "Voorgestelde maatregel"},
      {"afhandeling", "Afhandeling"},
  });
}

}  // namespace regie::web
