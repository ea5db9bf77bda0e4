// MON-4 and MON-5 over the API (decision 49): the indicators of the year's programme with their
// measurements, stand and the answer per doel; process measures per month; recording either, and
// removing a wrong one.
#include "service/meting_service.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

double als_getal(std::int64_t honderdsten) { return static_cast<double>(honderdsten) / 100.0; }

json indicatormeting_json(const monitoring::Indicatormeting& m) {
  return {{"id", m.id},
          {"jaar", m.jaar},
          {"doel", m.doel_nummer},
          {"indicator", m.indicator},
          {"peildatum", m.peildatum.iso()},
          {"waarde", als_getal(m.waarde)},
          {"toelichting", m.toelichting},
          {"door", m.door},
          {"op", m.op}};
}

json procesmeting_json(const monitoring::Procesmeting& m) {
  return {{"id", m.id},
          {"maat", std::string(code(m.maat))},
          {"maand", monitoring::maand_iso(m.maand)},
          {"deelnemerId", m.deelnemer_id == 0 ? json(nullptr) : json(m.deelnemer_id)},
          {"waarde", als_getal(m.waarde)},
          {"toelichting", m.toelichting},
          {"door", m.door},
          {"op", m.op}};
}

Response delete_indicatormeting(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto weg = app.services.metingen->indicator_verwijderen(ctx, *id);
  return no_content(weg.ok() ? Result<void>(Ok()) : Result<void>(weg.error()), req);
}

Response delete_procesmeting(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto weg = app.services.metingen->proces_verwijderen(ctx, *id);
  return no_content(weg.ok() ? Result<void>(Ok()) : Result<void>(weg.error()), req);
}

Response get_indicatoren(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto jaar = jaar_uit(req, bad);
  if (!jaar) return bad;
  auto o = app.services.metingen->indicatoren(ctx, *jaar);
  if (!o.ok()) return error_response(o.error(), req);
  json doelen = json::array();
  for (const auto& d : o->doelen) {
    json indicatoren = json::array();
    for (const auto& i : d.indicatoren) {
      json metingen = json::array();
      for (const auto& m : i.metingen) metingen.push_back(indicatormeting_json(m));
      indicatoren.push_back(
          {{"naam", i.indicator.naam},
           {"eenheid", i.indicator.eenheid},
           {"nulwaarde", als_getal(i.indicator.nulwaarde)},
           {"streefwaarde", als_getal(i.indicator.streefwaarde)},
           {"koers", std::string(code(i.stand.koers))},
           {"aandeelProcent", i.stand.aandeel ? json(*i.stand.aandeel) : json(nullptr)},
           {"metingen", metingen}});
    }
    doelen.push_back({{"nummer", d.doel.nummer},
                      {"titel", d.doel.titel},
                      {"antwoord", d.antwoord},
                      {"indicatoren", indicatoren}});
  }
  return json_response(
      200, {{"jaar", o->jaar},
            {"programmaId", o->programma_id ? json(*o->programma_id) : json(nullptr)},
            {"doelen", doelen},
            {"_links",
             {{"self", {{"href", "/api/v1/indicatormetingen?jaar=" + std::to_string(o->jaar)}}}}}});
}

Response post_indicatormeting(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.metingen->indicator_vastleggen(ctx, *fields), req,
                 "/api/v1/indicatormetingen", indicatormeting_json);
}

Response get_procesmetingen(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto jaar = jaar_uit(req, bad);
  if (!jaar) return bad;
  auto o = app.services.metingen->procesmetingen(ctx, *jaar);
  if (!o.ok()) return error_response(o.error(), req);
  json items = json::array();
  for (const auto& m : o->metingen) items.push_back(procesmeting_json(m));
  return unpaged_list(req.path, "procesmetingen", std::move(items));
}

Response post_procesmeting(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.metingen->proces_vastleggen(ctx, *fields), req,
                 "/api/v1/procesmetingen", procesmeting_json);
}

