// COMP-1 over the API: /competenties, /zelfbeoordelingen and
// /regios/{id}/competentie-overzicht.
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;
using competenties::Zelfbeoordeling;

constexpr const char* kBasis = "/api/v1/zelfbeoordelingen";

json to_json(const Zelfbeoordeling& z) {
  json scores = json::array();
  for (const auto& s : z.scores) {
    const auto* c = competenties::vind_competentie(z.profiel, s.competentie);
    scores.push_back({{"competentie", s.competentie},
                      {"naam", c ? std::string(c->naam) : s.competentie},
                      {"score", s.score},
                      {"toelichting", s.toelichting}});
  }
  return {{"id", z.id},
          {"persoonId", z.persoon_id},
          {"jaar", z.jaar},
          {"profiel", std::string(competenties::code(z.profiel))},
          {"scores", scores},
          {"versie", z.versie},
          {"_links", {{"self", {{"href", std::string(kBasis) + "/" + std::to_string(z.id)}}}}}};
}

const auto kZelfbeoordelingJson = [](const Zelfbeoordeling& z) { return to_json(z); };

json optioneel(bool getoond, const json& waarde) { return getoond ? waarde : json(nullptr); }

}  // namespace

Result<Fields> decode_zelfbeoordeling(const std::string& body) {
  auto decoded = decode_json_body(body, {{"scores"}, {}});
  if (!decoded.ok()) return decoded.error();
  const Fields& in = decoded->fields;
  // What a GET gave may be sent back as it is: the read-only members are ignored.
  auto alleen_lezen = [](const std::string& key) {
    return key == "id" || key == "persoonId" || key == "versie" || key == "_links";
  };
  Fields fields;
  fields.json = true;
  for (const auto& e : in.decode_errors) {
    if (!alleen_lezen(e.field)) fields.decode_errors.push_back(e);
  }
  for (const auto& [key, value] : in) {
    if (key == "jaar" || key == "profiel") {
      fields[key] = value;
      fields.json_kinds[key] = in.json_kinds.at(key);
    } else if (!alleen_lezen(key)) {
      fields.decode_errors.push_back({key, "fout.onbekend_veld"});
    }
  }
  auto rijen = decoded->lijsten.find("scores");
  if (rijen == decoded->lijsten.end()) return fields;
  for (std::size_t i = 0; i < rijen->second.size(); ++i) {
    const Fields& rij = rijen->second[i];
    const std::string prefix = "scores[" + std::to_string(i + 1) + "].";
    for (const auto& e : rij.decode_errors)
      fields.decode_errors.push_back({prefix + e.field, e.key});
    auto c = field(rij, "competentie");
    auto kind = rij.json_kinds.find("competentie");
    if (!c || c->empty() || kind->second != JsonKind::kString) {
      fields.decode_errors.push_back(
          {prefix + "competentie", c && !c->empty() ? "fout.verwacht_tekst" : "fout.verplicht"});
      continue;
    }
    const std::string score = competenties::score_veld(*c);
    if (fields.count(score) != 0) {
      fields.decode_errors.push_back({prefix + "competentie", "fout.dubbel"});
      continue;
    }
    fields[score] = field(rij, "score").value_or("");
    if (auto k = rij.json_kinds.find("score"); k != rij.json_kinds.end()) {
      fields.json_kinds[score] = k->second;
    }
    if (auto t = field(rij, "toelichting")) {
      const std::string toelichting = competenties::toelichting_veld(*c);
      fields[toelichting] = *t;
      fields.json_kinds[toelichting] = rij.json_kinds.at("toelichting");
    }
  }
  return fields;
}

namespace {

Response list_competenties(const App& app, const Context& ctx, Request& req) {
  (void)app;
  (void)ctx;
  json profielen = json::array();
  for (auto profiel : competenties::alle_profielen()) {
    json lijst = json::array();
    for (const auto& c : competenties::catalogus(profiel)) {
      lijst.push_back({{"code", std::string(c.code)},
                       {"naam", std::string(c.naam)},
                       {"groep", std::string(c.groep)},
                       {"beschrijving", std::string(c.beschrijving)},
                       {"bron", std::string(c.bron)}});
    }
    profielen.push_back({{"profiel", std::string(competenties::code(profiel))},
                         {"naam", std::string(competenties::label(profiel))},
                         {"competenties", lijst}});
  }
  return unpaged_list(
      req.path, "profielen", std::move(profielen),
      {{"schaal", {{"minimum", competenties::kMinScore}, {"maximum", competenties::kMaxScore}}}});
}

Response list_zelfbeoordelingen(const App& app, const Context& ctx, Request& req) {
  auto lijst = app.services.competenties->mijn_zelfbeoordelingen(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& z : *lijst) items.push_back(to_json(z));
  return unpaged_list(req.path, "zelfbeoordelingen", std::move(items));
}

Response post_zelfbeoordeling(const App& app, const Context& ctx, Request& req) {
  auto fields = decode_zelfbeoordeling(req.body);
  if (!fields.ok()) return error_response(fields.error(), req);
  return created(app.services.competenties->create(ctx, *fields), req, kBasis,
                 kZelfbeoordelingJson);
}

Response get_zelfbeoordeling(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.competenties->zelfbeoordeling(ctx, *id), req, kZelfbeoordelingJson);
}

