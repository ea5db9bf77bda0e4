// UP-3 over the API: the producten- en dienstencatalogus of the regio per year and its
// verdeelsleutels, read by everyone of the regio; products added, changed (If-Match) and
// deleted, and a year copied from another, by the keepers of the catalogue. A year whose
// uitvoeringsprogramma is vastgesteld is read-only (UP-4).
#include <map>

#include "domain/validation.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;
using programma::Product;
using programma::Verdeelsleutel;

std::string product_href(Id id) { return "/api/v1/producten/" + std::to_string(id); }

json product_json(const Product& p) {
  return {{"id", p.id},
          {"regioId", p.regio_id},
          {"jaar", p.jaar},
          {"productcode", p.code},
          {"naam", p.naam},
          {"taakveld", p.taakveld},
          {"taak", std::string(programma::code(p.taak))},
          {"afrekenwijze", std::string(programma::code(p.afrekenwijze))},
          {"normuren", static_cast<double>(p.normuren) / 100.0},
          {"uurtarief", p.uurtarief_cents},
          {"prijsPerStuk", programma::prijs_per_eenheid_cents(p)},
          {"verdeelsleutel", p.verdeelsleutel.empty() ? json(nullptr) : json(p.verdeelsleutel)},
          {"versie", p.versie},
          {"_links", {{"self", {{"href", product_href(p.id)}}}}}};
}

Response list_producten(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto jaar = jaar_uit(req, bad);
  if (!jaar) return bad;
  auto c = app.services.catalogus->catalogus(ctx, *jaar);
  if (!c.ok()) return error_response(c.error(), req);
  json items = json::array();
  for (const auto& p : c->producten) items.push_back(product_json(p));
  json jaren = json::array();
  for (const auto& j : c->jaren) jaren.push_back({{"jaar", j.jaar}, {"producten", j.producten}});
  return unpaged_list(req.path, "producten", std::move(items),
                      {{"jaar", c->jaar}, {"jaren", jaren}, {"magWijzigen", c->mag_wijzigen}});
}

std::string sleutel_href(Id id) { return "/api/v1/verdeelsleutels/" + std::to_string(id); }

json sleutel_json(const Verdeelsleutel& k, const std::map<Id, std::string>& namen) {
  json aandelen = json::array();
  for (const auto& a : k.aandelen) {
    auto naam = namen.find(a.organisatie_id);
    json aandeel = {{"organisatieId", a.organisatie_id},
                    {"naam", naam == namen.end() ? std::string() : naam->second},
                    {"gewicht", a.gewicht}};
    if (k.soort == programma::SleutelSoort::kPercentage) {
      aandeel["percentage"] = static_cast<double>(a.gewicht) / 100.0;
    }
    aandelen.push_back(std::move(aandeel));
  }
  return {{"id", k.id},
          {"sleutelcode", k.code},
          {"naam", k.naam},
          {"jaar", k.jaar},
          {"soort", std::string(programma::code(k.soort))},
          {"eenheid", k.eenheid.empty() ? json(nullptr) : json(k.eenheid)},
          {"aandelen", aandelen},
          {"versie", k.versie},
          {"_links", {{"self", {{"href", sleutel_href(k.id)}}}}}};
}

std::map<Id, std::string> deelnemernamen(const service::Catalogus& c) {
  std::map<Id, std::string> namen;
  for (const auto& d : c.deelnemers) namen[d.id] = d.naam;
  return namen;
}

Response list_sleutels(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto jaar = jaar_uit(req, bad);
  if (!jaar) return bad;
  auto c = app.services.catalogus->catalogus(ctx, *jaar);
  if (!c.ok()) return error_response(c.error(), req);
  const auto namen = deelnemernamen(*c);
  json items = json::array();
  for (const auto& k : c->sleutels) items.push_back(sleutel_json(k, namen));
  return unpaged_list(req.path, "verdeelsleutels", std::move(items), {{"jaar", c->jaar}});
}

// A key (read again with the names of its year's deelnemers) as the API answers it.
json sleutel_antwoord(const App& app, const Context& ctx, const Verdeelsleutel& k) {
  auto c = app.services.catalogus->catalogus(ctx, k.jaar);
  return sleutel_json(k, c.ok() ? deelnemernamen(*c) : std::map<Id, std::string>{});
}

