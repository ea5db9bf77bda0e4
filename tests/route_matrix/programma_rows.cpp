// The matrix of the uitvoeringsprogramma (UP-1, UP-2, UP-4): everyone of the regio reads the
// programmes and their begroting (page, CSV, XLSX); the keepers of the catalogue (beheerder,
// accountmanagers, directie, regisseur) open the forms and change a concept, vaststellen it and
// make a bijstelling; the others get 403. The scratch of each account: a catalogue of its own
// years with one kental product, a concept programme with a line (changed, vastgesteld and
// bijgesteld by the rows), a second one whose line is deleted, and a programme in Regio Elders
// that nobody of the demo regio reaches.
#include "domain/programma/programma_repository.hpp"
#include "route_matrix/catalogus_rows.hpp"
#include "service/catalogus_service.hpp"
#include "service/clock.hpp"
#include "service/programma_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

// Each account's scratch has years of its own: the programmes of a regio are one per year.
std::int32_t volgend_programmajaar() {
  static std::int32_t jaar = 2040;
  const std::int32_t out = jaar;
  jaar += 3;
  return out;
}

Result<Id> programma_met_regel(service::ProgrammaService& service, const service::Context& ctx,
                               std::int32_t jaar, Id deelnemer, const std::string& label) {
  REGIE_ASSIGN_OR_RETURN(auto p, service.create(ctx, {{"titel", "Programma " + label},
                                                      {"jaar", std::to_string(jaar)}}));
  REGIE_ASSIGN_OR_RETURN(p, service.regel_toevoegen(ctx, p.id, p.versie,
                                                    {{"productcode", "KL-01"},
                                                     {"deelnemer", std::to_string(deelnemer)},
                                                     {"aantal", "3"}}));
  return p.id;
}

std::int64_t versie_van(Omgeving& o, Id id) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto p = (*uow)->programmas().get_programma(id);
  return p.ok() ? p->versie : 0;
}

}  // namespace

