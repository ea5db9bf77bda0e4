// The demo's programmakoppelingen (OPD-4, OPD-7): the regional opdracht carries out every
// collective line of the programme 2027, and Beekdal's evenementen opdracht its maatwerk line,
// whose 240 hours and € 26.400,00 are the opdracht's own. "Toezicht asbest Beekdal 2027" names
// no lines yet, so its page shows what is missing. The opdracht of the programme 2026 carries
// its lines out too (monitoring_demo.cpp).
#include <vector>

#include "service/demo/demo_load.hpp"

namespace regie::service {

Result<void> koppel_alle_passende(DemoVerhaal& verhaal, const Context& ctx, Id opdracht_id) {
  REGIE_ASSIGN_OR_RETURN(auto nu, verhaal.koppelingen().programmaregels(ctx, opdracht_id));
  std::vector<programma::Regelsleutel> sleutels;
  for (const auto& k : nu.keuzes) sleutels.push_back(k.sleutel);
  REGIE_TRY(verhaal.koppelingen().vervang(ctx, opdracht_id, nu.versie, sleutels));
  return Ok();
}

Result<void> load_koppeling_demo(DemoLoad& load) {
  const DemoKalender& k = load.kalender;
  DemoVerhaal& verhaal = load.verhaal;
  verhaal.op("2026-11-23T10:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto naomi, verhaal.als("naomi.bos"));
  REGIE_TRY(koppel_alle_passende(
      verhaal, naomi, load.opdrachten.at(k.tekst("Regionaal uitvoeringsprogramma VTH 2027"))));
  verhaal.op("2026-11-26T10:30:00Z");
  REGIE_ASSIGN_OR_RETURN(auto pieter, verhaal.als("opdrachtgever"));
  REGIE_TRY(koppel_alle_passende(
      verhaal, pieter, load.opdrachten.at(k.tekst("Extra toezicht evenementen Beekdal 2027"))));
  return Ok();
}

}  // namespace regie::service
