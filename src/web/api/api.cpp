#include "web/api/api.hpp"
#include "web/api/api_support.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"

namespace regie::web::api {
namespace {

using json = nlohmann::json;
using governance::Deelnemerschap;
using governance::Organisatie;
using governance::Persoon;
using governance::Regio;
using governance::Rol;

constexpr std::int64_t kStandaardPaginaGrootte = 20;
constexpr std::int64_t kMaxPaginaGrootte = 100;

json optional_date(const std::optional<Datum>& d) { return d ? json(d->iso()) : json(nullptr); }

json to_json(const Regio& r) {
  return {{"id", r.id},
          {"naam", r.naam},
          {"gemeenschappelijkeRegeling", r.gemeenschappelijke_regeling},
          {"minimumUrenAmbtelijkOpdrachtgever", r.minimum_uren_ambtelijk_opdrachtgever},
          {"versie", r.versie}};
}

json to_json(const Organisatie& o) {
  return {{"id", o.id},
          {"regioId", o.regio_id},
          {"naam", o.naam},
          {"soort", std::string(code(o.soort))},
          {"inwonertal", o.inwonertal ? json(*o.inwonertal) : json(nullptr)},
          {"versie", o.versie}};
}

json to_json(const Deelnemerschap& d) {
  return {{"id", d.id},
          {"organisatieId", d.organisatie_id},
          {"relatie", std::string(code(d.relatie))},
          {"van", d.periode.van.iso()},
          {"tot", optional_date(d.periode.tot)}};
}

json to_json(const Persoon& p) {
  return {{"id", p.id},        {"regioId", p.regio_id}, {"organisatieId", p.organisatie_id},
          {"naam", p.naam},    {"email", p.email},      {"functie", p.functie},
          {"versie", p.versie}};
}

json to_json(const PersoonRegel& r) {
  json j = to_json(r.persoon);
  j["organisatieNaam"] = r.organisatie_naam;
  return j;
}

json to_json(const Rol& r) {
  return {{"id", r.id},
          {"persoonId", r.persoon_id},
          {"organisatieId", r.organisatie_id},
          {"soort", std::string(code(r.soort))},
          {"van", r.periode.van.iso()},
          {"tot", optional_date(r.periode.tot)},
          {"urenPerJaar", r.uren_per_jaar},
          {"versie", r.versie}};
}

json to_json(const RolRegel& r) {
  json j = to_json(r.rol);
  j["persoonNaam"] = r.persoon_naam;
  j["organisatieNaam"] = r.organisatie_naam;
  return j;
}

// ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
json to_json(const governance::Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return {{"id", v.id},
          {"regioId", v.regio_id},
          {"opdrachtgeverId", v.opdrachtgever_id},
          {"vertegenwoordigdeId", v.vertegenwoordigde_id},
          {"mandaatVerleendDoor", m.verleend_door ? json(*m.verleend_door) : json(nullptr)},
          {"mandaatVerleendOp", optional_date(m.verleend_op)},
          {"mandaatScope", m.scope},
          {"mandaatVan", m.periode ? json(m.periode->van.iso()) : json(nullptr)},
          {"mandaatTot", m.periode ? optional_date(m.periode->tot) : json(nullptr)},
          {"versie", v.versie}};
}

json to_json(const service::VertegenwoordigingRegel& r) {
  json j = to_json(r.vertegenwoordiging);
  j["opdrachtgeverNaam"] = r.opdrachtgever_naam;
  j["vertegenwoordigdeNaam"] = r.vertegenwoordigde_naam;
  j["mandaatVerleendDoorNaam"] = r.verleend_door_naam;
  j["mandaatCompleet"] = r.compleet;
  j["mandaatGeldig"] = r.geldig;
  return j;
}

json to_json(const governance::Projectgroep::Lid& lid) {
  return {{"id", lid.id}, {"persoonId", lid.persoon_id}, {"organisatieId", lid.organisatie_id}};
}

// ---- Signalen (OPD-6): defined with their handlers at the end of this file.
json to_json(const opdrachten::Signaal& s);

template <typename T>
Response single(const Result<T>& result, const Request& req, int status = 200) {
  if (!result.ok()) return error_response(result.error(), req);
  Response response = json_response(status, to_json(*result));
  response.set_header("ETag", "\"" + std::to_string(result->versie) + "\"");
  return response;
}

template <typename T>
Response created_at(const Result<T>& r, const Request& req, const std::string& base) {
  Response response = single(r, req, 201);
  if (r.ok()) response.set_header("Location", base + "/" + std::to_string(r->id));
  return response;
}

Response no_content(const Result<void>& r, const Request& req) {
  if (!r.ok()) return error_response(r.error(), req);
  Response response;
  response.status = 204;
  return response;
}

// The version the client read: If-Match (an ETag "\"3\"") or, for forms of clients that
// cannot set headers, "versie" in the body or query.
std::optional<std::int64_t> expected_version(const Request& req, const Fields* fields) {
  std::string tag = req.header("if-match");
  if (!tag.empty()) {
    if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
    if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') {
      tag = tag.substr(1, tag.size() - 2);
    }
    return parse_int64(tag);
  }
  if (fields) {
    auto v = field(*fields, "versie");
    if (v) return parse_int64(*v);
  }
  auto q = req.query_params();
  if (auto it = q.find("versie"); it != q.end()) return parse_int64(it->second);
  return std::nullopt;
}

Response version_required(const Request& req) {
  return problem(428, "Versie vereist", tekst("fout.versie_ontbreekt"), req.path);
}

struct Paging {
  PageRequest page;
  std::int64_t pagina = 1;
};

// Reads pagina and paginaGrootte; adds field errors for bad values.
Paging read_paging(const std::map<std::string, std::string>& q, std::vector<FieldError>& errors) {
  Paging p;
  p.page.limit = kStandaardPaginaGrootte;
  if (auto it = q.find("pagina"); it != q.end()) {
    auto n = parse_int64(it->second);
    if (!n || *n < 1) {
      errors.push_back({"pagina", "fout.geen_geheel_getal"});
    } else {
      p.pagina = *n;
    }
  }
  if (auto it = q.find("paginaGrootte"); it != q.end()) {
    auto n = parse_int64(it->second);
    if (!n || *n < 1 || *n > kMaxPaginaGrootte) {
      errors.push_back({"paginaGrootte", "fout.te_groot"});
    } else {
      p.page.limit = *n;
    }
  }
  p.page.offset = (p.pagina - 1) * p.page.limit;
  return p;
}

std::string sort_field(const std::map<std::string, std::string>& q, SortRichting& richting) {
  auto it = q.find("sorteer");
  if (it == q.end() || it->second.empty()) return "";
  std::string s = it->second;
  if (s.front() == '-') {
    richting = SortRichting::kAflopend;
    return s.substr(1);
  }
  return s;
}

std::string page_link(const Request& req, std::int64_t pagina) {
  auto q = req.query_params();
  q["pagina"] = std::to_string(pagina);
  std::string out = req.path + "?";
  bool first = true;
  for (const auto& [k, v] : q) {
    if (!first) out += "&";
    first = false;
    out += percent_encode(k) + "=" + percent_encode(v);
  }
  return out;
}

template <typename T>
Response list_response(const Request& req, const std::string& name, const Page<T>& page,
                       const Paging& paging) {
  json items = json::array();
  for (const auto& item : page.items) items.push_back(to_json(item));
  std::int64_t last =
      std::max<std::int64_t>(1, (page.total + paging.page.limit - 1) / paging.page.limit);
  json links = {{"self", {{"href", page_link(req, paging.pagina)}}},
                {"first", {{"href", page_link(req, 1)}}},
                {"last", {{"href", page_link(req, last)}}}};
  if (paging.pagina > 1) links["prev"] = {{"href", page_link(req, paging.pagina - 1)}};
  if (paging.pagina < last) links["next"] = {{"href", page_link(req, paging.pagina + 1)}};
  Response response = json_response(200, {{"_links", links}, {"_embedded", {{name, items}}}});
  response.set_header("X-Total-Count", std::to_string(page.total));
  response.set_header("X-Pagination-Page", std::to_string(paging.pagina));
  response.set_header("X-Pagination-Limit", std::to_string(paging.page.limit));
  return response;
}

Response invalid_query(const std::vector<FieldError>& errors, const Request& req) {
  return error_response(Error::invalid(errors), req);
}

std::optional<Id> query_id(const std::map<std::string, std::string>& q, const std::string& name,
                           std::vector<FieldError>& errors) {
  auto it = q.find(name);
  if (it == q.end() || it->second.empty()) return std::nullopt;
  auto id = parse_int64(it->second);
  if (!id || *id <= 0) {
    errors.push_back({name, "fout.ongeldige_keuze"});
    return std::nullopt;
  }
  return id;
}

// Decodes the body, or answers 400.
std::optional<Fields> body_fields(const Request& req, Response& bad) {
  auto fields = decode_json_fields(req.body);
  if (!fields.ok()) {
    bad = error_response(fields.error(), req);
    return std::nullopt;
  }
  return std::move(fields).value();
}

}  // namespace