Response put_zelfbeoordeling(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto fields = decode_zelfbeoordeling(req.body);
  if (!fields.ok()) return error_response(fields.error(), req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return single(app.services.competenties->update(ctx, *id, *versie, *fields), req,
                kZelfbeoordelingJson);
}

Response get_competentie_overzicht(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto& service = *app.services.competenties;
  std::int32_t jaar = service.huidig_jaar();
  auto q = req.query_params();
  if (auto it = q.find("jaar"); it != q.end() && !it->second.empty()) {
    auto n = parse_int64(it->second);
    if (!n || *n < competenties::kEersteJaar || *n > jaar + 1) {
      return error_response(Error::invalid({{"jaar", "fout.jaar_buiten_bereik"}}), req);
    }
    jaar = static_cast<std::int32_t>(*n);
  }
  auto overzicht = service.overzicht(ctx, *id, jaar);
  if (!overzicht.ok()) return error_response(overzicht.error(), req);
  json profielen = json::array();
  for (const auto& p : overzicht->profielen) {
    json lijst = json::array();
    for (const auto& c : p.cijfers) {
      double gemiddelde = std::round(c.gemiddelde * 100.0) / 100.0;
      lijst.push_back({{"competentie", std::string(c.competentie->code)},
                       {"naam", std::string(c.competentie->naam)},
                       {"groep", std::string(c.competentie->groep)},
                       {"getoond", c.getoond},
                       {"aantalBeoordelingen", optioneel(c.getoond, c.aantal)},
                       {"gemiddelde", optioneel(c.getoond, gemiddelde)},
                       {"ontwikkelbehoefte", optioneel(c.getoond, c.ontwikkelbehoefte)},
                       {"opleidingNodig", c.opleiding_nodig}});
    }
    profielen.push_back({{"profiel", std::string(competenties::code(p.profiel))},
                         {"getoond", p.getoond},
                         {"aantalBeoordelingen", optioneel(p.getoond, p.beoordelingen)},
                         {"competenties", lijst}});
  }
  return json_response(200, {{"_links", {{"self", {{"href", req.target}}}}},
                             {"jaar", overzicht->jaar},
                             {"minimumGroepsgrootte", overzicht->min_groepsgrootte},
                             {"_embedded", {{"profielen", profielen}}}});
}

json competentie_schemas() {
  json s;
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
       "De competentieprofielen van opdrachtgever "
       "(Basiscompetenties en Bijlage 1) "
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
       "Een score voor elke competentie van het profiel. Bij "
       "wijzigen liggen jaar "
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
  return s;
}

}  // namespace

void add_competentie_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json id_match = {param_ref("id"), param_ref("ifMatch")};
  r.add_tag("Competenties", "Zelfbeoordeling competenties");
  r.add_schemas(competentie_schemas());
  r.add("GET", "/competenties", list_competenties,
        op("listCompetenties", "Competenties", "Competentieprofielen",
           "COMP-1: de competenties van opdrachtgever en accountmanager uit de "
           "handreiking.",
           merge(ok_list("Competentiecatalogus", "De profielen."), problems({401, 503}))));
  r.add("GET", "/zelfbeoordelingen", list_zelfbeoordelingen,
        op("listZelfbeoordelingen", "Competenties", "Mijn zelfbeoordelingen",
           "De zelfbeoordelingen van de persoon die aan het account gekoppeld "
           "is; leeg zonder "
           "koppeling.",
           merge(ok_list("ZelfbeoordelingLijst", "De eigen zelfbeoordelingen."),
                 problems({401, 503}))));
  r.add("POST", "/zelfbeoordelingen", post_zelfbeoordeling,
        op("postZelfbeoordeling", "Competenties", "Zelfbeoordeling invullen",
           "Eén per persoon, jaar en profiel (409 als die al bestaat). 403 "
           "zonder gekoppelde "
           "persoon.",
           merge(ok("Zelfbeoordeling", "Aangemaakt.", true, 201, true),
                 problems({400, 401, 403, 409, 503})),
           json::array(), "ZelfbeoordelingInvoer"));
  r.add("GET", "/zelfbeoordelingen/{id}", get_zelfbeoordeling,
        op("getZelfbeoordeling", "Competenties", "Eén eigen zelfbeoordeling",
           "Die van een ander geeft 404, ook voor een beheerder.",
           merge(ok("Zelfbeoordeling", "De zelfbeoordeling."), problems({401, 404, 503})), id));
  r.add("PUT", "/zelfbeoordelingen/{id}", put_zelfbeoordeling,
        op("putZelfbeoordeling", "Competenties", "Eigen zelfbeoordeling wijzigen",
           "Met If-Match; jaar en profiel liggen vast.",
           merge(ok("Zelfbeoordeling", "Gewijzigd."), problems({400, 401, 404, 409, 428, 503})),
           id_match, "ZelfbeoordelingInvoer"));
  r.add(
      "GET", "/regios/{id}/competentie-overzicht", get_competentie_overzicht,
      op("getCompetentieOverzicht", "Competenties", "Competenties in de regio",
         "Alleen totalen per competentie (aantal, gemiddelde, "
         "ontwikkelbehoefte), waar opleiding "
         "nodig is eerst; profielen met minder dan 3 zelfbeoordelingen "
         "zonder cijfers.",
         merge(ok("CompetentieOverzicht", "Het overzicht.", false), problems({400, 401, 404, 503})),
         json{param_ref("id"),
              query_param("jaar", "Jaar; standaard dit jaar", {{"type", "integer"}})}));
}

}  // namespace regie::web::api
