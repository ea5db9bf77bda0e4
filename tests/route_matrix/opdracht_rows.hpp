// What the slices of opdrachten, wijzigingsverzoeken and signalen share: a complete opdracht of
// Beekdal, drafted by the accountmanager.
#pragma once

#include <string>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/parse.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {

// Every part of an opdracht filled, of Beekdal.
Fields opdracht_velden(const Omgeving& o, const std::string& titel);
opdrachten::Lijsten opdracht_lijsten();
// The current version of an opdracht (read as beheerder); 0 when not found.
std::int64_t opdracht_versie(Omgeving& o, Id id);
// A complete opdracht, offered by Beekdal and accepted by the omgevingsdienst.
Result<opdrachten::Opdracht> aanvaarde_opdracht(Omgeving& o, const std::string& titel);

}  // namespace regie::e2e::matrix
