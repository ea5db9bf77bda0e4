// The matrix of metingen (MON-4, MON-5): everyone of the regio reads the indicators and process
// measures (as on the monitoring dashboard); the omgevingsdienst's side, the regisseur and the
// beheerder record them, and remove a wrong one; the opdrachtgever and the bestuurder get 403.
// Each write is a measure of its own (another peildatum or month), so none collides with an
// earlier row; the scratch of each account and channel is an indicator meting and a process
// measure to remove.
#include "route_matrix/catalogus_rows.hpp"
#include "service/meting_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

constexpr std::array<int, kAantalWie> kFormulier = {kL, 200, 200, 200, 200, 200, 403, 403, 200};
constexpr std::array<int, kAantalWie> kVastleggen = {kL, kD, kD, kD, kD, kD, 403, 403, kD};
constexpr std::array<int, kAantalWie> kApiVastleggen = {401, 201, 201, 201, 201,
                                                        201, 403, 403, 201};
constexpr std::array<int, kAantalWie> kApiVerwijderen = {401, 204, 204, 204, 204,
                                                         204, 403, 403, 204};

// A day and a month of its own for every write.
int volgnummer() {
  static int n = 0;
  return n++;
}

const char* kIndicator = "Naleving bij periodieke controle";

// A day of June to September 2026 and a month from 2061 on for every scratch: none is in the
// demo or a row's.
int kladnummer() {
  static int n = 0;
  return n++;
}

}  // namespace

Plak meting_plak() {
  Plak p;
  const std::string pad_indicator =
      "/monitoring/"
      "indicatormeting?jaar=2026&doel=1&indicator=Naleving%20bij%20periodieke%20controle";
  p.lezen = {
      {"GET", "/monitoring/indicatormeting", Doel::kGeen, kFormulier},
      {"GET", "/monitoring/procesmeting", Doel::kGeen, kFormulier},
      {"GET", "/api/v1/indicatormetingen", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/procesmetingen", Doel::kGeen, kApiLezen},
      {"GET", "/monitoring/indicatormeting/{id}/verwijderen", Doel::kKlad, kFormulier},
      {"GET", "/monitoring/procesmeting/{id}/verwijderen", Doel::kKlad, kFormulier},
  };
  p.schrijven = {
      {"POST", "/monitoring/indicatormeting", Doel::kGeen, kVastleggen},
      {"POST", "/monitoring/procesmeting", Doel::kGeen, kVastleggen},
      {"POST", "/api/v1/indicatormetingen", Doel::kGeen, kApiVastleggen},
      {"POST", "/api/v1/procesmetingen", Doel::kGeen, kApiVastleggen},
  };
  p.verwijderen = {
      {"POST", "/monitoring/indicatormeting/{id}/verwijderen", Doel::kKlad, kVastleggen},
      {"POST", "/monitoring/procesmeting/{id}/verwijderen", Doel::kKlad, kVastleggen},
      {"DELETE", "/api/v1/indicatormetingen/{id}", Doel::kKlad, kApiVerwijderen},
      {"DELETE", "/api/v1/procesmetingen/{id}", Doel::kKlad, kApiVerwijderen},
  };
  const std::string eigen = "altijd de metingen van de eigen regio";
  const std::string weg =
      "een meting van de eigen regio; die van een andere regio is niet gevonden "
      "(MON4_MON5_MetingVerwijderen in meting_service_test)";
  p.zonder_eigenaar = {
      {{"POST", "/monitoring/indicatormeting"}, eigen},
      {{"POST", "/monitoring/procesmeting"}, eigen},
      {{"POST", "/api/v1/indicatormetingen"}, eigen},
      {{"POST", "/api/v1/procesmetingen"}, eigen},
      {{"POST", "/monitoring/indicatormeting/{id}/verwijderen"}, weg},
      {{"POST", "/monitoring/procesmeting/{id}/verwijderen"}, weg},
      {{"DELETE", "/api/v1/indicatormetingen/{id}"}, weg},
      {{"DELETE", "/api/v1/procesmetingen/{id}"}, weg},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto mw, o.server.context("medewerker"));
    auto& metingen = *o.server.app()->services.metingen;
    const int n = kladnummer();
    const int dag = 1 + n % 28;
    const std::string peildatum =
        "2026-0" + std::to_string(6 + n / 28) + "-" + (dag < 10 ? "0" : "") + std::to_string(dag);
    REGIE_ASSIGN_OR_RETURN(auto i,
                           metingen.indicator_vastleggen(mw, {{"jaar", "2026"},
                                                              {"doel", "1"},
                                                              {"indicator", kIndicator},
                                                              {"peildatum", peildatum},
                                                              {"waarde", "70"},
                                                              {"toelichting", "Weg " + label}}));
    const int maand = 1 + n % 12;
    REGIE_ASSIGN_OR_RETURN(
        auto pm, metingen.proces_vastleggen(
                     mw, {{"maat", "doorlooptijd"},
                          {"maand", std::to_string(2061 + n / 12) + "-" + (maand < 10 ? "0" : "") +
                                        std::to_string(maand)},
                          {"waarde", "30"}}));
    k.zet("indicatormeting", i.id);
    k.zet("procesmeting", pm.id);
    return Ok();
  };
  p.verzoek = [pad_indicator](Omgeving&, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string pattern = rij.pattern;
    Verzoek v;
    v.pad = pattern == "/monitoring/indicatormeting" ? pad_indicator : pattern;
    if (rij.doel == Doel::kKlad) {
      const bool indicator = pattern.find("indicator") != std::string::npos;
      v.pad = vervang(pattern, "{id}",
                      std::to_string(k[indicator ? "indicatormeting" : "procesmeting"]));
      return v;
    }
    if (std::string(rij.method) == "GET") return v;
    const int n = volgnummer();
    const bool api = is_api(pattern);
    // Days of 2026 from 2 January on, months from 2001 on: none is in the demo.
    const int dag = 2 + n % 27;
    const int maand = 1 + n % 12;
    const std::string datum =
        api ? "2026-01-" + std::string(dag < 10 ? "0" : "") + std::to_string(dag)
            : std::string(dag < 10 ? "0" : "") + std::to_string(dag) + "-0" +
                  std::to_string(1 + n / 27) + "-2026";
    const std::string m =
        std::to_string(2001 + n / 12) + "-" + (maand < 10 ? "0" : "") + std::to_string(maand);
    Fields f;
    if (pattern.find("indicator") != std::string::npos) {
      f = {{"peildatum", datum}, {"waarde", "80"}, {"toelichting", "Meting " + label}};
      if (api) {
        f["jaar"] = "2026";
        f["doel"] = "1";
        f["indicator"] = kIndicator;
      }
    } else {
      f = {{"maat", "achterstand"}, {"maand", m}, {"waarde", "12"}};
    }
    if (api) {
      v.json = json_body(f, {"jaar", "doel", "waarde"});
    } else {
      v.velden = f;
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix
