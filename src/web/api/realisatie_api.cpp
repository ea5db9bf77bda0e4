// MON-1 … MON-3, MON-6, MON-7 over the API (decision 47): the bronsystemen with their mapping,
// imports of realisaties (the file itself as the body: CSV or XLSX), their rows, corrections,
// closed months, and plan versus realisatie with the prognose and the tolerance band.
#include <map>

#include "core/text.hpp"
#include "domain/monitoring/plan_realisatie.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/monitoring_json.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {

json telling_json(const monitoring::Telling& t) {
  return {{"uren", static_cast<double>(t.uren) / 100.0},
          {"aantal", t.aantal},
          {"bedrag", t.bedrag_cents},
          {"regels", t.regels}};
}

namespace {

using namespace doc;
using monitoring::Bronsysteem;
using monitoring::RealisatieImport;
using monitoring::Telling;

std::string bron_href(Id id) { return "/api/v1/bronsystemen/" + std::to_string(id); }
std::string import_href(Id id) { return "/api/v1/realisatie-imports/" + std::to_string(id); }

json bron_json(const Bronsysteem& b) {
  const auto& k = b.kolommen;
  auto kolom = [](const std::string& naam) { return naam.empty() ? json(nullptr) : json(naam); };
  json namen = json::array();
  for (const auto& n : b.deelnemernamen) {
    namen.push_back({{"waarde", n.waarde}, {"organisatieId", n.organisatie_id}});
  }
  json typen = json::array();
  for (const auto& z : b.zaaktypen) {
    typen.push_back({{"zaaktype", z.zaaktype}, {"productcode", z.productcode}});
  }
  return {{"id", b.id},
          {"naam", b.naam},
          {"kolomDatum", k.datum},
          {"kolomDeelnemer", k.deelnemer},
          {"kolomZaaktype", k.zaaktype},
          {"kolomUren", kolom(k.uren)},
          {"kolomAantal", kolom(k.aantal)},
          {"kolomBedrag", kolom(k.bedrag)},
          {"kolomTeam", kolom(k.team)},
          {"kolomMedewerker", kolom(k.medewerker)},
          {"kolomZaaknummer", kolom(k.zaaknummer)},
          {"deelnemernamen", namen},
          {"zaaktypen", typen},
          {"versie", b.versie},
          {"_links", {{"self", {{"href", bron_href(b.id)}}}}}};
}

json maand_json(monitoring::Maand m) {
  return m == 0 ? json(nullptr) : json(monitoring::maand_iso(m));
}

json import_json(const RealisatieImport& i) {
  json links = {{"self", {{"href", import_href(i.id)}}},
                {"realisaties", {{"href", import_href(i.id) + "/realisaties"}}}};
  if (i.bron_id) links["bronsysteem"] = {{"href", bron_href(*i.bron_id)}};
  if (i.vervangen_door) links["vervangenDoor"] = {{"href", import_href(*i.vervangen_door)}};
  return {{"id", i.id},
          {"soort", std::string(monitoring::code(i.soort))},
          {"bronsysteem", i.bron_naam.empty() ? json(nullptr) : json(i.bron_naam)},
          {"bestandsnaam", i.bestandsnaam.empty() ? json(nullptr) : json(i.bestandsnaam)},
          {"sha256", i.sha256.empty() ? json(nullptr) : json(i.sha256)},
          {"vanMaand", maand_json(i.van_maand)},
          {"totMaand", maand_json(i.tot_maand)},
          {"totaal", telling_json(i.telling)},
          {"status", std::string(monitoring::code(i.status))},
          {"door", i.door},
          {"op", i.op},
          {"reden", i.reden.empty() ? json(nullptr) : json(i.reden)},
          {"_links", links}};
}

json realisatie_json(const monitoring::Realisatie& r) {
  auto tekst = [](const std::string& t) { return t.empty() ? json(nullptr) : json(t); };
  return {{"id", r.id},
          {"deelnemerId", r.deelnemer_id},
          {"productcode", r.productcode},
          {"datum", r.datum.iso()},
          {"uren", static_cast<double>(r.uren) / 100.0},
          {"aantal", r.aantal},
          {"bedrag", r.bedrag_cents},
          {"team", tekst(r.team)},
          {"medewerker", tekst(r.medewerker)},
          {"zaaknummer", tekst(r.zaaknummer)},
          {"regel", r.regel == 0 ? json(nullptr) : json(r.regel)}};
}

// The mapping of a body: its members, with both tables as the domain's text of pairs.
Result<Fields> decode_bron(const std::string& body) {
  auto decoded = decode_json_body(body, {{"deelnemernamen", "zaaktypen"}, {}});
  if (!decoded.ok()) return decoded.error();
  Fields fields = std::move(decoded->fields);
  auto regels = [&](const std::string& lijst, const std::string& links, const std::string& rechts) {
    auto it = decoded->lijsten.find(lijst);
    if (it == decoded->lijsten.end()) return;
    std::string tekst;
    for (std::size_t i = 0; i < it->second.size(); ++i) {
      const Fields& rij = it->second[i];
      const std::string l = field(rij, links).value_or("");
      const std::string r = field(rij, rechts).value_or("");
      const std::string prefix = lijst + "[" + std::to_string(i + 1) + "].";
      if (l.find('\n') != std::string::npos || l.find('=') != std::string::npos) {
        fields.decode_errors.push_back({prefix + links, "fout.koppeling_zonder_is"});
      }
      tekst += l;
      tekst += " = ";
      tekst += r;
      tekst += '\n';
    }
    fields[lijst] = tekst;
  };
  regels("zaaktypen", "zaaktype", "productcode");
  // The domain reads a deelnemer by name: the API names it by id.
  auto it = decoded->lijsten.find("deelnemernamen");
  if (it != decoded->lijsten.end()) {
    std::string tekst;
    for (const auto& rij : it->second) {
      tekst += field(rij, "waarde").value_or("");
      tekst += " = #";
      tekst += field(rij, "organisatieId").value_or("");
      tekst += '\n';
    }
    fields["deelnemernamen"] = tekst;
  }
  return fields;
}

Response list_bronnen(const App& app, const Context& ctx, Request& req) {
  auto b = app.services.realisaties->bronnen(ctx);
  if (!b.ok()) return error_response(b.error(), req);
  json items = json::array();
  for (const auto& x : b->bronnen) items.push_back(bron_json(x));
  return unpaged_list(req.path, "bronsystemen", std::move(items),
                      {{"magWijzigen", b->mag_wijzigen}});
}

Response get_bron(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.realisaties->bron(ctx, *id), req, bron_json);
}

