// COMP-1 over the API: /competenties, /zelfbeoordelingen and /regios/{id}/competentie-overzicht.
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/api/api.hpp"
#include "web/api/api_support.hpp"
#include "web/messages.hpp"

namespace regie::web::api {
namespace {

using json = nlohmann::json;
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

Response single(const Result<Zelfbeoordeling>& result, const Request& req, int status = 200) {
  if (!result.ok()) return error_response(result.error(), req);
  Response response = json_response(status, to_json(*result));
  response.set_header("ETag", "\"" + std::to_string(result->versie) + "\"");
  if (status == 201)
    response.set_header("Location", std::string(kBasis) + "/" + std::to_string(result->id));
  return response;
}

std::optional<std::int64_t> if_match(const Request& req) {
  std::string tag = req.header("if-match");
  if (tag.empty()) return std::nullopt;
  if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
  if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') {
    tag = tag.substr(1, tag.size() - 2);
  }
  return parse_int64(tag);
}

std::string als_tekst(const json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

json optioneel(bool getoond, const json& waarde) { return getoond ? waarde : json(nullptr); }

}  // namespace

Result<Fields> decode_zelfbeoordeling(const std::string& body) {
  json parsed = json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return Error::invalid({{"body", "fout.json"}});
  }
  Fields fields;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : parsed.items()) {
    if (key == "jaar" || key == "profiel") {
      if (value.is_string() || value.is_number_integer()) {
        fields[key] = als_tekst(value);
      } else if (!value.is_null()) {
        errors.push_back({key, "fout.type"});
      }
    } else if (key == "scores") {
      if (!value.is_array()) {
        errors.push_back({"scores", "fout.type"});
        continue;
      }
      for (const auto& item : value) {
        if (!item.is_object() || !item.contains("competentie") ||
            !item["competentie"].is_string()) {
          errors.push_back({"scores", "fout.type"});
          continue;
        }
        auto c = item["competentie"].get<std::string>();
        if (item.contains("score") && !item["score"].is_null()) {
          fields[competenties::score_veld(c)] = als_tekst(item["score"]);
        } else {
          fields[competenties::score_veld(c)] = "";
        }
        if (item.contains("toelichting") && item["toelichting"].is_string()) {
          fields[competenties::toelichting_veld(c)] = item["toelichting"].get<std::string>();
        } else if (item.contains("toelichting") && !item["toelichting"].is_null()) {
          errors.push_back({competenties::toelichting_veld(c), "fout.type"});
        }
      }
    } else if (key != "id" && key != "persoonId" && key != "versie" && key != "_links") {
      errors.push_back({key, "fout.onbekend_veld"});
    }
  }
  if (!errors.empty()) return Error::invalid(errors);
  return fields;
}

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
  return json_response(
      200,
      {{"_links", {{"self", {{"href", req.path}}}}},
       {"schaal", {{"minimum", competenties::kMinScore}, {"maximum", competenties::kMaxScore}}},
       {"_embedded", {{"profielen", profielen}}}});
}

Response list_zelfbeoordelingen(const App& app, const Context& ctx, Request& req) {
  auto lijst = app.services.competenties->mijn_zelfbeoordelingen(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& z : *lijst) items.push_back(to_json(z));
  Response response = json_response(200, {{"_links", {{"self", {{"href", req.path}}}}},
                                          {"_embedded", {{"zelfbeoordelingen", items}}}});
  response.set_header("X-Total-Count", std::to_string(lijst->size()));
  return response;
}

Response post_zelfbeoordeling(const App& app, const Context& ctx, Request& req) {
  auto fields = decode_zelfbeoordeling(req.body);
  if (!fields.ok()) return error_response(fields.error(), req);
  return single(app.services.competenties->create(ctx, *fields), req, 201);
}

Response get_zelfbeoordeling(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.competenties->zelfbeoordeling(ctx, *id), req);
}

Response put_zelfbeoordeling(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto fields = decode_zelfbeoordeling(req.body);
  if (!fields.ok()) return error_response(fields.error(), req);
  auto versie = if_match(req);
  if (!versie) return problem(428, "Versie vereist", tekst("fout.versie_ontbreekt"), req.path);
  return single(app.services.competenties->update(ctx, *id, *versie, *fields), req);
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

}  // namespace regie::web::api
