// The opdracht's eleven parts for the HTML pages (OPD-1..OPD-3, OPD-5): the form with the
// checklist beside each part (also the form of a wijzigingsverzoek), the parts as a read view,
// and the conversions between the form's lines and the opdracht's lists. Shared by
// opdracht_ui.cpp and wijziging_ui.cpp.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "web/ui/page.hpp"
#include "web/ui/veld.hpp"

namespace regie::web::ui {

std::string opdracht_href(Id id);
// The parts of `regel` between the `teken`s, trimmed.
std::vector<std::string> splits(const std::string& regel, char teken);

// The form's lines to rows; amounts in euro become cents (an unreadable amount stays as typed,
// so the domain names its row).
opdrachten::Lijsten lijsten_uit(const Fields& velden);
// Form fields to what the service takes: extraFinanciering in euro becomes cents.
Fields velden_uit(Fields f);
// An opdracht as the form's fields.
Fields als_velden(const opdrachten::Opdracht& o);
// "planning[2].datum" as "regel 2, datum: …".
std::string fouttekst(const FieldError& f);
// The Dutch errors of `error` per form field (a list's rows at the list's field).
std::map<std::string, std::string> fouten_per_veld(const Error* error);
// The view of field `v` (element id "veld-<naam>") for the partial {{> veld}}.
nlohmann::json veld_json(const Veld& v, const Fields& waarden,
                         const std::map<std::string, std::string>& fouten);

std::vector<Optie> organisatie_keuzes(const App& app, const UiContext& ui);
std::map<Id, std::string> organisatie_namen(const App& app, const UiContext& ui);
std::string oordeel_tekst(const opdrachten::DeelOordeel& o);

struct Formulier {
  std::string kop;
  std::string actie;
  std::string annuleren;
  std::optional<std::int64_t> versie;
  bool met_opdrachtgever = false;  // the OD side names the opdrachtgever on create
  std::string conflict;
  bool verzoek = false;  // OPD-5: a wijzigingsverzoek (aspects, omschrijving, the voorstel)
  std::string opslaan_label = "Opslaan";
};

Response formulier_pagina(const App& app, const UiContext& ui, const Request& req,
                          const Formulier& form, const Fields& waarden, const Error* error,
                          int status, const std::vector<Kruimel>& pad);

// The eleven parts for the partial {{> opdrachtdelen}}: numbered headings, an empty part said so.
nlohmann::json delen_view(const opdrachten::Opdracht& o);

}  // namespace regie::web::ui
