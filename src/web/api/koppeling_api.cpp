// OPD-4, OPD-7 over the API: the programmaregels an opdracht carries out, its money and hours
// beside theirs with the difference, and the doelen they serve; read by whoever sees the
// opdracht, replaced as a whole by either side until it is afgerond (If-Match: the set's ETag).
#include "domain/programma/koppeling.hpp"
#include "web/api/api.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string pad(Id opdracht_id) {
  return "/api/v1/opdrachten/" + std::to_string(opdracht_id) + "/programmaregels";
}

json regel_json(const service::OpdrachtProgrammaregels& r, const programma::Regelkeuze& k) {
  json doelen = json::array();
  for (auto n : k.doelen) doelen.push_back(n);
  // OPD-4: the other opdrachten of the year that carry out this line too.
  json andere = json::array();
  if (auto it = r.ook_gekozen.find(k.sleutel); it != r.ook_gekozen.end()) {
    for (const auto& a : it->second) {
      andere.push_back({{"opdrachtId", a.zichtbaar ? json(a.id) : json(nullptr)},
                        {"titel", a.zichtbaar ? json(a.titel) : json(nullptr)}});
    }
  }
  return {{"ookGekozenDoor", andere},
          {"productcode", k.sleutel.productcode},
          {"deelnemer", k.sleutel.deelnemer_id == 0 ? json(nullptr) : json(k.sleutel.deelnemer_id)},
          {"productnaam", k.productnaam},
          {"taakveld", k.taakveld},
          {"soort", k.soort == programma::RegelSoort::kCollectief ? "collectief" : "specifiek"},
          {"aantal", k.aantal},
          {"uren", static_cast<double>(k.uren) / 100.0},
          {"bedrag", k.bedrag_cents},
          {"doelen", doelen}};
}

Response antwoord(const service::OpdrachtProgrammaregels& r) {
  const auto& d = r.dekking;
  json regels = json::array();
  for (const auto& k : d.regels) regels.push_back(regel_json(r, k));
  json keuzes = json::array();
  for (const auto& k : r.keuzes) keuzes.push_back(regel_json(r, k));
  json ontbrekend = json::array();
  for (const auto& s : d.ontbrekend) {
    ontbrekend.push_back(
        {{"productcode", s.productcode},
         {"deelnemer", s.deelnemer_id == 0 ? json(nullptr) : json(s.deelnemer_id)}});
  }
  json doelen = json::array();
  for (const auto& doel : d.doelen) {
    doelen.push_back(
        {{"nummer", doel.nummer}, {"titel", doel.titel}, {"beoogdEffect", doel.beoogd_effect}});
  }
  json body = {{"opdrachtId", r.opdracht.id},
               {"programmaId", r.programma ? json(r.programma->id) : json(nullptr)},
               {"regels", regels},
               {"ontbrekend", ontbrekend},
               {"doelen", doelen},
               {"middelen",
                {{"opdrachtUren", static_cast<double>(d.opdracht_uren) / 100.0},
                 {"opdrachtBedrag", d.opdracht_cents},
                 {"programmaUren", static_cast<double>(d.programma_uren) / 100.0},
                 {"programmaBedrag", d.programma_cents},
                 {"verschilUren", static_cast<double>(d.verschil_uren) / 100.0},
                 {"verschilBedrag", d.verschil_cents}}},
               {"keuzes", keuzes},
               {"magWijzigen", r.mag_wijzigen},
               {"_links",
                {{"self", {{"href", pad(r.opdracht.id)}}},
                 {"opdracht", {{"href", "/api/v1/opdrachten/" + std::to_string(r.opdracht.id)}}}}}};
  Response response = json_response(200, body);
  set_etag(response, r.versie);
  return response;
}

Response get_regels(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto r = app.services.koppelingen->programmaregels(ctx, *id);
  if (!r.ok()) return error_response(r.error(), req);
  return antwoord(*r);
}

Response put_regels(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  auto decoded = decode_json_met_lijsten(req.body, {"regels"});
  if (!decoded.ok()) return error_response(decoded.error(), req);
  auto& lijsten = decoded->second;
  std::optional<std::vector<Fields>> regels;
  if (auto it = lijsten.find("regels"); it != lijsten.end()) regels = std::move(it->second);
  auto r = app.services.koppelingen->vervang_uit_invoer(ctx, *id, *versie, regels);
  if (!r.ok()) return error_response(r.error(), req);
  return antwoord(*r);
}