// The body of a key: its members, and each row of aandelen ({organisatieId, waarde}) as the
// field aandeel-<organisatieId> the domain reads. `rijen`: the row of each such field, so that
// an error on a share is named as the body names it ("aandelen[2].waarde").
Result<Fields> decode_sleutel(const std::string& body, std::map<std::string, std::string>& rijen) {
  auto decoded = decode_json_body(body, {{"aandelen"}, {}});
  if (!decoded.ok()) return decoded.error();
  Fields fields = std::move(decoded->fields);
  auto lijst = decoded->lijsten.find("aandelen");
  if (lijst == decoded->lijsten.end()) return fields;
  for (std::size_t i = 0; i < lijst->second.size(); ++i) {
    const Fields& rij = lijst->second[i];
    const std::string prefix = "aandelen[" + std::to_string(i + 1) + "].";
    for (const auto& e : rij.decode_errors) {
      fields.decode_errors.push_back({prefix + e.field, e.key});
    }
    validation::Reader r(rij);
    auto id = r.required_id("organisatieId");
    for (const auto& e : r.errors()) fields.decode_errors.push_back({prefix + e.field, e.key});
    if (!r.ok()) continue;
    const std::string veld = programma::aandeel_veld(id);
    if (fields.count(veld) != 0) {
      fields.decode_errors.push_back({prefix + "organisatieId", "fout.dubbel"});
      continue;
    }
    fields[veld] = field(rij, "waarde").value_or("");
    if (auto k = rij.json_kinds.find("waarde"); k != rij.json_kinds.end()) {
      fields.json_kinds[veld] = k->second;
    }
    rijen[veld] = prefix + "waarde";
  }
  return fields;
}

// The answer to a write of a key: its errors named as the body names them.
Response sleutel_geschreven(const App& app, const Context& ctx, const Request& req,
                            Result<Verdeelsleutel> r,
                            const std::map<std::string, std::string>& rijen, int status) {
  if (!r.ok()) {
    Error e = r.error();
    for (auto& f : e.fields) {
      if (auto it = rijen.find(f.field); it != rijen.end()) f.field = it->second;
    }
    return error_response(e, req);
  }
  Response out = json_response(status, sleutel_antwoord(app, ctx, *r));
  set_etag(out, r->versie);
  if (status == 201) out.set_header("Location", sleutel_href(r->id));
  return out;
}

Response get_sleutel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto k = app.services.catalogus->sleutel(ctx, *id);
  return sleutel_geschreven(app, ctx, req, std::move(k), {}, 200);
}

Response post_sleutel(const App& app, const Context& ctx, Request& req) {
  std::map<std::string, std::string> rijen;
  auto fields = decode_sleutel(req.body, rijen);
  if (!fields.ok()) return error_response(fields.error(), req);
  return sleutel_geschreven(app, ctx, req, app.services.catalogus->create_sleutel(ctx, *fields),
                            rijen, 201);
}

Response put_sleutel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  std::map<std::string, std::string> rijen;
  auto fields = decode_sleutel(req.body, rijen);
  if (!fields.ok()) return error_response(fields.error(), req);
  return sleutel_geschreven(app, ctx, req,
                            app.services.catalogus->update_sleutel(ctx, *id, *versie, *fields),
                            rijen, 200);
}

Response delete_sleutel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return no_content(app.services.catalogus->delete_sleutel(ctx, *id, *versie), req);
}

Response get_product(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.catalogus->product(ctx, *id), req, product_json);
}

Response post_product(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.catalogus->create_product(ctx, *fields), req, "/api/v1/producten",
                 product_json);
}

Response put_product(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return single(app.services.catalogus->update_product(ctx, *id, *versie, *fields), req,
                product_json);
}

Response delete_product(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return no_content(app.services.catalogus->delete_product(ctx, *id, *versie), req);
}

Response post_jaar(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto jaar = app.services.catalogus->jaar_kopieren(ctx, *fields);
  if (!jaar.ok()) return error_response(jaar.error(), req);
  Response r = json_response(201, {{"jaar", jaar->jaar}, {"producten", jaar->producten}});
  r.set_header("Location", "/api/v1/producten?jaar=" + std::to_string(jaar->jaar));
  return r;
}

