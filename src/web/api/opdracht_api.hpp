// What the opdracht API shares with the versions and wijzigingsverzoeken (wijziging_api.cpp):
// the JSON of an opdracht's content and the schema properties of its input.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/opdrachten/opdracht.hpp"

namespace regie::web::api {

// An opdracht as JSON; `volledig` adds the eleven parts.
nlohmann::json opdracht_json(const opdrachten::Opdracht& o, bool volledig);
// The properties of OpdrachtInvoer (title, extras and the eleven parts).
nlohmann::json opdracht_invoer_properties();

}  // namespace regie::web::api
