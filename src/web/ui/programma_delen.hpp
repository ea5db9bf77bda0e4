// What the pages of the uitvoeringsprogramma (programma_ui.cpp) and of its begroting
// (begroting_ui.cpp) share: the addresses, the years and the status as a person reads them, and
// the breadcrumbs.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/programma/uitvoeringsprogramma.hpp"
#include "service/programma_service.hpp"
#include "web/ui/page.hpp"

namespace regie::web::ui {

inline constexpr const char* kProgrammaLijst = "/regio/programma";

// "/regio/programma/7".
std::string programma_href(Id id);
// "2027", or "2027–2028" for a multi-year programme.
std::string programma_jaren(const programma::Uitvoeringsprogramma& p);
// "Vastgesteld door het algemeen bestuur op 20-11-2026", "Concept", …
std::string programma_status_tekst(const programma::Uitvoeringsprogramma& p);
// The name of a programmaregel's deelnemer among `namen`; "Hele regio (verdeelsleutel)" for 0.
std::string deelnemer_tekst(const std::map<Id, std::string>& namen, Id id);
// Regio › Uitvoeringsprogramma's › (the programme, when given) › `laatste`.
std::vector<Kruimel> programma_kruimels(const programma::Uitvoeringsprogramma* p,
                                        const std::string& laatste);

// The programme of the path {id}, as read for a form page; nullopt with the error page in `fout`.
std::optional<service::ProgrammaDetail> lees_programma(const App& app, const UiContext& ui,
                                                       const Request& req, Response& fout);
// A form page on a programme is only for who may change it now: 403 for who never may, the
// refusal (409) for a programme in the wrong state; nullopt when the form may be shown.
std::optional<Error> geen_programmaformulier(const UiContext& ui, const service::ProgrammaDetail& d,
                                             bool bijstellen);

// The form of a part of a programme (a regel, a doel) again over the programme as read now, with
// the error of an invalid save or, `verouderd`, the notice of a stale one.
using DeelFormulier =
    std::function<Response(const service::ProgrammaDetail& d, const Error* error, bool verouderd)>;
// The answer to a POST that saves a part of programme `id` (decision 6): 303 to the programme's
// `anker` ("#regels") with ?melding=`melding`; an invalid or stale save the form again.
Response na_deel_opslaan(const App& app, const UiContext& ui, const Request& req, Id id,
                         const Result<programma::Uitvoeringsprogramma>& saved,
                         const std::string& melding, const std::string& anker,
                         const DeelFormulier& formulier);
// The answer to a POST that removes a part of programme `id`: 303 to the programme's `anker`
// with ?melding=`melding`; a stale version back to the programme with the notice; another
// refusal its page, back to `terug_href`.
Response na_deel_verwijderen(const App& app, const UiContext& ui, const Request& req, Id id,
                             const Result<programma::Uitvoeringsprogramma>& weg,
                             const std::string& melding, const std::string& anker,
                             const std::string& terug_href);

}  // namespace regie::web::ui