json koppeling_schemas() {
  json regel = {
      {"type", "object"},
      {"description", "Een programmaregel zoals een opdracht die uitvoert (UP-2)."},
      {"properties",
       {{"productcode", string_prop("Product uit de catalogus van het jaar")},
        {"deelnemer", nullable_int("De deelnemer; null voor de hele regio")},
        {"productnaam", string_prop("Naam van het product")},
        {"taakveld", string_prop("Taakveld")},
        {"soort", enum_prop("Collectief of specifiek (UP-2)", {"collectief", "specifiek"})},
        {"aantal", int_prop("Aantal eenheden (kental)")},
        {"uren", {{"type", "number"}, {"description", "Uren"}}},
        {"bedrag", int_prop("Bedrag in eurocent")},
        {"doelen",
         {{"type", "array"},
          {"items", {{"type", "integer"}, {"format", "int64"}}},
          {"description", "Nummers van de doelen van het programma"}}}}}};
  json andere = {{"type", "object"}};
  andere["properties"] = {
      {"opdrachtId", nullable_int("De andere opdracht; null als de vrager haar niet mag zien")},
      {"titel", {{"type", "string"}, {"nullable", true}, {"description", "Titel, als zichtbaar"}}}};
  regel["properties"]["ookGekozenDoor"] = {
      {"type", "array"},
      {"description",
       "OPD-4: andere opdrachten van het jaar die deze regel ook uitvoeren; uren en geld tellen "
       "dan bij beide mee"},
      {"items", andere}};
  json getal = {{"type", "number"}, {"description", "Uren"}};
  json s;
  s["Programmaregelkeuze"] = regel;
  s["OpdrachtProgrammaregels"] = {
      {"type", "object"},
      {"description",
       "OPD-4, OPD-7: de programmaregels die de opdracht uitvoert, de doelen die zij dienen en "
       "de middelen van de opdracht ernaast met het verschil."},
      {"properties",
       {{"opdrachtId", int_prop("De opdracht")},
        {"programmaId", nullable_int("Het geldende programma van het jaar; null als er geen is")},
        {"regels", {{"type", "array"}, {"items", ref("Programmaregelkeuze")}}},
        {"ontbrekend",
         {{"type", "array"},
          {"description", "Gekozen regels die niet meer in het programma staan"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"productcode", string_prop("Product")},
              {"deelnemer", nullable_int("De deelnemer; null voor de hele regio")}}}}}}},
        {"doelen",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"nummer", int_prop("Nummer van het doel")},
              {"titel", string_prop("Titel")},
              {"beoogdEffect", string_prop("Beoogd effect")}}}}}}},
        {"middelen",
         {{"type", "object"},
          {"properties",
           {{"opdrachtUren", getal},
            {"opdrachtBedrag", int_prop("Bedrag van de opdracht in eurocent")},
            {"programmaUren", getal},
            {"programmaBedrag", int_prop("Bedrag van de regels in eurocent")},
            {"verschilUren", getal},
            {"verschilBedrag", int_prop("Opdracht min regels, in eurocent")}}}}},
        {"keuzes",
         {{"type", "array"},
          {"items", ref("Programmaregelkeuze")},
          {"description", "De regels die bij deze opdracht passen"}}},
        {"magWijzigen",
         {{"type", "boolean"}, {"description", "Of de vrager de keuze mag wijzigen"}}},
        {"_links",
         {{"type", "object"},
          {"properties", {{"self", ref("Link")}, {"opdracht", ref("Link")}}}}}}}};
  s["ProgrammaregelsInvoer"] = {
      {"type", "object"},
      {"required", {"regels"}},
      {"properties",
       {{"regels",
         {{"type", "array"},
          {"description", "De hele nieuwe keuze; een lege lijst haalt alles weg"},
          {"items",
           {{"type", "object"},
            {"required", {"productcode"}},
            {"properties",
             {{"productcode", string_prop("Product uit de catalogus van het jaar")},
              {"deelnemer", int_prop("De deelnemer; weglaten of 0 voor de hele regio")}}}}}}}}}};
  return s;
}

}  // namespace

void add_koppeling_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  r.add_schemas(koppeling_schemas());
  r.add("GET", "/opdrachten/{id}/programmaregels", get_regels,
        op("getOpdrachtProgrammaregels", "Opdrachten", "Programmaregels van een opdracht",
           "OPD-4, OPD-7: de regels van het uitvoeringsprogramma van het jaar die de opdracht "
           "uitvoert, met haar eigen geld en uren ernaast en het verschil.",
           merge(ok("OpdrachtProgrammaregels", "De programmaregels."), problems({401, 404, 503})),
           id));
  r.add("PUT", "/opdrachten/{id}/programmaregels", put_regels,
        op("putOpdrachtProgrammaregels", "Opdrachten", "Programmaregels kiezen",
           "OPD-4: een kant van de opdracht vervangt de hele keuze, tot de opdracht is afgerond. "
           "Een collectieve opdracht kiest collectieve regels, maatwerk die van de eigen "
           "deelnemer.",
           merge(ok("OpdrachtProgrammaregels", "Opgeslagen."),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id, "ProgrammaregelsInvoer"));
}

}  // namespace regie::web::api
