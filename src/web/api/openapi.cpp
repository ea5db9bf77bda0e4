// The OpenAPI 3 document of /api/v1, built from the same names the handlers use. CI lints it
// with the NL API Design Rules ruleset (zero errors).
#include <nlohmann/json.hpp>

#include "web/api/api.hpp"
// ---- Big 8 (B8)
#include "domain/beleidscyclus/beleidscyclus.hpp"

namespace regie::web::api {
namespace {

using json = nlohmann::json;

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

json headers_2xx(bool with_etag, bool with_location, bool paged) {
  json h = {{"API-Version", {{"$ref", "#/components/headers/API-Version"}}}};
  if (with_etag) h["ETag"] = {{"$ref", "#/components/headers/ETag"}};
  if (with_location) h["Location"] = {{"$ref", "#/components/headers/Location"}};
  if (paged) {
    h["X-Total-Count"] = {{"$ref", "#/components/headers/X-Total-Count"}};
    h["X-Pagination-Page"] = {{"$ref", "#/components/headers/X-Pagination-Page"}};
    h["X-Pagination-Limit"] = {{"$ref", "#/components/headers/X-Pagination-Limit"}};
  }
  return h;
}

json problem_response(const std::string& description) {
  return {{"description", description},
          {"headers", {{"API-Version", {{"$ref", "#/components/headers/API-Version"}}}}},
          {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

json errors(std::initializer_list<int> codes) {
  json out = json::object();
  for (int code : codes) {
    switch (code) {
      case 400:
        out["400"] = problem_response(
            "Ongeldige invoer; detail noemt elk fout veld met de reden (alle tegelijk).");
        break;
      case 401:
        out["401"] = problem_response("Niet ingelogd: geen of ongeldig bearer-token.");
        break;
      case 403:
        out["403"] = problem_response("Geen rechten voor deze handeling.");
        break;
      case 404:
        out["404"] = problem_response("Bestaat niet, of niet zichtbaar voor deze gebruiker.");
        break;
      case 409:
        out["409"] = problem_response(
            "Conflict: de versie in If-Match is verouderd, of er verwijzen nog gegevens naar.");
        break;
      case 428:
        out["428"] = problem_response("If-Match ontbreekt.");
        break;
      case 503:
        out["503"] = problem_response("De database is tijdelijk niet beschikbaar.");
        break;
      default:
        break;
    }
  }
  return out;
}

json merge(json a, const json& b) {
  for (const auto& [k, v] : b.items()) a[k] = v;
  return a;
}

json param_ref(const std::string& name) { return {{"$ref", "#/components/parameters/" + name}}; }

json op(const std::string& id, const std::string& tag, const std::string& summary,
        const std::string& description, json responses, json parameters = json::array(),
        const std::string& request_schema = "") {
  json o = {{"operationId", id},
            {"tags", {tag}},
            {"summary", summary},
            {"description", description},
            {"responses", std::move(responses)}};
  if (!parameters.empty()) o["parameters"] = std::move(parameters);
  if (!request_schema.empty()) {
    o["requestBody"] = {{"required", true},
                        {"content", {{"application/json", {{"schema", ref(request_schema)}}}}}};
  }
  return o;
}

json ok(const std::string& schema, const std::string& description, bool etag = true,
        int status = 200, bool location = false, bool paged = false) {
  return {{std::to_string(status),
           {{"description", description},
            {"headers", headers_2xx(etag, location, paged)},
            {"content", {{"application/json", {{"schema", ref(schema)}}}}}}}};
}

json no_content() {
  return {{"204", {{"description", "Verwijderd."}, {"headers", headers_2xx(false, false, false)}}}};
}

json string_prop(const std::string& description, const std::string& format = "") {
  json p = {{"type", "string"}, {"description", description}};
  if (!format.empty()) p["format"] = format;
  return p;
}
json int_prop(const std::string& description) {
  return {{"type", "integer"}, {"format", "int64"}, {"description", description}};
}
json enum_prop(const std::string& description, std::vector<std::string> values) {
  return {{"type", "string"}, {"description", description}, {"enum", values}};
}
json nullable_date(const std::string& description) {
  return {{"type", "string"}, {"format", "date"}, {"nullable", true}, {"description", description}};
}

std::vector<std::string> organisatie_soorten() {
  std::vector<std::string> out;
  for (auto s : governance::alle_organisatie_soorten()) out.emplace_back(code(s));
  return out;
}
std::vector<std::string> rol_soorten() {
  std::vector<std::string> out;
  for (auto s : governance::alle_rol_soorten()) out.emplace_back(code(s));
  return out;
}

json list_schema(const std::string& name, const std::string& item) {
  return {{"type", "object"},
          {"description", "Een pagina " + name + " (HAL)."},
          {"properties",
           {{"_links", ref("PaginaLinks")},
            {"_embedded",
             {{"type", "object"},
              {"properties", {{name, {{"type", "array"}, {"items", ref(item)}}}}}}}}}};
}

// ---- Big 8 (B8)
std::vector<std::string> stap_statussen() {
  std::vector<std::string> out;
  for (auto s : beleidscyclus::alle_statussen()) out.emplace_back(code(s));
  return out;
}

json beleidscyclus_schemas() {
  json s;
  json stap_props = {
      {"id", int_prop("Identificatie")},
      {"regioId", int_prop("Regio")},
      {"code",
       string_prop("B8-1: de rol van de stap in de cyclus, bijvoorbeeld strategisch_beleidskader")},
      {"volgorde", int_prop("Positie in de cyclus, 1 tot en met 8")},
      {"naam", string_prop("Het label van de stap in deze regio")},
      {"kant", enum_prop("Beleid (1-3), scharnier (4) of uitvoering (5-8)",
                         {"beleid", "scharnier", "uitvoering"})},
      {"ritme",
       enum_prop("Beleid elke vier jaar, de rest elk jaar", {"vierjaarlijks", "jaarlijks"})},
      {"periode", string_prop("De ronde: 2027-2030 (vierjaarlijks) of 2027 (jaarlijks)")},
      {"status", enum_prop("Status", stap_statussen())},
      {"geplandBegin", nullable_date("Gepland begin")},
      {"geplandEind", nullable_date("Gepland eind")},
      {"werkelijkBegin", nullable_date("Werkelijk begin")},
      {"werkelijkEind", nullable_date("Werkelijk eind")},
      {"eigenaarPersoonId",
       {{"type", "integer"},
        {"format", "int64"},
        {"nullable", true},
        {"description", "Eigenaar: een persoon van het register"}}},
      {"eigenaarNaam", {{"type", "string"}, {"nullable", true}, {"description", "Naam eigenaar"}}},
      {"huidig", {{"type", "boolean"}, {"description", "De eerste stap die niet afgerond is"}}},
      {"teLaat", {{"type", "boolean"}, {"description", "Gepland eind verstreken, niet afgerond"}}},
      {"versie", int_prop("Versie (ook de ETag)")},
      {"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}}};
  s["Cyclusstap"] = {{"type", "object"},
                     {"description", "B8-1: een stap van de Big 8-cyclus."},
                     {"properties", stap_props}};
  s["Cyclusdocument"] = {{"type", "object"},
                         {"description", "B8-1: een document bij een stap (titel en link)."},
                         {"properties",
                          {{"id", int_prop("Identificatie")},
                           {"stapId", int_prop("Stap")},
                           {"titel", string_prop("Titel")},
                           {"link", string_prop("Webadres van het document", "uri")},
                           {"door", string_prop("Toegevoegd door (account)")},
                           {"toegevoegd", string_prop("Tijdstip (UTC)", "date-time")}}}};
  s["CyclusdocumentInvoer"] = {{"type", "object"},
                               {"required", {"titel", "link"}},
                               {"properties",
                                {{"titel", string_prop("Titel")},
                                 {"link", string_prop("Webadres (https:// of http://)", "uri")}}}};
  s["Cyclusbesluit"] = {{"type", "object"},
                        {"description", "B8-1: een besluit bij een stap."},
                        {"properties",
                         {{"id", int_prop("Identificatie")},
                          {"stapId", int_prop("Stap")},
                          {"tekst", string_prop("Het besluit")},
                          {"datum", string_prop("Datum van het besluit", "date")},
                          {"door", string_prop("Vastgelegd door (account)")}}}};
  s["CyclusbesluitInvoer"] = {
      {"type", "object"},
      {"required", {"tekst", "datum"}},
      {"properties",
       {{"tekst", string_prop("Het besluit")}, {"datum", string_prop("Datum", "date")}}}};
  s["Heropening"] = {{"type", "object"},
                     {"description", "B8-3: een tussentijdse heropening van een beleidsstap."},
                     {"properties",
                      {{"id", int_prop("Identificatie")},
                       {"stapId", int_prop("Stap")},
                       {"door", string_prop("Heropend door (account)")},
                       {"tijdstip", string_prop("Tijdstip (UTC)", "date-time")},
                       {"reden", string_prop("Reden")},
                       {"vorigeStatus", enum_prop("Status voor de heropening", stap_statussen())},
                       {"periode", string_prop("De heropende periode")}}}};
  s["HeropeningInvoer"] = {
      {"type", "object"},
      {"required", {"reden"}},
      {"properties", {{"reden", string_prop("Waarom de stap wordt bijgesteld")}}}};
  s["CyclusstapDetail"] = {
      {"description", "B8-1: een stap met documenten, besluiten en heropeningen."},
      {"allOf",
       {ref("Cyclusstap"),
        {{"type", "object"},
         {"properties",
          {{"_embedded",
            {{"type", "object"},
             {"properties",
              {{"documenten", {{"type", "array"}, {"items", ref("Cyclusdocument")}}},
               {"besluiten", {{"type", "array"}, {"items", ref("Cyclusbesluit")}}},
               {"heropeningen", {{"type", "array"}, {"items", ref("Heropening")}}},
               {"evaluatieconclusies",
                {{"type", "array"},
                 {"items", ref("Evaluatieconclusie")},
                 {"description", "B8-2: de conclusies die deze stap veranderen"}}}}}}}}}}}}};
  s["CyclusstapInvoer"] = {
      {"type", "object"},
      {"required", {"naam", "volgorde", "periode", "status"}},
      {"properties",
       {{"naam", string_prop("Label")},
        {"volgorde", int_prop("Positie 1-8; een bezette positie ruilt")},
        {"periode", string_prop("2027-2030 (beleid) of 2027")},
        {"status", enum_prop("Status; heropend alleen via heropeningen", stap_statussen())},
        {"geplandBegin", nullable_date("Gepland begin")},
        {"geplandEind", nullable_date("Gepland eind")},
        {"werkelijkBegin", nullable_date("Werkelijk begin")},
        {"werkelijkEind", nullable_date("Werkelijk eind; verplicht bij afgerond")},
        {"eigenaarPersoonId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "Eigenaar"}}}}}};
  s["Evaluatieconclusie"] = {
      {"type", "object"},
      {"description", "B8-2: een conclusie uit de evaluatie (stap 8) voor een volgende ronde."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"regioId", int_prop("Regio")},
        {"stapId", int_prop("De evaluatiestap waarop de conclusie is vastgelegd")},
        {"periode", string_prop("De periode van de evaluatie")},
        {"tekst", string_prop("De conclusie")},
        {"datum", string_prop("Datum", "date")},
        {"raaktStapId", int_prop("De stap die de conclusie verandert")},
        {"raaktPeriode", string_prop("De periode waarin die stap verandert")},
        {"door", string_prop("Vastgelegd door (account)")}}}};
  s["EvaluatieconclusieInvoer"] = {
      {"type", "object"},
      {"required", {"tekst", "datum", "raaktStapId", "raaktPeriode"}},
      {"properties",
       {{"tekst", string_prop("De conclusie")},
        {"datum", string_prop("Datum", "date")},
        {"raaktStapId", int_prop("De stap die de conclusie verandert")},
        {"raaktPeriode",
         string_prop("Periode van het ritme van die stap, niet in het verleden")}}}};
  json conclusies = {{"type", "array"}, {"items", ref("Evaluatieconclusie")}};
  s["EvaluatieconclusieLijst"] = {
      {"type", "object"},
      {"description", "B8-2: alle evaluatieconclusies van de regio."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"}, {"properties", {{"evaluatieconclusies", conclusies}}}}}}}};
  s["Beleidscyclus"] = {
      {"type", "object"},
      {"description", "B8-1: de Big 8-cyclus van een regio op vandaag."},
      {"properties",
       {{"regioId", int_prop("Regio")},
        {"peildatum", string_prop("Vandaag (Europe/Amsterdam)", "date")},
        {"huidigeStapId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "De huidige positie: de eerste stap die niet afgerond is"}}},
        {"teLaat",
         {{"type", "array"},
          {"items", int_prop("Stap")},
          {"description", "Stappen met gepland eind voor vandaag, niet afgerond"}}},
        {"_links",
         {{"type", "object"},
          {"properties", {{"self", ref("Link")}, {"evaluatieconclusies", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"stappen", {{"type", "array"}, {"items", ref("Cyclusstap")}}},
            {"evaluatieconclusies", conclusies}}}}}}}};
  return s;
}

void add_beleidscyclus_paths(json& p) {
  const json id = {param_ref("id")};
  const json stap = {param_ref("id"), param_ref("stapId")};
  const json stap_match = {param_ref("id"), param_ref("stapId"), param_ref("ifMatch")};
  const std::string basis = "/regios/{id}/beleidscyclus";
  p[basis]["get"] =
      op("getBeleidscyclus", "Beleidscyclus", "De Big 8-cyclus",
         "B8-1: de acht stappen van de regio met status, datums en eigenaar, de huidige positie, "
         "de stappen die te laat zijn en de evaluatieconclusies (B8-2).",
         merge(ok("Beleidscyclus", "De cyclus.", false), errors({401, 404, 503})), id);
  p[basis + "/stappen/{stapId}"]["get"] =
      op("getCyclusstap", "Beleidscyclus", "Eén stap",
         "B8-1: een stap met documenten, besluiten en heropeningen (B8-3).",
         merge(ok("CyclusstapDetail", "De stap."), errors({401, 404, 503})), stap);
  p[basis + "/stappen/{stapId}"]["put"] =
      op("putCyclusstap", "Beleidscyclus", "Stap wijzigen",
         "B8-1: label, positie, periode, status, datums en eigenaar; met If-Match. Beheerder, "
         "directie en accountmanager.",
         merge(ok("CyclusstapDetail", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})),
         stap_match, "CyclusstapInvoer");
  p[basis + "/stappen/{stapId}/documenten"]["post"] =
      op("postCyclusdocument", "Beleidscyclus", "Document toevoegen",
         "B8-1: een document bij de stap: titel en link.",
         merge(ok("Cyclusdocument", "Aangemaakt.", false, 201, true),
               errors({400, 401, 403, 404, 503})),
         stap, "CyclusdocumentInvoer");
  p[basis + "/stappen/{stapId}/besluiten"]["post"] = op(
      "postCyclusbesluit", "Beleidscyclus", "Besluit vastleggen", "B8-1: een besluit bij de stap.",
      merge(ok("Cyclusbesluit", "Aangemaakt.", false, 201, true),
            errors({400, 401, 403, 404, 503})),
      stap, "CyclusbesluitInvoer");
  p[basis + "/stappen/{stapId}/heropeningen"]["post"] =
      op("postHeropening", "Beleidscyclus", "Beleidsstap heropenen",
         "B8-3: een afgeronde beleidsstap (1-3) tussentijds heropenen, met reden. Wie, wanneer, "
         "waarom en de vorige status blijven bewaard.",
         merge(ok("Heropening", "Heropend.", false, 201, true), errors({400, 401, 403, 404, 503})),
         stap, "HeropeningInvoer");
  p[basis + "/evaluatieconclusies"]["get"] = op(
      "listEvaluatieconclusies", "Beleidscyclus", "Evaluatieconclusies",
      "B8-2: de conclusies uit de evaluatie met de stap en periode die ze veranderen.",
      merge(ok("EvaluatieconclusieLijst", "Alle conclusies.", false), errors({401, 404, 503})), id);
  p[basis + "/evaluatieconclusies"]["post"] =
      op("postEvaluatieconclusie", "Beleidscyclus", "Evaluatieconclusie vastleggen",
         "B8-2: vastgelegd op de evaluatiestap (8) in haar huidige periode.",
         merge(ok("Evaluatieconclusie", "Aangemaakt.", false, 201, true),
               errors({400, 401, 403, 404, 503})),
         id, "EvaluatieconclusieInvoer");
}

// ---- Signalen (OPD-6)
json signalen_schemas() {
  json s;
  json soort = enum_prop("Stagnatie of een onvoorziene omstandigheid", {"stagnatie", "onvoorzien"});
  auto nullable_tekst = [](const std::string& description, const std::string& format = "") {
    json p = {{"type", "string"}, {"nullable", true}, {"description", description}};
    if (!format.empty()) p["format"] = format;
    return p;
  };
  json signaal = {
      {"id", int_prop("Identificatie")},
      {"opdrachtId", int_prop("De opdracht")},
      {"soort", soort},
      {"wat", string_prop("Wat er speelt")},
      {"impact", string_prop("De impact op de opdracht")},
      {"maatregel", string_prop("De voorgestelde maatregel")},
      {"status", enum_prop("Open tot de opdrachtgever het afhandelt", {"open", "afgehandeld"})},
      {"gemeldDoor", string_prop("Gemeld door (account)")},
      {"gemeldOp", string_prop("Tijdstip van melden (UTC)", "date-time")},
      {"afhandeling", nullable_tekst("Hoe de opdrachtgever het afhandelde; null zolang open")},
      {"afgehandeldDoor", nullable_tekst("Afgehandeld door (account); null zolang open")},
      {"afgehandeldOp", nullable_tekst("Tijdstip van afhandelen (UTC)", "date-time")},
      {"versie", int_prop("Versie (ook de ETag)")},
      {"_links",
       {{"type", "object"}, {"properties", {{"self", ref("Link")}, {"opdracht", ref("Link")}}}}}};
  s["Signaal"] = {
      {"type", "object"},
      {"description", "OPD-6: stagnatie of een onvoorziene omstandigheid bij een opdracht."},
      {"properties", signaal}};
  s["SignaalInvoer"] = {{"type", "object"},
                        {"required", {"soort", "wat", "impact", "maatregel"}},
                        {"properties",
                         {{"soort", soort},
                          {"wat", string_prop("Wat er speelt")},
                          {"impact", string_prop("De impact op de opdracht")},
                          {"maatregel", string_prop("De voorgestelde maatregel")}}}};
  s["AfhandelingInvoer"] = {
      {"type", "object"},
      {"required", {"afhandeling"}},
      {"properties", {{"afhandeling", string_prop("Hoe de opdrachtgever het signaal afhandelt")}}}};
  json signalen = {{"type", "array"}, {"items", ref("Signaal")}};
  s["SignaalLijst"] = {
      {"type", "object"},
      {"description", "OPD-6: de signalen van een opdracht, oudste eerst."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded", {{"type", "object"}, {"properties", {{"signalen", signalen}}}}}}}};
  json regel = signaal;
  regel["opdrachtTitel"] = string_prop("Titel van de opdracht");
  regel["magAfhandelen"] = {{"type", "boolean"},
                            {"description", "Of de vrager dit signaal mag afhandelen"}};
  s["OpenSignaal"] = {{"type", "object"},
                      {"description", "OPD-6: een open signaal met de opdracht waarover het gaat."},
                      {"properties", regel}};
  s["OpenSignaalLijst"] = {
      {"type", "object"},
      {"description", "OPD-6: de open signalen die de vrager meteen moet zien, oudste eerst."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties", {{"signalen", {{"type", "array"}, {"items", ref("OpenSignaal")}}}}}}}}}};
  return s;
}

void add_signalen_paths(json& p) {
  const json id = {param_ref("id")};
  const json signaal = {param_ref("id"), param_ref("signaalId")};
  const json signaal_match = {param_ref("id"), param_ref("signaalId"), param_ref("ifMatch")};
  p["/signalen"]["get"] =
      op("listOpenSignalen", "Opdrachten", "Open signalen",
         "OPD-6: de open signalen die de vrager meteen moet zien (zoals op de startpagina): voor "
         "een opdrachtgever die bij de opdrachten die hij ziet, voor accountmanager en directie "
         "alle open signalen van de regio; voor andere rollen een lege lijst.",
         merge(ok("OpenSignaalLijst", "De open signalen.", false), errors({400, 401, 503})),
         json{{{"name", "status"},
               {"in", "query"},
               {"required", false},
               {"description", "Alleen open (de enige waarde)"},
               {"schema", {{"type", "string"}, {"enum", {"open"}}}}}});
  p["/opdrachten/{id}/signalen"]["get"] =
      op("listSignalen", "Opdrachten", "Signalen van een opdracht",
         "OPD-6: stagnatie en onvoorziene omstandigheden, open en afgehandeld, oudste eerst.",
         merge(ok("SignaalLijst", "De signalen.", false), errors({401, 404, 503})), id);
  p["/opdrachten/{id}/signalen"]["post"] =
      op("postSignaal", "Opdrachten", "Signaal melden",
         "OPD-6: door de opdrachtnemer (accountmanager of directie) bij een opdracht die is "
         "aanvaard of in uitvoering is: wat, impact en voorgestelde maatregel.",
         merge(ok("Signaal", "Gemeld.", true, 201, true), errors({400, 401, 403, 404, 409, 503})),
         id, "SignaalInvoer");
  p["/opdrachten/{id}/signalen/{signaalId}"]["get"] =
      op("getSignaal", "Opdrachten", "Eén signaal", "OPD-6: met ETag.",
         merge(ok("Signaal", "Het signaal."), errors({401, 404, 503})), signaal);
  p["/opdrachten/{id}/signalen/{signaalId}/afhandeling"]["post"] =
      op("postSignaalAfhandeling", "Opdrachten", "Signaal afhandelen",
         "OPD-6: door de opdrachtgever van de opdracht, zolang het signaal open is; met If-Match "
         "en de afhandeling.",
         merge(ok("Signaal", "Afgehandeld."), errors({400, 401, 403, 404, 409, 428, 503})),
         signaal_match, "AfhandelingInvoer");
}

json schemas() {
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
  s["Regio"] = {
      {"type", "object"},
      {"description", "GOV-1: het werkgebied van één omgevingsdienst."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"naam", string_prop("Naam")},
        {"gemeenschappelijkeRegeling", string_prop("De gemeenschappelijke regeling")},
        {"minimumUrenAmbtelijkOpdrachtgever", int_prop("GOV-6: minimum uren per jaar")},
        {"versie", int_prop("Versie voor optimistische gelijktijdigheid (ook de ETag)")}}}};
  s["RegioInvoer"] = {{"type", "object"},
                      {"required", {"naam", "minimumUrenAmbtelijkOpdrachtgever"}},
                      {"properties",
                       {{"naam", string_prop("Naam")},
                        {"gemeenschappelijkeRegeling", string_prop("Gemeenschappelijke regeling")},
                        {"minimumUrenAmbtelijkOpdrachtgever", int_prop("Minimum uren")}}}};
  s["Organisatie"] = {
      {"type", "object"},
      {"description", "GOV-1: gemeente, provincie, omgevingsdienst of partner."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"regioId", int_prop("Regio")},
        {"naam", string_prop("Naam")},
        {"soort", enum_prop("Soort organisatie", organisatie_soorten())},
        {"inwonertal",
         {{"type", "integer"}, {"nullable", true}, {"description", "Aantal inwoners"}}},
        {"versie", int_prop("Versie")}}}};
  s["OrganisatieInvoer"] = {
      {"type", "object"},
      {"required", {"naam", "soort"}},
      {"properties",
       {{"naam", string_prop("Naam")},
        {"soort", enum_prop("Soort", organisatie_soorten())},
        {"inwonertal",
         {{"type", "integer"}, {"nullable", true}, {"description", "Aantal inwoners"}}}}}};
  s["Deelnemerschap"] = {
      {"type", "object"},
      {"description", "GOV-1: periode als deelnemer of niet-deelnemer van de regeling."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"organisatieId", int_prop("Organisatie")},
        {"relatie", enum_prop("Relatie", {"deelnemer", "niet_deelnemer"})},
        {"van", string_prop("Begindatum", "date")},
        {"tot", nullable_date("Einddatum (tot en met); leeg is lopend")}}}};
  s["DeelnemerschapInvoer"] = {{"type", "object"},
                               {"required", {"relatie", "van"}},
                               {"properties",
                                {{"relatie", enum_prop("Relatie", {"deelnemer", "niet_deelnemer"})},
                                 {"van", string_prop("Begindatum", "date")},
                                 {"tot", nullable_date("Einddatum")}}}};
  s["Persoon"] = {{"type", "object"},
                  {"properties",
                   {{"id", int_prop("Identificatie")},
                    {"regioId", int_prop("Regio")},
                    {"organisatieId", int_prop("Werkgever")},
                    {"organisatieNaam", string_prop("Naam van de werkgever (in lijsten)")},
                    {"naam", string_prop("Naam")},
                    {"email", string_prop("E-mailadres")},
                    {"functie", string_prop("Functie")},
                    {"versie", int_prop("Versie")}}}};
  s["PersoonInvoer"] = {{"type", "object"},
                        {"required", {"naam", "organisatieId"}},
                        {"properties",
                         {{"naam", string_prop("Naam")},
                          {"organisatieId", int_prop("Werkgever")},
                          {"email", string_prop("E-mailadres")},
                          {"functie", string_prop("Functie")}}}};
  s["Rol"] = {{"type", "object"},
              {"description", "GOV-2, GOV-3: een rol van een persoon voor een organisatie."},
              {"properties",
               {{"id", int_prop("Identificatie")},
                {"persoonId", int_prop("Persoon")},
                {"persoonNaam", string_prop("Naam van de persoon (in lijsten)")},
                {"organisatieId", int_prop("Organisatie waarvoor de rol geldt")},
                {"organisatieNaam", string_prop("Naam van de organisatie (in lijsten)")},
                {"soort", enum_prop("Soort rol", rol_soorten())},
                {"van", string_prop("Begindatum", "date")},
                {"tot", nullable_date("Einddatum (tot en met)")},
                {"urenPerJaar", int_prop("Uren per jaar")},
                {"versie", int_prop("Versie")}}}};
  s["RolInvoer"] = {{"type", "object"},
                    {"required", {"persoonId", "organisatieId", "soort", "van", "urenPerJaar"}},
                    {"properties",
                     {{"persoonId", int_prop("Persoon")},
                      {"organisatieId", int_prop("Organisatie")},
                      {"soort", enum_prop("Soort rol", rol_soorten())},
                      {"van", string_prop("Begindatum", "date")},
                      {"tot", nullable_date("Einddatum")},
                      {"urenPerJaar", int_prop("Uren per jaar")}}}};
  json verwijzing = {
      {"type", "object"},
      {"properties", {{"id", int_prop("Identificatie")}, {"naam", string_prop("Naam")}}}};
  s["Bevinding"] = {
      {"type", "object"},
      {"description", "Een bevinding van een governance-controle (GOV-4..GOV-8)."},
      {"properties",
       {{"requirement", string_prop("Het requirement, bijvoorbeeld GOV-4")},
        {"ernst", enum_prop("Ernst", {"fout", "waarschuwing", "melding"})},
        {"pet", enum_prop("GOV-7: de pet", {"eigenaar", "opdrachtgever", "opdrachtnemer"})},
        {"organisaties", {{"type", "array"}, {"items", verwijzing}}},
        {"personen", {{"type", "array"}, {"items", verwijzing}}},
        {"code", string_prop("Sleutel van de bevinding")},
        {"uitleg", string_prop("De bevinding in het Nederlands")},
        {"remedie", string_prop("Wat de handreiking als oplossing geeft")},
        {"waarden",
         {{"type", "object"},
          {"additionalProperties", {{"type", "string"}}},
          {"description", "Waarden in de tekst (uren, minimum, datums)"}}}}}};
  s["BevindingLijst"] = {
      {"type", "object"},
      {"description", "De bevindingen op een peildatum."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"peildatum", string_prop("De peildatum", "date")},
        {"eigenWeergave",
         {{"type", "boolean"}, {"description", "Alleen bevindingen over de eigen organisatie"}}},
        {"organisatieId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "De organisatie waartoe de lijst is beperkt"}}},
        {"_embedded",
         {{"type", "object"},
          {"properties", {{"bevindingen", {{"type", "array"}, {"items", ref("Bevinding")}}}}}}}}}};
  // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
  json mandaat_props = {
      {"opdrachtgeverId", int_prop("De opdrachtgever die vertegenwoordigt")},
      {"vertegenwoordigdeId", int_prop("De deelnemer die wordt vertegenwoordigd")},
      {"mandaatVerleendDoor",
       {{"type", "integer"},
        {"format", "int64"},
        {"nullable", true},
        {"description", "Persoon die het mandaat verleende"}}},
      {"mandaatVerleendOp", nullable_date("Datum waarop het mandaat werd verleend")},
      {"mandaatScope", string_prop("Reikwijdte van het mandaat")},
      {"mandaatVan", nullable_date("Begin van de geldigheid")},
      {"mandaatTot", nullable_date("Einde van de geldigheid (tot en met)")}};
  s["VertegenwoordigingInvoer"] = {
      {"type", "object"},
      {"description",
       "GOV-6: een onvolledig mandaat mag worden vastgelegd; het is dan een bevinding."},
      {"required", {"opdrachtgeverId", "vertegenwoordigdeId"}},
      {"properties", mandaat_props}};
  json vertegenwoordiging_props = mandaat_props;
  vertegenwoordiging_props["id"] = int_prop("Identificatie");
  vertegenwoordiging_props["regioId"] = int_prop("Regio");
  vertegenwoordiging_props["versie"] = int_prop("Versie");
  vertegenwoordiging_props["opdrachtgeverNaam"] = string_prop("Naam van de opdrachtgever");
  vertegenwoordiging_props["vertegenwoordigdeNaam"] = string_prop("Naam van de deelnemer");
  vertegenwoordiging_props["mandaatVerleendDoorNaam"] = string_prop("Naam van de verlener");
  vertegenwoordiging_props["mandaatCompleet"] = {
      {"type", "boolean"}, {"description", "Wie, wanneer, waarvoor en periode zijn vastgelegd"}};
  vertegenwoordiging_props["mandaatGeldig"] = {
      {"type", "boolean"}, {"description", "Compleet en vandaag binnen de periode"}};
  s["Vertegenwoordiging"] = {
      {"type", "object"},
      {"description", "GOV-6: collectief opdrachtgeverschap met het mandaat."},
      {"properties", vertegenwoordiging_props}};
  s["VertegenwoordigingLijst"] = list_schema("vertegenwoordigingen", "Vertegenwoordiging");
  s["ProjectgroepLid"] = {
      {"type", "object"},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"persoonId", int_prop("Persoon")},
        {"persoonNaam", string_prop("Naam van de persoon")},
        {"organisatieId", int_prop("De deelnemer die het lid vertegenwoordigt")},
        {"organisatieNaam", string_prop("Naam van de deelnemer")}}}};
  s["ProjectgroepLidInvoer"] = {
      {"type", "object"},
      {"required", {"persoonId", "organisatieId"}},
      {"properties",
       {{"persoonId", int_prop("Persoon")},
        {"organisatieId", int_prop("De deelnemer die het lid vertegenwoordigt")}}}};
  s["Projectgroep"] = {
      {"type", "object"},
      {"description", "GOV-8: de projectgroep beleidscyclus."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"regioId", int_prop("Regio")},
        {"regisseurPersoonId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "Regisseur"}}},
        {"regisseurNaam", {{"type", "string"}, {"nullable", true}, {"description", "Naam"}}},
        {"leden", {{"type", "array"}, {"items", ref("ProjectgroepLid")}}},
        {"ontbrekendeDeelnemers",
         {{"type", "array"},
          {"description", "Deelnemers van vandaag zonder lid"},
          {"items", verwijzing}}},
        {"versie", int_prop("Versie")}}}};
  s["ProjectgroepInvoer"] = {{"type", "object"},
                             {"properties",
                              {{"regisseurPersoonId",
                                {{"type", "integer"},
                                 {"format", "int64"},
                                 {"nullable", true},
                                 {"description", "Regisseur beleidscyclus; null: geen"}}}}}};
  // ---- Opdrachten (OPD)
  auto tekst_deel = [](const char* d) { return string_prop(d); };
  auto rij = [](json props) { return json{{"type", "object"}, {"properties", std::move(props)}}; };
  auto nullable_id = [](const char* d) {
    return json{{"type", "integer"}, {"format", "int64"}, {"nullable", true}, {"description", d}};
  };
  json niveaus = enum_prop("Niveau", {"laag", "middel", "hoog"});
  json opdracht_invoer = {
      {"titel", string_prop("Titel")},
      {"jaar", {{"type", "integer"}, {"format", "int32"}, {"description", "Jaar"}}},
      {"soort", enum_prop("OPD-2: collectief (standaard) of maatwerk", {"collectief", "maatwerk"})},
      {"opdrachtgeverId", int_prop("De opdrachtgever (alleen bij opstellen door de OD)")},
      {"deelnemerId", nullable_id("Maatwerk: de deelnemer")},
      {"extraUren",
       {{"type", "integer"}, {"format", "int32"}, {"description", "Maatwerk: extra uren"}}},
      {"extraFinanciering", int_prop("Maatwerk: extra financiering in eurocenten")},
      {"aanleiding", tekst_deel("Aanleiding")},
      {"scope", tekst_deel("Afbakening van de scope")},
      {"doel", tekst_deel("Doel")},
      {"activiteiten", tekst_deel("Beoogde activiteiten")},
      {"resultaat", tekst_deel("Resultaatbeschrijving")},
      {"sturingsvorm", tekst_deel("Rolverdeling en interne sturingsvorm")},
      {"monitoring", tekst_deel("Monitoring (wijze, frequentie) en afsluiting")},
      {"governance", tekst_deel("Governance")},
      {"planning",
       {{"type", "array"},
        {"items",
         rij({{"omschrijving", string_prop("Mijlpaal")}, {"datum", nullable_date("Datum")}})}}},
      {"bemensing",
       {{"type", "array"},
        {"items",
         rij({{"rol", string_prop("Rol")},
              {"uren", {{"type", "integer"}, {"format", "int32"}, {"description", "Uren"}}},
              {"persoonId", nullable_id("Persoon")}})}}},
      {"financien",
       {{"type", "array"},
        {"items",
         rij({{"jaar", {{"type", "integer"}, {"format", "int32"}, {"description", "Jaar"}}},
              {"bedrag", int_prop("Bedrag in eurocenten")},
              {"omschrijving", string_prop("Omschrijving")}})}}},
      {"stakeholders",
       {{"type", "array"},
        {"items", rij({{"naam", string_prop("Naam")},
                       {"rol", string_prop("Rol of belang")},
                       {"organisatieId", nullable_id("Organisatie")},
                       {"persoonId", nullable_id("Persoon")}})}}},
      {"risicos",
       {{"type", "array"},
        {"items", rij({{"omschrijving", string_prop("Risico")},
                       {"kans", niveaus},
                       {"impact", niveaus},
                       {"beheersmaatregel", string_prop("Beheersmaatregel")},
                       {"eigenaar", string_prop("Eigenaar")}})}}}};
  s["OpdrachtInvoer"] = {
      {"type", "object"},
      {"description", "OPD-1: de elf onderdelen; lege onderdelen mogen in een concept."},
      {"required", {"titel", "jaar"}},
      {"properties", opdracht_invoer}};
  json opdracht = opdracht_invoer;
  opdracht["id"] = int_prop("Identificatie");
  opdracht["regioId"] = int_prop("Regio");
  opdracht["status"] =
      enum_prop("OPD-3: status", {"concept", "aangeboden", "aanvaard", "teruggelegd",
                                  "in_uitvoering", "afgerond", "geevalueerd"});
  opdracht["inhoudsversie"] = {
      {"type", "integer"}, {"format", "int32"}, {"description", "Inhoudsversie"}};
  opdracht["totaalBedrag"] = int_prop("OPD-4: totaal in eurocenten");
  opdracht["totaalUren"] = int_prop("OPD-4: totaal uren");
  opdracht["versie"] = int_prop("Versie");
  opdracht["controle"] = {
      {"type", "array"},
      {"description", "OPD-1: oordeel per onderdeel"},
      {"items", rij({{"onderdeel", string_prop("Onderdeel")},
                     {"oordeel", enum_prop("Oordeel", {"leeg", "vaag", "in_orde"})},
                     {"toelichting", string_prop("Waarom")}})}};
  opdracht["mogelijkeStappen"] = {{"type", "array"},
                                  {"description", "Stappen die de vrager nu kan zetten"},
                                  {"items", {{"type", "string"}}}};
  opdracht["_links"] = {{"type", "object"}, {"description", "Links"}};
  s["Opdracht"] = {{"type", "object"},
                   {"description", "Een opdracht (OPD-1..OPD-4)."},
                   {"properties", opdracht}};
  s["OpdrachtLijst"] = list_schema("opdrachten", "Opdracht");
  const std::vector<std::string> stappen = {"aanbieden", "aanvaarden", "terugleggen", "herzien",
                                            "starten",   "afronden",   "evalueren"};
  s["Overgang"] = rij({{"id", int_prop("Identificatie")},
                       {"stap", enum_prop("Stap", stappen)},
                       {"van", string_prop("Status ervoor")},
                       {"naar", string_prop("Status erna")},
                       {"door", string_prop("Wie")},
                       {"tijdstip", string_prop("Wanneer (UTC)", "date-time")},
                       {"reden", string_prop("Waarom")}});
  s["OvergangInvoer"] = {{"type", "object"},
                         {"required", {"stap"}},
                         {"properties",
                          {{"stap", enum_prop("Stap", stappen)},
                           {"reden", string_prop("Motivering; verplicht bij terugleggen")}}}};
  s["OvergangLijst"] = {
      {"type", "object"},
      {"description", "OPD-3: de tijdlijn van een opdracht."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"status", string_prop("Huidige status")},
        {"_embedded",
         {{"type", "object"},
          {"properties", {{"overgangen", {{"type", "array"}, {"items", ref("Overgang")}}}}}}}}}};
  // ---- Versies en wijzigingsverzoeken (OPD-5)
  json versie = opdracht_invoer;
  for (const char* weg : {"opdrachtgeverId", "jaar", "soort", "deelnemerId"}) versie.erase(weg);
  json voorstel = versie;
  versie["opdrachtId"] = int_prop("Opdracht");
  versie["nummer"] = {{"type", "integer"}, {"format", "int32"}, {"description", "Versienummer"}};
  versie["vastgesteldDoor"] = string_prop("Wie de versie vaststelde");
  versie["vastgesteldOp"] = string_prop("Wanneer (UTC)", "date-time");
  versie["wijzigingsverzoekId"] = nullable_id("Het aanvaarde verzoek; null bij versie 1");
  versie["totaalBedrag"] = int_prop("OPD-4: totaal in eurocenten");
  versie["totaalUren"] = int_prop("OPD-4: totaal uren");
  versie["_links"] = {{"type", "object"}, {"description", "Links"}};
  s["Versie"] = {{"type", "object"},
                 {"description", "OPD-5: een vastgestelde versie van een opdracht."},
                 {"properties", versie}};
  s["VersieLijst"] = list_schema("versies", "Versie");
  const json verschillen = {
      {"type", "array"},
      {"description", "OPD-5: titel, extra's en de elf onderdelen, als regels tekst"},
      {"items", rij({{"onderdeel", string_prop("Onderdeel")},
                     {"label", string_prop("Naam van het onderdeel")},
                     {"gewijzigd", {{"type", "boolean"}, {"description", "Gewijzigd"}}},
                     {"van", {{"type", "array"}, {"items", {{"type", "string"}}}}},
                     {"naar", {{"type", "array"}, {"items", {{"type", "string"}}}}}})}};
  s["Vergelijking"] = {
      {"type", "object"},
      {"description", "OPD-5: twee versies per onderdeel vergeleken."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"van", {{"type", "integer"}, {"format", "int32"}, {"description", "Oude versie"}}},
        {"naar", {{"type", "integer"}, {"format", "int32"}, {"description", "Nieuwe versie"}}},
        {"onderdelen", verschillen}}}};
  const json aspecten = {{"type", "array"},
                         {"description", "Waar de wijziging over gaat"},
                         {"items", enum_prop("Aspect", {"scope", "tijd", "geld", "kwaliteit"})}};
  json verzoek_invoer = voorstel;
  verzoek_invoer.erase("totaalBedrag");
  verzoek_invoer.erase("totaalUren");
  verzoek_invoer["aspecten"] = aspecten;
  verzoek_invoer["omschrijving"] = string_prop("Wat er verandert en waarom");
  s["WijzigingsverzoekInvoer"] = {
      {"type", "object"},
      {"description",
       "OPD-5: het voorstel als de volledige nieuwe inhoud (titel, extra's, de elf onderdelen), "
       "met aspecten en omschrijving."},
      {"required", {"titel", "aspecten", "omschrijving"}},
      {"properties", verzoek_invoer}};
  json afstemming = {{"met", string_prop("Beleidsafdeling of persoon")},
                     {"datum", string_prop("Datum", "date")},
                     {"uitkomst", string_prop("Uitkomst")}};
  s["AfstemmingInvoer"] = {{"type", "object"},
                           {"description", "OPD-5: de afstemming met de beleidsafdeling."},
                           {"required", {"met", "datum", "uitkomst"}},
                           {"properties", afstemming}};
  afstemming["vastgelegdDoor"] = string_prop("Wie het vastlegde");
  s["BesluitInvoer"] = {
      {"type", "object"},
      {"required", {"besluit"}},
      {"properties",
       {{"besluit", enum_prop("Besluit", {"aanvaarden", "afwijzen", "intrekken"})},
        {"beoordeling", string_prop("Motivering; verplicht bij aanvaarden en afwijzen")}}}};
  auto nullable_text = [](const char* d) {
    return json{{"type", "string"}, {"nullable", true}, {"description", d}};
  };
  s["Wijzigingsverzoek"] = {
      {"type", "object"},
      {"description", "OPD-5: een wijzigingsverzoek op een aanvaarde opdracht."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"opdrachtId", int_prop("Opdracht")},
        {"aspecten", aspecten},
        {"omschrijving", string_prop("Wat er verandert en waarom")},
        {"basisversie",
         {{"type", "integer"},
          {"format", "int32"},
          {"description", "Versie waarop het voortbouwt"}}},
        {"status", enum_prop("Status", {"ingediend", "aanvaard", "afgewezen", "ingetrokken"})},
        {"ingediendDoor", string_prop("Wie")},
        {"ingediendKant", enum_prop("Kant", {"opdrachtgever", "opdrachtnemer"})},
        {"ingediendOp", string_prop("Wanneer (UTC)", "date-time")},
        {"afstemming",
         {{"type", "object"},
          {"nullable", true},
          {"description", "Afstemming met de beleidsafdeling; null: nog niet"},
          {"properties", afstemming}}},
        {"beoordeling", nullable_text("Motivering van het besluit")},
        {"beslotenDoor", nullable_text("Wie besloot")},
        {"beslotenOp", nullable_text("Wanneer (UTC)")},
        {"versie", int_prop("Versie")},
        {"voorstel",
         {{"type", "object"}, {"description", "Voorgestelde inhoud"}, {"properties", voorstel}}},
        {"verschillen", verschillen},
        {"mogelijkeBesluiten", {{"type", "array"}, {"items", {{"type", "string"}}}}},
        {"magAfstemmingVastleggen", {{"type", "boolean"}, {"description", "Voor de vrager"}}},
        {"_links", {{"type", "object"}, {"description", "Links"}}}}}};
  s["WijzigingsverzoekLijst"] = list_schema("wijzigingsverzoeken", "Wijzigingsverzoek");
  s["RegioLijst"] = list_schema("regios", "Regio");
  s["OrganisatieLijst"] = list_schema("organisaties", "Organisatie");
  s["DeelnemerschapLijst"] = list_schema("deelnemerschappen", "Deelnemerschap");
  s["PersoonLijst"] = list_schema("personen", "Persoon");
  s["RolLijst"] = list_schema("rollen", "Rol");
  // ---- Competenties (COMP)
  const std::vector<std::string> profielen = {"opdrachtgever", "accountmanager"};
  const json score_schema = {{"type", "integer"},
                             {"minimum", 1},
                             {"maximum", 5},
                             {"description", "Zelfbeoordeling: 1 nauwelijks ... 5 uitstekend"}};
  auto nullable_int = [](const std::string& description) {
    return json{
        {"type", "integer"}, {"format", "int64"}, {"nullable", true}, {"description", description}};
  };
  s["Competentie"] = {
      {"type", "object"},
      {"description", "COMP-1: een competentie uit de handreiking."},
      {"properties",
       {{"code", string_prop("Sleutel, gebruikt in scores")},
        {"naam", string_prop("Korte naam")},
        {"groep", enum_prop("Groep uit de Bijlagen", {"Omgeving", "Relatie", "Houding", "Inhoud"})},
        {"beschrijving", string_prop("Omschrijving volgens de handreiking")},
        {"bron", string_prop("Deel van de handreiking")}}}};
  s["CompetentieProfiel"] = {
      {"type", "object"},
      {"properties",
       {{"profiel", enum_prop("Profiel", profielen)},
        {"naam", string_prop("Naam van het profiel")},
        {"competenties", {{"type", "array"}, {"items", ref("Competentie")}}}}}};
  s["Competentiecatalogus"] = {
      {"type", "object"},
      {"description",
       "De competentieprofielen van opdrachtgever (Basiscompetenties en Bijlage 1) "
       "en accountmanager (Bijlage 2)."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"schaal",
         {{"type", "object"},
          {"properties",
           {{"minimum", {{"type", "integer"}}}, {"maximum", {{"type", "integer"}}}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"profielen", {{"type", "array"}, {"items", ref("CompetentieProfiel")}}}}}}}}}};
  s["Score"] = {{"type", "object"},
                {"required", {"competentie", "score"}},
                {"properties",
                 {{"competentie", string_prop("Code van de competentie")},
                  {"naam", string_prop("Naam van de competentie (alleen lezen)")},
                  {"score", score_schema},
                  {"toelichting", string_prop("Toelichting (niet verplicht, max. 2000 tekens)")}}}};
  s["Zelfbeoordeling"] = {
      {"type", "object"},
      {"description",
       "COMP-1: de eigen zelfbeoordeling van een jaar en profiel. Alleen de "
       "persoon zelf kan haar lezen."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"persoonId", int_prop("De persoon (gekoppeld aan het account)")},
        {"jaar", {{"type", "integer"}, {"description", "Jaar"}}},
        {"profiel", enum_prop("Profiel", profielen)},
        {"scores", {{"type", "array"}, {"items", ref("Score")}}},
        {"versie", int_prop("Versie (ook als ETag)")},
        {"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}}}}};
  s["ZelfbeoordelingInvoer"] = {
      {"type", "object"},
      {"description",
       "Een score voor elke competentie van het profiel. Bij wijzigen liggen jaar "
       "en profiel vast (weglaten of gelijk laten)."},
      {"required", {"scores"}},
      {"properties",
       {{"jaar", {{"type", "integer"}, {"description", "Vanaf 2000, uiterlijk volgend jaar"}}},
        {"profiel", enum_prop("Profiel", profielen)},
        {"scores", {{"type", "array"}, {"items", ref("Score")}}}}}};
  s["ZelfbeoordelingLijst"] = {
      {"type", "object"},
      {"description", "De eigen zelfbeoordelingen, nieuwste jaar eerst."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"zelfbeoordelingen", {{"type", "array"}, {"items", ref("Zelfbeoordeling")}}}}}}}}}};
  s["CompetentieCijfers"] = {
      {"type", "object"},
      {"description", "Totalen van één competentie; null als de groep te klein is."},
      {"properties",
       {{"competentie", string_prop("Code")},
        {"naam", string_prop("Naam")},
        {"groep", string_prop("Groep")},
        {"getoond", {{"type", "boolean"}, {"description", "Genoeg beoordelingen om te tonen"}}},
        {"aantalBeoordelingen", nullable_int("Aantal beoordelingen")},
        {"gemiddelde",
         {{"type", "number"}, {"nullable", true}, {"description", "Gemiddelde score"}}},
        {"ontwikkelbehoefte", nullable_int("Aantal scores 1 of 2")},
        {"opleidingNodig",
         {{"type", "boolean"}, {"description", "Minstens een derde van de scores is 1 of 2"}}}}}};
  s["CompetentieOverzicht"] = {
      {"type", "object"},
      {"description",
       "COMP-1: alleen totalen per competentie, waar opleiding nodig is eerst; "
       "geen individuele scores."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"jaar", {{"type", "integer"}, {"description", "Jaar"}}},
        {"minimumGroepsgrootte",
         {{"type", "integer"}, {"description", "Kleinere groepen worden niet getoond"}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"profielen",
             {{"type", "array"},
              {"items",
               {{"type", "object"},
                {"properties",
                 {{"profiel", enum_prop("Profiel", profielen)},
                  {"getoond", {{"type", "boolean"}, {"description", "Groep groot genoeg"}}},
                  {"aantalBeoordelingen", nullable_int("Aantal zelfbeoordelingen")},
                  {"competenties",
                   {{"type", "array"}, {"items", ref("CompetentieCijfers")}}}}}}}}}}}}}}}};
  // ---- Big 8 (B8)
  s.update(beleidscyclus_schemas());
  // ---- Signalen (OPD-6)
  s.update(signalen_schemas());
  return s;
}