Response post_bron(const App& app, const Context& ctx, Request& req) {
  auto fields = decode_bron(req.body);
  if (!fields.ok()) return error_response(fields.error(), req);
  return created(app.services.realisaties->create_bron(ctx, *fields), req, "/api/v1/bronsystemen",
                 bron_json);
}

Response put_bron(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  auto fields = decode_bron(req.body);
  if (!fields.ok()) return error_response(fields.error(), req);
  return single(app.services.realisaties->update_bron(ctx, *id, *versie, *fields), req, bron_json);
}

Response list_imports(const App& app, const Context& ctx, Request& req) {
  auto lijst = app.services.realisaties->imports(ctx, 100);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& i : *lijst) items.push_back(import_json(i));
  return unpaged_list(req.path, "realisatieImports", std::move(items));
}

Response get_import(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto i = app.services.realisaties->een_import(ctx, *id);
  if (!i.ok()) return error_response(i.error(), req);
  return json_response(200, import_json(*i));
}

// MON-1: the file is the body (text/csv, an XLSX workbook or application/octet-stream).
Response post_import(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::string type = kleine_letters(req.header("content-type"));
  type = trim(std::string_view(type).substr(0, type.find(';')));
  if (type != "text/csv" && type != "application/octet-stream" &&
      type != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
    return problem(415, "Mediatype niet ondersteund", tekst("fout.mediatype_bestand"), req.path);
  }
  std::vector<FieldError> fouten;
  const std::string bron = q.count("bron") != 0 ? q.at("bron") : std::string();
  if (leeg(bron)) fouten.push_back({"bron", "fout.verplicht"});
  const std::string proef = q.count("proef") != 0 ? q.at("proef") : "false";
  if (proef != "true" && proef != "false") fouten.push_back({"proef", "fout.verwacht_ja_nee"});
  if (!fouten.empty()) return invalid_query(fouten, req);
  service::RealisatieInvoer invoer{bron, q.count("bestandsnaam") != 0 ? q.at("bestandsnaam") : "",
                                   monitoring::ImportSoort::kApi, proef == "true"};
  auto v = app.services.realisaties->importeren(ctx, invoer, service::opener_van(req.body));
  if (!v.ok()) return error_response(v.error(), req);
  json body = {{"proef", v->proef},
               {"ongewijzigd", v->ongewijzigd},
               {"sha256", v->sha256},
               {"vanMaand", maand_json(v->van_maand)},
               {"totMaand", maand_json(v->tot_maand)},
               {"totaal", telling_json(v->telling)},
               {"vervangen", v->vervangen}};
  if (v->import_id != 0) {
    body["importId"] = v->import_id;
    body["_links"] = {{"import", {{"href", import_href(v->import_id)}}}};
  }
  const bool nieuw = !v->proef && !v->ongewijzigd;
  Response out = json_response(nieuw ? 201 : 200, body);
  if (nieuw) out.set_header("Location", import_href(v->import_id));
  return out;
}

