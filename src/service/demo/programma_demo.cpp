// The demo's uitvoeringsprogramma 2027 (UP-1, UP-2, UP-4): drawn up by Ingrid Mulder, the
// regisseur beleidscyclus, from the 2027 catalogue in October, and vastgesteld by the algemeen
// bestuur on 20 November. Every deelnemer has its collective basistaken by kental; the two
// regionaal products are split by inwonertal over the nine gemeenten; the provincie has its
// BRZO inspections; two gemeenten add plustaken and Beekdal its evenementen as maatwerk.
#include <string>

#include "service/demo/demo_load.hpp"
#include "service/programma_service.hpp"

namespace regie::service {
namespace {

struct DemoRegel {
  const char* deelnemer;  // "" for the whole regio
  const char* product;
  const char* aantal;  // kental
  const char* uren;    // regionaal, maatwerk
  const char* bedrag;  // maatwerk
  int doel;
};

// Numbers in proportion to each gemeente's size and its kind of business.
const DemoRegel kRegels[] = {
    {"Gemeente Beekdal", "VV-01", "12", "", "", 2},
    {"Gemeente Beekdal", "VV-02", "45", "", "", 2},
    {"Gemeente Beekdal", "TH-01", "60", "", "", 1},
    {"Gemeente Beekdal", "TH-02", "35", "", "", 1},
    {"Gemeente Beekdal", "HH-01", "4", "", "", 1},
    {"Gemeente Beekdal", "MW-01", "", "240", "26.400,00", 1},
    {"Gemeente Dijkstede", "VV-01", "28", "", "", 2},
    {"Gemeente Dijkstede", "VV-02", "96", "", "", 2},
    {"Gemeente Dijkstede", "TH-01", "140", "", "", 1},
    {"Gemeente Dijkstede", "TH-02", "70", "", "", 1},
    {"Gemeente Dijkstede", "HH-01", "9", "", "", 1},
    {"Gemeente Dijkstede", "AD-01", "40", "", "", 0},
    {"Gemeente Hoeveland", "VV-01", "6", "", "", 2},
    {"Gemeente Hoeveland", "VV-02", "25", "", "", 2},
    {"Gemeente Hoeveland", "TH-01", "38", "", "", 1},
    {"Gemeente Hoeveland", "TH-02", "20", "", "", 1},
    {"Gemeente Hoeveland", "HH-01", "2", "", "", 1},
    {"Gemeente Kanaalzijde", "VV-01", "18", "", "", 2},
    {"Gemeente Kanaalzijde", "VV-02", "60", "", "", 2},
    {"Gemeente Kanaalzijde", "TH-01", "95", "", "", 1},
    {"Gemeente Kanaalzijde", "TH-02", "42", "", "", 1},
    {"Gemeente Kanaalzijde", "HH-01", "6", "", "", 1},
    {"Gemeente Lindenwaard", "VV-01", "4", "", "", 2},
    {"Gemeente Lindenwaard", "VV-02", "18", "", "", 2},
    {"Gemeente Lindenwaard", "TH-01", "26", "", "", 1},
    {"Gemeente Lindenwaard", "TH-02", "14", "", "", 1},
    {"Gemeente Lindenwaard", "HH-01", "1", "", "", 1},
    {"Gemeente Molenbroek", "VV-01", "9", "", "", 2},
    {"Gemeente Molenbroek", "VV-02", "34", "", "", 2},
    {"Gemeente Molenbroek", "TH-01", "50", "", "", 1},
    {"Gemeente Molenbroek", "TH-02", "28", "", "", 1},
    {"Gemeente Molenbroek", "HH-01", "3", "", "", 1},
    {"Gemeente Polderveen", "VV-01", "14", "", "", 2},
    {"Gemeente Polderveen", "VV-02", "50", "", "", 2},
    {"Gemeente Polderveen", "TH-01", "72", "", "", 1},
    {"Gemeente Polderveen", "TH-02", "36", "", "", 1},
    {"Gemeente Polderveen", "HH-01", "5", "", "", 1},
    {"Gemeente Polderveen", "AD-01", "25", "", "", 0},
    {"Gemeente Rivierhoven", "VV-01", "21", "", "", 2},
    {"Gemeente Rivierhoven", "VV-02", "74", "", "", 2},
    {"Gemeente Rivierhoven", "TH-01", "110", "", "", 1},
    {"Gemeente Rivierhoven", "TH-02", "55", "", "", 1},
    {"Gemeente Rivierhoven", "HH-01", "7", "", "", 1},
    {"Gemeente Zandhorst", "VV-01", "5", "", "", 2},
    {"Gemeente Zandhorst", "VV-02", "22", "", "", 2},
    {"Gemeente Zandhorst", "TH-01", "31", "", "", 1},
    {"Gemeente Zandhorst", "TH-02", "17", "", "", 1},
    {"Gemeente Zandhorst", "HH-01", "2", "", "", 1},
    {"Provincie Voorbeeldland", "VV-01", "8", "", "", 2},
    {"Provincie Voorbeeldland", "TH-03", "14", "", "", 1},
    {"Provincie Voorbeeldland", "HH-01", "3", "", "", 1},
    {"", "RG-01", "", "1.850", "", 1},
    {"", "RG-02", "", "1.240", "", 2},
};

}  // namespace

Result<programma::Uitvoeringsprogramma> maak_demo_programma(DemoLoad& load, const Context& ingrid,
                                                            std::int32_t jaar_getal) {
  const std::string jaar = std::to_string(jaar_getal);
  auto& service = load.verhaal.programmas();
  REGIE_ASSIGN_OR_RETURN(
      auto p,
      service.create(ingrid, {{"titel", "Uitvoeringsprogramma VTH " + jaar}, {"jaar", jaar}}));
  REGIE_ASSIGN_OR_RETURN(
      p, service.doel_toevoegen(
             ingrid, p.id, p.versie,
             {{"titel", "Een gezonde en veilige leefomgeving"},
              {"beoogdEffect",
               "Minder milieu-incidenten en minder overlast bij bedrijven in de regio, doordat "
               "bedrijven de regels naleven."},
              {"indicator1Naam", "Naleving bij periodieke controle"},
              {"indicator1Eenheid", "%"},
              {"indicator1Nulwaarde", "78"},
              {"indicator1Streefwaarde", "85"},
              {"indicator1Meetmethode",
               "Aandeel controles zonder overtreding, uit het zaaksysteem, per kwartaal."},
              {"indicator2Naam", "Milieuklachten per 10.000 inwoners"},
              {"indicator2Eenheid", "aantal"},
              {"indicator2Nulwaarde", "14,2"},
              {"indicator2Streefwaarde", "12"},
              {"indicator2Meetmethode", "Klachtenlijn, per jaar."}}));
  REGIE_ASSIGN_OR_RETURN(
      p, service.doel_toevoegen(
             ingrid, p.id, p.versie,
             {{"titel", "Vergunningen op tijd en van goede kwaliteit"},
              {"beoogdEffect",
               "Initiatiefnemers weten op tijd waar zij aan toe zijn; besluiten houden stand bij "
               "bezwaar en beroep."},
              {"indicator1Naam", "Besluiten binnen de wettelijke termijn"},
              {"indicator1Eenheid", "%"},
              {"indicator1Nulwaarde", "88"},
              {"indicator1Streefwaarde", "95"},
              {"indicator1Meetmethode", "Zaaksysteem, per maand."}}));
  for (const auto& r : kRegels) {
    Fields f = {{"productcode", r.product}, {"doel", std::to_string(r.doel)}};
    if (*r.deelnemer != '\0') f["deelnemer"] = std::to_string(load.organisaties.at(r.deelnemer));
    if (*r.aantal != '\0') f["aantal"] = r.aantal;
    if (*r.uren != '\0') f["uren"] = r.uren;
    if (*r.bedrag != '\0') f["bedrag"] = r.bedrag;
    REGIE_ASSIGN_OR_RETURN(p, service.regel_toevoegen(ingrid, p.id, p.versie, f));
  }
  return p;
}

Result<void> load_programma_demo(DemoLoad& load) {
  DemoVerhaal& verhaal = load.verhaal;
  const DemoKalender& kalender = load.kalender;
  verhaal.op("2026-10-01T09:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto ingrid, verhaal.als("ingrid.mulder"));
  auto& service = verhaal.programmas();
  REGIE_ASSIGN_OR_RETURN(auto p, maak_demo_programma(load, ingrid, kalender.jaar(2027)));
  verhaal.op("2026-11-20T16:00:00Z");
  REGIE_ASSIGN_OR_RETURN(p,
                         service.vaststellen(ingrid, p.id, p.versie,
                                             {{"vastgesteldDoor", "algemeen_bestuur"},
                                              {"vastgesteldOp", kalender.dag(2026, 11, 20).nl()}}));
  return Ok();
}

}  // namespace regie::service
