// Parse functions for an opdracht: Fields (from a form or a JSON body) plus the rows of its list
// parts, to a validated Opdracht, or Error::invalid with every field error at once. A row's
// error names the list, its 1-based row number and the field: "planning[2].datum".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"

namespace regie::opdrachten {

// The rows of the list parts, by list name: planning (omschrijving, datum), bemensing (rol, uren,
// persoonId), financien (jaar, bedrag in cents, omschrijving), stakeholders (naam, rol,
// organisatieId, persoonId) and risicos (omschrijving, kans, impact, beheersmaatregel,
// eigenaar). A list that is absent stays empty.
using Lijsten = std::map<std::string, std::vector<Fields>>;

// The list names, in form order.
const std::vector<std::string>& lijstnamen();

// Fields: titel, jaar, soort (default collectief), deelnemerId, extraUren, extraFinanciering
// (cents), and the text parts aanleiding, scope, doel, activiteiten, resultaat, sturingsvorm,
// monitoring, governance. Ids of the record, its regio, opdrachtgever, status and versions are
// set by the caller. Empty parts are allowed (the quality check reports them).
Result<Opdracht> parse_opdracht(const Fields& velden, const Lijsten& lijsten);

}  // namespace regie::opdrachten
