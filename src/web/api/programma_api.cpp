// UP-1, UP-2, UP-4 over the API: the uitvoeringsprogramma's of the regio with their doelen and
// regels (each regel with the hours and amount the catalogue gives it), the begroting per
// deelnemer explained line by line, and the writes of the keepers: a new programme, doelen and
// regels (each write names the programme's ETag in If-Match), vaststellingen and bijstellingen.
#include "domain/programma/begroting.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;
using programma::Programmaregel;
using programma::Uitvoeringsprogramma;

std::string programma_href(Id id) { return "/api/v1/uitvoeringsprogrammas/" + std::to_string(id); }

json doel_json(const Uitvoeringsprogramma& p, const programma::Doel& d) {
  json indicatoren = json::array();
  for (const auto& i : d.indicatoren) {
    indicatoren.push_back({{"naam", i.naam},
                           {"eenheid", i.eenheid},
                           {"nulwaarde", static_cast<double>(i.nulwaarde) / 100.0},
                           {"streefwaarde", static_cast<double>(i.streefwaarde) / 100.0},
                           {"meetmethode", i.meetmethode}});
  }
  return {{"nummer", d.nummer},
          {"titel", d.titel},
          {"beoogdEffect", d.beoogd_effect},
          {"indicatoren", indicatoren},
          {"_links",
           {{"self", {{"href", programma_href(p.id) + "/doelen/" + std::to_string(d.nummer)}}}}}};
}

json regel_json(const Uitvoeringsprogramma& p, std::size_t index,
                const std::vector<programma::Product>& producten) {
  const Programmaregel& g = p.regels[index];
  json out = {
      {"nummer", index + 1},
      {"productcode", g.productcode},
      {"deelnemerId", g.deelnemer_id == 0 ? json(nullptr) : json(g.deelnemer_id)},
      {"aantal", g.aantal},
      {"uren", static_cast<double>(g.uren) / 100.0},
      {"bedrag", g.bedrag_cents ? json(*g.bedrag_cents) : json(nullptr)},
      {"reden", g.reden},
      {"doel", g.doel == 0 ? json(nullptr) : json(g.doel)},
      {"berekend", nullptr},
      {"_links",
       {{"self", {{"href", programma_href(p.id) + "/regels/" + std::to_string(index + 1)}}}}}};
  for (const auto& product : producten) {
    if (product.code != g.productcode) continue;
    auto b = programma::bereken_regel(g, product);
    if (!b.ok()) break;
    out["berekend"] = {
        {"uren", static_cast<double>(b->uren) / 100.0},
        {"bedrag", b->bedrag_cents},
        {"handmatig", b->handmatig},
        {"soort", b->soort == programma::RegelSoort::kCollectief ? "collectief" : "specifiek"}};
  }
  return out;
}

json programma_json(const Uitvoeringsprogramma& p,
                    const std::vector<programma::Product>& producten = {}) {
  json doelen = json::array();
  for (const auto& d : p.doelen) doelen.push_back(doel_json(p, d));
  json regels = json::array();
  for (std::size_t i = 0; i < p.regels.size(); ++i) regels.push_back(regel_json(p, i, producten));
  return {{"id", p.id},
          {"regioId", p.regio_id},
          {"jaar", p.jaar},
          {"totJaar", p.tot_jaar},
          {"versienummer", p.versienummer},
          {"titel", p.titel},
          {"status", std::string(programma::code(p.status))},
          {"vastgesteldDoor", p.vastgesteld_door
                                  ? json(std::string(beleidscyclus::code(*p.vastgesteld_door)))
                                  : json(nullptr)},
          {"vastgesteldOp", optional_date(p.vastgesteld_op)},
          {"redenBijstelling", p.reden_bijstelling},
          {"doelen", doelen},
          {"regels", regels},
          {"versie", p.versie},
          {"_links",
           {{"self", {{"href", programma_href(p.id)}}},
            {"begroting", {{"href", programma_href(p.id) + "/begroting"}}}}}};
}

