// The demo's Big 8 cycle.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/beleidscyclus/ronde.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

// B8-1..B8-4: the demo regio has finished the policy round 2027-2030 (analyse, priorities and
// the strategy the colleges adopted on 8 October 2026, which the programme opdracht builds on)
// while it carries out 2026; the programme of 2027 is step 4 of the 2027 round, moved once and
// now late. Each event is what one person recorded at one moment: the step as it stood then,
// and the document and decision that came with it. Ingrid Mulder, the regisseur, keeps the
// policy side and records the steps of Femke Visser (who has no account); Thomas Bakker records
// his own; Pieter de Boer contributes as opdrachtgever.
struct DemoDocument {
  const char* titel;  // "" when none
  beleidscyclus::ProductSoort soort;
  const char* orgaan;  // "" when not adopted; adopted on werkelijk_eind
};
constexpr DemoDocument kGeen{"", beleidscyclus::ProductSoort::kOverig, ""};

struct DemoGebeurtenis {
  const char* moment;
  const char* door;  // the demo account
  beleidscyclus::StapCode code;
  const char* periode;
  beleidscyclus::Status status;
  const char* gepland_begin;
  const char* gepland_eind;
  const char* werkelijk_begin;  // "" when not started
  const char* werkelijk_eind;   // "" when not finished
  const char* eigenaar;
  DemoDocument document;
  const char* besluit;                   // "" when none; taken on werkelijk_eind
  bool conclusie;                        // B8-2: the evaluation's conclusion is recorded with it
  const char* reden_planwijziging = "";  // B8-4: when the planned end moves
};

