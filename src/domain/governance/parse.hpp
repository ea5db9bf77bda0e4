// Parse functions for the governance register: Fields (from a form or a JSON body) to a
// validated value, or Error::invalid with every field error. Ids of the record itself,
// its regio and its version are set by the caller, not read from Fields.
#pragma once

#include <optional>

#include "core/datum.hpp"
#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/governance/rolvastheid.hpp"
#include "domain/governance/types.hpp"

namespace regie::governance {

// Fields: naam, gemeenschappelijkeRegeling, minimumUrenAmbtelijkOpdrachtgever and, optional
// (absent: the default), urenPerVertegenwoordigde (GOV-6),
// minimumUrenAccountmanagerPerDeelnemer, minimumUrenAccountmanager and
// maximumUrenAccountmanager (GOV-11; the maximum not below the minimum).
Result<Regio> parse_regio(const Fields& fields);
// Fields: naam, soort, inwonertal (optional).
Result<Organisatie> parse_organisatie(const Fields& fields);
// Fields: relatie, van, tot (optional). organisatie_id is set by the caller.
Result<Deelnemerschap> parse_deelnemerschap(const Fields& fields);
// Fields: naam, organisatieId, email (optional), functie (optional).
Result<Persoon> parse_persoon(const Fields& fields);
// A rol as a form or a body gives it, with the day its hours take effect (GOV-3).
struct RolInvoer {
  Rol rol;  // uren_per_jaar as given; no urenperioden
  std::optional<Datum> uren_vanaf;
};
// Fields: persoonId, organisatieId, soort, van, tot (optional), urenPerJaar, urenVanaf
// (optional: from which day a change of the hours holds), and for an ambtelijk opdrachtgever or
// accountmanager its mandate (GOV-12): beslismandaatBedrag (an amount; absent = not recorded) and
// beslismandaatScope (yes/no). Other rollen carry none ("fout.geen_beslismandaat").
Result<RolInvoer> parse_rol(const Fields& fields);
// GOV-6 collectief opdrachtgeverschap. Fields: opdrachtgeverId, vertegenwoordigdeId and the
// mandaat: mandaatVerleendDoor (persoon id), mandaatVerleendOp, mandaatScope, mandaatVan,
// mandaatTot — each optional, since an incomplete mandaat may be recorded (and is a GOV-6
// finding); mandaatTot needs mandaatVan. The two organisaties must differ. omvang (optional,
// "volledig" or "collectief"; absent is volledig).
Result<Vertegenwoordiging> parse_vertegenwoordiging(const Fields& fields);
// GOV-8: one lid of the projectgroep. Fields: persoonId, organisatieId (the deelnemer it
// represents).
Result<Projectgroep::Lid> parse_projectgroep_lid(const Fields& fields);

}  // namespace regie::governance
