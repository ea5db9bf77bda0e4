// B8-1..B8-4 over the API: the Big 8 cycle of a regio under
// /api/v1/regios/{id}/beleidscyclus.
#include <algorithm>

#include "core/text.hpp"
#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/beleidscyclus/ronde.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string cyclus_pad(Id regio_id) {
  return "/api/v1/regios/" + std::to_string(regio_id) + "/beleidscyclus";
}

std::string stap_pad(Id regio_id, Id stap_id) {
  return cyclus_pad(regio_id) + "/stappen/" + std::to_string(stap_id);
}

json vereist_product_json(beleidscyclus::StapCode code) {
  auto soort = beleidscyclus::vereist_product(code);
  return soort ? json(std::string(beleidscyclus::code(*soort))) : json(nullptr);
}

json to_json(const beleidscyclus::Stap& s, const std::string& eigenaar_naam, bool huidig,
             bool te_laat) {
  return {
      {"id", s.id},
      {"regioId", s.regio_id},
      {"code", std::string(code(s.code))},
      {"volgorde", s.volgorde},
      {"naam", s.naam},
      {"kant", std::string(code(beleidscyclus::kant(s.code)))},
      {"ritme", std::string(code(beleidscyclus::ritme(s.code)))},
      {"periode", s.periode},
      {"status", std::string(code(s.status))},
      {"geplandBegin", optional_date(s.gepland_begin)},
      {"geplandEind", optional_date(s.gepland_eind)},
      {"werkelijkBegin", optional_date(s.werkelijk_begin)},
      {"werkelijkEind", optional_date(s.werkelijk_eind)},
      {"eigenaarPersoonId", s.eigenaar_persoon_id ? json(*s.eigenaar_persoon_id) : json(nullptr)},
      {"eigenaarNaam", eigenaar_naam.empty() ? json(nullptr) : json(eigenaar_naam)},
      {"huidig", huidig},
      {"teLaat", te_laat},
      {"oorspronkelijkEind", optional_date(s.oorspronkelijk_eind)},
      {"verschoven", beleidscyclus::is_verschoven(s)},
      {"vereistProduct", vereist_product_json(s.code)},
      {"versie", s.versie},
      {"_links", {{"self", {{"href", stap_pad(s.regio_id, s.id)}}}}}};
}

json to_json(const beleidscyclus::Document& d) {
  return {{"id", d.id},
          {"stapId", d.stap_id},
          {"titel", d.titel},
          {"link", d.link},
          {"door", d.door},
          {"toegevoegd", d.toegevoegd},
          {"periode", d.periode},
          {"soort", std::string(code(d.soort))},
          {"vastgesteldDoor",
           d.vastgesteld_door ? json(std::string(code(*d.vastgesteld_door))) : json(nullptr)},
          {"vastgesteldOp", optional_date(d.vastgesteld_op)}};
}

json to_json(const beleidscyclus::Ronde& r) {
  return {
      {"id", r.id},
      {"stapId", r.stap_id},
      {"periode", r.periode},
      {"status", std::string(code(r.status))},
      {"geplandBegin", optional_date(r.gepland_begin)},
      {"geplandEind", optional_date(r.gepland_eind)},
      {"oorspronkelijkEind", optional_date(r.oorspronkelijk_eind)},
      {"werkelijkBegin", optional_date(r.werkelijk_begin)},
      {"werkelijkEind", optional_date(r.werkelijk_eind)},
      {"eigenaarPersoonId", r.eigenaar_persoon_id ? json(*r.eigenaar_persoon_id) : json(nullptr)},
      {"afgesloten", r.afgesloten},
      {"door", r.door}};
}

json to_json(const beleidscyclus::Planwijziging& p) {
  return {{"id", p.id},
          {"stapId", p.stap_id},
          {"periode", p.periode},
          {"van", optional_date(p.van)},
          {"naar", optional_date(p.naar)},
          {"reden", p.reden},
          {"door", p.door},
          {"tijdstip", p.tijdstip}};
}

json to_json(const beleidscyclus::Besluit& b) {
  return {{"id", b.id},
          {"stapId", b.stap_id},
          {"tekst", b.tekst},
          {"datum", b.datum.iso()},
          {"door", b.door}};
}

json to_json(const beleidscyclus::Heropening& h) {
  return {{"id", h.id},           {"stapId", h.stap_id},
          {"door", h.door},       {"tijdstip", h.tijdstip},
          {"reden", h.reden},     {"vorigeStatus", std::string(code(h.vorige_status))},
          {"periode", h.periode}, {"nieuwEind", optional_date(h.nieuw_eind)}};
}