const std::vector<DemoGebeurtenis>& demo_gebeurtenissen() {
  using beleidscyclus::ProductSoort;
  using beleidscyclus::StapCode;
  using beleidscyclus::Status;
  static const std::vector<DemoGebeurtenis> kAll = {
      {"2025-12-11T16:00:00Z",
       "accountmanager",
       StapCode::kPlanningEnControl,
       "2026",
       Status::kAfgerond,
       "2025-09-01",
       "2025-12-15",
       "2025-09-01",
       "2025-12-11",
       "Thomas Bakker",
       {"Uitvoeringsprogramma 2026", ProductSoort::kUitvoeringsprogramma, "algemeen_bestuur"},
       "Het AB stelt het uitvoeringsprogramma 2026 vast.",
       false},
      {"2026-01-02T09:00:00Z", "ingrid.mulder", StapCode::kUitvoering, "2026", Status::kBezig,
       "2026-01-01", "2026-12-31", "2026-01-02", "", "Femke Visser", kGeen, "", false},
      {"2026-01-02T09:30:00Z", "accountmanager", StapCode::kMonitoring, "2026", Status::kBezig,
       "2026-01-01", "2026-12-31", "2026-01-02", "", "Thomas Bakker", kGeen, "", false},
      {"2026-01-29T15:00:00Z", "ingrid.mulder", StapCode::kVoorbereiden, "2026", Status::kAfgerond,
       "2025-12-01", "2026-01-31", "2025-12-01", "2026-01-29", "Femke Visser", kGeen, "", false},
      {"2026-04-15T11:00:00Z",
       "accountmanager",
       StapCode::kRapportageEnEvaluatie,
       "2025",
       Status::kAfgerond,
       "2026-01-15",
       "2026-04-30",
       "2026-01-15",
       "2026-04-15",
       "Thomas Bakker",
       {"Jaarverslag en evaluatie 2025", ProductSoort::kJaarverslag, "algemeen_bestuur"},
       "Het AB stelt het jaarverslag 2025 vast.",
       true},
      {"2026-05-04T09:00:00Z", "accountmanager", StapCode::kRapportageEnEvaluatie, "2026",
       Status::kNietGestart, "2027-01-15", "2027-04-30", "", "", "Thomas Bakker", kGeen, "", false},
      {"2026-06-30T15:00:00Z",
       "ingrid.mulder",
       StapCode::kStrategischBeleidskader,
       "2027-2030",
       Status::kAfgerond,
       "2026-01-05",
       "2026-06-30",
       "2026-01-12",
       "2026-06-30",
       "Ingrid Mulder",
       {"Regionale omgevingsanalyse en risicoanalyse VTH 2027-2030", ProductSoort::kRisicoanalyse,
        "dagelijks_bestuur"},
       "Het DB stelt de omgevingsanalyse en de regionale risicoanalyse vast.",
       false},
      {"2026-09-01T09:00:00Z", "accountmanager", StapCode::kPlanningEnControl, "2027",
       Status::kBezig, "2026-09-01", "2026-11-12", "2026-09-01", "", "Thomas Bakker", kGeen, "",
       false},
      {"2026-09-15T09:00:00Z", "ingrid.mulder", StapCode::kOperationeelBeleidskader, "2027-2030",
       Status::kBezig, "2026-09-01", "2026-10-31", "2026-09-15", "", "Ingrid Mulder", kGeen, "",
       false},
      {"2026-09-24T16:00:00Z",
       "ingrid.mulder",
       StapCode::kDoelenEnPrioriteiten,
       "2027-2030",
       Status::kAfgerond,
       "2026-06-01",
       "2026-09-30",
       "2026-07-01",
       "2026-09-24",
       "Ingrid Mulder",
       {"Notitie doelen en prioriteiten 2027-2030", ProductSoort::kOverig, ""},
       "Het DB stemt in met de prioriteiten asbest, energiebesparing en bodem.",
       false},
      {"2026-10-08T16:00:00Z",
       "ingrid.mulder",
       StapCode::kOperationeelBeleidskader,
       "2027-2030",
       Status::kAfgerond,
       "2026-09-01",
       "2026-10-31",
       "2026-09-15",
       "2026-10-08",
       "Ingrid Mulder",
       {"Regionale uitvoerings- en handhavingsstrategie 2027-2030", ProductSoort::kStrategie,
        "colleges"},
       "De colleges van alle deelnemers stellen de regionale uitvoerings- en "
       "handhavingsstrategie 2027-2030 vast.",
       false},
      {"2026-10-15T10:00:00Z",
       "accountmanager",
       StapCode::kMonitoring,
       "2026",
       Status::kBezig,
       "2026-01-01",
       "2026-12-31",
       "2026-01-02",
       "",
       "Thomas Bakker",
       {"Tweede voortgangsrapportage 2026", ProductSoort::kOverig, ""},
       "",
       false},
      {"2026-11-05T10:00:00Z", "accountmanager", StapCode::kPlanningEnControl, "2027",
       Status::kBezig, "2026-09-01", "2026-11-26", "2026-09-01", "", "Thomas Bakker", kGeen, "",
       false,
       "Het uitvoeringsprogramma is teruggelegd en opnieuw aangeboden; het AB behandelt het op 26 "
       "november."},
  };
  return kAll;
}

std::string demo_link(const std::string& titel) {
  std::string slug;
  for (char c : titel) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      slug.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (letter) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  return "https://documenten.odregiovoorbeeld.nl/beleidscyclus/" + slug + ".pdf";
}

// The step with `code` as it is now.
Result<beleidscyclus::Stap> huidige_stap(DemoVerhaal& verhaal, const Context& ctx, Id regio_id,
                                         beleidscyclus::StapCode code) {
  REGIE_ASSIGN_OR_RETURN(auto cyclus, verhaal.cyclus().cyclus(ctx, regio_id));
  for (const auto& stap : cyclus.stappen) {
    if (stap.code == code) return stap;
  }
  return Error::not_found("cyclusstap " + std::string(beleidscyclus::code(code)));
}

}  // namespace

