// What the monitoring pages share (MON-2, MON-3): a measure's position against the tolerance
// band as a tag ({tekst, soort}) for the partial of a table cell.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.hpp"
#include "domain/monitoring/plan_realisatie.hpp"

namespace regie::web::ui {

nlohmann::json afwijking_tag(monitoring::Afwijking a);

// The errors of a refused form as a list {label, fout} for the alert above it ("Bestand" when
// the error names no field).
nlohmann::json fouten_view(const Error& error);

}  // namespace regie::web::ui