json to_json(const beleidscyclus::Evaluatieconclusie& e) {
  return {{"id", e.id},
          {"regioId", e.regio_id},
          {"stapId", e.stap_id},
          {"periode", e.periode},
          {"tekst", e.tekst},
          {"datum", e.datum.iso()},
          {"raaktStapId", e.raakt_stap_id},
          {"raaktPeriode", e.raakt_periode},
          {"door", e.door}};
}

const auto kCyclusJson = [](const auto& x) { return to_json(x); };

// The regio and step ids of the path; nullopt (answer 404) when malformed.
struct StapPad {
  Id regio_id = 0;
  Id stap_id = 0;
};
std::optional<StapPad> stap_uit_pad(const Request& req) {
  auto regio_id = path_id(req, "id");
  auto stap_id = path_id(req, "stapId");
  if (!regio_id || !stap_id) return std::nullopt;
  return StapPad{*regio_id, *stap_id};
}

Response stap_response(const service::StapDetail& detail) {
  json body = to_json(detail.stap, detail.eigenaar_naam, detail.huidig, detail.te_laat);
  json documenten = json::array();
  for (const auto& d : detail.documenten) documenten.push_back(to_json(d));
  json besluiten = json::array();
  for (const auto& b : detail.besluiten) besluiten.push_back(to_json(b));
  json heropeningen = json::array();
  for (const auto& h : detail.heropeningen) heropeningen.push_back(to_json(h));
  json conclusies = json::array();
  for (const auto& e : detail.conclusies) conclusies.push_back(to_json(e));
  json rondes = json::array();
  for (const auto& r : detail.rondes) rondes.push_back(to_json(r));
  json planwijzigingen = json::array();
  for (const auto& p : detail.planwijzigingen) planwijzigingen.push_back(to_json(p));
  json geraakt = json::array();
  for (const auto& g : detail.geraakt_bij_heropenen) geraakt.push_back(g.id);
  body["product"] = detail.product ? to_json(*detail.product) : json(nullptr);
  body["geraaktBijHeropenen"] = geraakt;
  body["_embedded"] = {{"documenten", documenten},
                       {"besluiten", besluiten},
                       {"heropeningen", heropeningen},
                       {"evaluatieconclusies", conclusies},
                       {"rondes", rondes},
                       {"planwijzigingen", planwijzigingen}};
  Response response = json_response(200, body);
  set_etag(response, detail.stap.versie);
  return response;
}

Response get_beleidscyclus(const App& app, const Context& ctx, Request& req) {
  auto regio_id = path_id(req, "id");
  if (!regio_id) return not_found(req);
  auto cyclus = app.services.beleidscyclus->cyclus(ctx, *regio_id);
  if (!cyclus.ok()) return error_response(cyclus.error(), req);
  json stappen = json::array();
  for (const auto& s : cyclus->stappen) {
    auto naam = s.eigenaar_persoon_id ? cyclus->eigenaar_namen[*s.eigenaar_persoon_id] : "";
    bool te_laat =
        std::find(cyclus->te_laat.begin(), cyclus->te_laat.end(), s.id) != cyclus->te_laat.end();
    stappen.push_back(to_json(s, naam, cyclus->huidige_stap_id == s.id, te_laat));
  }
  json conclusies = json::array();
  for (const auto& e : cyclus->evaluatieconclusies) conclusies.push_back(to_json(e));
  return json_response(
      200,
      {{"regioId", cyclus->regio_id},
       {"peildatum", cyclus->peildatum.iso()},
       {"huidigeStapId", cyclus->huidige_stap_id ? json(*cyclus->huidige_stap_id) : json(nullptr)},
       {"teLaat", cyclus->te_laat},
       {"_links",
        {{"self", {{"href", cyclus_pad(cyclus->regio_id)}}},
         {"evaluatieconclusies",
          {{"href", cyclus_pad(cyclus->regio_id) + "/evaluatieconclusies"}}}}},
       {"_embedded", {{"stappen", stappen}, {"evaluatieconclusies", conclusies}}}});
}

Response get_cyclusstap(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  auto detail = app.services.beleidscyclus->stap(ctx, pad->regio_id, pad->stap_id);
  if (!detail.ok()) return error_response(detail.error(), req);
  return stap_response(*detail);
}

