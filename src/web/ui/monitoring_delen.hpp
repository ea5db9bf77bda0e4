// What the monitoring pages share (MON-2, MON-3): a measure's position against the tolerance
// band as a tag ({tekst, soort}) for the partial of a table cell.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/monitoring/plan_realisatie.hpp"

namespace regie::web::ui {

nlohmann::json afwijking_tag(monitoring::Afwijking a);

}  // namespace regie::web::ui
