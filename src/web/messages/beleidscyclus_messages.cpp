// Dutch texts of the Big 8 cycle (B8-1..B8-4).
#include "web/messages.hpp"

namespace regie::web {

void add_beleidscyclus_messages(Messages& m) {
  m.add_texts({
      {"fout.heropenen_met_reden",
       "heropenen kan alleen met een reden: gebruik Stap heropenen op de pagina van de stap"},
      {"fout.afgerond_blijft_afgerond",
       "een afgeronde stap blijft afgerond in zijn periode; heropen een beleidsstap met een "
       "reden, of begin een nieuwe periode"},
      {"fout.heropend_niet_terug",
       "een heropende stap gaat niet terug naar niet gestart binnen dezelfde periode"},
      {"fout.periode_vier_jaar", "vul vier opeenvolgende jaren in, bijvoorbeeld 2027-2030"},
      {"fout.periode_jaar", "vul één jaar in, bijvoorbeeld 2027"},
      {"fout.periode_formaat", "vul een jaar (2027) of vier jaren (2027-2030) in"},
      {"fout.periode_voorbij", "deze periode ligt vóór de huidige periode van die stap"},
      {"fout.werkelijk_eind_bij_afgerond", "vul bij een afgeronde stap het werkelijk eind in"},
      {"fout.niet_gestart_zonder_werkelijk",
       "een stap die niet gestart is heeft geen werkelijk begin of eind"},
      {"fout.ongeldige_link", "vul een webadres in dat begint met https:// of http://"},
      {"fout.heropenen_alleen_beleid",
       "alleen een beleidsstap (stap 1 tot en met 3) kan tussentijds worden heropend"},
      {"fout.heropenen_alleen_afgerond", "alleen een afgeronde stap kan worden heropend"},
      // B8-4
      {"melding.bijdrage_toegevoegd", "Uw bijdrage is toegevoegd aan deze ronde van de stap."},
      {"melding.document_toegevoegd", "Het document is toegevoegd aan deze ronde van de stap."},
      {"melding.stap_heropend",
       "De stap is heropend met een nieuwe deadline. Kijk of de latere stappen moeten "
       "worden bijgesteld."},
      {"fout.ronde_terug",
       "een begonnen ronde gaat alleen door naar een latere periode; eerdere rondes blijven "
       "bewaard"},
      {"fout.afgerond_zonder_product",
       "een stap is pas afgerond met zijn product: voeg het product van deze ronde toe en leg "
       "vast wie het vaststelde"},
      {"fout.reden_planwijziging",
       "geef aan waarom het geplande eind verschuift; de oorspronkelijke planning blijft "
       "zichtbaar"},
      {"fout.deadline_verleden", "kies een nieuwe deadline vanaf vandaag"},
      {"fout.bijdrage_niet_vastgesteld",
       "een bijdrage wordt niet vastgesteld; kies een productsoort als dit een product is"},
      {"fout.vastgesteld_op_bij_orgaan", "vul in op welke datum het product is vastgesteld"},
      {"fout.orgaan_bij_vastgesteld_op", "kies wie het product heeft vastgesteld"},
      {"fout.soort_past_niet_bij_stap", "dit soort product hoort niet bij deze stap"},
      {"fout.alleen_bijdrage",
       "als opdrachtgever voegt u een bijdrage toe; producten legt de regie van de cyclus vast"},
  });
  m.add_fields({
      {"volgorde", "Positie in de cyclus"},
      {"geplandBegin", "Gepland begin"},
      {"geplandEind", "Gepland eind"},
      {"werkelijkBegin", "Werkelijk begin"},
      {"werkelijkEind", "Werkelijk eind"},
      {"eigenaarPersoonId", "Eigenaar"},
      {"link", "Link"},
      {"raaktStapId", "Raakt stap"},
      {"raaktPeriode", "In periode"},
      {"redenPlanwijziging", "Reden voor het verschuiven"},
      {"vastgesteldDoor", "Vastgesteld door"},
      {"vastgesteldOp", "Vastgesteld op"},
  });
}

}  // namespace regie::web