Response list_programmas(const App& app, const Context& ctx, Request& req) {
  auto lijst = app.services.programmas->programmas(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& p : *lijst) items.push_back(programma_json(p));
  return unpaged_list(req.path, "uitvoeringsprogrammas", std::move(items));
}

// The programme with the catalogue of its year, so that every regel carries its amount.
Response programma_antwoord(const App& app, const Context& ctx, const Request& req, Id id,
                            int status) {
  auto d = app.services.programmas->programma(ctx, id);
  if (!d.ok()) return error_response(d.error(), req);
  Response r = json_response(status, programma_json(d->programma, d->producten));
  set_etag(r, d->programma.versie);
  return r;
}

Response get_programma(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return programma_antwoord(app, ctx, req, *id, 200);
}

Response post_programma(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto p = app.services.programmas->create(ctx, *fields);
  if (!p.ok()) return error_response(p.error(), req);
  Response r = programma_antwoord(app, ctx, req, p->id, 201);
  r.set_header("Location", programma_href(p->id));
  return r;
}

// The programme as saved (200, or 201 with `location`), or the problem.
Response na_schrijven(const App& app, const Context& ctx, const Request& req,
                      const Result<Uitvoeringsprogramma>& saved, int status = 200,
                      const std::string& location = "") {
  if (!saved.ok()) return error_response(saved.error(), req);
  Response r = programma_antwoord(app, ctx, req, saved->id, status);
  if (!location.empty()) r.set_header("Location", location);
  return r;
}

Response get_doel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto nummer = path_id(req, "nummer");
  if (!id || !nummer) return not_found(req);
  auto d = app.services.programmas->programma(ctx, *id);
  if (!d.ok()) return error_response(d.error(), req);
  for (const auto& doel : d->programma.doelen) {
    if (doel.nummer == *nummer) {
      Response r = json_response(200, doel_json(d->programma, doel));
      set_etag(r, d->programma.versie);
      return r;
    }
  }
  return not_found(req);
}

Response post_programmadoel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, true, bad);
  if (!s) return bad;
  auto saved = app.services.programmas->doel_toevoegen(ctx, s->id, s->versie, s->fields);
  std::string location;
  if (saved.ok() && !saved->doelen.empty()) {
    location = programma_href(s->id) + "/doelen/" + std::to_string(saved->doelen.back().nummer);
  }
  return na_schrijven(app, ctx, req, saved, 201, location);
}

Response put_doel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, true, bad);
  if (!s) return bad;
  auto nummer = path_id(req, "nummer");
  if (!nummer) return not_found(req);
  return na_schrijven(
      app, ctx, req,
      app.services.programmas->doel_wijzigen(ctx, s->id, s->versie, *nummer, s->fields));
}

Response delete_programmadoel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, false, bad);
  if (!s) return bad;
  auto nummer = path_id(req, "nummer");
  if (!nummer) return not_found(req);
  auto weg = app.services.programmas->doel_verwijderen(ctx, s->id, s->versie, *nummer);
  return no_content(weg.ok() ? Result<void>(Ok()) : Result<void>(weg.error()), req);
}

Response get_regel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto nummer = path_id(req, "nummer");
  if (!id || !nummer) return not_found(req);
  auto d = app.services.programmas->programma(ctx, *id);
  if (!d.ok()) return error_response(d.error(), req);
  if (*nummer < 1 || static_cast<std::size_t>(*nummer) > d->programma.regels.size()) {
    return not_found(req);
  }
  Response r = json_response(
      200, regel_json(d->programma, static_cast<std::size_t>(*nummer - 1), d->producten));
  set_etag(r, d->programma.versie);
  return r;
}

Response post_regel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, true, bad);
  if (!s) return bad;
  auto saved = app.services.programmas->regel_toevoegen(ctx, s->id, s->versie, s->fields);
  std::string location;
  if (saved.ok()) {
    location = programma_href(s->id) + "/regels/" + std::to_string(saved->regels.size());
  }
  return na_schrijven(app, ctx, req, saved, 201, location);
}