json meting_schemas() {
  json s;
  json meting = {{"id", int_prop("Identificatie")},
                 {"jaar", int_prop("Het jaar van het programma")},
                 {"doel", int_prop("Nummer van het doel")},
                 {"indicator", string_prop("Naam van de indicator")},
                 {"peildatum", string_prop("De dag waarop de waarde gold", "date")},
                 {"waarde", {{"type", "number"}, {"description", "De gemeten waarde"}}},
                 {"toelichting", string_prop("Toelichting")},
                 {"door", string_prop("Wie")},
                 {"op", string_prop("Wanneer (UTC)", "date-time")}};
  s["Indicatormeting"] = {{"type", "object"},
                          {"description", "MON-4: een meting van een indicator van een doel."},
                          {"properties", meting}};
  s["IndicatormetingInvoer"] = {
      {"type", "object"},
      {"required", {"jaar", "doel", "indicator", "peildatum", "waarde"}},
      {"properties",
       {{"jaar", int_prop("Het jaar van het programma")},
        {"doel", int_prop("Nummer van het doel")},
        {"indicator", string_prop("Naam van de indicator, zoals het programma haar noemt")},
        {"peildatum", string_prop("De dag waarop de waarde gold", "date")},
        {"waarde", {{"type", "number"}, {"description", "Ten hoogste twee decimalen"}}},
        {"toelichting", string_prop("Toelichting")}}}};
  json indicator = {{"type", "object"},
                    {"properties",
                     {{"naam", string_prop("Naam")},
                      {"eenheid", string_prop("Eenheid")},
                      {"nulwaarde", {{"type", "number"}, {"description", "Nulwaarde"}}},
                      {"streefwaarde", {{"type", "number"}, {"description", "Streefwaarde"}}},
                      {"koers", enum_prop("Stand van de laatste meting",
                                          {"geen_meting", "bereikt", "op_weg", "niet_op_weg"})},
                      {"aandeelProcent",
                       {{"type", "integer"},
                        {"nullable", true},
                        {"description", "Procent van de afstand van nul- naar streefwaarde"}}},
                      {"metingen", {{"type", "array"}, {"items", ref("Indicatormeting")}}}}}};
  s["Indicatoren"] = {
      {"type", "object"},
      {"description",
       "MON-4: de doelen van het programma van het jaar met hun indicatoren, "
       "metingen en het antwoord op 'dragen de resultaten bij?'."},
      {"properties",
       {{"jaar", int_prop("Het jaar")},
        {"programmaId", {{"type", "integer"}, {"nullable", true}, {"description", "Programma"}}},
        {"doelen",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"nummer", int_prop("Nummer")},
              {"titel", string_prop("Titel")},
              {"antwoord", enum_prop("Dragen de resultaten bij aan het beoogde effect?",
                                     {"Ja", "Deels", "Nee", "Nog niet gemeten"})},
              {"indicatoren", {{"type", "array"}, {"items", indicator}}}}}}}}},
        {"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}}}}};
  json maat = enum_prop("De maat", {"tijdig_besloten", "achterstand", "doorlooptijd"});
  s["Procesmeting"] = {
      {"type", "object"},
      {"description", "MON-5: een maat van kwaliteit of proces in een maand."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"maat", maat},
        {"maand", string_prop("De maand (jjjj-mm)")},
        {"deelnemerId",
         {{"type", "integer"}, {"nullable", true}, {"description", "null: de hele regio"}}},
        {"waarde", {{"type", "number"}, {"description", "Procent, zaken of dagen"}}},
        {"toelichting", string_prop("Toelichting")},
        {"door", string_prop("Wie")},
        {"op", string_prop("Wanneer (UTC)", "date-time")}}}};
  s["ProcesmetingInvoer"] = {
      {"type", "object"},
      {"required", {"maat", "maand", "waarde"}},
      {"properties",
       {{"maat", maat},
        {"maand", string_prop("De maand (jjjj-mm)")},
        {"deelnemerId", int_prop("De deelnemer; weggelaten: de hele regio")},
        {"waarde", {{"type", "number"}, {"description", "Procent (tot 100), zaken of dagen"}}},
        {"toelichting", string_prop("Toelichting")}}}};
  s["ProcesmetingLijst"] = {
      {"type", "object"},
      {"description", "MON-5: de metingen van het jaar die de vrager mag zien, per maand."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"procesmetingen", {{"type", "array"}, {"items", ref("Procesmeting")}}}}}}}}}};
  return s;
}

}  // namespace

void add_meting_api(ApiRoutes& r) {
  const std::string tag = "Realisaties";
  r.add_schemas(meting_schemas());
  const json jaar = {query_param("jaar", "Het jaar; weggelaten: dit jaar", {{"type", "integer"}})};
  r.add("GET", "/indicatormetingen", get_indicatoren,
        op("getIndicatormetingen", tag, "Indicatoren en metingen",
           "MON-4: per doel van het programma van het jaar de indicatoren, hun metingen, de stand "
           "en het antwoord op 'dragen de resultaten bij aan het beoogde effect?'.",
           merge(ok("Indicatoren", "De doelen.", false), problems({400, 401, 503})), jaar));
  r.add("POST", "/indicatormetingen", post_indicatormeting,
        op("postIndicatormeting", tag, "Meting van een indicator vastleggen",
           "MON-4: door wie de realisaties bijhoudt; één meting per indicator en dag.",
           merge(ok("Indicatormeting", "Vastgelegd.", false, 201, true),
                 problems({400, 401, 403, 409, 503})),
           json::array(), "IndicatormetingInvoer"));
  r.add("DELETE", "/indicatormetingen/{id}", delete_indicatormeting,
        op("deleteIndicatormeting", tag, "Meting van een indicator verwijderen",
           "MON-4: een verkeerde meting weghalen, waarna de juiste wordt vastgelegd; door wie de "
           "realisaties bijhoudt.",
           merge(no_content(), problems({400, 401, 403, 404, 503})), json{param_ref("id")}));
  r.add("GET", "/procesmetingen", get_procesmetingen,
        op("listProcesmetingen", tag, "Kwaliteit en proces",
           "MON-5: de metingen van het jaar, per maand; van een deelnemer alleen voor wie diens "
           "cijfers ziet.",
           merge(ok_list("ProcesmetingLijst", "De metingen."), problems({400, 401, 503})), jaar));
  r.add("POST", "/procesmetingen", post_procesmeting,
        op("postProcesmeting", tag, "Meting van kwaliteit of proces vastleggen",
           "MON-5: door wie de realisaties bijhoudt; één per deelnemer (of de regio), maat en "
           "maand.",
           merge(ok("Procesmeting", "Vastgelegd.", false, 201, true),
                 problems({400, 401, 403, 409, 503})),
           json::array(), "ProcesmetingInvoer"));
  r.add("DELETE", "/procesmetingen/{id}", delete_procesmeting,
        op("deleteProcesmeting", tag, "Meting van kwaliteit of proces verwijderen",
           "MON-5: een verkeerde meting weghalen, waarna de juiste wordt vastgelegd; door wie de "
           "realisaties bijhoudt.",
           merge(no_content(), problems({400, 401, 403, 404, 503})), json{param_ref("id")}));
}

}  // namespace regie::web::api
