#include "web/api/beleidscyclus_api.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/api/api.hpp"
#include "web/api/api_support.hpp"
#include "web/messages.hpp"

namespace regie::web::api {
namespace {

using json = nlohmann::json;
using service::Context;

json optional_date(const std::optional<Datum>& d) { return d ? json(d->iso()) : json(nullptr); }

std::string cyclus_pad(Id regio_id) {
  return "/api/v1/regios/" + std::to_string(regio_id) + "/beleidscyclus";
}

std::string stap_pad(Id regio_id, Id stap_id) {
  return cyclus_pad(regio_id) + "/stappen/" + std::to_string(stap_id);
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
      {"versie", s.versie},
      {"_links", {{"self", {{"href", stap_pad(s.regio_id, s.id)}}}}}};
}

json to_json(const beleidscyclus::Document& d) {
  return {{"id", d.id},     {"stapId", d.stap_id}, {"titel", d.titel},
          {"link", d.link}, {"door", d.door},      {"toegevoegd", d.toegevoegd}};
}

json to_json(const beleidscyclus::Besluit& b) {
  return {{"id", b.id},
          {"stapId", b.stap_id},
          {"tekst", b.tekst},
          {"datum", b.datum.iso()},
          {"door", b.door}};
}

json to_json(const beleidscyclus::Heropening& h) {
  return {{"id", h.id},          {"stapId", h.stap_id},
          {"door", h.door},      {"tijdstip", h.tijdstip},
          {"reden", h.reden},    {"vorigeStatus", std::string(code(h.vorige_status))},
          {"periode", h.periode}};
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

template <typename T>
Response created(const Result<T>& result, const Request& req) {
  if (!result.ok()) return error_response(result.error(), req);
  Response response = json_response(201, to_json(*result));
  response.set_header("Location", req.path + "/" + std::to_string(result->id));
  return response;
}

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

std::optional<Fields> body_fields(const Request& req, Response& bad) {
  auto fields = decode_json_fields(req.body);
  if (!fields.ok()) {
    bad = error_response(fields.error(), req);
    return std::nullopt;
  }
  return std::move(fields).value();
}

// The version the client read, from If-Match (an ETag "\"3\"").
std::optional<std::int64_t> if_match(const Request& req) {
  std::string tag = req.header("if-match");
  if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
  if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') {
    tag = tag.substr(1, tag.size() - 2);
  }
  return parse_int64(tag);
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
  body["_embedded"] = {{"documenten", documenten},
                       {"besluiten", besluiten},
                       {"heropeningen", heropeningen},
                       {"evaluatieconclusies", conclusies}};
  Response response = json_response(200, body);
  response.set_header("ETag", "\"" + std::to_string(detail.stap.versie) + "\"");
  return response;
}

}  // namespace

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
  auto versie = if_match(req);
  if (!versie) return problem(428, "Versie vereist", tekst("fout.versie_ontbreekt"), req.path);
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
      app.services.beleidscyclus->add_document(ctx, pad->regio_id, pad->stap_id, *fields), req);
}

Response post_cyclusbesluit(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.beleidscyclus->add_besluit(ctx, pad->regio_id, pad->stap_id, *fields),
                 req);
}

Response post_cyclusheropening(const App& app, const Context& ctx, Request& req) {
  auto pad = stap_uit_pad(req);
  if (!pad) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.beleidscyclus->heropen(ctx, pad->regio_id, pad->stap_id, *fields),
                 req);
}

Response list_evaluatieconclusies(const App& app, const Context& ctx, Request& req) {
  auto regio_id = path_id(req, "id");
  if (!regio_id) return not_found(req);
  auto list = app.services.beleidscyclus->evaluatieconclusies(ctx, *regio_id);
  if (!list.ok()) return error_response(list.error(), req);
  json items = json::array();
  for (const auto& e : *list) items.push_back(to_json(e));
  return json_response(200, {{"_links", {{"self", {{"href", req.path}}}}},
                             {"_embedded", {{"evaluatieconclusies", items}}}});
}

Response post_evaluatieconclusie(const App& app, const Context& ctx, Request& req) {
  auto regio_id = path_id(req, "id");
  if (!regio_id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.beleidscyclus->add_evaluatieconclusie(ctx, *regio_id, *fields), req);
}

}  // namespace regie::web::api
