// Dutch texts of metingen (MON-4, MON-5).
#include "web/messages.hpp"

namespace regie::web {

void add_meting_messages(Messages& m) {
  m.add_texts({
      {"melding.meting_vastgelegd", "De meting is vastgelegd."},
      {"melding.meting_verwijderd",
       "De meting is verwijderd. Was de waarde verkeerd, leg dan de juiste opnieuw vast."},
      {"fout.onbekende_indicator", "deze indicator hoort niet bij dit doel van het programma"},
      {"fout.geen_programma", "voor dit jaar is er geen uitvoeringsprogramma met doelen"},
  });
  m.add_fields({
      {"peildatum", "Peildatum"},
      {"waarde", "Waarde"},
      {"maat", "Maat"},
      {"indicator", "Indicator"},
  });
}

}  // namespace regie::web