Response problem(int status, const std::string& title, const std::string& detail,
                 const std::string& instance) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/problem+json");
  json body = {{"type", "about:blank"},
               {"title", title},
               {"status", status},
               {"detail", detail},
               {"instance", instance}};
  response.body = body.dump();
  return response;
}

Response error_response(const Error& error, const Request& req) {
  return problem(http_status(error.code), titel(error.code), beschrijving(error), req.path);
}

std::optional<Context> authenticate(const App& app, const Request& req, Response& denied) {
  std::string header = req.header("authorization");
  std::string token;
  if (header.rfind("Bearer ", 0) == 0) token = trim(header.substr(7));
  auto actor = app.services.auth->bearer(token);
  if (!actor.ok()) {
    denied = actor.error().code == ErrorCode::kUnauthenticated
                 ? problem(401, titel(ErrorCode::kUnauthenticated),
                           "Stuur een geldig token in de header Authorization: Bearer <token>.",
                           req.path)
                 : error_response(actor.error(), req);
    if (denied.status == 401) denied.set_header("WWW-Authenticate", "Bearer realm=\"regie\"");
    return std::nullopt;
  }
  return Context{*actor, "api " + req.remote_address};
}

// ---- regios

Response list_regios(const App& app, const Context& ctx, Request& req) {
  auto regios = app.services.register_->regios(ctx);
  if (!regios.ok()) return error_response(regios.error(), req);
  Page<Regio> page{*regios, static_cast<std::int64_t>(regios->size())};
  std::vector<FieldError> errors;
  auto paging = read_paging(req.query_params(), errors);
  if (!errors.empty()) return invalid_query(errors, req);
  return list_response(req, "regios", page, paging);
}

Response get_regio(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->regio(ctx, *id), req);
}

Response put_regio(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, &*fields);
  if (!versie) return version_required(req);
  return single(app.services.register_->update_regio(ctx, *id, *versie, *fields), req);
}