Response put_regel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, true, bad);
  if (!s) return bad;
  auto nummer = path_id(req, "nummer");
  if (!nummer) return not_found(req);
  return na_schrijven(
      app, ctx, req,
      app.services.programmas->regel_wijzigen(ctx, s->id, s->versie, *nummer, s->fields));
}

Response delete_regel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, false, bad);
  if (!s) return bad;
  auto nummer = path_id(req, "nummer");
  if (!nummer) return not_found(req);
  auto weg = app.services.programmas->regel_verwijderen(ctx, s->id, s->versie, *nummer);
  return no_content(weg.ok() ? Result<void>(Ok()) : Result<void>(weg.error()), req);
}

Response post_vaststelling(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, true, bad);
  if (!s) return bad;
  return na_schrijven(app, ctx, req,
                      app.services.programmas->vaststellen(ctx, s->id, s->versie, s->fields));
}

Response post_bijstelling(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto s = schrijven(req, true, bad);
  if (!s) return bad;
  auto saved = app.services.programmas->bijstellen(ctx, s->id, s->versie, s->fields);
  return na_schrijven(app, ctx, req, saved, 201,
                      saved.ok() ? programma_href(saved->id) : std::string());
}

json totaal_json(const programma::Totaal& t) {
  return {{"taakveld", t.taakveld},
          {"collectief", t.collectief_cents},
          {"specifiek", t.specifiek_cents},
          {"totaal", t.collectief_cents + t.specifiek_cents}};
}

Response get_begroting(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto o = app.services.programmas->begroting(ctx, *id);
  if (!o.ok()) return error_response(o.error(), req);
  const auto& b = o->begroting;
  std::map<Id, const programma::DeelnemerVergelijking*> vorig;
  for (const auto& v : o->vergelijking) vorig[v.organisatie_id] = &v;
  json deelnemers = json::array();
  for (const auto& d : b.deelnemers) {
    json posten = json::array();
    for (const auto& p : d.posten) {
      posten.push_back(
          {{"regel", p.regel + 1},
           {"productcode", p.productcode},
           {"product", p.productnaam},
           {"taakveld", p.taakveld},
           {"afrekenwijze", std::string(programma::code(p.afrekenwijze))},
           {"soort", p.soort == programma::RegelSoort::kCollectief ? "collectief" : "specifiek"},
           {"verdeelsleutel", p.sleutel.empty() ? json(nullptr) : json(p.sleutel)},
           {"restcent", p.restcent},
           {"bedrag", p.bedrag_cents},
           {"uitleg", programma::uitleg(p)}});
    }
    json per_taakveld = json::array();
    for (const auto& t : d.per_taakveld) per_taakveld.push_back(totaal_json(t));
    json item = {{"organisatieId", d.organisatie_id},
                 {"naam", d.naam},
                 {"collectief", d.collectief_cents},
                 {"specifiek", d.specifiek_cents},
                 {"totaal", d.totaal_cents},
                 {"perTaakveld", per_taakveld},
                 {"posten", posten},
                 {"vorigJaar", nullptr}};
    if (auto it = vorig.find(d.organisatie_id); it != vorig.end()) {
      json verschillen = json::array();
      for (const auto& pv : it->second->posten) verschillen.push_back(programma::uitleg(pv));
      item["vorigJaar"] = {{"totaal", it->second->vorig_cents}, {"verschillen", verschillen}};
    }
    deelnemers.push_back(item);
  }
  json per_taakveld = json::array();
  for (const auto& t : b.per_taakveld) per_taakveld.push_back(totaal_json(t));
  json body = {{"programmaId", o->programma.id},
               {"jaar", o->programma.jaar},
               {"versienummer", o->programma.versienummer},
               {"collectief", b.collectief_cents},
               {"specifiek", b.specifiek_cents},
               {"totaal", b.totaal_cents},
               {"restcenten", b.restcenten},
               {"perTaakveld", per_taakveld},
               {"deelnemers", deelnemers},
               {"_links",
                {{"self", {{"href", programma_href(o->programma.id) + "/begroting"}}},
                 {"uitvoeringsprogramma", {{"href", programma_href(o->programma.id)}}}}}};
  Response r = json_response(200, body);
  set_etag(r, o->programma.versie);
  return r;
}

