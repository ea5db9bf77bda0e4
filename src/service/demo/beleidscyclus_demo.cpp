// The demo's Big 8 cycle.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "service/demo/demo_load.hpp"

namespace regie::service {
namespace {

// B8-1..B8-3: the demo regio is preparing the policy round 2027-2030 while it carries out 2026:
// analyse and priorities done, the strategy late, the execution side of 2026 under way.
struct DemoStap {
  beleidscyclus::StapCode code;
  const char* periode;
  beleidscyclus::Status status;
  const char* gepland_begin;
  const char* gepland_eind;
  const char* werkelijk_begin;  // "" when not started
  const char* werkelijk_eind;   // "" when not finished
  const char* eigenaar;
  const char* document;  // "" when none
  const char* besluit;   // "" when none
};

const std::vector<DemoStap>& demo_stappen() {
  using beleidscyclus::StapCode;
  using beleidscyclus::Status;
  static const std::vector<DemoStap> kAll = {
      {StapCode::kStrategischBeleidskader, "2027-2030", Status::kAfgerond, "2026-01-05",
       "2026-05-31", "2026-01-12", "2026-06-30", "Ingrid Mulder",
       "Regionale omgevingsanalyse en risicoanalyse VTH 2027-2030",
       "De projectgroep beleidscyclus stelt de omgevingsanalyse en de regionale risicoanalyse "
       "vast."},
      {StapCode::kDoelenEnPrioriteiten, "2027-2030", Status::kAfgerond, "2026-06-01", "2026-09-30",
       "2026-07-01", "2026-09-24", "Ingrid Mulder", "Notitie doelen en prioriteiten 2027-2030",
       "Het DB stemt in met de prioriteiten asbest, energiebesparing en bodem."},
      {StapCode::kOperationeelBeleidskader, "2027-2030", Status::kBezig, "2026-09-01", "2026-10-31",
       "2026-09-15", "", "Ingrid Mulder",
       "Concept regionale uitvoerings- en handhavingsstrategie 2027-2030", ""},
      {StapCode::kPlanningEnControl, "2026", Status::kAfgerond, "2025-09-01", "2025-12-15",
       "2025-09-01", "2025-12-11", "Thomas Bakker", "Uitvoeringsprogramma 2026",
       "Het AB stelt het uitvoeringsprogramma 2026 vast."},
      {StapCode::kVoorbereiden, "2026", Status::kAfgerond, "2025-12-01", "2026-01-31", "2025-12-01",
       "2026-01-29", "Femke Visser", "", ""},
      {StapCode::kUitvoering, "2026", Status::kBezig, "2026-01-01", "2026-12-31", "2026-01-02", "",
       "Femke Visser", "", ""},
      {StapCode::kMonitoring, "2026", Status::kBezig, "2026-01-01", "2026-12-31", "2026-01-02", "",
       "Thomas Bakker", "Tweede voortgangsrapportage 2026", ""},
      {StapCode::kRapportageEnEvaluatie, "2026", Status::kNietGestart, "2027-01-15", "2027-04-30",
       "", "", "Thomas Bakker", "", ""},
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

}  // namespace

Result<void> load_beleidscyclus_demo(DemoLoad& load) {
  UnitOfWork& uow = load.uow;
  const DemoKalender& k = load.kalender;
  const Id regio_id = load.regio_id;
  const std::string& nu = load.nu;
  const auto& persoon_ids = load.personen;
  std::map<beleidscyclus::StapCode, Id> stap_ids;
  auto standaard = beleidscyclus::standaard_stappen(regio_id, k.jaar(2027));
  for (std::size_t i = 0; i < standaard.size(); ++i) {
    const auto& demo = demo_stappen()[i];
    beleidscyclus::Stap stap = standaard[i];
    stap.periode = k.tekst(demo.periode);
    stap.status = demo.status;
    stap.gepland_begin = k.dag_iso(demo.gepland_begin);
    stap.gepland_eind = k.dag_iso(demo.gepland_eind);
    stap.werkelijk_begin = k.dag_iso(demo.werkelijk_begin);
    stap.werkelijk_eind = k.dag_iso(demo.werkelijk_eind);
    stap.eigenaar_persoon_id = persoon_ids.at(demo.eigenaar);
    REGIE_ASSIGN_OR_RETURN(stap.id, uow.cyclus().create_stap(stap));
    stap_ids[stap.code] = stap.id;
    if (!std::string_view(demo.document).empty()) {
      REGIE_TRY(uow.cyclus().create_document(beleidscyclus::Document{
          0, stap.id, k.tekst(demo.document), demo_link(k.tekst(demo.document)), "systeem", nu}));
    }
    if (!std::string_view(demo.besluit).empty() && stap.werkelijk_eind) {
      REGIE_TRY(uow.cyclus().create_besluit(beleidscyclus::Besluit{
          0, stap.id, k.tekst(demo.besluit), *stap.werkelijk_eind, "systeem"}));
    }
  }
  // B8-2: what the evaluation of 2025 taught, for the analysis of the next round.
  beleidscyclus::Evaluatieconclusie conclusie;
  conclusie.regio_id = regio_id;
  conclusie.stap_id = stap_ids.at(beleidscyclus::StapCode::kRapportageEnEvaluatie);
  conclusie.periode = k.tekst("2025");
  conclusie.tekst = k.tekst(
      "Het asbesttoezicht vroeg in 2025 ruim een derde meer uren dan gepland: weeg asbest "
      "zwaarder mee in de regionale risicoanalyse.");
  conclusie.datum = k.dag(2026, 4, 15);
  conclusie.raakt_stap_id = stap_ids.at(beleidscyclus::StapCode::kStrategischBeleidskader);
  conclusie.raakt_periode = k.tekst("2027-2030");
  conclusie.door = "systeem";
  REGIE_TRY(uow.cyclus().create_evaluatieconclusie(conclusie));
  return Ok();
}

}  // namespace regie::service