Response put_cyclusstap(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  fields->erase("versie");
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  auto& service = *app.services.beleidscyclus;
  auto updated = service.update_stap(ctx, pad->regio_id, pad->stap_id, *versie, *fields);
  if (!updated.ok()) return error_response(updated.error(), req);
  auto detail = service.stap(ctx, pad->regio_id, pad->stap_id);
  if (!detail.ok()) return error_response(detail.error(), req);
  return stap_response(*detail);
}

Response post_cyclusdocument(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(
      app.services.beleidscyclus->create_document(ctx, pad->regio_id, pad->stap_id, *fields), req,
      req.path, kCyclusJson, false);
}

Response post_cyclusbesluit(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(
      app.services.beleidscyclus->create_besluit(ctx, pad->regio_id, pad->stap_id, *fields), req,
      req.path, kCyclusJson, false);
}

Response post_cyclusheropening(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.beleidscyclus->heropenen(ctx, pad->regio_id, pad->stap_id, *fields),
                 req, req.path, kCyclusJson, false);
}

Response list_evaluatieconclusies(const App& app, const Context& ctx, Request& req) {
  auto regio_id = path_id(req, "id");
  if (!regio_id) return not_found(req);
  auto list = app.services.beleidscyclus->evaluatieconclusies(ctx, *regio_id);
  if (!list.ok()) return error_response(list.error(), req);
  json items = json::array();
  for (const auto& e : *list) items.push_back(to_json(e));
  return unpaged_list(req.path, "evaluatieconclusies", std::move(items));
}

Response post_evaluatieconclusie(const App& app, const Context& ctx, Request& req) {
  auto regio_id = path_id(req, "id");
  if (!regio_id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.beleidscyclus->create_evaluatieconclusie(ctx, *regio_id, *fields),
                 req, req.path, kCyclusJson, false);
}

std::vector<std::string> productsoorten(bool alleen_producten) {
  std::vector<std::string> out;
  for (auto soort : beleidscyclus::alle_productsoorten()) {
    if (alleen_producten && (soort == beleidscyclus::ProductSoort::kBijdrage ||
                             soort == beleidscyclus::ProductSoort::kOverig ||
                             soort == beleidscyclus::ProductSoort::kEvaluatie)) {
      continue;
    }
    out.emplace_back(code(soort));
  }
  return out;
}

json nullable_enum(const std::vector<std::string>& codes) {
  json out = codes;
  out.push_back(nullptr);  // OpenAPI 3.0: null is one of the values
  return out;
}