json programma_schemas() {
  json orgaan_codes = json::array();
  for (auto o : beleidscyclus::alle_organen()) orgaan_codes.push_back(std::string(code(o)));
  orgaan_codes.push_back(nullptr);
  const json bedrag = {{"type", "integer"}, {"format", "int64"}, {"description", "Eurocenten"}};
  const json nullable_bedrag = {{"type", "integer"},
                                {"format", "int64"},
                                {"nullable", true},
                                {"description", "Eurocenten; null: uit de catalogus berekend"}};
  const json uren = {{"type", "number"}, {"description", "Uren, met hoogstens twee decimalen"}};
  const json links = {{"type", "object"}, {"properties", {{"self", ref("Link")}}}};
  json s;
  s["Indicator"] = {
      {"type", "object"},
      {"properties",
       {{"naam", string_prop("Naam")},
        {"eenheid", string_prop("Eenheid, zoals % of aantal")},
        {"nulwaarde", {{"type", "number"}, {"description", "De waarde bij de start"}}},
        {"streefwaarde", {{"type", "number"}, {"description", "De beoogde waarde"}}},
        {"meetmethode", string_prop("Hoe en hoe vaak wordt gemeten")}}}};
  s["Programmadoel"] = {
      {"type", "object"},
      {"description", "UP-1: een doel met het beoogde effect en zijn indicatoren."},
      {"properties",
       {{"nummer", int_prop("Volgnummer in het programma")},
        {"titel", string_prop("Titel")},
        {"beoogdEffect", string_prop("Het beoogde effect in de leefomgeving")},
        {"indicatoren", {{"type", "array"}, {"items", ref("Indicator")}}},
        {"_links", links}}}};
  json doel_invoer = {{"titel", string_prop("Titel")},
                      {"beoogdEffect", string_prop("Het beoogde effect")}};
  for (int i = 1; i <= 5; ++i) {
    const std::string n = "indicator" + std::to_string(i);
    doel_invoer[n + "Naam"] = string_prop("Indicator " + std::to_string(i) + ": naam");
    doel_invoer[n + "Eenheid"] = string_prop("Indicator " + std::to_string(i) + ": eenheid");
    doel_invoer[n + "Nulwaarde"] = {{"type", "number"}, {"description", "Nulwaarde"}};
    doel_invoer[n + "Streefwaarde"] = {{"type", "number"}, {"description", "Streefwaarde"}};
    doel_invoer[n + "Meetmethode"] =
        string_prop("Indicator " + std::to_string(i) + ": meetmethode");
  }
  s["ProgrammadoelInvoer"] = {
      {"type", "object"}, {"required", {"titel", "beoogdEffect"}}, {"properties", doel_invoer}};
  s["Programmaregel"] = {
      {"type", "object"},
      {"description",
       "UP-2: product × deelnemer (of de hele regio bij een regionaal product) met het geplande "
       "aantal, de uren en het bedrag; `berekend` geeft wat de catalogus ervan maakt."},
      {"properties",
       {{"nummer", int_prop("Volgnummer in het programma")},
        {"productcode", string_prop("Code van het product in de catalogus van het jaar")},
        {"deelnemerId", nullable_int("De deelnemer; null: de hele regio (regionaal product)")},
        {"aantal", int_prop("Aantal stuks (kental)")},
        {"uren", uren},
        {"bedrag", nullable_bedrag},
        {"reden", string_prop("Waarom het bedrag met de hand is vastgesteld")},
        {"doel", nullable_int("Nummer van het doel dat de regel dient")},
        {"berekend",
         {{"type", "object"},
          {"nullable", true},
          {"properties",
           {{"uren", uren},
            {"bedrag", bedrag},
            {"handmatig", {{"type", "boolean"}, {"description", "Bedrag met de hand"}}},
            {"soort", enum_prop("Collectief of specifiek", {"collectief", "specifiek"})}}}}},
        {"_links", links}}}};
  s["ProgrammaregelInvoer"] = {
      {"type", "object"},
      {"required", {"productcode"}},
      {"properties",
       {{"productcode", string_prop("Code van het product")},
        {"deelnemer", nullable_int("Id van de deelnemer; leeg of 0: de hele regio")},
        {"aantal", int_prop("Aantal stuks (kental)")},
        {"uren", uren},
        {"bedrag", nullable_bedrag},
        {"reden", string_prop("Reden bij een bedrag met de hand")},
        {"doel", nullable_int("Nummer van het doel")}}}};
  s["Uitvoeringsprogramma"] = {
      {"type", "object"},
      {"description", "UP-1, UP-2, UP-4: het uitvoeringsprogramma van de regio voor een jaar."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"regioId", int_prop("De regio")},
        {"jaar", int_prop("Het (eerste) jaar")},
        {"totJaar", int_prop("Het laatste jaar")},
        {"versienummer", int_prop("1, of hoger na een bijstelling")},
        {"titel", string_prop("Titel")},
        {"status", enum_prop("Status", {"concept", "vastgesteld", "vervangen"})},
        {"vastgesteldDoor",
         {{"type", "string"},
          {"nullable", true},
          {"enum", orgaan_codes},
          {"description", "Het orgaan dat vaststelde"}}},
        {"vastgesteldOp", nullable_date("Datum van vaststelling")},
        {"redenBijstelling", string_prop("Waarom deze versie het programma bijstelt")},
        {"doelen", {{"type", "array"}, {"items", ref("Programmadoel")}}},
        {"regels", {{"type", "array"}, {"items", ref("Programmaregel")}}},
        {"versie", int_prop("Versie voor If-Match")},
        {"_links",
         {{"type", "object"},
          {"properties", {{"self", ref("Link")}, {"begroting", ref("Link")}}}}}}}};
  s["UitvoeringsprogrammaInvoer"] = {
      {"type", "object"},
      {"required", {"titel", "jaar"}},
      {"properties",
       {{"titel", string_prop("Titel")},
        {"jaar", int_prop("Het jaar; de catalogus van dat jaar geeft de bedragen")},
        {"totJaar", int_prop("Het laatste jaar (meerjarig)")}}}};
  s["UitvoeringsprogrammaLijst"] = {
      {"type", "object"},
      {"description", "De uitvoeringsprogramma's van de regio (niet gepagineerd)."},
      {"properties",
       {{"_links", links},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"uitvoeringsprogrammas",
             {{"type", "array"}, {"items", ref("Uitvoeringsprogramma")}}}}}}}}}};
  s["Vaststelling"] = {
      {"type", "object"},
      {"required", {"vastgesteldDoor", "vastgesteldOp"}},
      {"properties",
       {{"vastgesteldDoor",
         enum_prop("Het orgaan", {"algemeen_bestuur", "dagelijks_bestuur", "colleges"})},
        {"vastgesteldOp", string_prop("Datum, niet na vandaag", "date")}}}};
  s["Bijstelling"] = {
      {"type", "object"},
      {"required", {"reden"}},
      {"properties", {{"reden", string_prop("Waarom het programma wordt bijgesteld")}}}};
  // Built level by level: deeply nested initializer lists of json are slow to analyse.
  json totaal = {{"type", "object"}};
  totaal["properties"] = {{"taakveld", string_prop("Taakveld")},
                          {"collectief", bedrag},
                          {"specifiek", bedrag},
                          {"totaal", bedrag}};
  const json totalen = {{"type", "array"}, {"items", totaal}};
  json post = {{"type", "object"}};
  post["properties"] = {
      {"regel", int_prop("Nummer van de programmaregel")},
      {"productcode", string_prop("Code")},
      {"product", string_prop("Naam van het product")},
      {"taakveld", string_prop("Taakveld")},
      {"afrekenwijze", enum_prop("Afrekenwijze", {"kental", "regionaal", "maatwerk"})},
      {"soort", enum_prop("Collectief of specifiek", {"collectief", "specifiek"})},
      {"restcent", {{"type", "boolean"}, {"description", "Kreeg een restcent"}}},
      {"bedrag", bedrag},
      {"uitleg", string_prop("Hoe het bedrag tot stand komt")}};
  post["properties"]["verdeelsleutel"] = {
      {"type", "string"}, {"nullable", true}, {"description", "Bij regionaal"}};
  json vorig = {{"type", "object"}, {"nullable", true}};
  vorig["properties"] = {{"totaal", bedrag}};
  vorig["properties"]["verschillen"] = {{"type", "array"}, {"items", {{"type", "string"}}}};
  json deelnemer = {{"type", "object"}};
  deelnemer["properties"] = {{"organisatieId", int_prop("De deelnemer")},
                             {"naam", string_prop("Naam")},
                             {"collectief", bedrag},
                             {"specifiek", bedrag},
                             {"totaal", bedrag},
                             {"perTaakveld", totalen},
                             {"vorigJaar", vorig}};
  deelnemer["properties"]["posten"] = {{"type", "array"}, {"items", post}};
  json begroting_links = {{"type", "object"}};
  begroting_links["properties"] = {{"self", ref("Link")}, {"uitvoeringsprogramma", ref("Link")}};
  s["Begroting"] = {
      {"type", "object"},
      {"description",
       "UP-2: de bijdrage van elke deelnemer, post voor post uitgelegd; de som over de "
       "deelnemers is het totaal van het programma tot op de cent."}};
  s["Begroting"]["properties"] = {
      {"programmaId", int_prop("Het programma")},
      {"jaar", int_prop("Jaar")},
      {"versienummer", int_prop("Versie van het programma")},
      {"collectief", bedrag},
      {"specifiek", bedrag},
      {"totaal", bedrag},
      {"restcenten", int_prop("Centen die met de grootste overschotten zijn verdeeld")},
      {"perTaakveld", totalen},
      {"_links", begroting_links}};
  s["Begroting"]["properties"]["deelnemers"] = {{"type", "array"}, {"items", deelnemer}};
  return s;
}

}  // namespace