json query_param(const std::string& name, const std::string& description, json schema) {
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description", description},
          {"schema", std::move(schema)}};
}

json components() {
  json c;
  c["schemas"] = schemas();
  c["securitySchemes"] = {{"bearer",
                           {{"type", "http"},
                            {"scheme", "bearer"},
                            {"description", "Token van 'regie token create'."}}}};
  auto header = [](const std::string& description, json schema) {
    return json{{"description", description}, {"schema", std::move(schema)}};
  };
  c["headers"] = {
      {"API-Version",
       header("Volledige versie van de API", {{"type", "string"}, {"example", kApiVersion}})},
      {"ETag", header("Versie van het object; stuur terug in If-Match", {{"type", "string"}})},
      {"Location", header("URI van het nieuwe object", {{"type", "string"}})},
      {"X-Total-Count", header("Totaal aantal resultaten", {{"type", "integer"}})},
      {"X-Pagination-Page", header("Huidige pagina", {{"type", "integer"}})},
      {"X-Pagination-Limit", header("Resultaten per pagina", {{"type", "integer"}})}};
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
        {"description", "ETag van de gelezen versie (optimistische gelijktijdigheid)"},
        {"schema", {{"type", "string"}}}}},
      {"pagina",
       query_param("pagina", "Paginanummer, vanaf 1", {{"type", "integer"}, {"minimum", 1}})},
      {"paginaGrootte", query_param("paginaGrootte", "Resultaten per pagina (1-100)",
                                    {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}})},
      {"zoek", query_param("zoek", "Zoek in de naam", {{"type", "string"}})},
      // ---- Big 8 (B8)
      {"stapId",
       {{"name", "stapId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van de stap van de beleidscyclus"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
      // ---- Signalen (OPD-6)
      {"signaalId",
       {{"name", "signaalId"},
        {"in", "path"},
        {"required", true},
        {"description", "Identificatie van het signaal"},
        {"schema", {{"type", "integer"}, {"format", "int64"}}}}},
  };
  return c;
}

json paths() {
  json p;
  const json paging = {param_ref("pagina"), param_ref("paginaGrootte")};
  auto with = [](json list, std::initializer_list<json> extra) {
    for (const auto& e : extra) list.push_back(e);
    return list;
  };
  const json id = {param_ref("id")};
  const json id_match = {param_ref("id"), param_ref("ifMatch")};

  p["/regios"]["get"] =
      op("listRegios", "Register", "Regio's", "De regio van de ingelogde gebruiker.",
         merge(ok("RegioLijst", "De regio's.", false, 200, false, true), errors({400, 401, 503})),
         paging);
  p["/regios/{id}"]["get"] = op("getRegio", "Register", "Eén regio", "Een regio (GOV-1).",
                                merge(ok("Regio", "De regio."), errors({401, 404, 503})), id);
  p["/regios/{id}"]["put"] =
      op("putRegio", "Register", "Regio wijzigen", "Alleen een beheerder.",
         merge(ok("Regio", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})), id_match,
         "RegioInvoer");

  p["/regios/{id}/bevindingen"]["get"] =
      op("listBevindingen", "Register", "Governance-bevindingen",
         "GOV-9: alle bevindingen van de rolvastheidscontroles (GOV-4..GOV-8) op een peildatum, "
         "fouten eerst. Een opdrachtgever of bestuurder krijgt alleen de bevindingen over de eigen "
         "organisatie (eigenWeergave).",
         merge(ok("BevindingLijst", "De bevindingen.", false), errors({400, 401, 404, 503})),
         json{param_ref("id"),
              query_param("peildatum", "Datum JJJJ-MM-DD; standaard vandaag (Europe/Amsterdam)",
                          {{"type", "string"}, {"format", "date"}}),
              query_param("organisatieId",
                          "Alleen bevindingen over deze organisatie (een opdrachtgever of "
                          "bestuurder alleen de eigen)",
                          {{"type", "integer"}, {"format", "int64"}})});
  // ---- Opdrachten (OPD)
  p["/opdrachten"]["get"] = op(
      "listOpdrachten", "Opdrachten", "Opdrachten",
      "Zichtbare opdrachten van de regio; maatwerk alleen voor betrokkenen.",
      merge(ok("OpdrachtLijst", "Een pagina.", false, 200, false, true), errors({400, 401, 503})),
      with(paging,
           {query_param("status", "Filter op status", {{"type", "string"}}),
            query_param("deelnemerId", "Filter op deelnemer (maatwerk)",
                        {{"type", "integer"}, {"format", "int64"}}),
            query_param("jaar", "Filter op jaar", {{"type", "integer"}, {"format", "int32"}})}));
  p["/opdrachten"]["post"] =
      op("postOpdracht", "Opdrachten", "Opdracht opstellen",
         "Een concept; door de opdrachtgever of door accountmanager of directie van de OD.",
         merge(ok("Opdracht", "Aangemaakt.", true, 201, true), errors({400, 401, 403, 503})),
         json::array(), "OpdrachtInvoer");
  p["/opdrachten/{id}"]["get"] =
      op("getOpdracht", "Opdrachten", "Eén opdracht", "Met de controle per onderdeel (OPD-1).",
         merge(ok("Opdracht", "De opdracht."), errors({401, 404, 503})), id);
  p["/opdrachten/{id}"]["put"] =
      op("putOpdracht", "Opdrachten", "Opdracht wijzigen",
         "Alleen als concept of teruggelegd; met If-Match.",
         merge(ok("Opdracht", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})), id_match,
         "OpdrachtInvoer");
  p["/opdrachten/{id}/overgangen"]["get"] =
      op("listOvergangen", "Opdrachten", "Tijdlijn", "OPD-3: wie, wanneer en waarom.",
         merge(ok("OvergangLijst", "De tijdlijn.", false), errors({401, 404, 503})), id);
  p["/opdrachten/{id}/overgangen"]["post"] =
      op("postOvergang", "Opdrachten", "Stap zetten",
         "OPD-3: aanbieden (opdrachtgever), aanvaarden of terugleggen met motivering "
         "(opdrachtnemer), enzovoort; met If-Match.",
         merge(ok("Overgang", "De stap.", true, 201, true),
               errors({400, 401, 403, 404, 409, 428, 503})),
         id_match, "OvergangInvoer");
  // ---- Versies en wijzigingsverzoeken (OPD-5)
  const json verzoek = {param_ref("id"), param_ref("verzoekId")};
  const json verzoek_match = {param_ref("id"), param_ref("verzoekId"), param_ref("ifMatch")};
  p["/opdrachten/{id}/versies"]["get"] =
      op("listVersies", "Opdrachten", "Versies",
         "OPD-5: versie 1 is de aanvaarde opdracht; elk aanvaard wijzigingsverzoek maakt de "
         "volgende.",
         merge(ok("VersieLijst", "De versies, oudste eerst.", false), errors({401, 404, 503})), id);
  p["/opdrachten/{id}/versies/{nummer}"]["get"] =
      op("getVersie", "Opdrachten", "Eén versie", "OPD-5: de inhoud zoals vastgesteld.",
         merge(ok("Versie", "De versie.", false), errors({401, 404, 503})),
         json{param_ref("id"), param_ref("nummer")});
  p["/opdrachten/{id}/vergelijkingen"]["get"] =
      op("getVergelijking", "Opdrachten", "Twee versies vergelijken",
         "OPD-5: per onderdeel wat er in versie van en naar staat.",
         merge(ok("Vergelijking", "De vergelijking.", false), errors({400, 401, 404, 503})),
         json{param_ref("id"),
              query_param("van", "Oude versie", {{"type", "integer"}, {"format", "int32"}}),
              query_param("naar", "Nieuwe versie", {{"type", "integer"}, {"format", "int32"}})});
  p["/opdrachten/{id}/wijzigingsverzoeken"]["get"] =
      op("listWijzigingsverzoeken", "Opdrachten", "Wijzigingsverzoeken", "OPD-5: nieuwste eerst.",
         merge(ok("WijzigingsverzoekLijst", "De verzoeken.", false), errors({401, 404, 503})), id);
  p["/opdrachten/{id}/wijzigingsverzoeken"]["post"] =
      op("postWijzigingsverzoek", "Opdrachten", "Wijzigingsverzoek indienen",
         "OPD-5: door opdrachtgever of opdrachtnemer, bij een aanvaarde opdracht of een opdracht "
         "in uitvoering.",
         merge(ok("Wijzigingsverzoek", "Ingediend.", true, 201, true),
               errors({400, 401, 403, 404, 409, 503})),
         id, "WijzigingsverzoekInvoer");
  p["/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}"]["get"] =
      op("getWijzigingsverzoek", "Opdrachten", "Eén wijzigingsverzoek",
         "OPD-5: met het voorstel vergeleken met de versie waarop het voortbouwt.",
         merge(ok("Wijzigingsverzoek", "Het verzoek."), errors({401, 404, 503})), verzoek);
  p["/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming"]["put"] =
      op("putAfstemming", "Opdrachten", "Afstemming met de beleidsafdeling vastleggen",
         "OPD-5: alleen de opdrachtgever, zolang het verzoek open is; met If-Match.",
         merge(ok("Wijzigingsverzoek", "Vastgelegd."), errors({400, 401, 403, 404, 409, 428, 503})),
         verzoek_match, "AfstemmingInvoer");
  p["/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten"]["post"] =
      op("postBesluit", "Opdrachten", "Besluiten over een wijzigingsverzoek",
         "OPD-5: aanvaarden (na afstemming, maakt een nieuwe versie) of afwijzen door de "
         "opdrachtgever met motivering; intrekken door de indienende kant; met If-Match.",
         merge(ok("Wijzigingsverzoek", "Besloten.", true, 201, true),
               errors({400, 401, 403, 404, 409, 428, 503})),
         verzoek_match, "BesluitInvoer");
  // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
  const json lid_params = {param_ref("id"), param_ref("lidId")};
  p["/regios/{id}/projectgroep"]["get"] =
      op("getProjectgroep", "Governance", "Projectgroep beleidscyclus",
         "GOV-8: de regisseur, de leden en de deelnemers zonder lid.",
         merge(ok("Projectgroep", "De projectgroep."), errors({401, 404, 503})), id);
  p["/regios/{id}/projectgroep"]["put"] =
      op("putProjectgroep", "Governance", "Regisseur vastleggen",
         "GOV-8: alleen een beheerder. Zonder If-Match alleen als er nog geen projectgroep is.",
         merge(ok("Projectgroep", "Opgeslagen."), errors({400, 401, 403, 404, 409, 428, 503})),
         id_match, "ProjectgroepInvoer");
  p["/regios/{id}/projectgroep/leden"]["post"] =
      op("postProjectgroepLid", "Governance", "Lid toevoegen",
         "GOV-8: de beheerder, of de opdrachtgever voor de eigen organisatie.",
         merge(ok("ProjectgroepLid", "Toegevoegd.", false, 201, true),
               errors({400, 401, 403, 404, 503})),
         id, "ProjectgroepLidInvoer");
  p["/regios/{id}/projectgroep/leden/{lidId}"]["delete"] =
      op("deleteProjectgroepLid", "Governance", "Lid verwijderen",
         "GOV-8: de beheerder, of de opdrachtgever voor de eigen organisatie.",
         merge(no_content(), errors({401, 403, 404, 503})), lid_params);
  p["/vertegenwoordigingen"]["get"] =
      op("listVertegenwoordigingen", "Governance", "Vertegenwoordigingen",
         "GOV-6: collectief opdrachtgeverschap in de regio, met de staat van het mandaat.",
         merge(ok("VertegenwoordigingLijst", "Een pagina.", false, 200, false, true),
               errors({400, 401, 503})),
         paging);
  p["/vertegenwoordigingen"]["post"] = op(
      "postVertegenwoordiging", "Governance", "Vertegenwoordiging vastleggen",
      "GOV-6: de beheerder, of de opdrachtgever van een van beide kanten.",
      merge(ok("Vertegenwoordiging", "Aangemaakt.", true, 201, true), errors({400, 401, 403, 503})),
      json::array(), "VertegenwoordigingInvoer");
  p["/vertegenwoordigingen/{id}"]["get"] =
      op("getVertegenwoordiging", "Governance", "Eén vertegenwoordiging", "GOV-6.",
         merge(ok("Vertegenwoordiging", "De vertegenwoordiging."), errors({401, 404, 503})), id);
  p["/vertegenwoordigingen/{id}"]["put"] =
      op("putVertegenwoordiging", "Governance", "Vertegenwoordiging wijzigen", "Met If-Match.",
         merge(ok("Vertegenwoordiging", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})),
         id_match, "VertegenwoordigingInvoer");
  p["/vertegenwoordigingen/{id}"]["delete"] =
      op("deleteVertegenwoordiging", "Governance", "Vertegenwoordiging verwijderen",
         "Met If-Match.", merge(no_content(), errors({401, 403, 404, 409, 428, 503})), id_match);
  p["/organisaties"]["get"] =
      op("listOrganisaties", "Register", "Organisaties", "De organisaties van de regio (GOV-1).",
         merge(ok("OrganisatieLijst", "Een pagina.", false, 200, false, true),
               errors({400, 401, 503})),
         with(paging,
              {param_ref("zoek"),
               query_param("soort", "Filter op soort", enum_prop("Soort", organisatie_soorten())),
               query_param("sorteer", "naam, soort of inwonertal; met '-' aflopend",
                           {{"type", "string"}})}));
  p["/organisaties"]["post"] =
      op("postOrganisatie", "Register", "Organisatie toevoegen", "Alleen een beheerder.",
         merge(ok("Organisatie", "Aangemaakt.", true, 201, true), errors({400, 401, 403, 503})),
         json::array(), "OrganisatieInvoer");
  p["/organisaties/{id}"]["get"] =
      op("getOrganisatie", "Register", "Eén organisatie", "Een organisatie.",
         merge(ok("Organisatie", "De organisatie."), errors({401, 404, 503})), id);
  p["/organisaties/{id}"]["put"] =
      op("putOrganisatie", "Register", "Organisatie wijzigen", "Alleen een beheerder.",
         merge(ok("Organisatie", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})),
         id_match, "OrganisatieInvoer");
  p["/organisaties/{id}"]["delete"] =
      op("deleteOrganisatie", "Register", "Organisatie verwijderen",
         "Alleen zonder personen of rollen die ernaar verwijzen.",
         merge(no_content(), errors({401, 403, 404, 409, 428, 503})), id_match);
  p["/organisaties/{id}/deelnemerschappen"]["get"] =
      op("listDeelnemerschappen", "Register", "Deelnemerschap",
         "Perioden als deelnemer of niet-deelnemer (GOV-1).",
         merge(ok("DeelnemerschapLijst", "Alle perioden.", false, 200, false, true),
               errors({400, 401, 404, 503})),
         id);
  p["/organisaties/{id}/deelnemerschappen"]["post"] =
      op("postDeelnemerschap", "Register", "Deelnemerschap toevoegen",
         "Perioden mogen niet overlappen.",
         merge(ok("Deelnemerschap", "Aangemaakt.", false, 201, true),
               errors({400, 401, 403, 404, 503})),
         id, "DeelnemerschapInvoer");
  p["/organisaties/{id}/deelnemerschappen/{deelnemerschapId}"]["delete"] =
      op("deleteDeelnemerschap", "Register", "Deelnemerschap verwijderen", "Alleen een beheerder.",
         merge(no_content(), errors({401, 403, 404, 503})),
         json{param_ref("id"), param_ref("deelnemerschapId")});

  p["/personen"]["get"] =
      op("listPersonen", "Register", "Personen", "Zichtbare personen van de regio.",
         merge(ok("PersoonLijst", "Een pagina.", false, 200, false, true), errors({400, 401, 503})),
         with(paging, {param_ref("zoek"),
                       query_param("organisatieId", "Filter op werkgever",
                                   {{"type", "integer"}, {"format", "int64"}}),
                       query_param("sorteer", "naam of organisatie; met '-' aflopend",
                                   {{"type", "string"}})}));
  p["/personen"]["post"] =
      op("postPersoon", "Register", "Persoon toevoegen", "Een persoon bij een werkgever.",
         merge(ok("Persoon", "Aangemaakt.", true, 201, true), errors({400, 401, 403, 503})),
         json::array(), "PersoonInvoer");
  p["/personen/{id}"]["get"] = op("getPersoon", "Register", "Eén persoon", "Een persoon.",
                                  merge(ok("Persoon", "De persoon."), errors({401, 404, 503})), id);
  p["/personen/{id}"]["put"] =
      op("putPersoon", "Register", "Persoon wijzigen", "Met If-Match.",
         merge(ok("Persoon", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})), id_match,
         "PersoonInvoer");
  p["/personen/{id}"]["delete"] =
      op("deletePersoon", "Register", "Persoon verwijderen", "Alleen zonder rollen.",
         merge(no_content(), errors({401, 403, 404, 409, 428, 503})), id_match);

  p["/rollen"]["get"] = op(
      "listRollen", "Register", "Rollen", "Rollen per persoon per organisatie (GOV-2, GOV-3).",
      merge(ok("RolLijst", "Een pagina.", false, 200, false, true), errors({400, 401, 503})),
      with(paging, {query_param("persoonId", "Filter op persoon",
                                {{"type", "integer"}, {"format", "int64"}}),
                    query_param("organisatieId", "Filter op organisatie",
                                {{"type", "integer"}, {"format", "int64"}}),
                    query_param("soort", "Filter op soort", enum_prop("Soort", rol_soorten())),
                    query_param("peildatum", "Alleen rollen die op deze datum gelden",
                                {{"type", "string"}, {"format", "date"}}),
                    query_param("sorteer", "persoon, organisatie, soort of van; met '-' aflopend",
                                {{"type", "string"}})}));
  p["/rollen"]["post"] =
      op("postRol", "Register", "Rol toevoegen", "Een rol met periode en uren per jaar.",
         merge(ok("Rol", "Aangemaakt.", true, 201, true), errors({400, 401, 403, 503})),
         json::array(), "RolInvoer");
  p["/rollen/{id}"]["get"] = op("getRol", "Register", "Eén rol", "Een rol.",
                                merge(ok("Rol", "De rol."), errors({401, 404, 503})), id);
  p["/rollen/{id}"]["put"] =
      op("putRol", "Register", "Rol wijzigen", "Met If-Match.",
         merge(ok("Rol", "Gewijzigd."), errors({400, 401, 403, 404, 409, 428, 503})), id_match,
         "RolInvoer");
  p["/rollen/{id}"]["delete"] =
      op("deleteRol", "Register", "Rol verwijderen", "Met If-Match.",
         merge(no_content(), errors({401, 403, 404, 409, 428, 503})), id_match);

  // ---- Competenties (COMP)
  p["/competenties"]["get"] =
      op("listCompetenties", "Competenties", "Competentieprofielen",
         "COMP-1: de competenties van opdrachtgever en accountmanager uit de handreiking.",
         merge(ok("Competentiecatalogus", "De profielen.", false), errors({401, 503})));
  p["/zelfbeoordelingen"]["get"] = op(
      "listZelfbeoordelingen", "Competenties", "Mijn zelfbeoordelingen",
      "De zelfbeoordelingen van de persoon die aan het account gekoppeld is; leeg zonder "
      "koppeling.",
      merge(ok("ZelfbeoordelingLijst", "De eigen zelfbeoordelingen.", false), errors({401, 503})));
  p["/zelfbeoordelingen"]["post"] =
      op("postZelfbeoordeling", "Competenties", "Zelfbeoordeling invullen",
         "Eén per persoon, jaar en profiel (409 als die al bestaat). 403 zonder gekoppelde "
         "persoon.",
         merge(ok("Zelfbeoordeling", "Aangemaakt.", true, 201, true),
               errors({400, 401, 403, 409, 503})),
         json::array(), "ZelfbeoordelingInvoer");
  p["/zelfbeoordelingen/{id}"]["get"] =
      op("getZelfbeoordeling", "Competenties", "Eén eigen zelfbeoordeling",
         "Die van een ander geeft 404, ook voor een beheerder.",
         merge(ok("Zelfbeoordeling", "De zelfbeoordeling."), errors({401, 404, 503})), id);
  p["/zelfbeoordelingen/{id}"]["put"] =
      op("putZelfbeoordeling", "Competenties", "Eigen zelfbeoordeling wijzigen",
         "Met If-Match; jaar en profiel liggen vast.",
         merge(ok("Zelfbeoordeling", "Gewijzigd."), errors({400, 401, 404, 409, 428, 503})),
         id_match, "ZelfbeoordelingInvoer");
  p["/regios/{id}/competentie-overzicht"]["get"] =
      op("getCompetentieOverzicht", "Competenties", "Competenties in de regio",
         "Alleen totalen per competentie (aantal, gemiddelde, ontwikkelbehoefte), waar opleiding "
         "nodig is eerst; profielen met minder dan 3 zelfbeoordelingen zonder cijfers.",
         merge(ok("CompetentieOverzicht", "Het overzicht.", false), errors({400, 401, 404, 503})),
         json{param_ref("id"),
              query_param("jaar", "Jaar; standaard dit jaar", {{"type", "integer"}})});

  json spec = {{"200",
                {{"description", "Dit document."},
                 {"headers", headers_2xx(false, false, false)},
                 {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}}}};
  p["/openapi.json"]["get"] =
      op("getOpenapi", "Documentatie", "OpenAPI-document", "Deze beschrijving van de API.", spec);
  p["/openapi.json"]["get"]["security"] = json::array();
  // ---- Big 8 (B8)
  add_beleidscyclus_paths(p);
  // ---- Signalen (OPD-6)
  add_signalen_paths(p);
  return p;
}

}  // namespace