json orgaan_prop(bool nullable) {
  json codes = json::array();
  for (auto o : beleidscyclus::alle_organen()) codes.push_back(std::string(code(o)));
  if (nullable) codes.push_back(nullptr);  // OpenAPI 3.0: null is one of the values
  json prop = {{"type", "string"},
               {"enum", codes},
               {"description", "B8-4: het orgaan dat het product vaststelde"}};
  if (nullable) prop["nullable"] = true;
  return prop;
}

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
      {"code", string_prop("B8-1: de rol van de stap in de cyclus, "
                           "bijvoorbeeld strategisch_beleidskader")},
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
      {"eigenaarPersoonId", nullable_int("Eigenaar: een persoon van het register")},
      {"eigenaarNaam", {{"type", "string"}, {"nullable", true}, {"description", "Naam eigenaar"}}},
      {"huidig", {{"type", "boolean"}, {"description", "De eerste stap die niet afgerond is"}}},
      {"teLaat", {{"type", "boolean"}, {"description", "Gepland eind verstreken, niet afgerond"}}},
      {"oorspronkelijkEind", nullable_date("B8-4: het gepland eind zoals eerst in deze ronde")},
      {"verschoven",
       {{"type", "boolean"},
        {"description", "B8-4: het gepland eind ligt later dan oorspronkelijk gepland"}}},
      {"vereistProduct",
       {{"type", "string"},
        {"nullable", true},
        {"enum", nullable_enum(productsoorten(true))},
        {"description", "B8-4: het product zonder welk de stap niet afgerond is"}}},
      {"versie", int_prop("Versie (ook de ETag)")},
      {"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}}};
  s["Cyclusstap"] = {{"type", "object"},
                     {"description", "B8-1: een stap van de Big 8-cyclus."},
                     {"properties", stap_props}};
  s["Cyclusdocument"] = {
      {"type", "object"},
      {"description", "B8-1: een document bij een stap (titel en link)."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"stapId", int_prop("Stap")},
        {"titel", string_prop("Titel")},
        {"link", string_prop("Webadres van het document", "uri")},
        {"door", string_prop("Toegevoegd door (account)")},
        {"toegevoegd", string_prop("Tijdstip (UTC)", "date-time")},
        {"periode", string_prop("B8-4: de ronde van de stap")},
        {"soort", enum_prop("B8-4: soort product of bijdrage", productsoorten(false))},
        {"vastgesteldDoor", orgaan_prop(true)},
        {"vastgesteldOp", nullable_date("B8-4: datum van vaststelling")}}}};
  s["CyclusdocumentInvoer"] = {
      {"type", "object"},
      {"required", {"titel", "link"}},
      {"properties",
       {{"titel", string_prop("Titel")},
        {"link", string_prop("Webadres (https:// of http://)", "uri")},
        {"soort", enum_prop("B8-4: standaard overig; een opdrachtgever voegt een bijdrage toe",
                            productsoorten(false))},
        {"vastgesteldDoor", orgaan_prop(true)},
        {"vastgesteldOp", nullable_date("B8-4: samen met vastgesteldDoor")}}}};
  s["Cyclusronde"] = {
      {"type", "object"},
      {"description", "B8-4: een ronde die de stap heeft verlaten, zoals hij toen was."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"stapId", int_prop("Stap")},
        {"periode", string_prop("De ronde")},
        {"status", enum_prop("Status aan het eind van de ronde", stap_statussen())},
        {"geplandBegin", nullable_date("Gepland begin")},
        {"geplandEind", nullable_date("Gepland eind")},
        {"oorspronkelijkEind", nullable_date("Oorspronkelijk gepland eind")},
        {"werkelijkBegin", nullable_date("Werkelijk begin")},
        {"werkelijkEind", nullable_date("Werkelijk eind")},
        {"eigenaarPersoonId", nullable_int("Eigenaar")},
        {"afgesloten", string_prop("Toen de volgende ronde begon (UTC)", "date-time")},
        {"door", string_prop("Wie de volgende ronde begon")}}}};
  s["Planwijziging"] = {
      {"type", "object"},
      {"description", "B8-4: een verschuiving van het gepland eind binnen een ronde, met reden."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"stapId", int_prop("Stap")},
        {"periode", string_prop("De ronde")},
        {"van", nullable_date("Gepland eind daarvoor")},
        {"naar", nullable_date("Gepland eind daarna")},
        {"reden", string_prop("Reden")},
        {"door", string_prop("Gewijzigd door")},
        {"tijdstip", string_prop("Tijdstip (UTC)", "date-time")}}}};
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
                       {"periode", string_prop("De heropende periode")},
                       {"nieuwEind", nullable_date("B8-4: de nieuwe deadline")}}}};
  s["HeropeningInvoer"] = {
      {"type", "object"},
      {"required", {"reden", "geplandEind"}},
      {"properties",
       {{"reden", string_prop("Waarom de stap wordt bijgesteld")},
        {"geplandEind", string_prop("B8-4: de nieuwe deadline, vanaf vandaag", "date")}}}};
  s["CyclusstapDetail"] = {
      {"description", "B8-1: een stap met documenten, besluiten, heropeningen en rondes."},
      {"allOf",
       {ref("Cyclusstap"),
        {{"type", "object"},
         {"properties",
          {{"product",
            {{"allOf", {ref("Cyclusdocument")}},
             {"nullable", true},
             {"description", "B8-4: het vastgestelde product van deze ronde"}}},
           {"geraaktBijHeropenen",
            {{"type", "array"},
             {"items", int_prop("Stap")},
             {"description", "B8-4: latere stappen die bezig of afgerond zijn"}}},
           {"_embedded",
            {{"type", "object"},
             {"properties",
              {{"documenten", {{"type", "array"}, {"items", ref("Cyclusdocument")}}},
               {"besluiten", {{"type", "array"}, {"items", ref("Cyclusbesluit")}}},
               {"heropeningen", {{"type", "array"}, {"items", ref("Heropening")}}},
               {"evaluatieconclusies",
                {{"type", "array"},
                 {"items", ref("Evaluatieconclusie")},
                 {"description", "B8-2: de conclusies die deze stap veranderen"}}},
               {"rondes", {{"type", "array"}, {"items", ref("Cyclusronde")}}},
               {"planwijzigingen", {{"type", "array"}, {"items", ref("Planwijziging")}}}}}}}}}}}}};
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
        {"redenPlanwijziging",
         string_prop("B8-4: verplicht als het gepland eind binnen de ronde verschuift")},
        {"eigenaarPersoonId", nullable_int("Eigenaar")}}}};
  s["Evaluatieconclusie"] = {
      {"type", "object"},
      {"description",
       "B8-2: een conclusie uit de evaluatie (stap 8) voor een "
       "volgende ronde."},
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
        {"huidigeStapId", nullable_int("De huidige positie: de eerste stap die niet afgerond is")},
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

}  // namespace