void add_programma_api(ApiRoutes& r) {
  const std::string tag = "Uitvoeringsprogramma";
  r.add_tag(tag, "UP-1, UP-2, UP-4: het uitvoeringsprogramma en de begroting per deelnemer.");
  r.add_schemas(programma_schemas());
  const json id = {param_ref("id")};
  const json doel = {param_ref("id"), id_path_param("nummer", "Nummer van het doel")};
  const json regel = {param_ref("id"), id_path_param("nummer", "Nummer van de regel")};
  r.add("GET", "/uitvoeringsprogrammas", list_programmas,
        op("listUitvoeringsprogrammas", tag, "Uitvoeringsprogramma's van de regio",
           "Nieuwste jaar en versie eerst, elk met doelen en regels.",
           merge(ok_list("UitvoeringsprogrammaLijst", "De programma's."), problems({401, 503}))));
  r.add("POST", "/uitvoeringsprogrammas", post_programma,
        op("postUitvoeringsprogramma", tag, "Uitvoeringsprogramma aanmaken",
           "Een concept voor een jaar zonder programma; de beheerders van de catalogus.",
           merge(ok("Uitvoeringsprogramma", "Aangemaakt.", true, 201, true),
                 problems({400, 401, 403, 503})),
           json::array(), "UitvoeringsprogrammaInvoer"));
  r.add("GET", "/uitvoeringsprogrammas/{id}", get_programma,
        op("getUitvoeringsprogramma", tag, "Uitvoeringsprogramma",
           "Met doelen, indicatoren en regels; elke regel met wat de catalogus ervan maakt.",
           merge(ok("Uitvoeringsprogramma", "Het programma."), problems({401, 404, 503})), id));
  r.add("GET", "/uitvoeringsprogrammas/{id}/begroting", get_begroting,
        op("getBegroting", tag, "Begroting per deelnemer",
           "UP-2: per deelnemer de posten met uitleg, totalen per taakveld, collectief en "
           "specifiek apart, en het verschil met het vastgestelde programma van het vorige jaar.",
           merge(ok("Begroting", "De begroting."), problems({400, 401, 404, 503})), id));
  r.add("POST", "/uitvoeringsprogrammas/{id}/doelen", post_programmadoel,
        op("postProgrammadoel", tag, "Doel toevoegen",
           "UP-1: een doel met indicatoren; alleen in een concept.",
           merge(ok("Uitvoeringsprogramma", "Toegevoegd.", true, 201, true),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id, "ProgrammadoelInvoer"));
  r.add("GET", "/uitvoeringsprogrammas/{id}/doelen/{nummer}", get_doel,
        op("getProgrammadoel", tag, "Doel", "UP-1: een doel met zijn indicatoren.",
           merge(ok("Programmadoel", "Het doel."), problems({401, 404, 503})), doel));
  r.add("PUT", "/uitvoeringsprogrammas/{id}/doelen/{nummer}", put_doel,
        op("putProgrammadoel", tag, "Doel wijzigen", "UP-1: alleen in een concept.",
           merge(ok("Uitvoeringsprogramma", "Gewijzigd."),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           doel, "ProgrammadoelInvoer"));
  r.add("DELETE", "/uitvoeringsprogrammas/{id}/doelen/{nummer}", delete_programmadoel,
        op("deleteProgrammadoel", tag, "Doel verwijderen",
           "UP-1: alleen in een concept, en niet zolang een regel het doel noemt.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), doel));
  r.add("POST", "/uitvoeringsprogrammas/{id}/regels", post_regel,
        op("postProgrammaregel", tag, "Regel toevoegen",
           "UP-2: een product uit de catalogus van het jaar voor een deelnemer of de regio.",
           merge(ok("Uitvoeringsprogramma", "Toegevoegd.", true, 201, true),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id, "ProgrammaregelInvoer"));
  r.add("GET", "/uitvoeringsprogrammas/{id}/regels/{nummer}", get_regel,
        op("getProgrammaregel", tag, "Regel", "UP-2: een regel met zijn berekende uren en bedrag.",
           merge(ok("Programmaregel", "De regel."), problems({401, 404, 503})), regel));
  r.add("PUT", "/uitvoeringsprogrammas/{id}/regels/{nummer}", put_regel,
        op("putProgrammaregel", tag, "Regel wijzigen", "UP-2: alleen in een concept.",
           merge(ok("Uitvoeringsprogramma", "Gewijzigd."),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           regel, "ProgrammaregelInvoer"));
  r.add("DELETE", "/uitvoeringsprogrammas/{id}/regels/{nummer}", delete_regel,
        op("deleteProgrammaregel", tag, "Regel verwijderen", "UP-2: alleen in een concept.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), regel));
  r.add("POST", "/uitvoeringsprogrammas/{id}/vaststellingen", post_vaststelling,
        op("postVaststelling", tag, "Programma vaststellen",
           "UP-4: welk orgaan het programma vaststelde en wanneer; daarna is het, en de "
           "catalogus van het jaar, alleen nog te lezen.",
           merge(ok("Uitvoeringsprogramma", "Vastgesteld."),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id, "Vaststelling"));
  r.add("POST", "/uitvoeringsprogrammas/{id}/bijstellingen", post_bijstelling,
        op("postBijstelling", tag, "Programma bijstellen",
           "UP-4: een nieuwe versie in concept van een vastgesteld programma, met een reden.",
           merge(ok("Uitvoeringsprogramma", "De nieuwe versie.", true, 201, true),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id, "Bijstelling"));
}

}  // namespace regie::web::api
