// Rendering of server-side HTML: Mustache templates (escaping on) filled from finished view
// models. Handlers build the view model as JSON; templates only display it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace regie::web::ui {

// Renders templates/<name>.mustache with `view`; the partial {{> veld}} is available.
std::string render(const std::string& name, const nlohmann::json& view);
// A file compiled in from src/web (e.g. "static/regie.css"); empty when absent.
std::string embedded_file(const std::string& name);

}  // namespace regie::web::ui