void add_beleidscyclus_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json stap = {param_ref("id"), param_ref("stapId")};
  const json stap_match = {param_ref("id"), param_ref("stapId"), param_ref("ifMatch")};
  const std::string basis = "/regios/{id}/beleidscyclus";
  r.add_tag("Beleidscyclus", "De Big 8-cyclus per regio");
  r.add_schemas(beleidscyclus_schemas());
  r.add("GET", basis, get_beleidscyclus,
        op("getBeleidscyclus", "Beleidscyclus", "De Big 8-cyclus",
           "B8-1: de acht stappen van de regio met status, datums en eigenaar, "
           "de huidige positie, "
           "de stappen die te laat zijn en de evaluatieconclusies (B8-2).",
           merge(ok("Beleidscyclus", "De cyclus.", false), problems({401, 404, 503})), id));
  r.add("GET", basis + "/stappen/{stapId}", get_cyclusstap,
        op("getCyclusstap", "Beleidscyclus", "Eén stap",
           "B8-1: een stap met documenten, besluiten en heropeningen (B8-3); B8-4: het "
           "vastgestelde product, de eerdere rondes, de verschuivingen van de planning en de "
           "latere stappen die een heropening raakt.",
           merge(ok("CyclusstapDetail", "De stap."), problems({401, 404, 503})), stap));
  r.add(
      "PUT", basis + "/stappen/{stapId}", put_cyclusstap,
      op("putCyclusstap", "Beleidscyclus", "Stap wijzigen",
         "B8-1: label, positie, periode, status, datums en eigenaar; met "
         "If-Match. Beheerder, "
         "directie en accountmanager.",
         merge(ok("CyclusstapDetail", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
         stap_match, "CyclusstapInvoer"));
  r.add("POST", basis + "/stappen/{stapId}/documenten", post_cyclusdocument,
        op("postCyclusdocument", "Beleidscyclus", "Document toevoegen",
           "B8-1: een document bij de stap: titel en link; B8-4: soort, en bij een product wie "
           "het vaststelde en wanneer. Opdrachtgevers voegen bijdragen toe.",
           merge(ok("Cyclusdocument", "Aangemaakt.", false, 201, true),
                 problems({400, 401, 403, 404, 503})),
           stap, "CyclusdocumentInvoer"));
  r.add("POST", basis + "/stappen/{stapId}/besluiten", post_cyclusbesluit,
        op("postCyclusbesluit", "Beleidscyclus", "Besluit vastleggen",
           "B8-1: een besluit bij de stap.",
           merge(ok("Cyclusbesluit", "Aangemaakt.", false, 201, true),
                 problems({400, 401, 403, 404, 503})),
           stap, "CyclusbesluitInvoer"));
  r.add("POST", basis + "/stappen/{stapId}/heropeningen", post_cyclusheropening,
        op("postHeropening", "Beleidscyclus", "Beleidsstap heropenen",
           "B8-3: een afgeronde beleidsstap (1-3) tussentijds heropenen, met "
           "reden. Wie, wanneer, "
           "waarom en de vorige status blijven bewaard.",
           merge(ok("Heropening", "Heropend.", false, 201, true),
                 problems({400, 401, 403, 404, 503})),
           stap, "HeropeningInvoer"));
  r.add("GET", basis + "/evaluatieconclusies", list_evaluatieconclusies,
        op("listEvaluatieconclusies", "Beleidscyclus", "Evaluatieconclusies",
           "B8-2: de conclusies uit de evaluatie met de stap en periode die ze "
           "veranderen.",
           merge(ok_list("EvaluatieconclusieLijst", "Alle conclusies."), problems({401, 404, 503})),
           id));
  r.add("POST", basis + "/evaluatieconclusies", post_evaluatieconclusie,
        op("postEvaluatieconclusie", "Beleidscyclus", "Evaluatieconclusie vastleggen",
           "B8-2: vastgelegd op de evaluatiestap (8) in haar huidige periode.",
           merge(ok("Evaluatieconclusie", "Aangemaakt.", false, 201, true),
                 problems({400, 401, 403, 404, 503})),
           id, "EvaluatieconclusieInvoer"));
}

}  // namespace regie::web::api