Response list_bevindingen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto q = req.query_params();
  Datum peildatum = app.services.clock->vandaag();
  if (auto it = q.find("peildatum"); it != q.end() && !it->second.empty()) {
    auto parsed = Datum::parse_iso(it->second);
    if (!parsed) return invalid_query({{"peildatum", "fout.ongeldige_datum"}}, req);
    peildatum = *parsed;
  }
  std::vector<FieldError> errors;
  auto organisatie_id = query_id(q, "organisatieId", errors);
  if (!errors.empty()) return invalid_query(errors, req);
  auto gezondheid = app.services.governance->bevindingen(ctx, *id, peildatum, organisatie_id);
  if (!gezondheid.ok()) return error_response(gezondheid.error(), req);
  json items = json::array();
  for (const auto& b : gezondheid->bevindingen) {
    json organisaties = json::array();
    for (Id o : b.organisaties) {
      organisaties.push_back({{"id", o}, {"naam", gezondheid->organisatie_namen[o]}});
    }
    json personen = json::array();
    for (Id p : b.personen) personen.push_back({{"id", p}, {"naam", gezondheid->persoon_namen[p]}});
    items.push_back({{"requirement", b.requirement},
                     {"ernst", std::string(code(b.ernst))},
                     {"pet", std::string(code(b.pet))},
                     {"organisaties", organisaties},
                     {"personen", personen},
                     {"code", b.uitleg_key},
                     {"uitleg", tekst_met(b.uitleg_key, b.waarden)},
                     {"remedie", tekst_met(b.remedie_key, b.waarden)},
                     {"waarden", b.waarden}});
  }
  return json_response(
      200, {{"_links", {{"self", {{"href", req.target}}}}},
            {"peildatum", peildatum.iso()},
            {"eigenWeergave", gezondheid->eigen_weergave},
            {"organisatieId",
             gezondheid->organisatie_id ? json(*gezondheid->organisatie_id) : json(nullptr)},
            {"_embedded", {{"bevindingen", items}}}});
}

// ---- organisaties

Response list_organisaties(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  OrganisatieQuery query;
  auto paging = read_paging(q, errors);
  query.page = paging.page;
  if (auto it = q.find("zoek"); it != q.end()) query.zoek = it->second;
  if (auto it = q.find("soort"); it != q.end() && !it->second.empty()) {
    query.soort = governance::organisatie_soort_from_code(it->second);
    if (!query.soort) errors.push_back({"soort", "fout.ongeldige_keuze"});
  }
  auto sorteer = sort_field(q, query.richting);
  if (!sorteer.empty()) {
    if (sorteer != "naam" && sorteer != "soort" && sorteer != "inwonertal") {
      errors.push_back({"sorteer", "fout.ongeldige_keuze"});
    }
    query.sorteer = sorteer;
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto page = app.services.register_->organisaties(ctx, query);
  if (!page.ok()) return error_response(page.error(), req);
  return list_response(req, "organisaties", *page, paging);
}

Response get_organisatie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->organisatie(ctx, *id), req);
}

Response post_organisatie(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created_at(app.services.register_->create_organisatie(ctx, *fields), req, req.path);
}

Response put_organisatie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, &*fields);
  if (!versie) return version_required(req);
  return single(app.services.register_->update_organisatie(ctx, *id, *versie, *fields), req);
}

Response delete_organisatie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto versie = expected_version(req, nullptr);
  if (!versie) return version_required(req);
  return no_content(app.services.register_->delete_organisatie(ctx, *id, *versie), req);
}

Response list_deelnemerschappen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto list = app.services.register_->deelnemerschappen(ctx, *id);
  if (!list.ok()) return error_response(list.error(), req);
  std::vector<FieldError> errors;
  auto paging = read_paging(req.query_params(), errors);
  if (!errors.empty()) return invalid_query(errors, req);
  Page<Deelnemerschap> page{*list, static_cast<std::int64_t>(list->size())};
  paging.page.limit = std::max<std::int64_t>(paging.page.limit, page.total);
  return list_response(req, "deelnemerschappen", page, paging);
}

Response post_deelnemerschap(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto result = app.services.register_->add_deelnemerschap(ctx, *id, *fields);
  if (!result.ok()) return error_response(result.error(), req);
  Response response = json_response(201, to_json(*result));
  response.set_header("Location", req.path + "/" + std::to_string(result->id));
  return response;
}

Response delete_deelnemerschap(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto did = path_id(req, "deelnemerschapId");
  if (!id || !did) return not_found(req);
  return no_content(app.services.register_->delete_deelnemerschap(ctx, *id, *did), req);
}

// ---- personen

Response list_personen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  PersoonQuery query;
  auto paging = read_paging(q, errors);
  query.page = paging.page;
  if (auto it = q.find("zoek"); it != q.end()) query.zoek = it->second;
  query.organisatie_id = query_id(q, "organisatieId", errors);
  auto sorteer = sort_field(q, query.richting);
  if (!sorteer.empty()) {
    if (sorteer != "naam" && sorteer != "organisatie") {
      errors.push_back({"sorteer", "fout.ongeldige_keuze"});
    }
    query.sorteer = sorteer;
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto page = app.services.register_->personen(ctx, query);
  if (!page.ok()) return error_response(page.error(), req);
  return list_response(req, "personen", *page, paging);
}

Response get_persoon(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->persoon(ctx, *id), req);
}

Response post_persoon(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created_at(app.services.register_->create_persoon(ctx, *fields), req, req.path);
}

Response put_persoon(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, &*fields);
  if (!versie) return version_required(req);
  return single(app.services.register_->update_persoon(ctx, *id, *versie, *fields), req);
}

Response delete_persoon(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto versie = expected_version(req, nullptr);
  if (!versie) return version_required(req);
  return no_content(app.services.register_->delete_persoon(ctx, *id, *versie), req);
}

// ---- rollen

