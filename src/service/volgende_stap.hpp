// OPD-3: what waits on an opdracht for whom. For each step that can follow its status, the side
// that takes it and the people who may, with their hat on the day: the ambtelijk opdrachtgever
// of the organisatie that gives it; on the OD side the accountmanagers registered for it (for
// maatwerk also for the deelnemer, for a collectieve opdracht every accountmanager; for
// acceptance only those within their mandate, GOV-12) and the directie. The opdracht page and the
// start pages' work lists show it.
#pragma once

#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/repository.hpp"

namespace regie::service {

struct Wacht {
  opdrachten::Stap stap = opdrachten::Stap::kAanbieden;
  opdrachten::Kant kant = opdrachten::Kant::kGeen;
  // "Thomas Bakker, accountmanager voor Gemeente Beekdal"; empty when nobody holds the hat.
  std::vector<std::string> wie;
};

Result<std::vector<Wacht>> wacht_op(UnitOfWork& uow, const opdrachten::Opdracht& opdracht,
                                    Datum dag);

}  // namespace regie::service
