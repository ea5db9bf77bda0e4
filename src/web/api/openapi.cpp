// The OpenAPI 3 document of /api/v1, built from the API routes: every route
// carries its operation, every capability its schemas. CI lints it with the NL
// API Design Rules ruleset (zero errors).
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "web/api/api.hpp"
#include "web/api/api_routes.hpp"

namespace regie::web::api {

using json = nlohmann::json;

namespace {

using namespace doc;

json shared_schemas() {
  json s;
  s["Problem"] = {{"type", "object"},
                  {"description", "Foutmelding volgens RFC 9457."},
                  {"properties",
                   {{"type", string_prop("URI van het fouttype", "uri")},
                    {"title", string_prop("Korte Nederlandse omschrijving")},
                    {"status", {{"type", "integer"}, {"description", "HTTP-status"}}},
                    {"detail", string_prop("Uitleg in het Nederlands; bij ongeldige invoer "
                                           "elk fout veld als 'veld: reden.'")},
                    {"instance", string_prop("Het pad van het verzoek", "uri-reference")}}},
                  {"required", {"status", "title", "detail"}}};
  s["Link"] = {{"type", "object"}, {"properties", {{"href", string_prop("URI", "uri-reference")}}}};
  s["PaginaLinks"] = {{"type", "object"},
                      {"properties",
                       {{"self", ref("Link")},
                        {"first", ref("Link")},
                        {"prev", ref("Link")},
                        {"next", ref("Link")},
                        {"last", ref("Link")}}}};
  return s;
}

// What the server may answer to any request, whatever the operation: problem+json with
// API-Version, like every other error. Referenced from the operations they apply to
// (operation_json); 400, 404 and 405 of a request that names no operation are here too.
json shared_responses() {
  auto problem = [](const std::string& description) {
    return json{{"description", description},
                {"headers", {{"API-Version", {{"$ref", "#/components/headers/API-Version"}}}}},
                {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
  };
  json methode = problem(
      "Het pad bestaat, maar niet met deze methode; Allow noemt wat wel kan "
      "(HEAD waar GET kan).");
  methode["headers"]["Allow"] = {{"$ref", "#/components/headers/Allow"}};
  return {{"OngeldigVerzoek", problem("Geen geldig HTTP-verzoek (bijvoorbeeld de verzoekregel).")},
          {"OnbekendPad",
           problem("Geen pad van de API (ook niet met een schuine streep aan het eind).")},
          {"MethodeNietToegestaan", methode},
          {"VoorwaardeNietVervuld",
           problem("If-Match is geen sterke ETag van één versie: een zwakke ETag (W/\"3\"), een "
                   "lijst of iets anders. detail zegt wat er mis is.")},
          {"VerzoekTeGroot", problem("De body is groter dan 2 MiB.")},
          {"MediatypeNietOndersteund",
           problem("De body is geen application/json (een charset-parameter mag, alleen utf-8).")},
          {"KopregelsTeGroot", problem("De kopregels zijn samen groter dan 16 KiB.")},
          {"InterneFout", problem("Er ging iets mis in de server.")},
          {"NietBeschikbaar",
           problem("De database is tijdelijk niet beschikbaar, of de server stopt.")}};
}

json components(const ApiRoutes& routes) {
  json c;
  c["schemas"] = shared_schemas();
  c["schemas"].update(routes.schemas());
  c["securitySchemes"] = {{"bearer",
                           {{"type", "http"},
                            {"scheme", "bearer"},
                            {"description", "Token van 'regie token create'."}}}};
  auto header = [](const std::string& description, json schema) {
    return json{{"description", description}, {"schema", std::move(schema)}};
  };
  // Required headers: a response without one does not match the document.
  auto required = [&](const std::string& description, json schema) {
    json h = header(description, std::move(schema));
    h["required"] = true;
    return h;
  };
  c["headers"] = {
      {"API-Version",
       required("Volledige versie van de API", {{"type", "string"}, {"example", kApiVersion}})},
      {"ETag", required("Sterke ETag van de versie van het object (\"3\"); stuur terug in "
                        "If-Match",
                        {{"type", "string"}, {"pattern", "^\"[0-9]+\"$"}})},
      {"Location", required("URI van het nieuwe object", {{"type", "string"}})},
      {"X-Total-Count", required("Totaal aantal resultaten", {{"type", "integer"}})},
      {"X-Pagination-Page", required("Huidige pagina", {{"type", "integer"}})},
      {"X-Pagination-Limit", required("Resultaten per pagina", {{"type", "integer"}})},
      {"Allow", required("De methoden die dit pad wel kent", {{"type", "string"}})}};
  c["responses"] = shared_responses();
  c["parameters"] = {
      {"id",
       {{"name", "id"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
      {"verzoekId",
       {{"name", "verzoekId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van het wijzigingsverzoek"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
      {"nummer",
       {{"name", "nummer"},
        {"in", "path"},
        {"required", true},
        {"description", "Versienummer van de opdracht (1 is de aanvaarde opdracht)"},
        {"schema", {{"type", "integer"}, {"format", "int32"}}}}},
      {"lidId",
       {{"name", "lidId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van het lid"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
      {"deelnemerschapId",
       {{"name", "deelnemerschapId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van het deelnemerschap"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
      {"ifMatch",
       {{"name", "If-Match"},
        {"in", "header"},
        {"required", true},
        {"description",
         "De sterke ETag van de gelezen versie (\"3\"), optimistische gelijktijdigheid; een "
         "zwakke ETag, * of een lijst geeft 412 of 428"},
        {"schema", {{"type", "string"}}}}},
      {"pagina", query_param("pagina", "Paginanummer, vanaf 1",
                             {{"type", "integer"}, {"minimum", 1}, {"maximum", 1'000'000'000}})},
      {"paginaGrootte", query_param("paginaGrootte", "Resultaten per pagina (1-100)",
                                    {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}})},
      {"zoek", query_param("zoek", "Zoek in de naam", {{"type", "string"}})},
      {"stapId",
       {{"name", "stapId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van de stap van de beleidscyclus"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
      {"signaalId",
       {{"name", "signaalId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van het signaal"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
  };
  return c;
}

json operation_json(const ApiRoute& route) {
  const Operation& op = route.operation;
  auto shared = [](const std::string& name) {
    return json{{"$ref", "#/components/responses/" + name}};
  };
  json responses = op.responses;
  const bool if_match = std::any_of(op.parameters.begin(), op.parameters.end(),
                                    [](const json& p) { return p == param_ref("ifMatch"); });
  if (if_match) responses["412"] = shared("VoorwaardeNietVervuld");
  if (!op.request_schema.empty() || !op.request_body.is_null()) {
    responses["413"] = shared("VerzoekTeGroot");
    responses["415"] = shared("MediatypeNietOndersteund");
  }
  responses["431"] = shared("KopregelsTeGroot");
  responses["500"] = shared("InterneFout");
  if (!responses.contains("503")) responses["503"] = shared("NietBeschikbaar");
  json o = {{"operationId", op.operation_id},
            {"tags", {op.tag}},
            {"summary", op.summary},
            {"description", op.description},
            {"responses", responses}};
  if (!op.parameters.empty()) o["parameters"] = op.parameters;
  if (!op.request_schema.empty()) {
    o["requestBody"] = {{"required", true},
                        {"content", {{"application/json", {{"schema", ref(op.request_schema)}}}}}};
  }
  if (!op.request_body.is_null()) o["requestBody"] = op.request_body;
  if (route.public_handler) o["security"] = json::array();
  return o;
}

json paths(const ApiRoutes& routes) {
  json p = json::object();
  for (const auto& route : routes.routes()) {
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    p[route.path][method] = operation_json(route);
  }
  return p;
}

Response get_openapi(const Request&) {
  static const std::string kBody = openapi_json();
  Response response;
  response.set_header("Content-Type", "application/json");
  response.body = kBody;
  return response;
}

}  // namespace

std::string openapi_json() {
  const ApiRoutes routes = api_routes();
  json document = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "regie API"},
        {"version", kApiVersion},
        {"description",
         "Gedeelde werkruimte van opdrachtgevers en omgevingsdienst: "
         "governance-register "
         "(GOV-1..GOV-3). Alle bedragen in eurocenten, datums ISO 8601 (JJJJ-MM-DD). Een body "
         "is application/json en wordt strikt gelezen: een getal waar tekst hoort, tekst waar een "
         "getal hoort, een veld dat twee keer voorkomt of een stuurteken (NUL; een regeleinde "
         "alleen in tekst van meer regels) geeft 400, met elk fout veld tegelijk in detail. "
         "Elke fout is application/problem+json met API-Version, ook wat de server zelf "
         "antwoordt vóór de routering (zie components/responses)."},
        {"contact",
         {{"name", "Beheer regie"},
          {"email", "beheer@regie.example"},
          {"url", "https://regie.example/contact"}}},
        {"license", {{"name", "EUPL-1.2"}, {"url", "https://eupl.eu/1.2/nl/"}}}}},
      {"servers",
       {{{"url", "https://regie.example/api/v1"},
         {"description", "Een regie-server; het pad is altijd /api/v1"}}}},
      {"tags", routes.tags()},  // each capability adds its own (ApiRoutes::add_tag)
      {"security", {{{"bearer", json::array()}}}},
      {"paths", paths(routes)},
      {"components", components(routes)}};
  return document.dump(2);
}

void add_openapi_api(ApiRoutes& r) {
  r.add_tag("Documentatie", "Over de API");
  json spec = {{"200",
                {{"description", "Dit document."},
                 {"headers", headers_2xx(false, false, false)},
                 {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}}}};
  r.add_public(
      "GET", "/openapi.json", get_openapi,
      op("getOpenapi", "Documentatie", "OpenAPI-document", "Deze beschrijving van de API.", spec));
}

}  // namespace regie::web::api