Response list_rollen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  RolQuery query;
  auto paging = read_paging(q, errors);
  query.page = paging.page;
  query.persoon_id = query_id(q, "persoonId", errors);
  query.organisatie_id = query_id(q, "organisatieId", errors);
  if (auto it = q.find("soort"); it != q.end() && !it->second.empty()) {
    query.soort = governance::rol_soort_from_code(it->second);
    if (!query.soort) errors.push_back({"soort", "fout.ongeldige_keuze"});
  }
  if (auto it = q.find("peildatum"); it != q.end() && !it->second.empty()) {
    query.peildatum = Datum::parse_iso(it->second);
    if (!query.peildatum) errors.push_back({"peildatum", "fout.ongeldige_datum"});
  }
  auto sorteer = sort_field(q, query.richting);
  if (!sorteer.empty()) {
    if (sorteer != "persoon" && sorteer != "organisatie" && sorteer != "soort" &&
        sorteer != "van") {
      errors.push_back({"sorteer", "fout.ongeldige_keuze"});
    }
    query.sorteer = sorteer;
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto page = app.services.register_->rollen(ctx, query);
  if (!page.ok()) return error_response(page.error(), req);
  return list_response(req, "rollen", *page, paging);
}

Response get_rol(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->rol(ctx, *id), req);
}

Response post_rol(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created_at(app.services.register_->create_rol(ctx, *fields), req, req.path);
}

Response put_rol(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, &*fields);
  if (!versie) return version_required(req);
  return single(app.services.register_->update_rol(ctx, *id, *versie, *fields), req);
}

Response delete_rol(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto versie = expected_version(req, nullptr);
  if (!versie) return version_required(req);
  return no_content(app.services.register_->delete_rol(ctx, *id, *versie), req);
}

// ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)

namespace {

// The regio in the path must be the actor's own (others: 404, like every other regio read).
bool eigen_regio(const Context& ctx, const Request& req) {
  auto id = path_id(req, "id");
  return id && *id == ctx.actor.regio_id;
}

}  // namespace

Response list_vertegenwoordigingen(const App& app, const Context& ctx, Request& req) {
  std::vector<FieldError> errors;
  auto paging = read_paging(req.query_params(), errors);
  if (!errors.empty()) return invalid_query(errors, req);
  auto lijst = app.services.governance->vertegenwoordigingen(ctx, app.services.clock->vandaag());
  if (!lijst.ok()) return error_response(lijst.error(), req);
  Page<service::VertegenwoordigingRegel> page;
  page.total = static_cast<std::int64_t>(lijst->size());
  for (std::int64_t i = paging.page.offset;
       i < page.total && i < paging.page.offset + paging.page.limit; ++i) {
    page.items.push_back((*lijst)[static_cast<std::size_t>(i)]);
  }
  return list_response(req, "vertegenwoordigingen", page, paging);
}

Response get_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto regel = app.services.governance->vertegenwoordiging(ctx, *id, app.services.clock->vandaag());
  if (!regel.ok()) return error_response(regel.error(), req);
  Response response = json_response(200, to_json(*regel));
  response.set_header("ETag", "\"" + std::to_string(regel->vertegenwoordiging.versie) + "\"");
  return response;
}

Response post_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created_at(app.services.governance->create_vertegenwoordiging(ctx, *fields), req,
                    req.path);
}

Response put_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, &*fields);
  if (!versie) return version_required(req);
  return single(app.services.governance->update_vertegenwoordiging(ctx, *id, *versie, *fields),
                req);
}

Response delete_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto versie = expected_version(req, nullptr);
  if (!versie) return version_required(req);
  return no_content(app.services.governance->delete_vertegenwoordiging(ctx, *id, *versie), req);
}

namespace {

Response projectgroep_response(const App& app, const Context& ctx, const Request& req) {
  auto weergave = app.services.governance->projectgroep(ctx, app.services.clock->vandaag());
  if (!weergave.ok()) return error_response(weergave.error(), req);
  if (!weergave->groep) return not_found(req);
  const auto& groep = *weergave->groep;
  json leden = json::array();
  for (const auto& lid : groep.leden) {
    json j = to_json(lid);
    j["persoonNaam"] = weergave->persoon_namen[lid.persoon_id];
    j["organisatieNaam"] = weergave->organisatie_namen[lid.organisatie_id];
    leden.push_back(j);
  }
  json ontbrekend = json::array();
  for (Id o : weergave->ontbrekende_deelnemers) {
    ontbrekend.push_back({{"id", o}, {"naam", weergave->organisatie_namen[o]}});
  }
  json body = {{"_links", {{"self", {{"href", req.path}}}}},
               {"regioId", ctx.actor.regio_id},
               {"regisseurPersoonId",
                groep.regisseur_persoon_id ? json(*groep.regisseur_persoon_id) : json(nullptr)},
               {"regisseurNaam", groep.regisseur_persoon_id
                                     ? json(weergave->persoon_namen[*groep.regisseur_persoon_id])
                                     : json(nullptr)},
               {"leden", leden},
               {"ontbrekendeDeelnemers", ontbrekend},
               {"versie", groep.versie}};
  Response response = json_response(200, body);
  response.set_header("ETag", "\"" + std::to_string(groep.versie) + "\"");
  return response;
}

}  // namespace

Response get_projectgroep(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  return projectgroep_response(app, ctx, req);
}

Response put_projectgroep(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, &*fields);
  if (!versie) {
    // Creating the projectgroep needs no version; changing an existing one does.
    auto bestaand = app.services.governance->projectgroep(ctx, app.services.clock->vandaag());
    if (!bestaand.ok()) return error_response(bestaand.error(), req);
    if (bestaand->groep) return version_required(req);
    versie = 0;
  }
  auto result = app.services.governance->zet_regisseur(ctx, *versie, *fields);
  if (!result.ok()) return error_response(result.error(), req);
  return projectgroep_response(app, ctx, req);
}

