// What the opdracht API shares with the versions and wijzigingsverzoeken (wijziging_api.cpp):
// the JSON of an opdracht's content and the schema properties of its input.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/parse.hpp"

namespace regie::web::api {

// An opdracht as JSON; `volledig` adds the eleven parts.
nlohmann::json opdracht_json(const opdrachten::Opdracht& o, bool volledig);
// The properties of OpdrachtInvoer (title, extras and the eleven parts).
nlohmann::json opdracht_invoer_properties();
// The body of an OpdrachtInvoer (also the voorstel of a wijzigingsverzoek) as the domain reads
// it. The API's amounts (extraFinanciering, financien[n].bedrag) are whole cents; they are
// handed over in the domain's notation (format_bedrag_invoer), so the one amount reader reads
// them. An amount that is not whole cents is "fout.bedrag_centen" at its field.
Result<std::pair<Fields, opdrachten::Lijsten>> opdracht_invoer(const std::string& body);

}  // namespace regie::web::api
