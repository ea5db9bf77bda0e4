#include "web/api/api_routes.hpp"

#include <utility>

namespace regie::web::api {

void ApiRoutes::add(const std::string& method, const std::string& path, ApiHandler handler,
                    Operation operation) {
  routes_.push_back({method, path, handler, nullptr, std::move(operation)});
}

void ApiRoutes::add_public(const std::string& method, const std::string& path,
                           PublicApiHandler handler, Operation operation) {
  routes_.push_back({method, path, nullptr, handler, std::move(operation)});
}

void ApiRoutes::add_schemas(const nlohmann::json& schemas) { schemas_.update(schemas); }

void ApiRoutes::add_tag(const std::string& name, const std::string& description) {
  tags_.push_back({{"name", name}, {"description", description}});
}

namespace doc {

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

json headers_2xx(bool with_etag, bool with_location, bool paged) {
  json h = {{"API-Version", {{"$ref", "#/components/headers/API-Version"}}}};
  if (with_etag) h["ETag"] = {{"$ref", "#/components/headers/ETag"}};
  if (with_location) h["Location"] = {{"$ref", "#/components/headers/Location"}};
  if (paged) {
    h["X-Total-Count"] = {{"$ref", "#/components/headers/X-Total-Count"}};
    h["X-Pagination-Page"] = {{"$ref", "#/components/headers/X-Pagination-Page"}};
    h["X-Pagination-Limit"] = {{"$ref", "#/components/headers/X-Pagination-Limit"}};
  }
  return h;
}

namespace {

json problem_response(const std::string& description) {
  return {{"description", description},
          {"headers", {{"API-Version", {{"$ref", "#/components/headers/API-Version"}}}}},
          {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

}  // namespace

json problems(std::initializer_list<int> codes) {
  json out = json::object();
  for (int code : codes) {
    switch (code) {
      case 400:
        out["400"] = problem_response(
            "Ongeldige invoer; detail noemt elk fout veld met de reden (alle tegelijk).");
        break;
      case 401:
        out["401"] = problem_response("Niet ingelogd: geen of ongeldig bearer-token.");
        break;
      case 403:
        out["403"] = problem_response("Geen rechten voor deze handeling.");
        break;
      case 404:
        out["404"] = problem_response("Bestaat niet, of niet zichtbaar voor deze gebruiker.");
        break;
      case 409:
        out["409"] = problem_response(
            "Conflict: de versie in If-Match is verouderd, of er verwijzen nog gegevens naar.");
        break;
      case 428:
        out["428"] = problem_response("If-Match ontbreekt.");
        break;
      case 503:
        out["503"] = problem_response("De database is tijdelijk niet beschikbaar.");
        break;
      default:
        break;
    }
  }
  return out;
}

json merge(json a, const json& b) {
  for (const auto& [k, v] : b.items()) a[k] = v;
  return a;
}

json with(json list, std::initializer_list<json> extra) {
  for (const auto& e : extra) list.push_back(e);
  return list;
}

json param_ref(const std::string& name) { return {{"$ref", "#/components/parameters/" + name}}; }

Operation op(const std::string& id, const std::string& tag, const std::string& summary,
             const std::string& description, json responses, json parameters,
             const std::string& request_schema) {
  return Operation{
      id, tag, summary, description, std::move(responses), std::move(parameters), request_schema};
}

json ok(const std::string& schema, const std::string& description, bool etag, int status,
        bool location, bool paged) {
  return {{std::to_string(status),
           {{"description", description},
            {"headers", headers_2xx(etag, location, paged)},
            {"content", {{"application/json", {{"schema", ref(schema)}}}}}}}};
}

json ok_list(const std::string& schema, const std::string& description) {
  json headers = headers_2xx(false, false, false);
  headers["X-Total-Count"] = {{"$ref", "#/components/headers/X-Total-Count"}};
  return {{"200",
           {{"description", description},
            {"headers", headers},
            {"content", {{"application/json", {{"schema", ref(schema)}}}}}}}};
}

json no_content() {
  return {{"204", {{"description", "Verwijderd."}, {"headers", headers_2xx(false, false, false)}}}};
}

json string_prop(const std::string& description, const std::string& format) {
  json p = {{"type", "string"}, {"description", description}};
  if (!format.empty()) p["format"] = format;
  return p;
}
json int_prop(const std::string& description) {
  return {{"type", "integer"}, {"format", "int64"}, {"description", description}};
}
json enum_prop(const std::string& description, std::vector<std::string> values) {
  return {{"type", "string"}, {"description", description}, {"enum", values}};
}
json nullable_date(const std::string& description) {
  return {{"type", "string"}, {"format", "date"}, {"nullable", true}, {"description", description}};
}
json nullable_int(const std::string& description) {
  return {
      {"type", "integer"}, {"format", "int64"}, {"nullable", true}, {"description", description}};
}
json id_path_param(const std::string& name, const std::string& description) {
  return {{"name", name},
          {"in", "path"},
          {"required", true},
          {"description", description},
          {"schema", {{"type", "integer"}, {"format", "int64"}}}};
}

json list_schema(const std::string& name, const std::string& item) {
  return {{"type", "object"},
          {"description", "Een pagina " + name + " (HAL)."},
          {"properties",
           {{"_links", ref("PaginaLinks")},
            {"_embedded",
             {{"type", "object"},
              {"properties", {{name, {{"type", "array"}, {"items", ref(item)}}}}}}}}}};
}

json query_param(const std::string& name, const std::string& description, json schema) {
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description", description},
          {"schema", std::move(schema)}};
}

}  // namespace doc
}  // namespace regie::web::api