Response post_projectgroeplid(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto lid = app.services.governance->add_projectgroeplid(ctx, *fields);
  if (!lid.ok()) return error_response(lid.error(), req);
  Response response = json_response(201, to_json(*lid));
  response.set_header("Location", req.path + "/" + std::to_string(lid->id));
  return response;
}

Response delete_projectgroeplid(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  auto lid = path_id(req, "lidId");
  if (!lid) return not_found(req);
  return no_content(app.services.governance->delete_projectgroeplid(ctx, *lid), req);
}

// ---- Opdrachten (OPD)

namespace {

json to_json(const opdrachten::Opdracht& o, bool volledig) {
  json j = {{"id", o.id},
            {"regioId", o.regio_id},
            {"opdrachtgeverId", o.opdrachtgever_id},
            {"titel", o.titel},
            {"jaar", o.jaar},
            {"soort", std::string(code(o.soort))},
            {"deelnemerId", o.deelnemer_id ? json(*o.deelnemer_id) : json(nullptr)},
            {"extraUren", o.extra_uren},
            {"extraFinanciering", o.extra_financiering_cents},
            {"status", std::string(code(o.status))},
            {"inhoudsversie", o.inhoudsversie},
            {"totaalBedrag", opdrachten::totaal_cents(o)},
            {"totaalUren", opdrachten::totaal_uren(o)},
            {"versie", o.versie}};
  if (!volledig) return j;
  j["aanleiding"] = o.aanleiding;
  j["scope"] = o.scope;
  j["doel"] = o.doel;
  j["activiteiten"] = o.activiteiten;
  j["resultaat"] = o.resultaat;
  j["sturingsvorm"] = o.sturingsvorm;
  j["monitoring"] = o.monitoring;
  j["governance"] = o.governance;
  auto id_of_null = [](const std::optional<Id>& id) { return id ? json(*id) : json(nullptr); };
  j["planning"] = json::array();
  for (const auto& m : o.planning) {
    j["planning"].push_back({{"omschrijving", m.omschrijving}, {"datum", optional_date(m.datum)}});
  }
  j["bemensing"] = json::array();
  for (const auto& i : o.bemensing) {
    j["bemensing"].push_back(
        {{"rol", i.rol}, {"uren", i.uren}, {"persoonId", id_of_null(i.persoon_id)}});
  }
  j["financien"] = json::array();
  for (const auto& b : o.financien) {
    j["financien"].push_back(
        {{"jaar", b.jaar}, {"bedrag", b.cents}, {"omschrijving", b.omschrijving}});
  }
  j["stakeholders"] = json::array();
  for (const auto& st : o.stakeholders) {
    j["stakeholders"].push_back({{"naam", st.naam},
                                 {"rol", st.rol},
                                 {"organisatieId", id_of_null(st.organisatie_id)},
                                 {"persoonId", id_of_null(st.persoon_id)}});
  }
  j["risicos"] = json::array();
  for (const auto& r : o.risicos) {
    j["risicos"].push_back({{"omschrijving", r.omschrijving},
                            {"kans", std::string(code(r.kans))},
                            {"impact", std::string(code(r.impact))},
                            {"beheersmaatregel", r.beheersmaatregel},
                            {"eigenaar", r.eigenaar}});
  }
  return j;
}

json to_json(const opdrachten::Overgang& o) {
  return {{"id", o.id},
          {"stap", std::string(code(o.stap))},
          {"van", std::string(code(o.van))},
          {"naar", std::string(code(o.naar))},
          {"door", o.door},
          {"tijdstip", o.tijdstip},
          {"reden", o.reden}};
}

Response opdracht_response(const App& app, const Context& ctx, const Request& req, Id id,
                           int status) {
  auto d = app.services.opdrachten->opdracht(ctx, id);
  if (!d.ok()) return error_response(d.error(), req);
  json body = to_json(d->opdracht, true);
  json controle = json::array();
  for (const auto& c : d->controle) {
    controle.push_back({{"onderdeel", std::string(code(c.deel))},
                        {"oordeel", std::string(code(c.oordeel))},
                        {"toelichting", c.reden_key.empty() ? "" : tekst(c.reden_key)}});
  }
  body["controle"] = controle;
  json stappen = json::array();
  for (auto s : d->mogelijke_stappen) stappen.push_back(std::string(code(s)));
  body["mogelijkeStappen"] = stappen;
  body["_links"] = {
      {"self", {{"href", "/api/v1/opdrachten/" + std::to_string(id)}}},
      {"overgangen", {{"href", "/api/v1/opdrachten/" + std::to_string(id) + "/overgangen"}}}};
  Response response = json_response(status, body);
  response.set_header("ETag", "\"" + std::to_string(d->opdracht.versie) + "\"");
  if (status == 201) response.set_header("Location", "/api/v1/opdrachten/" + std::to_string(id));
  return response;
}

std::optional<std::pair<Fields, opdrachten::Lijsten>> opdracht_body(const Request& req,
                                                                    Response& bad) {
  auto decoded = decode_json_met_lijsten(req.body, opdrachten::lijstnamen());
  if (!decoded.ok()) {
    bad = error_response(decoded.error(), req);
    return std::nullopt;
  }
  return std::move(decoded).value();
}

}  // namespace

