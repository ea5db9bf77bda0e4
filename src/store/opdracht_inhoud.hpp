// The stored form of an opdracht's eleven parts: one JSON document in opdrachten.inhoud.
// Only the store reads and writes it; the names inside are the store's own.
#pragma once

#include <string>

#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"

namespace regie::store {

std::string inhoud_json(const opdrachten::Opdracht& opdracht);
// Fills the parts of `opdracht` from the document; kStorage when it is not one we wrote.
Result<void> lees_inhoud(const std::string& json, opdrachten::Opdracht& opdracht);

}  // namespace regie::store