Response list_realisaties(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto q = req.query_params();
  std::vector<FieldError> fouten;
  auto na = query_int(q, "na", 0, std::numeric_limits<std::int64_t>::max(), fouten);
  auto aantal = query_int(q, "aantal", 1, 1000, fouten);
  if (!fouten.empty()) return invalid_query(fouten, req);
  auto rijen =
      app.services.realisaties->realisaties(ctx, *id, na.value_or(0), aantal.value_or(100));
  if (!rijen.ok()) return error_response(rijen.error(), req);
  json items = json::array();
  for (const auto& r : *rijen) items.push_back(realisatie_json(r));
  json extra = json::object();
  if (!rijen->empty() && static_cast<std::int64_t>(rijen->size()) == aantal.value_or(100)) {
    extra["volgende"] = req.path + "?na=" + std::to_string(rijen->back().id) +
                        "&aantal=" + std::to_string(aantal.value_or(100));
  }
  return unpaged_list(req.path, "realisaties", std::move(items), extra);
}

Response post_correctie(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.realisaties->corrigeren(ctx, *fields), req,
                 "/api/v1/realisatie-imports", import_json, false);
}

json afsluiting_json(const monitoring::Periodeafsluiting& a) {
  return {{"maand", monitoring::maand_iso(a.maand)}, {"door", a.door}, {"op", a.op}};
}

Response list_afsluitingen(const App& app, const Context& ctx, Request& req) {
  auto lijst = app.services.realisaties->afsluitingen(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& a : *lijst) items.push_back(afsluiting_json(a));
  return unpaged_list(req.path, "periodeAfsluitingen", std::move(items));
}

Response post_afsluiting(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto a = app.services.realisaties->periode_sluiten(ctx, *fields);
  if (!a.ok()) return error_response(a.error(), req);
  return json_response(201, afsluiting_json(*a));
}