Response list_opdrachten(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  auto paging = read_paging(q, errors);
  OpdrachtQuery query;
  if (auto it = q.find("status"); it != q.end() && !it->second.empty()) {
    query.status = opdrachten::status_from_code(it->second);
    if (!query.status) errors.push_back({"status", "fout.ongeldige_keuze"});
  }
  query.deelnemer_id = query_id(q, "deelnemerId", errors);
  if (auto it = q.find("jaar"); it != q.end() && !it->second.empty()) {
    auto jaar = parse_int64(it->second);
    if (!jaar || *jaar < 2000 || *jaar > 2100) {
      errors.push_back({"jaar", "fout.geen_geheel_getal"});
    } else {
      query.jaar = static_cast<std::int32_t>(*jaar);
    }
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto lijst = app.services.opdrachten->opdrachten(ctx, query);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  auto totaal = static_cast<std::int64_t>(lijst->size());
  for (std::int64_t i = paging.page.offset;
       i < totaal && i < paging.page.offset + paging.page.limit; ++i) {
    items.push_back(to_json((*lijst)[static_cast<std::size_t>(i)], false));
  }
  std::int64_t last =
      std::max<std::int64_t>(1, (totaal + paging.page.limit - 1) / paging.page.limit);
  json links = {{"self", {{"href", page_link(req, paging.pagina)}}},
                {"first", {{"href", page_link(req, 1)}}},
                {"last", {{"href", page_link(req, last)}}}};
  Response response =
      json_response(200, {{"_links", links}, {"_embedded", {{"opdrachten", items}}}});
  response.set_header("X-Total-Count", std::to_string(totaal));
  return response;
}

Response post_opdracht(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto body = opdracht_body(req, bad);
  if (!body) return bad;
  auto o = app.services.opdrachten->create(ctx, body->first, body->second);
  if (!o.ok()) return error_response(o.error(), req);
  return opdracht_response(app, ctx, req, o->id, 201);
}

Response get_opdracht(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return opdracht_response(app, ctx, req, *id, 200);
}

Response put_opdracht(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto body = opdracht_body(req, bad);
  if (!body) return bad;
  auto versie = expected_version(req, nullptr);
  if (!versie) return version_required(req);
  auto o = app.services.opdrachten->update(ctx, *id, *versie, body->first, body->second);
  if (!o.ok()) return error_response(o.error(), req);
  return opdracht_response(app, ctx, req, *id, 200);
}

Response list_overgangen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto d = app.services.opdrachten->opdracht(ctx, *id);
  if (!d.ok()) return error_response(d.error(), req);
  json items = json::array();
  for (const auto& o : d->tijdlijn) items.push_back(to_json(o));
  return json_response(200, {{"_links", {{"self", {{"href", req.path}}}}},
                             {"status", std::string(code(d->opdracht.status))},
                             {"_embedded", {{"overgangen", items}}}});
}

// OPD-3: a lifecycle step as a new overgang: {"stap": "aanbieden", "reden": "…"} with If-Match.
Response post_overgang(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = expected_version(req, nullptr);
  if (!versie) return version_required(req);
  auto stap_code = field(*fields, "stap").value_or("");
  auto stap = opdrachten::stap_from_code(stap_code);
  if (!stap) {
    return error_response(
        Error::invalid({{"stap", stap_code.empty() ? "fout.verplicht" : "fout.ongeldige_keuze"}}),
        req);
  }
  auto o = app.services.opdrachten->zet_stap(ctx, *id, *versie, *stap,
                                             field(*fields, "reden").value_or(""));
  if (!o.ok()) return error_response(o.error(), req);
  auto d = app.services.opdrachten->opdracht(ctx, *id);
  if (!d.ok() || d->tijdlijn.empty()) return error_response(Error::not_found(), req);
  Response response = json_response(201, to_json(d->tijdlijn.back()));
  response.set_header("Location", req.path + "/" + std::to_string(d->tijdlijn.back().id));
  response.set_header("ETag", "\"" + std::to_string(o->versie) + "\"");
  return response;
}

// ---- Versies en wijzigingsverzoeken (OPD-5)