Plak programma_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/regio/programma", Doel::kGeen, kHtmlLezen},
      {"GET", "/regio/programma/nieuw", Doel::kGeen, kHtmlFormulier},
      {"GET", "/regio/programma/{id}", Doel::kGeen, kHtmlLezen},
      {"GET", "/regio/programma/{id}/begroting", Doel::kGeen, kHtmlLezen},
      {"GET", "/regio/programma/{id}/begroting/csv", Doel::kGeen, kHtmlLezen},
      {"GET", "/regio/programma/{id}/begroting/xlsx", Doel::kGeen, kHtmlLezen},
      {"GET", "/regio/programma/{id}/bijstellen", Doel::kGeen, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/regels/nieuw", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/regels/{nummer}", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/regels/{nummer}/verwijderen", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/doelen/nieuw", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/doelen/{nummer}", Doel::kKladWeg, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/doelen/{nummer}/verwijderen", Doel::kKladWeg, kHtmlFormulier},
      {"GET", "/regio/programma/{id}/vaststellen", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/programma/{id}", Doel::kAndereRegio, kHtmlNergens},
      {"GET", "/api/v1/uitvoeringsprogrammas", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/uitvoeringsprogrammas/{id}", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/uitvoeringsprogrammas/{id}/begroting", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/uitvoeringsprogrammas/{id}/doelen/{nummer}", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/uitvoeringsprogrammas/{id}/regels/{nummer}", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/uitvoeringsprogrammas/{id}", Doel::kAndereRegio, kApiNergens},
  };
  // In this order: the concept is changed, then vastgesteld, then bijgesteld.
  p.schrijven = {
      {"POST", "/regio/programma/nieuw", Doel::kGeen, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/regels", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/regels/{nummer}", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/doelen", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/doelen/{nummer}", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/vaststellen", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/bijstellen", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/regels", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/regio/programma/{id}/regels/{nummer}", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/regio/programma/{id}/doelen", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/regio/programma/{id}/doelen/{nummer}", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/regio/programma/{id}/vaststellen", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/regio/programma/{id}/bijstellen", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/api/v1/uitvoeringsprogrammas", Doel::kGeen, kApiNieuw},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/doelen", Doel::kKlad, kApiNieuw},
      {"PUT", "/api/v1/uitvoeringsprogrammas/{id}/doelen/{nummer}", Doel::kKlad, kApiWijzigen},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/regels", Doel::kKlad, kApiNieuw},
      {"PUT", "/api/v1/uitvoeringsprogrammas/{id}/regels/{nummer}", Doel::kKlad, kApiWijzigen},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/vaststellingen", Doel::kKlad, kApiWijzigen},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/bijstellingen", Doel::kKlad, kApiNieuw},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/doelen", Doel::kAndereRegio, kApiNergens},
      {"PUT", "/api/v1/uitvoeringsprogrammas/{id}/doelen/{nummer}", Doel::kAndereRegio,
       kApiNergens},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/regels", Doel::kAndereRegio, kApiNergens},
      {"PUT", "/api/v1/uitvoeringsprogrammas/{id}/regels/{nummer}", Doel::kAndereRegio,
       kApiNergens},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/vaststellingen", Doel::kAndereRegio,
       kApiNergens},
      {"POST", "/api/v1/uitvoeringsprogrammas/{id}/bijstellingen", Doel::kAndereRegio, kApiNergens},
  };
  p.verwijderen = {
      {"POST", "/regio/programma/{id}/regels/{nummer}/verwijderen", Doel::kKladWeg, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/regels/{nummer}/verwijderen", Doel::kAndereRegio,
       kHtmlNergens},
      {"POST", "/regio/programma/{id}/doelen/{nummer}/verwijderen", Doel::kKladWeg, kHtmlWijzigen},
      {"POST", "/regio/programma/{id}/doelen/{nummer}/verwijderen", Doel::kAndereRegio,
       kHtmlNergens},
      {"DELETE", "/api/v1/uitvoeringsprogrammas/{id}/regels/{nummer}", Doel::kKladWeg, kApiWeg},
      {"DELETE", "/api/v1/uitvoeringsprogrammas/{id}/doelen/{nummer}", Doel::kKladWeg, kApiWeg},
      {"DELETE", "/api/v1/uitvoeringsprogrammas/{id}/regels/{nummer}", Doel::kAndereRegio,
       kApiNergens},
      {"DELETE", "/api/v1/uitvoeringsprogrammas/{id}/doelen/{nummer}", Doel::kAndereRegio,
       kApiNergens},
  };
  p.zonder_eigenaar = {
      {{"POST", "/regio/programma/nieuw"}, "altijd een programma van de eigen regio"},
      {{"POST", "/api/v1/uitvoeringsprogrammas"}, "altijd een programma van de eigen regio"},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    const std::int32_t jaar = volgend_programmajaar();
    auto& app = *o.server.app();
    REGIE_ASSIGN_OR_RETURN(auto rg, o.server.context("ingrid.mulder"));
    for (std::int32_t j : {jaar, jaar + 1}) {
      REGIE_TRY(app.services.catalogus->create_product(rg, {{"jaar", std::to_string(j)},
                                                            {"productcode", "KL-01"},
                                                            {"naam", "Controle " + label},
                                                            {"taakveld", "toezicht"},
                                                            {"taak", "basistaak"},
                                                            {"afrekenwijze", "kental"},
                                                            {"normuren", "10"},
                                                            {"uurtarief", "98,50"}}));
    }
    auto& service = *app.services.programmas;
    REGIE_ASSIGN_OR_RETURN(Id a, programma_met_regel(service, rg, jaar, o.demo.dijkstede, label));
    REGIE_ASSIGN_OR_RETURN(Id b,
                           programma_met_regel(service, rg, jaar + 1, o.demo.dijkstede, label));
    REGIE_ASSIGN_OR_RETURN(auto weg, service.programma(rg, b));
    // Doel 1 goes by the API's DELETE, doel 2 by the web form's.
    REGIE_ASSIGN_OR_RETURN(
        auto een, service.doel_toevoegen(rg, b, weg.programma.versie,
                                         {{"titel", "Doel " + label}, {"beoogdEffect", "Effect"}}));
    REGIE_TRY(service.doel_toevoegen(rg, b, een.versie,
                                     {{"titel", "Doel 2 " + label}, {"beoogdEffect", "Effect"}}));
    k.zet("programma", a);
    k.zet("programma_weg", b);
    k.zet("jaar_nieuw", jaar + 2);
    // Regio Elders: a programme of the same year, straight into the store.
    REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kSchrijven));
    programma::Uitvoeringsprogramma elders;
    elders.regio_id = o.elders.regio;
    elders.jaar = jaar;
    elders.tot_jaar = jaar;
    elders.titel = "Programma Elders " + label;
    elders.regels.push_back({"KL-01", o.elders.organisatie, 1, 0, std::nullopt, "", 0});
    elders.doelen.push_back({1, "Doel Elders", "Effect", {}});
    REGIE_ASSIGN_OR_RETURN(Id e, uow->programmas().create_programma(elders));
    REGIE_TRY(uow->commit());
    k.zet("programma_elders", e);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string pattern = rij.pattern;
    Id id = 0;
    if (rij.doel == Doel::kKlad) {
      id = k["programma"];
    } else if (rij.doel == Doel::kKladWeg) {
      id = k["programma_weg"];
    } else if (rij.doel == Doel::kAndereRegio) {
      id = k["programma_elders"];
    } else if (pattern.find("{id}") != std::string::npos) {
      auto rg = o.server.context("ingrid.mulder");
      if (rg.ok()) {
        auto demo = o.server.app()->services.programmas->programma_van_jaar(*rg, 2027);
        if (demo.ok()) id = demo->id;
      }
    }
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    const bool doel_twee = pattern.ends_with("/doelen/{nummer}/verwijderen");
    v.pad = vervang(v.pad, "{nummer}", doel_twee ? "2" : "1");
    const std::string method = rij.method;
    if (method == "GET") return v;
    const bool api = is_api(pattern);
    Fields velden;
    if (pattern.ends_with("/regio/programma/nieuw") ||
        pattern.ends_with("/uitvoeringsprogrammas")) {
      velden = {{"titel", "Programma " + label}, {"jaar", std::to_string(k["jaar_nieuw"])}};
      if (api) {
        v.json = json_body(velden, {"jaar"});
      } else {
        v.velden = velden;
      }
      return v;
    }
    v.versie = versie_van(o, id);
    if (method == "DELETE" || pattern.ends_with("/verwijderen")) return v;
    if (pattern.ends_with("/regels")) {
      velden = {
          {"productcode", "KL-01"}, {"deelnemer", std::to_string(o.demo.beekdal)}, {"aantal", "2"}};
    } else if (pattern.ends_with("/regels/{nummer}")) {
      velden = {{"productcode", "KL-01"},
                {"deelnemer", std::to_string(o.demo.dijkstede)},
                {"aantal", "7"}};
    } else if (pattern.ends_with("/doelen") || pattern.ends_with("/doelen/{nummer}")) {
      velden = {{"titel", "Doel " + label}, {"beoogdEffect", "Minder overlast"}};
    } else if (pattern.ends_with("/vaststellen") || pattern.ends_with("/vaststellingen")) {
      const Datum vandaag = o.server.clock().vandaag();
      velden = {{"vastgesteldDoor", "algemeen_bestuur"},
                {"vastgesteldOp", api ? vandaag.iso() : vandaag.nl()}};
    } else if (pattern.ends_with("/bijstellen") || pattern.ends_with("/bijstellingen")) {
      velden = {{"reden", "Bijstelling " + label}};
    }
    if (api) {
      v.json = json_body(velden, {"deelnemer", "aantal", "doel"});
    } else {
      v.velden = velden;
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix
