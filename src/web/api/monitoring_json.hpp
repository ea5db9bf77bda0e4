// What the monitoring resources of the API share (decision 47): a Telling as JSON (hours as a
// number with two decimals, amounts in cents).
#pragma once

#include <nlohmann/json.hpp>

#include "domain/monitoring/realisatie.hpp"

namespace regie::web::api {

nlohmann::json telling_json(const monitoring::Telling& t);

}  // namespace regie::web::api
