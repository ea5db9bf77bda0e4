// What the slices of opdrachten, wijzigingsverzoeken and signalen share: a complete opdracht of
// Beekdal (or, for the ownership rows, of Dijkstede), drafted by the accountmanager.
#pragma once

#include <string>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/parse.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {

// Every part of an opdracht filled, of Beekdal.
Fields opdracht_velden(const Omgeving& o, const std::string& titel);
// The same of Dijkstede.
Fields opdracht_velden_dijkstede(const Omgeving& o, const std::string& titel);
// OPD-2: the fields of a maatwerk opdracht for Dijkstede, on top of `velden`.
Fields maatwerk_velden(const Omgeving& o, Fields velden);
opdrachten::Lijsten opdracht_lijsten();
// The current version of an opdracht (read as beheerder); 0 when not found.
std::int64_t opdracht_versie(Omgeving& o, Id id);
// A complete opdracht of `velden`'s opdrachtgever (Beekdal or Dijkstede), offered by that
// gemeente's opdrachtgever and accepted by the omgevingsdienst after its interne afstemming
// (OPD-8). For Dijkstede the opdrachtgever is a context made for the occasion: the demo has no
// Dijkstede account.
Result<opdrachten::Opdracht> aanvaarde_opdracht(Omgeving& o, const Fields& velden);

}  // namespace regie::e2e::matrix