namespace {

std::string opdracht_pad(Id id) { return "/api/v1/opdrachten/" + std::to_string(id); }

std::string verzoek_pad(Id id, Id verzoek_id) {
  return opdracht_pad(id) + "/wijzigingsverzoeken/" + std::to_string(verzoek_id);
}

json to_json(const opdrachten::Versie& v, bool volledig) {
  json j = volledig ? to_json(v.inhoud, true) : json{{"titel", v.inhoud.titel}};
  j.erase("status");
  j.erase("versie");
  j.erase("inhoudsversie");
  j["opdrachtId"] = v.opdracht_id;
  j["nummer"] = v.nummer;
  j["vastgesteldDoor"] = v.vastgesteld_door;
  j["vastgesteldOp"] = v.vastgesteld_op;
  j["wijzigingsverzoekId"] = v.wijzigingsverzoek_id ? json(*v.wijzigingsverzoek_id) : json(nullptr);
  j["_links"] = {
      {"self", {{"href", opdracht_pad(v.opdracht_id) + "/versies/" + std::to_string(v.nummer)}}}};
  return j;
}

json to_json(const std::vector<opdrachten::Verschil>& verschillen) {
  json out = json::array();
  for (const auto& d : verschillen) {
    out.push_back({{"onderdeel", d.onderdeel},
                   {"label", d.label},
                   {"gewijzigd", d.gewijzigd},
                   {"van", d.van},
                   {"naar", d.naar}});
  }
  return out;
}

json to_json(const opdrachten::Wijzigingsverzoek& v) {
  json aspecten = json::array();
  for (auto a : v.aspecten) aspecten.push_back(std::string(code(a)));
  json afstemming = nullptr;
  if (v.afstemming.vastgelegd()) {
    afstemming = {{"met", v.afstemming.met},
                  {"datum", optional_date(v.afstemming.datum)},
                  {"uitkomst", v.afstemming.uitkomst},
                  {"vastgelegdDoor", v.afstemming.door}};
  }
  auto leeg_is_null = [](const std::string& t) { return t.empty() ? json(nullptr) : json(t); };
  return {{"id", v.id},
          {"opdrachtId", v.opdracht_id},
          {"aspecten", aspecten},
          {"omschrijving", v.omschrijving},
          {"basisversie", v.basisversie},
          {"status", std::string(code(v.status))},
          {"ingediendDoor", v.ingediend_door},
          {"ingediendKant", std::string(code(v.ingediend_kant))},
          {"ingediendOp", v.ingediend_op},
          {"afstemming", afstemming},
          {"beoordeling", leeg_is_null(v.beoordeling)},
          {"beslotenDoor", leeg_is_null(v.besloten_door)},
          {"beslotenOp", leeg_is_null(v.besloten_op)},
          {"versie", v.versie},
          {"_links", {{"self", {{"href", verzoek_pad(v.opdracht_id, v.id)}}}}}};
}

Response verzoek_response(const App& app, const Context& ctx, const Request& req, Id id,
                          Id verzoek_id, int status) {
  auto d = app.services.opdrachten->wijzigingsverzoek(ctx, id, verzoek_id);
  if (!d.ok()) return error_response(d.error(), req);
  json body = to_json(d->verzoek);
  json voorstel = to_json(d->verzoek.voorstel, true);
  for (const char* weg : {"id", "regioId", "opdrachtgeverId", "jaar", "soort", "deelnemerId",
                          "status", "inhoudsversie", "versie"}) {
    voorstel.erase(weg);
  }
  body["voorstel"] = voorstel;
  body["verschillen"] = to_json(d->verschillen);
  json besluiten = json::array();
  if (d->mag_beoordelen) {
    besluiten.push_back("aanvaarden");
    besluiten.push_back("afwijzen");
  }
  if (d->mag_intrekken) besluiten.push_back("intrekken");
  body["mogelijkeBesluiten"] = besluiten;
  body["magAfstemmingVastleggen"] = d->mag_afstemmen;
  Response response = json_response(status, body);
  response.set_header("ETag", "\"" + std::to_string(d->verzoek.versie) + "\"");
  if (status == 201) response.set_header("Location", verzoek_pad(id, verzoek_id));
  return response;
}

// A write on a sub-resource of an opdracht (a verzoek, a signaal): the opdracht's id, the
// sub-resource's id from path parameter `sub_naam`, the body and the If-Match version; or the
// answer to give instead (404, 400, 428) in `bad`.
struct SubSchrijven {
  Id id = 0;
  Id sub = 0;
  Fields fields;
  std::int64_t versie = 0;
};

std::optional<SubSchrijven> sub_schrijven(const Request& req, const std::string& sub_naam,
                                          Response& bad) {
  auto id = path_id(req, "id");
  auto sub = path_id(req, sub_naam);
  if (!id || !sub) {
    bad = not_found(req);
    return std::nullopt;
  }
  auto fields = body_fields(req, bad);
  if (!fields) return std::nullopt;
  auto versie = expected_version(req, nullptr);
  if (!versie) {
    bad = version_required(req);
    return std::nullopt;
  }
  return SubSchrijven{*id, *sub, std::move(*fields), *versie};
}

// A list that is not paged: its self link, its items under `naam`, and X-Total-Count.
Response lijst_response(const std::string& self, const std::string& naam, json items) {
  auto totaal = items.size();
  Response response = json_response(
      200, {{"_links", {{"self", {{"href", self}}}}}, {"_embedded", {{naam, std::move(items)}}}});
  response.set_header("X-Total-Count", std::to_string(totaal));
  return response;
}

std::optional<std::int32_t> versienummer(const std::string& tekst) {
  auto n = parse_int64(tekst);
  if (!n || *n < 1 || *n > 1'000'000) return std::nullopt;
  return static_cast<std::int32_t>(*n);
}

}  // namespace

Response list_versies(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.opdrachten->versies(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& v : *lijst) items.push_back(to_json(v, false));
  return lijst_response(req.path, "versies", std::move(items));
}

Response get_versie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto n = path_id(req, "nummer");
  auto nummer = n ? versienummer(std::to_string(*n)) : std::nullopt;
  if (!id || !nummer) return not_found(req);
  auto v = app.services.opdrachten->versie(ctx, *id, *nummer);
  if (!v.ok()) return error_response(v.error(), req);
  return json_response(200, to_json(*v, true));
}

