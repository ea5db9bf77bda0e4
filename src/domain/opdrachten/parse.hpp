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
// persoonId), financien (jaar, bedrag, omschrijving), stakeholders (naam, rol,
// organisatieId, persoonId) and risicos (omschrijving, kans, impact, beheersmaatregel,
// eigenaar). A list that is absent stays empty.
using Lijsten = std::map<std::string, std::vector<Fields>>;

// The list names, in form order.
const std::vector<std::string>& lijstnamen();

// Fields: titel, jaar, soort (default collectief), deelnemerId, extraUren, extraFinanciering,
// and the text parts aanleiding, scope, doel, activiteiten, resultaat, sturingsvorm,
// monitoring, governance. Ids of the record, its regio, opdrachtgever, status and versions are
// set by the caller. Empty parts are allowed (the quality check reports them).
// Amounts (extraFinanciering, financien's bedrag) are euro in Dutch notation, read by
// parse_bedrag_cents: "38.000" is € 38.000,00, "1.234,5" is € 1.234,50. The API, whose wire
// format is cents, hands them over as format_bedrag_invoer writes them.
Result<Opdracht> parse_opdracht(const Fields& velden, const Lijsten& lijsten);

// An opdracht as the input parse_opdracht reads back to the same parts: the form's and the
// demo's way to start from what is there (amounts as format_bedrag_invoer writes them, dates
// as dd-mm-jjjj). Ids of the record, its regio, opdrachtgever, status and versions are not
// part of it.
struct Invoer {
  Fields velden;
  Lijsten lijsten;
};
Invoer invoer_van(const Opdracht& opdracht);

}  // namespace regie::opdrachten
