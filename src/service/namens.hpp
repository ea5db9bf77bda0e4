// OPD-2, GOV-6: on whose behalf a decision on a collectieve opdracht is taken. The opdrachtgever
// of a collectieve opdracht is the representing organisatie (its ambtelijk opdrachtgever acts);
// it acts for itself and for every deelnemer that gave it a valid mandate on that day, of either
// omvang (decision 26). Maatwerk is decided for the opdrachtgever alone: no "namens".
#pragma once

#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/repository.hpp"

namespace regie::service {

// The names of the organisaties a decision on `opdracht` speaks for on `dag`: the opdrachtgever
// first, then the deelnemers it represents, in the order recorded. Only the opdrachtgever for
// maatwerk.
Result<std::vector<std::string>> namens_namen(UnitOfWork& uow, const opdrachten::Opdracht& opdracht,
                                              Datum dag);

// The same as the records keep it: "Gemeente Rivierhoven, Gemeente Beekdal en Gemeente
// Dijkstede"; empty for maatwerk.
Result<std::string> namens(UnitOfWork& uow, const opdrachten::Opdracht& opdracht, Datum dag);

}  // namespace regie::service