json catalogus_schemas() {
  const json links = {{"type", "object"}, {"properties", {{"self", ref("Link")}}}};
  const json eurocent = {{"type", "integer"}, {"format", "int64"}, {"description", "Eurocenten"}};
  json s;
  s["Product"] = {
      {"type", "object"},
      {"description", "UP-3: een product of dienst van de catalogus van een jaar."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"regioId", int_prop("De regio")},
        {"jaar", int_prop("Het jaar van de catalogus")},
        {"productcode", string_prop("Code, uniek in het jaar")},
        {"naam", string_prop("Naam")},
        {"taakveld", string_prop("Taakveld")},
        {"taak", enum_prop("Basistaak of plustaak", {"basistaak", "plustaak"})},
        {"afrekenwijze", enum_prop("Afrekenwijze", {"kental", "regionaal", "maatwerk"})},
        {"normuren", {{"type", "number"}, {"description", "Normuren per stuk (kental)"}}},
        {"uurtarief", eurocent},
        {"prijsPerStuk", eurocent},
        {"verdeelsleutel",
         {{"type", "string"}, {"nullable", true}, {"description", "Sleutel (regionaal)"}}},
        {"versie", int_prop("Versie voor If-Match")},
        {"_links", links}}}};
  s["ProductInvoer"] = {
      {"type", "object"},
      {"required", {"productcode", "naam", "taakveld", "taak", "afrekenwijze"}},
      {"properties",
       {{"jaar", int_prop("Het jaar (alleen bij toevoegen)")},
        {"productcode", string_prop("Code: letters, cijfers, punt, streepje")},
        {"naam", string_prop("Naam")},
        {"taakveld", string_prop("Taakveld")},
        {"taak", enum_prop("Basistaak of plustaak", {"basistaak", "plustaak"})},
        {"afrekenwijze", enum_prop("Afrekenwijze", {"kental", "regionaal", "maatwerk"})},
        {"normuren", {{"type", "number"}, {"description", "Normuren per stuk; alleen kental"}}},
        {"uurtarief", eurocent},
        {"verdeelsleutel", string_prop("Alleen regionaal; standaard inwonertal")}}}};
  s["ProductLijst"] = {
      {"type", "object"},
      {"description", "De catalogus van een jaar (niet gepagineerd)."},
      {"properties",
       {{"_links", links},
        {"_embedded",
         {{"type", "object"},
          {"properties", {{"producten", {{"type", "array"}, {"items", ref("Product")}}}}}}},
        {"jaar", int_prop("Het jaar")},
        {"jaren",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"jaar", int_prop("Jaar")}, {"producten", int_prop("Aantal producten")}}}}}}},
        {"magWijzigen",
         {{"type", "boolean"}, {"description", "Of de vrager de catalogus beheert"}}}}}};
  // Built level by level: deeply nested initializer lists of json are slow to analyse.
  json aandeel = {{"type", "object"}};
  aandeel["properties"] = {
      {"organisatieId", int_prop("De deelnemer")},
      {"naam", string_prop("Naam van de deelnemer")},
      {"gewicht", int_prop("Gewicht: bij inwonertal het aantal inwoners, bij een vast percentage "
                           "honderdsten van een procent (samen 10000)")},
      {"percentage", {{"type", "number"}, {"description", "Alleen bij een vast percentage"}}}};
  json soort = enum_prop("Inwonertal (uit het register), een vast percentage of een eigen gewicht",
                         {"inwonertal", "percentage", "gewicht"});
  json sleutel = {{"type", "object"},
                  {"description", "UP-3: een verdeelsleutel van een jaar (beslissing 44)."}};
  sleutel["properties"] = {
      {"id", int_prop("Identificatie")},
      {"sleutelcode", string_prop("Code, zoals inwonertal; een product noemt de sleutel zo")},
      {"naam", string_prop("Naam")},
      {"jaar", int_prop("Jaar")},
      {"soort", soort},
      {"eenheid",
       {{"type", "string"}, {"nullable", true}, {"description", "Wat een eigen gewicht telt"}}},
      {"versie", int_prop("Versie voor If-Match")},
      {"_links", links}};
  sleutel["properties"]["aandelen"] = {{"type", "array"}, {"items", aandeel}};
  s["Verdeelsleutel"] = sleutel;
  json invoer_aandeel = {{"type", "object"}, {"required", {"organisatieId"}}};
  invoer_aandeel["properties"] = {
      {"organisatieId", int_prop("Een deelnemer van het jaar")},
      {"waarde",
       {{"type", "number"},
        {"description",
         "Percentage met hoogstens twee decimalen (samen 100), of een heel getal als gewicht; "
         "een deelnemer zonder rij krijgt 0"}}}};
  json invoer = {{"type", "object"}, {"required", {"naam", "soort"}}};
  invoer["properties"] = {
      {"jaar", int_prop("Het jaar (alleen bij toevoegen)")},
      {"sleutelcode", string_prop("Code (alleen bij toevoegen; niet inwonertal)")},
      {"naam", string_prop("Naam")},
      {"soort", enum_prop("Vast percentage of eigen gewicht; blijft bij wijzigen",
                          {"percentage", "gewicht"})},
      {"eenheid", string_prop("Alleen bij gewicht: wat er geteld wordt")}};
  invoer["properties"]["aandelen"] = {{"type", "array"}, {"items", invoer_aandeel}};
  s["VerdeelsleutelInvoer"] = invoer;
  json embedded = {{"type", "object"}};
  embedded["properties"]["verdeelsleutels"] = {{"type", "array"}, {"items", ref("Verdeelsleutel")}};
  s["VerdeelsleutelLijst"] = {
      {"type", "object"},
      {"description", "De verdeelsleutels van een jaar met het gewicht van elke deelnemer."}};
  s["VerdeelsleutelLijst"]["properties"] = {
      {"_links", links}, {"jaar", int_prop("Het jaar")}, {"_embedded", embedded}};
  s["CatalogusjaarInvoer"] = {
      {"type", "object"},
      {"required", {"jaar", "vanJaar"}},
      {"properties",
       {{"jaar", int_prop("Het nieuwe jaar, nog zonder producten")},
        {"vanJaar", int_prop("Het jaar waarvan producten en sleutels worden overgenomen")}}}};
  s["Catalogusjaar"] = {
      {"type", "object"},
      {"properties",
       {{"jaar", int_prop("Het nieuwe jaar")}, {"producten", int_prop("Overgenomen producten")}}}};
  return s;
}

}  // namespace

