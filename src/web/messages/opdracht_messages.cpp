// Dutch texts of opdrachten (OPD-1..OPD-3): the steps and the check of the eleven parts.
#include "web/messages.hpp"

namespace regie::web {

void add_opdracht_messages(Messages& m) {
  m.add_texts({
      // Confirmations after each action (the page's ?melding=…).
      {"melding.opdracht_aangemaakt",
       "Het concept van de opdracht is opgeslagen. Bied het aan zodra elk onderdeel is ingevuld."},
      {"melding.opdracht_gewijzigd", "De opdracht is gewijzigd."},
      {"melding.stap_aanbieden", "De opdracht is aangeboden aan de omgevingsdienst."},
      {"melding.stap_aanvaarden", "De opdracht is aanvaard."},
      {"melding.stap_terugleggen",
       "De opdracht is met uw motivering teruggelegd bij de opdrachtgever."},
      {"melding.stap_herzien",
       "De opdracht is terug in concept: pas haar aan en bied haar opnieuw aan."},
      {"melding.stap_starten", "De uitvoering van de opdracht is gestart."},
      {"melding.stap_afronden", "De opdracht is afgerond."},
      {"melding.stap_evalueren", "De evaluatie van de opdracht is vastgelegd."},
      {"fout.stap_niet_mogelijk",
       "Deze stap is vanuit de huidige status van de opdracht niet mogelijk."},
      {"fout.reden_verplicht", "geef een motivering, bijvoorbeeld welke randvoorwaarde ontbreekt"},
      {"fout.opdracht_niet_bewerkbaar",
       "Deze opdracht is al aangeboden of aanvaard en kan alleen nog via een stap of een "
       "wijzigingsverzoek veranderen."},
      {"opd.leeg", "dit onderdeel is nog leeg"},
      {"opd.te_kort", "dit onderdeel is te summier om de opdracht op aan te nemen"},
      {"opd.doel_niet_meetbaar",
       "het doel noemt geen meetbaar resultaat (een aantal, percentage of termijn)"},
      {"opd.planning_zonder_datum", "niet elke mijlpaal heeft een datum"},
      {"opd.bemensing_zonder_uren", "de bemensing noemt geen uren"},
      {"opd.sturingsvorm_ontbreekt", "de interne sturingsvorm ontbreekt"},
      {"opd.financien_zonder_bedrag", "de financiën noemen geen bedrag"},
      {"opd.monitoring_zonder_frequentie", "de monitoring noemt geen frequentie"},
      {"opd.geen_stakeholders", "er zijn geen stakeholders met hun rol genoemd"},
      {"opd.stakeholder_zonder_rol", "niet bij elke stakeholder staat de rol"},
      {"opd.risico_zonder_maatregel", "niet elk risico heeft een beheersmaatregel"},
      {"opd.collectief_zonder_deelnemer",
       "een collectieve opdracht is voor de hele regio; kies maatwerk voor één deelnemer"},
      {"opd.maatwerk_zonder_uren", "maatwerk vraagt extra capaciteit: vul de extra uren in"},
      {"opd.maatwerk_zonder_financiering",
       "maatwerk vraagt extra middelen: vul de extra financiering in"},
  });
}

}  // namespace regie::web