Result<void> load_beleidscyclus_demo(DemoLoad& load) {
  const DemoKalender& k = load.kalender;
  DemoVerhaal& verhaal = load.verhaal;
  const Id regio_id = load.regio_id;
  auto datum = [&](const char* iso) {
    auto dag = k.dag_iso(iso);
    return dag ? dag->iso() : std::string();
  };
  for (const auto& g : demo_gebeurtenissen()) {
    verhaal.op(g.moment);
    REGIE_ASSIGN_OR_RETURN(auto ctx, verhaal.als(g.door));
    REGIE_ASSIGN_OR_RETURN(auto stap, huidige_stap(verhaal, ctx, regio_id, g.code));
    Fields velden{{"naam", stap.naam},
                  {"volgorde", std::to_string(stap.volgorde)},
                  {"periode", k.tekst(g.periode)},
                  {"status", std::string(beleidscyclus::code(g.status))},
                  {"geplandBegin", datum(g.gepland_begin)},
                  {"geplandEind", datum(g.gepland_eind)},
                  {"werkelijkBegin", datum(g.werkelijk_begin)},
                  {"werkelijkEind", datum(g.werkelijk_eind)},
                  {"eigenaarPersoonId", std::to_string(load.personen.at(g.eigenaar))},
                  {"redenPlanwijziging", k.tekst(g.reden_planwijziging)}};
    // B8-4: a step with a product is afgerond once its product is there: first the round as
    // bezig, then the product, then afgerond.
    bool eerst_product = g.status == beleidscyclus::Status::kAfgerond &&
                         beleidscyclus::vereist_product(g.code).has_value();
    Fields eerst = velden;
    if (eerst_product) {
      eerst["status"] = std::string(beleidscyclus::code(beleidscyclus::Status::kBezig));
      eerst["werkelijkEind"] = "";
    }
    REGIE_ASSIGN_OR_RETURN(
        stap, verhaal.cyclus().update_stap(ctx, regio_id, stap.id, stap.versie, eerst));
    if (!std::string_view(g.document.titel).empty()) {
      const auto titel = k.tekst(g.document.titel);
      Fields document{{"titel", titel},
                      {"link", demo_link(titel)},
                      {"soort", std::string(beleidscyclus::code(g.document.soort))}};
      if (!std::string_view(g.document.orgaan).empty()) {
        document["vastgesteldDoor"] = g.document.orgaan;
        document["vastgesteldOp"] = datum(g.werkelijk_eind);
      }
      REGIE_TRY(verhaal.cyclus().create_document(ctx, regio_id, stap.id, document));
    }
    if (eerst_product) {
      REGIE_ASSIGN_OR_RETURN(
          stap, verhaal.cyclus().update_stap(ctx, regio_id, stap.id, stap.versie, velden));
    }
    if (!std::string_view(g.besluit).empty()) {
      REGIE_TRY(verhaal.cyclus().create_besluit(
          ctx, regio_id, stap.id,
          {{"tekst", k.tekst(g.besluit)}, {"datum", datum(g.werkelijk_eind)}}));
    }
    if (g.conclusie) {
      // B8-2: what the evaluation of 2025 taught, for the analysis of the next round.
      REGIE_ASSIGN_OR_RETURN(
          auto analyse,
          huidige_stap(verhaal, ctx, regio_id, beleidscyclus::StapCode::kStrategischBeleidskader));
      REGIE_TRY(verhaal.cyclus().create_evaluatieconclusie(
          ctx, regio_id,
          {{"tekst", k.tekst("Het asbesttoezicht vroeg in 2025 ruim een derde meer uren dan "
                             "gepland: weeg asbest zwaarder mee in de regionale risicoanalyse.")},
           {"datum", datum(g.werkelijk_eind)},
           {"raaktStapId", std::to_string(analyse.id)},
           {"raaktPeriode", k.tekst("2027-2030")}}));
    }
  }
  // B8-4: the opdrachtgever contributes to the programme of 2027, as sparringpartner.
  verhaal.op("2026-11-06T14:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto ctx, verhaal.als("opdrachtgever"));
  REGIE_ASSIGN_OR_RETURN(auto programma, huidige_stap(verhaal, ctx, regio_id,
                                                      beleidscyclus::StapCode::kPlanningEnControl));
  const auto titel = k.tekst("Wensen Gemeente Beekdal voor het uitvoeringsprogramma 2027");
  REGIE_TRY(verhaal.cyclus().create_document(
      ctx, regio_id, programma.id,
      {{"titel", titel}, {"link", demo_link(titel)}, {"soort", "bijdrage"}}));
  return Ok();
}

}  // namespace regie::service