void add_catalogus_api(ApiRoutes& r) {
  const std::string tag = "Productcatalogus";
  r.add_tag(tag, "UP-3: de producten- en dienstencatalogus per jaar en de verdeelsleutels.");
  r.add_schemas(catalogus_schemas());
  const json id = {param_ref("id")};
  const json jaar = {query_param("jaar", "Het jaar; zonder: het nieuwste jaar met producten",
                                 {{"type", "integer"}, {"format", "int32"}})};
  r.add("GET", "/producten", list_producten,
        op("listProducten", tag, "Catalogus van een jaar", "UP-3: op taakveld, dan code.",
           merge(ok_list("ProductLijst", "De producten."), problems({400, 401, 503})), jaar));
  r.add(
      "POST", "/producten", post_product,
      op("postProduct", tag, "Product toevoegen",
         "UP-3: door de beheerders van de catalogus, in een jaar dat niet vastligt.",
         merge(ok("Product", "Toegevoegd.", true, 201, true), problems({400, 401, 403, 409, 503})),
         json::array(), "ProductInvoer"));
  r.add("GET", "/producten/{id}", get_product,
        op("getProduct", tag, "Product", "UP-3: een product met zijn prijs per stuk.",
           merge(ok("Product", "Het product."), problems({401, 404, 503})), id));
  r.add("PUT", "/producten/{id}", put_product,
        op("putProduct", tag, "Product wijzigen",
           "UP-3: met If-Match; niet in een jaar waarvan het programma is vastgesteld.",
           merge(ok("Product", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})), id,
           "ProductInvoer"));
  r.add("DELETE", "/producten/{id}", delete_product,
        op("deleteProduct", tag, "Product verwijderen",
           "UP-3: met If-Match; niet in een jaar waarvan het programma is vastgesteld.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), id));
  r.add("GET", "/verdeelsleutels", list_sleutels,
        op("listVerdeelsleutels", tag, "Verdeelsleutels van een jaar",
           "UP-3: elke sleutel met het gewicht van elke deelnemer.",
           merge(ok_list("VerdeelsleutelLijst", "De sleutels."), problems({400, 401, 503})), jaar));
  r.add("POST", "/verdeelsleutels", post_sleutel,
        op("postVerdeelsleutel", tag, "Verdeelsleutel toevoegen",
           "UP-3: een eigen sleutel van de regio (vast percentage of gewicht) in een jaar dat "
           "niet vastligt, door de beheerders van de catalogus.",
           merge(ok("Verdeelsleutel", "Toegevoegd.", true, 201, true),
                 problems({400, 401, 403, 409, 503})),
           json::array(), "VerdeelsleutelInvoer"));
  r.add("GET", "/verdeelsleutels/{id}", get_sleutel,
        op("getVerdeelsleutel", tag, "Verdeelsleutel", "UP-3: een sleutel met zijn aandelen.",
           merge(ok("Verdeelsleutel", "De sleutel."), problems({401, 404, 503})), id));
  r.add("PUT", "/verdeelsleutels/{id}", put_sleutel,
        op("putVerdeelsleutel", tag, "Verdeelsleutel wijzigen",
           "UP-3: met If-Match; naam, eenheid en aandelen van een eigen sleutel. Inwonertal komt "
           "uit het register (409).",
           merge(ok("Verdeelsleutel", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
           id, "VerdeelsleutelInvoer"));
  r.add("DELETE", "/verdeelsleutels/{id}", delete_sleutel,
        op("deleteVerdeelsleutel", tag, "Verdeelsleutel verwijderen",
           "UP-3: met If-Match; niet zolang een product van het jaar ermee verdeeld wordt.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), id));
  r.add("POST", "/catalogusjaren", post_jaar,
        op("postCatalogusjaar", tag, "Jaar overnemen",
           "UP-3: een nieuw jaar begint als kopie van een ander, met producten en sleutels.",
           merge(ok("Catalogusjaar", "Overgenomen.", false, 201, true),
                 problems({400, 401, 403, 503})),
           json::array(), "CatalogusjaarInvoer"));
}

}  // namespace regie::web::api