// Two versions part by part: ?van=1&naar=2.
Response get_vergelijking(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto q = req.query_params();
  std::vector<FieldError> errors;
  auto van = versienummer(q["van"]);
  auto naar = versienummer(q["naar"]);
  if (!van)
    errors.push_back({"van", q["van"].empty() ? "fout.verplicht" : "fout.geen_geheel_getal"});
  if (!naar) {
    errors.push_back({"naar", q["naar"].empty() ? "fout.verplicht" : "fout.geen_geheel_getal"});
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto verschillen = app.services.opdrachten->vergelijk(ctx, *id, *van, *naar);
  if (!verschillen.ok()) return error_response(verschillen.error(), req);
  return json_response(200, {{"_links", {{"self", {{"href", page_link(req, 1)}}}}},
                             {"van", *van},
                             {"naar", *naar},
                             {"onderdelen", to_json(*verschillen)}});
}

Response list_wijzigingsverzoeken(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.opdrachten->wijzigingsverzoeken(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& v : *lijst) items.push_back(to_json(v));
  return lijst_response(req.path, "wijzigingsverzoeken", std::move(items));
}

// OPD-5: the voorstel as the opdracht body (the parts that change), with "aspecten" as an array
// of codes and "omschrijving".
Response post_wijzigingsverzoek(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  json parsed = json::parse(req.body, nullptr, false);
  if (parsed.is_object() && parsed.contains("aspecten") && parsed["aspecten"].is_array()) {
    std::string codes;
    for (const auto& a : parsed["aspecten"]) {
      if (!a.is_string()) return error_response(Error::invalid({{"aspecten", "fout.type"}}), req);
      codes += (codes.empty() ? "" : ",") + a.get<std::string>();
    }
    parsed["aspecten"] = codes;
  } else if (parsed.is_object() && parsed.contains("aspecten") && !parsed["aspecten"].is_null() &&
             !parsed["aspecten"].is_string()) {  // a string is taken as "scope,geld"
    return error_response(Error::invalid({{"aspecten", "fout.type"}}), req);
  }
  auto decoded = decode_json_met_lijsten(parsed.is_discarded() ? req.body : parsed.dump(),
                                         opdrachten::lijstnamen());
  if (!decoded.ok()) return error_response(decoded.error(), req);
  auto v = app.services.opdrachten->dien_in(ctx, *id, decoded->first, decoded->second);
  if (!v.ok()) return error_response(v.error(), req);
  return verzoek_response(app, ctx, req, *id, v->id, 201);
}

Response get_wijzigingsverzoek(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto verzoek = path_id(req, "verzoekId");
  if (!id || !verzoek) return not_found(req);
  return verzoek_response(app, ctx, req, *id, *verzoek, 200);
}

// OPD-5: {"met", "datum", "uitkomst"} with If-Match.
Response put_afstemming(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = sub_schrijven(req, "verzoekId", bad);
  if (!w) return bad;
  auto v = app.services.opdrachten->leg_afstemming_vast(ctx, w->id, w->sub, w->versie, w->fields);
  if (!v.ok()) return error_response(v.error(), req);
  return verzoek_response(app, ctx, req, w->id, w->sub, 200);
}

// OPD-5: {"besluit": "aanvaarden" | "afwijzen" | "intrekken", "beoordeling": "…"} with If-Match.
Response post_besluit(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = sub_schrijven(req, "verzoekId", bad);
  if (!w) return bad;
  auto besluit_code = field(w->fields, "besluit").value_or("");
  auto besluit = opdrachten::besluit_from_code(besluit_code);
  if (!besluit) {
    return error_response(
        Error::invalid(
            {{"besluit", besluit_code.empty() ? "fout.verplicht" : "fout.ongeldige_keuze"}}),
        req);
  }
  auto v = app.services.opdrachten->besluit(ctx, w->id, w->sub, w->versie, *besluit,
                                            field(w->fields, "beoordeling").value_or(""));
  if (!v.ok()) return error_response(v.error(), req);
  Response response = verzoek_response(app, ctx, req, w->id, w->sub, 201);
  response.set_header("Location", verzoek_pad(w->id, w->sub));
  return response;
}

// ---- Signalen (OPD-6)

namespace {

std::string signalen_href(Id opdracht_id) {
  return "/api/v1/opdrachten/" + std::to_string(opdracht_id) + "/signalen";
}

json leeg_als_null(const std::string& tekst) { return tekst.empty() ? json(nullptr) : json(tekst); }

json to_json(const opdrachten::Signaal& s) {
  std::string self = signalen_href(s.opdracht_id) + "/" + std::to_string(s.id);
  return {{"id", s.id},
          {"opdrachtId", s.opdracht_id},
          {"soort", std::string(code(s.soort))},
          {"wat", s.wat},
          {"impact", s.impact},
          {"maatregel", s.maatregel},
          {"status", std::string(code(s.status))},
          {"gemeldDoor", s.gemeld_door},
          {"gemeldOp", s.gemeld_op},
          {"afhandeling", leeg_als_null(s.afhandeling)},
          {"afgehandeldDoor", leeg_als_null(s.afgehandeld_door)},
          {"afgehandeldOp", leeg_als_null(s.afgehandeld_op)},
          {"versie", s.versie},
          {"_links",
           {{"self", {{"href", self}}},
            {"opdracht", {{"href", "/api/v1/opdrachten/" + std::to_string(s.opdracht_id)}}}}}};
}

json to_json(const service::SignaalRegel& r) {
  json j = to_json(r.signaal);
  j["opdrachtTitel"] = r.opdracht_titel;
  j["magAfhandelen"] = r.mag_afhandelen;
  return j;
}

}  // namespace

Response list_signalen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.signalen->signalen(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& s : *lijst) items.push_back(to_json(s));
  return lijst_response(req.path, "signalen", std::move(items));
}

Response post_signaal(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created_at(app.services.signalen->meld(ctx, *id, *fields), req, signalen_href(*id));
}

Response get_signaal(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto signaal_id = path_id(req, "signaalId");
  if (!id || !signaal_id) return not_found(req);
  return single(app.services.signalen->signaal(ctx, *id, *signaal_id), req);
}

// OPD-6: handling as the sub-resource afhandeling: {"afhandeling": "…"} with If-Match.
Response post_signaal_afhandeling(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = sub_schrijven(req, "signaalId", bad);
  if (!w) return bad;
  return single(app.services.signalen->handel_af(ctx, w->id, w->sub, w->versie, w->fields), req);
}

// OPD-6: the actor's open signalen (as on the start page); ?status=open is the only status.
Response list_open_signalen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  if (auto it = q.find("status"); it != q.end() && !it->second.empty() && it->second != "open") {
    return invalid_query({{"status", "fout.ongeldige_keuze"}}, req);
  }
  auto lijst = app.services.signalen->open_signalen_voor(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& r : *lijst) items.push_back(to_json(r));
  return lijst_response("/api/v1/signalen", "signalen", std::move(items));
}

}  // namespace regie::web::api