json vergelijking_json(const monitoring::Vergelijking& v, const service::PlanRealisatie& p) {
  json r = {{"niveau", std::string(monitoring::code(v.reeks.niveau))},
            {"soort", std::string(programma::code(v.reeks.soort))},
            {"plan", telling_json(v.reeks.plan)},
            {"realisatie", telling_json(v.realisatie)},
            {"prognose", telling_json(v.prognose)},
            {"prognosemethode", std::string(monitoring::code(v.methode))},
            {"afwijkingUren", std::string(monitoring::code(v.uren))},
            {"afwijkingAantal", std::string(monitoring::code(v.aantal))},
            {"afwijkingBedrag", std::string(monitoring::code(v.bedrag))}};
  if (v.reeks.deelnemer_id != 0) {
    r["deelnemerId"] = v.reeks.deelnemer_id;
    auto n = p.deelnemernamen.find(v.reeks.deelnemer_id);
    r["deelnemer"] = n == p.deelnemernamen.end() ? json(nullptr) : json(n->second);
  }
  if (!v.reeks.sleutel.empty()) {
    r[v.reeks.niveau == monitoring::Niveau::kProduct ? "productcode" : "taakveld"] =
        v.reeks.sleutel;
  }
  json maanden = json::array();
  for (const auto& t : v.reeks.dit_jaar) maanden.push_back(telling_json(t));
  r["perMaand"] = maanden;
  return r;
}

Response get_plan_realisatie(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> fouten;
  service::PlanRealisatieVraag vraag;
  if (auto j = query_int(q, "jaar", programma::kEersteJaar, programma::kLaatsteJaar, fouten)) {
    vraag.jaar = static_cast<std::int32_t>(*j);
  }
  if (q.count("niveau") != 0) {
    auto n = monitoring::niveau_from_code(q.at("niveau"));
    if (!n) {
      fouten.push_back({"niveau", "fout.ongeldige_keuze"});
    } else {
      vraag.niveau = *n;
    }
  }
  vraag.deelnemer = query_id(q, "deelnemerId", fouten);
  if (!fouten.empty()) return invalid_query(fouten, req);
  auto p = app.services.monitoring->plan_realisatie(ctx, vraag);
  if (!p.ok()) return error_response(p.error(), req);
  json totaal = json::array();
  for (const auto& v : p->totaal) totaal.push_back(vergelijking_json(v, *p));
  json regels = json::array();
  for (const auto& v : p->regels) regels.push_back(vergelijking_json(v, *p));
  return json_response(200,
                       {{"jaar", p->jaar},
                        {"verstrekenMaanden", p->peilmaand},
                        {"tolerantieProcent", p->tolerantie},
                        {"niveau", std::string(monitoring::code(p->niveau))},
                        {"deelnemerId", p->deelnemer ? json(*p->deelnemer) : json(nullptr)},
                        {"programmaId", p->programma_id ? json(*p->programma_id) : json(nullptr)},
                        {"programmaVastgesteld", p->programma_vastgesteld},
                        {"totaal", totaal},
                        {"regels", regels},
                        {"_links", {{"self", {{"href", req.target}}}}}});
}

