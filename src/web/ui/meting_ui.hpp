// Metingen in the web UI (MON-4, MON-5): what the monitoring dashboard shows of them.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "web/ui/session.hpp"

namespace regie::web::ui {

// For the dashboard of `jaar`: "doelen" (each with its answer, its indicators' stand and
// measurements, and where to record one) and "proces" (the process measures, newest first),
// with "proces_href" for whoever records them.
nlohmann::json metingen_view(const App& app, const UiContext& ui, std::int32_t jaar);

}  // namespace regie::web::ui
