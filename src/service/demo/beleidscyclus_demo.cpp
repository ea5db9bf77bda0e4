// The demo's Big 8 cycle.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

// B8-1..B8-3: the demo regio is preparing the policy round 2027-2030 while it carries out 2026:
// analyse and priorities done, the strategy late, the execution side of 2026 under way. Each
// event is what one person recorded at one moment: the step as it stood then, and the document
// and decision that came with it. Ingrid Mulder, the regisseur, keeps the policy side and
// records the steps of Femke Visser (who has no account); Thomas Bakker records his own.
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
  const char* document;  // "" when none
  const char* besluit;   // "" when none; taken on werkelijk_eind
  bool conclusie;        // B8-2: the evaluation's conclusion is recorded with it
};

const std::vector<DemoGebeurtenis>& demo_gebeurtenissen() {
  using beleidscyclus::StapCode;
  using beleidscyclus::Status;
  static const std::vector<DemoGebeurtenis> kAll = {
      {"2025-12-11T16:00:00Z", "accountmanager", StapCode::kPlanningEnControl, "2026",
       Status::kAfgerond, "2025-09-01", "2025-12-15", "2025-09-01", "2025-12-11", "Thomas Bakker",
       "Uitvoeringsprogramma 2026", "Het AB stelt het uitvoeringsprogramma 2026 vast.", false},
      {"2026-01-02T09:00:00Z", "ingrid.mulder", StapCode::kUitvoering, "2026", Status::kBezig,
       "2026-01-01", "2026-12-31", "2026-01-02", "", "Femke Visser", "", "", false},
      {"2026-01-02T09:30:00Z", "accountmanager", StapCode::kMonitoring, "2026", Status::kBezig,
       "2026-01-01", "2026-12-31", "2026-01-02", "", "Thomas Bakker", "", "", false},
      {"2026-01-29T15:00:00Z", "ingrid.mulder", StapCode::kVoorbereiden, "2026", Status::kAfgerond,
       "2025-12-01", "2026-01-31", "2025-12-01", "2026-01-29", "Femke Visser", "", "", false},
      {"2026-04-15T11:00:00Z", "accountmanager", StapCode::kRapportageEnEvaluatie, "2025",
       Status::kAfgerond, "2026-01-15", "2026-04-30", "2026-01-15", "2026-04-15", "Thomas Bakker",
       "Jaarverslag en evaluatie 2025", "", true},
      {"2026-05-04T09:00:00Z", "accountmanager", StapCode::kRapportageEnEvaluatie, "2026",
       Status::kNietGestart, "2027-01-15", "2027-04-30", "", "", "Thomas Bakker", "", "", false},
      {"2026-06-30T15:00:00Z", "ingrid.mulder", StapCode::kStrategischBeleidskader, "2027-2030",
       Status::kAfgerond, "2026-01-05", "2026-05-31", "2026-01-12", "2026-06-30", "Ingrid Mulder",
       "Regionale omgevingsanalyse en risicoanalyse VTH 2027-2030",
       "De projectgroep beleidscyclus stelt de omgevingsanalyse en de regionale risicoanalyse "
       "vast.",
       false},
      {"2026-09-15T09:00:00Z", "ingrid.mulder", StapCode::kOperationeelBeleidskader, "2027-2030",
       Status::kBezig, "2026-09-01", "2026-10-31", "2026-09-15", "", "Ingrid Mulder", "", "",
       false},
      {"2026-09-24T16:00:00Z", "ingrid.mulder", StapCode::kDoelenEnPrioriteiten, "2027-2030",
       Status::kAfgerond, "2026-06-01", "2026-09-30", "2026-07-01", "2026-09-24", "Ingrid Mulder",
       "Notitie doelen en prioriteiten 2027-2030",
       "Het DB stemt in met de prioriteiten asbest, energiebesparing en bodem.", false},
      {"2026-10-15T10:00:00Z", "accountmanager", StapCode::kMonitoring, "2026", Status::kBezig,
       "2026-01-01", "2026-12-31", "2026-01-02", "", "Thomas Bakker",
       "Tweede voortgangsrapportage 2026", "", false},
      {"2026-10-30T12:00:00Z", "ingrid.mulder", StapCode::kOperationeelBeleidskader, "2027-2030",
       Status::kBezig, "2026-09-01", "2026-10-31", "2026-09-15", "", "Ingrid Mulder",
       "Concept regionale uitvoerings- en handhavingsstrategie 2027-2030", "", false},
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
    const Fields velden{{"naam", stap.naam},
                        {"volgorde", std::to_string(stap.volgorde)},
                        {"periode", k.tekst(g.periode)},
                        {"status", std::string(beleidscyclus::code(g.status))},
                        {"geplandBegin", datum(g.gepland_begin)},
                        {"geplandEind", datum(g.gepland_eind)},
                        {"werkelijkBegin", datum(g.werkelijk_begin)},
                        {"werkelijkEind", datum(g.werkelijk_eind)},
                        {"eigenaarPersoonId", std::to_string(load.personen.at(g.eigenaar))}};
    REGIE_ASSIGN_OR_RETURN(
        stap, verhaal.cyclus().update_stap(ctx, regio_id, stap.id, stap.versie, velden));
    if (!std::string_view(g.document).empty()) {
      const auto titel = k.tekst(g.document);
      REGIE_TRY(verhaal.cyclus().create_document(ctx, regio_id, stap.id,
                                                 {{"titel", titel}, {"link", demo_link(titel)}}));
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
  return Ok();
}

}  // namespace regie::service
