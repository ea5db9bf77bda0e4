// Beleidsdoelen (OPD-7): an opdracht names the opgave, doelen and beleidskeuzes it serves, by
// pointing at a policy product of the regio's Big 8 (the risicoanalyse, the strategy of the round,
// the programme with its doelen) and saying in words which doelen and keuzes from it. So an
// opdrachtgever sees which goals its opdrachten cover. Pure: no I/O, no clock; the caller passes
// the side and stamps who and when. Thread-compatible.
#pragma once

#include <optional>
#include <string>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/beleidscyclus/product.hpp"
#include "domain/opdrachten/opdracht.hpp"

namespace regie::opdrachten {

// OPD-7
struct Beleidsdoel {
  Id id = 0;
  Id opdracht_id = 0;
  Id document_id = 0;         // a policy product of the Big 8 (beleidscyclus::Document)
  std::string beleidskeuzes;  // which doelen and keuzes from it the opdracht serves
  std::string door;           // who named it, with the hat worn
  std::string op;             // UTC ISO 8601
};

// The products an opdracht can serve: the risicoanalyse, the strategy and the programme.
bool is_beleidsproduct(beleidscyclus::ProductSoort soort);

// Reads documentId and beleidskeuzes; every field error at once.
Result<Beleidsdoel> parse_beleidsdoel(const Fields& fields);

// Either side of the opdracht names or removes what it serves, until it is afgerond (after that
// the opdracht is history). kForbidden for no side, kInvalid ("fout.beleidsdoel_afgerond") after.
Result<void> mag_beleidsdoel_wijzigen(const Opdracht& opdracht, Kant kant);

}  // namespace regie::opdrachten