std::string openapi_json() {
  json doc = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "regie API"},
        {"version", kApiVersion},
        {"description",
         "Gedeelde werkruimte van opdrachtgevers en omgevingsdienst: governance-register "
         "(GOV-1..GOV-3). Alle bedragen in eurocenten, datums ISO 8601."},
        {"contact",
         {{"name", "Beheer regie"},
          {"email", "beheer@regie.example"},
          {"url", "https://regie.example/contact"}}},
        {"license", {{"name", "EUPL-1.2"}, {"url", "https://eupl.eu/1.2/nl/"}}}}},
      {"servers",
       {{{"url", "https://regie.example/api/v1"},
         {"description", "Een regie-server; het pad is altijd /api/v1"}}}},
      {"tags",
       {{{"name", "Register"}, {"description", "Governance-register"}},
        {{"name", "Governance"}, {"description", "Collectief opdrachtgeverschap en projectgroep"}},
        // ---- Competenties (COMP)
        {{"name", "Competenties"}, {"description", "Zelfbeoordeling competenties"}},
        // ---- Big 8 (B8)
        {{"name", "Beleidscyclus"}, {"description", "De Big 8-cyclus per regio"}},
        {{"name", "Opdrachten"}, {"description", "Opdrachten en hun levenscyclus"}},
        {{"name", "Documentatie"}, {"description", "Over de API"}}}},
      {"security", {{{"bearer", json::array()}}}},
      {"paths", paths()},
      {"components", components()}};
  return doc.dump(2);
}

Response openapi(const Request&) {
  static const std::string kBody = openapi_json();
  Response response;
  response.set_header("Content-Type", "application/json");
  response.body = kBody;
  return response;
}

}  // namespace regie::web::api
