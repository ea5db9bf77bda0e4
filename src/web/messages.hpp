// The one place where message keys become Dutch text and error codes become HTTP statuses.
#pragma once

#include <map>
#include <string>

#include "core/result.hpp"

namespace regie::web {

// Dutch text for a message key; the key itself when unknown (so a missing text shows up).
std::string tekst(const std::string& key);
// Dutch label of a field (lowerCamelCase property name), e.g. "inwonertal" → "Inwonertal".
std::string veldnaam(const std::string& field);
int http_status(ErrorCode code);
std::string titel(ErrorCode code);
// Dutch text for a key with {naam} placeholders filled from `waarden`; ISO dates become
// dd-mm-jjjj and role codes their labels.
std::string tekst_met(const std::string& key, const std::map<std::string, std::string>& waarden);
// Every field error of an Error as one Dutch sentence list: "Naam: dit veld is verplicht. …"
std::string beschrijving(const Error& error);

}  // namespace regie::web
