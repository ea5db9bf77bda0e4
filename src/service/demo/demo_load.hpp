// The parts of the demo (service/demo_service.hpp): each capability loads its own demo data
// from its own file (demo/<capability>_demo.cpp); DemoService::load() runs them in the order of
// kParts, in one transaction. A part may use the ids of what the parts before it made. The
// register is laid down as data; what people do in it (opdrachten, their steps, verzoeken,
// signalen, the Big 8) is told through the services by the demo's accounts (DemoVerhaal).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/repository.hpp"
#include "service/demo/demo_verhaal.hpp"
#include "service/demo_kalender.hpp"

namespace regie::service {

// The demo regio's omgevingsdienst, by its naam in the register.
inline constexpr const char* kDemoOd = "Omgevingsdienst Regio Voorbeeld";

// What the parts share while the demo loads.
struct DemoLoad {
  UnitOfWork& uow;
  const DemoKalender& kalender;
  DemoVerhaal& verhaal;
  Id regio_id = 0;
  std::string nu;  // the clock's now, ISO 8601
  int dit_jaar = 0;
  // The password hash of the demo accounts (made once, before the transaction: argon2id is
  // deliberately slow; they all share the published demo password, so one salt tells nothing).
  const std::string& wachtwoord_hash;
  std::map<std::string, Id> organisaties;  // by naam (the register)
  std::map<std::string, Id> personen;      // by naam (the register)
  std::map<std::string, Id> opdrachten;    // by titel (opdrachten)
};

using DemoPart = Result<void> (*)(DemoLoad& load);

// The demo's accounts, one per role (the accounts part makes them).
struct DemoGebruiker {
  const char* naam;
  const char* persoon;      // the persoon the account is; nullptr: the technical beheerder
  const char* organisatie;  // the beheerder's organisatie (a persoon's is its werkgever)
  const char* hoeden;       // the hats of the persoon on the demo's today, as the README says
};
const std::vector<DemoGebruiker>& demo_gebruikers();

// One line per capability in kParts (demo_service.cpp); each in demo/<capability>_demo.cpp.
Result<void> load_register_demo(DemoLoad& load);
Result<void> load_collectief_demo(DemoLoad& load);
Result<void> load_opdracht_demo(DemoLoad& load);
Result<void> load_signaal_demo(DemoLoad& load);
Result<void> load_wijziging_demo(DemoLoad& load);
Result<void> load_accounts_demo(DemoLoad& load);
Result<void> load_competentie_demo(DemoLoad& load);
Result<void> load_beleidscyclus_demo(DemoLoad& load);
Result<void> load_beleidsdoel_demo(DemoLoad& load);
Result<void> load_catalogus_demo(DemoLoad& load);
Result<void> load_programma_demo(DemoLoad& load);
Result<void> load_koppeling_demo(DemoLoad& load);
Result<void> load_monitoring_demo(DemoLoad& load);

// The opdracht for the regional uitvoeringsprogramma of `jaar` (a year of the story, moved by
// the kalender), as Naomi Bos gives it for Rivierhoven and the deelnemers it represents.
opdrachten::Opdracht demo_regionale_opdracht(const DemoLoad& load, int jaar);

// Links the opdracht to every programmaregel it may carry out (OPD-4), as `ctx` (koppeling_demo).
Result<void> koppel_alle_passende(DemoVerhaal& verhaal, const Context& ctx, Id opdracht_id);

// The demo's uitvoeringsprogramma of `jaar` with its doelen and regels, as a concept (the
// programme part and the monitoring part each make one).
Result<programma::Uitvoeringsprogramma> maak_demo_programma(DemoLoad& load, const Context& ingrid,
                                                            std::int32_t jaar);

}  // namespace regie::service