json realisatie_schemas() {
  json s;
  const json links = {{"type", "object"}, {"properties", {{"self", ref("Link")}}}};
  const json eurocent = {{"type", "integer"}, {"format", "int64"}, {"description", "Eurocenten"}};
  json telling = {{"type", "object"}, {"description", "Uren, aantallen en bedrag samen."}};
  telling["properties"] = {
      {"uren", {{"type", "number"}, {"description", "Uren (op twee decimalen)"}}},
      {"aantal", int_prop("Aantal producten")},
      {"bedrag", eurocent},
      {"regels", int_prop("Aantal regels")}};
  s["Telling"] = telling;
  json paar = {{"type", "object"}};
  paar["properties"] = {{"waarde", string_prop("Zoals het bestand de deelnemer noemt")},
                        {"organisatieId", int_prop("De deelnemer")}};
  json zaak = {{"type", "object"}};
  zaak["properties"] = {{"zaaktype", string_prop("Zoals het bestand het zaaktype noemt")},
                        {"productcode", string_prop("Het product in de catalogus")}};
  json bron = {{"type", "object"},
               {"description", "MON-1: een bronsysteem met de kolomindeling van zijn export."}};
  bron["properties"] = {
      {"id", int_prop("Identificatie")},
      {"naam", string_prop("Naam, uniek in de regio")},
      {"kolomDatum", string_prop("Kolom met de datum")},
      {"kolomDeelnemer", string_prop("Kolom met de gemeente of provincie")},
      {"kolomZaaktype", string_prop("Kolom met het zaaktype of de productcode")},
      {"kolomUren", {{"type", "string"}, {"nullable", true}, {"description", "Kolom uren"}}},
      {"kolomAantal", {{"type", "string"}, {"nullable", true}, {"description", "Kolom aantal"}}},
      {"kolomBedrag", {{"type", "string"}, {"nullable", true}, {"description", "Kolom bedrag"}}},
      {"kolomTeam", {{"type", "string"}, {"nullable", true}, {"description", "Kolom team"}}},
      {"kolomMedewerker",
       {{"type", "string"}, {"nullable", true}, {"description", "Kolom medewerker"}}},
      {"kolomZaaknummer",
       {{"type", "string"}, {"nullable", true}, {"description", "Kolom zaaknummer"}}},
      {"versie", int_prop("Versie voor If-Match")},
      {"_links", links}};
  bron["properties"]["deelnemernamen"] = {{"type", "array"}, {"items", paar}};
  bron["properties"]["zaaktypen"] = {{"type", "array"}, {"items", zaak}};
  s["Bronsysteem"] = bron;
  json invoer = {{"type", "object"},
                 {"required", {"naam", "kolomDatum", "kolomDeelnemer", "kolomZaaktype"}}};
  invoer["properties"] = {
      {"naam", string_prop("Naam")},
      {"kolomDatum", string_prop("Kolom met de datum")},
      {"kolomDeelnemer", string_prop("Kolom met de deelnemer")},
      {"kolomZaaktype", string_prop("Kolom met het zaaktype")},
      {"kolomUren", string_prop("Kolom uren (een van uren, aantal, bedrag is nodig)")},
      {"kolomAantal", string_prop("Kolom aantal")},
      {"kolomBedrag", string_prop("Kolom bedrag")},
      {"kolomTeam", string_prop("Kolom team")},
      {"kolomMedewerker", string_prop("Kolom medewerker")},
      {"kolomZaaknummer", string_prop("Kolom zaaknummer")}};
  invoer["properties"]["deelnemernamen"] = {{"type", "array"}, {"items", paar}};
  invoer["properties"]["zaaktypen"] = {{"type", "array"}, {"items", zaak}};
  s["BronsysteemInvoer"] = invoer;
  json bronnen = {{"type", "object"}};
  bronnen["properties"] = {
      {"_links", links},
      {"magWijzigen", {{"type", "boolean"}, {"description", "Of de vrager mag wijzigen"}}}};
  bronnen["properties"]["_embedded"] = {
      {"type", "object"},
      {"properties", {{"bronsystemen", {{"type", "array"}, {"items", ref("Bronsysteem")}}}}}};
  s["BronsysteemLijst"] = bronnen;
  json maand = {{"type", "string"}, {"nullable", true}, {"description", "Maand als jjjj-mm"}};
  json imp = {
      {"type", "object"},
      {"description", "MON-7: een import met zijn herkomst (bestand, hash, wie, wanneer)."}};
  imp["properties"] = {
      {"id", int_prop("Identificatie")},
      {"soort", enum_prop("Bestand, API of correctie", {"bestand", "api", "correctie"})},
      {"bronsysteem", {{"type", "string"}, {"nullable", true}, {"description", "Bronsysteem"}}},
      {"bestandsnaam", {{"type", "string"}, {"nullable", true}, {"description", "Bestand"}}},
      {"sha256",
       {{"type", "string"}, {"nullable", true}, {"description", "SHA-256 van het bestand"}}},
      {"vanMaand", maand},
      {"totMaand", maand},
      {"totaal", ref("Telling")},
      {"status", enum_prop("Geldend of vervangen", {"actief", "vervangen"})},
      {"door", string_prop("Wie")},
      {"op", string_prop("Wanneer (UTC)", "date-time")},
      {"reden", {{"type", "string"}, {"nullable", true}, {"description", "Reden (correctie)"}}},
      {"_links", links}};
  s["RealisatieImport"] = imp;
  json imports = {{"type", "object"}};
  imports["properties"] = {{"_links", links}};
  imports["properties"]["_embedded"] = {
      {"type", "object"},
      {"properties",
       {{"realisatieImports", {{"type", "array"}, {"items", ref("RealisatieImport")}}}}}};
  s["RealisatieImportLijst"] = imports;
  json verslag = {{"type", "object"}, {"description", "MON-1: de uitkomst van een import."}};
  verslag["properties"] = {
      {"importId", int_prop("De import (niet bij een proef)")},
      {"proef", {{"type", "boolean"}, {"description", "Alleen gecontroleerd"}}},
      {"ongewijzigd", {{"type", "boolean"}, {"description", "Hetzelfde bestand was al ingelezen"}}},
      {"sha256", string_prop("SHA-256 van het bestand")},
      {"vanMaand", maand},
      {"totMaand", maand},
      {"totaal", ref("Telling")},
      {"vervangen",
       {{"type", "array"},
        {"items", {{"type", "integer"}, {"format", "int64"}}},
        {"description", "Vervangen imports"}}},
      {"_links", links}};
  s["RealisatieVerslag"] = verslag;
  json rij = {{"type", "object"}};
  rij["properties"] = {
      {"id", int_prop("Identificatie")},
      {"deelnemerId", int_prop("Deelnemer")},
      {"productcode", string_prop("Product")},
      {"datum", string_prop("Datum", "date")},
      {"uren", {{"type", "number"}, {"description", "Uren"}}},
      {"aantal", int_prop("Aantal")},
      {"bedrag", eurocent},
      {"team", {{"type", "string"}, {"nullable", true}, {"description", "Team"}}},
      {"medewerker", {{"type", "string"}, {"nullable", true}, {"description", "Medewerker"}}},
      {"zaaknummer", {{"type", "string"}, {"nullable", true}, {"description", "Zaaknummer"}}},
      {"regel",
       {{"type", "integer"},
        {"format", "int64"},
        {"nullable", true},
        {"description", "Regel in het bestand"}}}};
  s["Realisatie"] = rij;
  json rijen = {{"type", "object"}};
  rijen["properties"] = {{"_links", links},
                         {"volgende", string_prop("De volgende bladzijde, als die er is")}};
  rijen["properties"]["_embedded"] = {
      {"type", "object"},
      {"properties", {{"realisaties", {{"type", "array"}, {"items", ref("Realisatie")}}}}}};
  s["RealisatieLijst"] = rijen;
  json correctie = {{"type", "object"},
                    {"required", {"deelnemerId", "productcode", "datum", "reden"}}};
  correctie["properties"] = {
      {"deelnemerId", int_prop("Deelnemer")},
      {"productcode", string_prop("Product")},
      {"datum", string_prop("Datum", "date")},
      {"uren", {{"type", "number"}, {"description", "Uren, negatief om af te trekken"}}},
      {"aantal", int_prop("Aantal, negatief om af te trekken")},
      {"bedrag", eurocent},
      {"reden", string_prop("Waarom")}};
  s["CorrectieInvoer"] = correctie;
  json afsluiting = {{"type", "object"}};
  afsluiting["properties"] = {{"maand", string_prop("Maand als jjjj-mm")},
                              {"door", string_prop("Wie")},
                              {"op", string_prop("Wanneer (UTC)", "date-time")}};
  s["PeriodeAfsluiting"] = afsluiting;
  s["PeriodeAfsluitingInvoer"] = {
      {"type", "object"},
      {"required", {"maand"}},
      {"properties", {{"maand", string_prop("Maand als jjjj-mm of mm-jjjj")}}}};
  json afsluitingen = {{"type", "object"}};
  afsluitingen["properties"] = {{"_links", links}};
  afsluitingen["properties"]["_embedded"] = {
      {"type", "object"},
      {"properties",
       {{"periodeAfsluitingen", {{"type", "array"}, {"items", ref("PeriodeAfsluiting")}}}}}};
  s["PeriodeAfsluitingLijst"] = afsluitingen;
  json afw = enum_prop("Binnen de band, erboven of eronder", {"binnen", "boven", "onder"});
  json verg = {{"type", "object"}};
  verg["properties"] = {
      {"niveau", enum_prop("Niveau", {"regio", "deelnemer", "taakveld", "product"})},
      {"soort", enum_prop("Collectief of specifiek", {"collectief", "specifiek"})},
      {"deelnemerId", int_prop("Deelnemer")},
      {"deelnemer", {{"type", "string"}, {"nullable", true}, {"description", "Naam"}}},
      {"productcode", string_prop("Product")},
      {"taakveld", string_prop("Taakveld")},
      {"plan", ref("Telling")},
      {"realisatie", ref("Telling")},
      {"prognose", ref("Telling")},
      {"prognosemethode", enum_prop("Hoe de prognose is berekend", {"geen", "lineair", "seizoen"})},
      {"afwijkingUren", afw},
      {"afwijkingAantal", afw},
      {"afwijkingBedrag", afw}};
  verg["properties"]["perMaand"] = {{"type", "array"}, {"items", ref("Telling")}};
  s["Vergelijking"] = verg;
  json pr = {{"type", "object"},
             {"description", "MON-2: plan tegen realisatie met prognose; MON-3: de band."}};
  pr["properties"] = {
      {"jaar", int_prop("Jaar")},
      {"verstrekenMaanden", int_prop("Maanden die voorbij zijn")},
      {"tolerantieProcent", int_prop("De tolerantieband, plus en min")},
      {"niveau", enum_prop("Niveau", {"regio", "deelnemer", "taakveld", "product"})},
      {"deelnemerId", nullable_int("Alleen deze deelnemer")},
      {"programmaId", nullable_int("Het programma waaruit het plan komt")},
      {"programmaVastgesteld", {{"type", "boolean"}, {"description", "Of het vastgesteld is"}}},
      {"_links", links}};
  pr["properties"]["totaal"] = {{"type", "array"}, {"items", ref("Vergelijking")}};
  pr["properties"]["regels"] = {{"type", "array"}, {"items", ref("Vergelijking")}};
  s["PlanRealisatie"] = pr;
  return s;
}

}  // namespace

