// The opdracht's eleven parts for the HTML pages (OPD-1..OPD-3, OPD-5): the form with the
// checklist beside each part (also the form of a wijzigingsverzoek), the parts as a read view,
// and the conversions between the form's fields and the opdracht. Shared by opdracht_ui.cpp and
// wijziging_ui.cpp.
//
// The list parts (planning, bemensing, financiën, stakeholders, risico's) are rows of fields,
// named as the domain names a row's errors: "risicos[2].kans", numbered from 1. Every column of
// a row is a field of its own (links such as persoonId are selects), so whatever the API set
// survives a save through the form. Adding or removing a row is a submit of the whole form
// ("rij_toevoegen" = the list, "rij_verwijderen" = "risicos[2]"), so it works without
// JavaScript and keeps everything typed.
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

// The submitted fields with the rows that were left empty dropped and the rest numbered from 1,
// so that the domain's row numbers are the form's. Every save starts here.
Fields ingevulde_rijen(const Fields& velden);
// When "Rij toevoegen" or "Rij verwijderen" was pressed: the fields with that row added (empty)
// or removed, the rows numbered from 1; nothing is saved. nullopt for any other submit.
std::optional<Fields> rij_bewerking(const Fields& velden);
// The rows of the list parts as the service takes them (empty rows left out). Amounts stay as
// typed: the domain reads them with the one amount reader.
opdrachten::Lijsten lijsten_uit(const Fields& velden);
// The form's fields without the rows and the row buttons.
Fields velden_uit(Fields f);
// An opdracht as the form's fields (amounts as format_bedrag_invoer writes them).
Fields als_velden(const opdrachten::Opdracht& o);
// Lifecycle steps as one choice: "Aanvaarden of terugleggen met motivering" (OPD-3).
std::string stappen_tekst(const std::vector<opdrachten::Stap>& stappen);
// The element id of a field: "risicos[2].kans" → "veld-risicos-2-kans".
std::string veld_id(const std::string& naam);
// The Dutch name of a field of the opdracht form: "Risico 2, kans", "Financiën", "Titel".
std::string opdracht_veldlabel(const std::string& naam);
// The Dutch error; a row's error names its row ("Risico 2, kans: …").
std::string fouttekst(const FieldError& f);
// The Dutch errors of `error` per field name.
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
