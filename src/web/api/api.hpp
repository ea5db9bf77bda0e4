// JSON API handlers under /api/v1 (NL API Design Rules). Each takes an authenticated context.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "service/context.hpp"
#include "web/app.hpp"

namespace regie::web::api {

using service::Context;

// Authenticates with the bearer token; on failure returns the 401 response in `denied`.
std::optional<Context> authenticate(const App& app, const Request& req, Response& denied);

Response problem(int status, const std::string& title, const std::string& detail,
                 const std::string& instance);
Response error_response(const Error& error, const Request& req);

Response list_regios(const App& app, const Context& ctx, Request& req);
Response get_regio(const App& app, const Context& ctx, Request& req);
Response put_regio(const App& app, const Context& ctx, Request& req);
// GOV-9: the governance findings of a regio on ?peildatum=YYYY-MM-DD (default today).
Response list_bevindingen(const App& app, const Context& ctx, Request& req);

Response list_organisaties(const App& app, const Context& ctx, Request& req);
Response get_organisatie(const App& app, const Context& ctx, Request& req);
Response post_organisatie(const App& app, const Context& ctx, Request& req);
Response put_organisatie(const App& app, const Context& ctx, Request& req);
Response delete_organisatie(const App& app, const Context& ctx, Request& req);
Response list_deelnemerschappen(const App& app, const Context& ctx, Request& req);
Response post_deelnemerschap(const App& app, const Context& ctx, Request& req);
Response delete_deelnemerschap(const App& app, const Context& ctx, Request& req);

Response list_personen(const App& app, const Context& ctx, Request& req);
Response get_persoon(const App& app, const Context& ctx, Request& req);
Response post_persoon(const App& app, const Context& ctx, Request& req);
Response put_persoon(const App& app, const Context& ctx, Request& req);
Response delete_persoon(const App& app, const Context& ctx, Request& req);

Response list_rollen(const App& app, const Context& ctx, Request& req);
Response get_rol(const App& app, const Context& ctx, Request& req);
Response post_rol(const App& app, const Context& ctx, Request& req);
Response put_rol(const App& app, const Context& ctx, Request& req);
Response delete_rol(const App& app, const Context& ctx, Request& req);

// ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
Response list_vertegenwoordigingen(const App& app, const Context& ctx, Request& req);
Response get_vertegenwoordiging(const App& app, const Context& ctx, Request& req);
Response post_vertegenwoordiging(const App& app, const Context& ctx, Request& req);
Response put_vertegenwoordiging(const App& app, const Context& ctx, Request& req);
Response delete_vertegenwoordiging(const App& app, const Context& ctx, Request& req);
Response get_projectgroep(const App& app, const Context& ctx, Request& req);
Response put_projectgroep(const App& app, const Context& ctx, Request& req);
Response post_projectgroeplid(const App& app, const Context& ctx, Request& req);
Response delete_projectgroeplid(const App& app, const Context& ctx, Request& req);
// ---- Competenties (COMP)
// COMP-1: the competence catalogue, the actor's own self-assessments (If-Match on PUT) and the
// regio's aggregate (?jaar=, default this year); others' scores are never answered (404).
Response list_competenties(const App& app, const Context& ctx, Request& req);
Response list_zelfbeoordelingen(const App& app, const Context& ctx, Request& req);
Response post_zelfbeoordeling(const App& app, const Context& ctx, Request& req);
Response get_zelfbeoordeling(const App& app, const Context& ctx, Request& req);
Response put_zelfbeoordeling(const App& app, const Context& ctx, Request& req);
Response get_competentie_overzicht(const App& app, const Context& ctx, Request& req);
// Flattens a self-assessment body ({"jaar", "profiel", "scores": [{"competentie", "score",
// "toelichting"}]}) into Fields ("scores.<code>", "toelichtingen.<code>").
Result<Fields> decode_zelfbeoordeling(const std::string& body);

// ---- Opdrachten (OPD)
Response list_opdrachten(const App& app, const Context& ctx, Request& req);
Response post_opdracht(const App& app, const Context& ctx, Request& req);
Response get_opdracht(const App& app, const Context& ctx, Request& req);
Response put_opdracht(const App& app, const Context& ctx, Request& req);
Response list_overgangen(const App& app, const Context& ctx, Request& req);
Response post_overgang(const App& app, const Context& ctx, Request& req);
// OPD-5: versions (read), their comparison, and wijzigingsverzoeken with afstemming and besluit.
Response list_versies(const App& app, const Context& ctx, Request& req);
Response get_versie(const App& app, const Context& ctx, Request& req);
Response get_vergelijking(const App& app, const Context& ctx, Request& req);
Response list_wijzigingsverzoeken(const App& app, const Context& ctx, Request& req);
Response post_wijzigingsverzoek(const App& app, const Context& ctx, Request& req);
Response get_wijzigingsverzoek(const App& app, const Context& ctx, Request& req);
Response put_afstemming(const App& app, const Context& ctx, Request& req);
Response post_besluit(const App& app, const Context& ctx, Request& req);
// ---- Signalen (OPD-6): per opdracht (ETag on one signaal; handling as POST …/afhandeling with
// If-Match), and the actor's open signalen across the regio.
Response list_signalen(const App& app, const Context& ctx, Request& req);
Response post_signaal(const App& app, const Context& ctx, Request& req);
Response get_signaal(const App& app, const Context& ctx, Request& req);
Response post_signaal_afhandeling(const App& app, const Context& ctx, Request& req);
Response list_open_signalen(const App& app, const Context& ctx, Request& req);
// A JSON object whose members named in `lijstnamen` are arrays of flat objects (the list parts
// of an opdracht); other members as in decode_json_fields. Row errors name "lijst[n].veld".
Result<std::pair<Fields, std::map<std::string, std::vector<Fields>>>> decode_json_met_lijsten(
    const std::string& body, const std::vector<std::string>& lijstnamen);

// The OpenAPI 3 document (no authentication).
Response openapi(const Request& req);
std::string openapi_json();

// Decodes a JSON object body into Fields (strings and numbers as text). kInvalid when the
// body is not a JSON object or a value has the wrong type. Exposed for the fuzz target.
Result<Fields> decode_json_fields(const std::string& body);

}  // namespace regie::web::api
