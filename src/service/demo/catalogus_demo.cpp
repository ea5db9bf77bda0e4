// The demo's producten- en dienstencatalogus 2027 (UP-3): what the omgevingsdienst delivers for
// the regional programme and the maatwerk opdrachten, kept by Ingrid Mulder, the regisseur
// beleidscyclus. The two regionaal products are split by inwonertal over the nine gemeenten.
#include <string>

#include "service/catalogus_service.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

struct DemoProduct {
  const char* code;
  const char* naam;
  const char* taakveld;
  const char* taak;
  const char* afrekenwijze;
  const char* normuren;  // "" for none
};

constexpr const char* kUurtarief = "98,50";

const DemoProduct kProducten[] = {
    {"VV-01", "Omgevingsvergunning milieu beoordelen", "vergunningverlening", "basistaak", "kental",
     "40"},
    {"VV-02", "Melding milieubelastende activiteit", "vergunningverlening", "basistaak", "kental",
     "4"},
    {"TH-01", "Periodieke controle milieubedrijf", "toezicht", "basistaak", "kental", "8,5"},
    {"TH-02", "Toezicht asbestsanering", "toezicht", "basistaak", "kental", "6"},
    {"TH-03", "Inspectie BRZO-bedrijf", "toezicht", "basistaak", "kental", "60"},
    {"HH-01", "Handhavingstraject met last onder dwangsom", "handhaving", "basistaak", "kental",
     "24"},
    {"AD-01", "Advies bodem bij een bouwaanvraag", "advies", "plustaak", "kental", "6"},
    {"RG-01", "Klachtenlijn en piketdienst milieu", "advies", "basistaak", "regionaal", ""},
    {"RG-02", "Regionale beleidsadvisering VTH", "advies", "basistaak", "regionaal", ""},
    {"MW-01", "Toezicht op evenementen", "toezicht", "plustaak", "maatwerk", ""},
};

}  // namespace

Result<void> load_catalogus_demo(DemoLoad& load) {
  DemoVerhaal& verhaal = load.verhaal;
  verhaal.op("2026-09-15T09:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto ingrid, verhaal.als("ingrid.mulder"));
  const std::string jaar = std::to_string(load.kalender.jaar(2027));
  for (const auto& p : kProducten) {
    Fields f = {{"jaar", jaar},   {"productcode", p.code},
                {"naam", p.naam}, {"taakveld", p.taakveld},
                {"taak", p.taak}, {"afrekenwijze", p.afrekenwijze}};
    if (*p.normuren != '\0') f["normuren"] = p.normuren;
    if (std::string(p.afrekenwijze) != "maatwerk") f["uurtarief"] = kUurtarief;
    REGIE_TRY(verhaal.catalogus().create_product(ingrid, f));
  }
  return Ok();
}

}  // namespace regie::service