void add_realisatie_api(ApiRoutes& r) {
  const std::string tag = "Realisaties";
  r.add_tag(tag, "MON-1 … MON-7: realisaties, imports, afsluiten en plan tegen realisatie.");
  r.add_schemas(realisatie_schemas());
  const json id = {param_ref("id")};
  r.add("GET", "/bronsystemen", list_bronnen,
        op("listBronsystemen", tag, "Bronsystemen", "MON-1: met hun kolomindeling.",
           merge(ok_list("BronsysteemLijst", "De bronsystemen."), problems({401, 403, 503}))));
  r.add("POST", "/bronsystemen", post_bron,
        op("postBronsysteem", tag, "Bronsysteem toevoegen",
           "MON-1: een deelnemernaam noemt de deelnemer met zijn id.",
           merge(ok("Bronsysteem", "Toegevoegd.", true, 201, true), problems({400, 401, 403, 503})),
           json::array(), "BronsysteemInvoer"));
  r.add("GET", "/bronsystemen/{id}", get_bron,
        op("getBronsysteem", tag, "Bronsysteem", "MON-1: een bronsysteem.",
           merge(ok("Bronsysteem", "Het bronsysteem."), problems({401, 403, 404, 503})), id));
  r.add("PUT", "/bronsystemen/{id}", put_bron,
        op("putBronsysteem", tag, "Bronsysteem wijzigen", "MON-1: met If-Match.",
           merge(ok("Bronsysteem", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
           id, "BronsysteemInvoer"));
  r.add("GET", "/realisatie-imports", list_imports,
        op("listRealisatieImports", tag, "Imports",
           "MON-7: de nieuwste honderd imports met hun herkomst.",
           merge(ok_list("RealisatieImportLijst", "De imports."), problems({401, 403, 503}))));
  Operation post =
      op("postRealisatieImport", tag, "Realisaties inlezen",
         "MON-1: het bestand zelf is de body (CSV of XLSX). Alles of niets; elke afgewezen regel "
         "genoemd in detail. Hetzelfde bestand nogmaals: 200 en ongewijzigd. Een bestand over "
         "dezelfde maanden vervangt de eerdere import.",
         merge(merge(ok("RealisatieVerslag", "Ingelezen.", false, 201, true),
                     ok("RealisatieVerslag", "Proef, of al ingelezen.", false, 200)),
               problems({400, 401, 403, 503})),
         {query_param("bron", "Naam van het bronsysteem", {{"type", "string"}}),
          query_param("bestandsnaam", "Naam van het bestand", {{"type", "string"}}),
          query_param("proef", "Alleen controleren", {{"type", "boolean"}})});
  post.request_body = {{"required", true},
                       {"content",
                        {{"text/csv", {{"schema", {{"type", "string"}, {"format", "binary"}}}}},
                         {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
  r.add("POST", "/realisatie-imports", post_import, post);
  r.add("GET", "/realisatie-imports/{id}", get_import,
        op("getRealisatieImport", tag, "Import", "MON-7: een import met zijn herkomst.",
           merge(ok("RealisatieImport", "De import.", false), problems({401, 403, 404, 503})), id));
  r.add("GET", "/realisatie-imports/{id}/realisaties", list_realisaties,
        op("listRealisaties", tag, "Regels van een import",
           "MON-7: de regels in volgorde; bladeren met na (de id van de laatste) en aantal.",
           merge(ok_list("RealisatieLijst", "De regels."), problems({400, 401, 403, 404, 503})),
           with(id, {query_param("na", "Na deze id", {{"type", "integer"}, {"format", "int64"}}),
                     query_param("aantal", "Hoeveel (1-1000)",
                                 {{"type", "integer"}, {"format", "int32"}})})));
  r.add("POST", "/realisatie-correcties", post_correctie,
        op("postRealisatieCorrectie", tag, "Correctie vastleggen",
           "MON-6: een correctieregel met reden, als eigen import.",
           merge(ok("RealisatieImport", "Vastgelegd.", false, 201, true),
                 problems({400, 401, 403, 503})),
           json::array(), "CorrectieInvoer"));
  r.add("GET", "/periode-afsluitingen", list_afsluitingen,
        op("listPeriodeAfsluitingen", tag, "Afgesloten maanden", "MON-6: op maand.",
           merge(ok_list("PeriodeAfsluitingLijst", "De maanden."), problems({401, 503}))));
  r.add("POST", "/periode-afsluitingen", post_afsluiting,
        op("postPeriodeAfsluiting", tag, "Maand afsluiten",
           "MON-6: een voorbije maand; daarna alleen correcties.",
           merge(ok("PeriodeAfsluiting", "Afgesloten.", false, 201),
                 problems({400, 401, 403, 409, 503})),
           json::array(), "PeriodeAfsluitingInvoer"));
  r.add(
      "GET", "/plan-realisatie", get_plan_realisatie,
      op("getPlanRealisatie", tag, "Plan tegen realisatie",
         "MON-2, MON-3: per regio, deelnemer, taakveld of product, met prognose en band.",
         merge(ok("PlanRealisatie", "De vergelijking.", false), problems({400, 401, 403, 503})),
         {query_param("jaar", "Jaar; zonder: dit jaar", {{"type", "integer"}, {"format", "int32"}}),
          query_param("niveau", "regio, deelnemer, taakveld of product", {{"type", "string"}}),
          query_param("deelnemerId", "Alleen deze deelnemer",
                      {{"type", "integer"}, {"format", "int64"}})}));
}

}  // namespace regie::web::api
