#include "web/api/support.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace regie::web::api {
namespace {

constexpr std::int64_t kStandaardPaginaGrootte = 20;
constexpr std::int64_t kMaxPaginaGrootte = 100;

}  // namespace

Response json_response(int status, const json& body) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/json");
  response.body = body.dump();
  return response;
}

Response not_found(const Request& req) {
  return problem(404, titel(ErrorCode::kNotFound), tekst("fout.niet_gevonden"), req.path);
}

Response invalid_query(const std::vector<FieldError>& errors, const Request& req) {
  return error_response(Error::invalid(errors), req);
}

Response no_content(const Result<void>& result, const Request& req) {
  if (!result.ok()) return error_response(result.error(), req);
  Response response;
  response.status = 204;
  return response;
}

void set_etag(Response& response, std::int64_t versie) {
  response.set_header("ETag", "\"" + std::to_string(versie) + "\"");
}

std::optional<std::int64_t> if_match(const Request& req) {
  std::string tag = trim(req.header("if-match"));
  if (tag.empty()) return std::nullopt;
  if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
  if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') {
    tag = tag.substr(1, tag.size() - 2);
  }
  return parse_int64(tag);
}

Response version_required(const Request& req) {
  return problem(428, "Versie vereist", tekst("fout.versie_ontbreekt"), req.path);
}

std::optional<std::int64_t> required_version(const Request& req, Response& bad) {
  auto versie = if_match(req);
  if (!versie) bad = version_required(req);
  return versie;
}

std::optional<Fields> body_fields(const Request& req, Response& bad) {
  auto fields = decode_json_fields(req.body);
  if (!fields.ok()) {
    bad = error_response(fields.error(), req);
    return std::nullopt;
  }
  return std::move(fields).value();
}

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
  auto versie = required_version(req, bad);
  if (!versie) return std::nullopt;
  return SubSchrijven{*id, *sub, std::move(*fields), *versie};
}

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

json optional_date(const std::optional<Datum>& d) { return d ? json(d->iso()) : json(nullptr); }

Response paged_list(const Request& req, const std::string& naam, json items, std::int64_t total,
                    const Paging& paging) {
  std::int64_t last =
      std::max<std::int64_t>(1, (total + paging.page.limit - 1) / paging.page.limit);
  json links = {{"self", {{"href", page_link(req, paging.pagina)}}},
                {"first", {{"href", page_link(req, 1)}}},
                {"last", {{"href", page_link(req, last)}}}};
  if (paging.pagina > 1) links["prev"] = {{"href", page_link(req, paging.pagina - 1)}};
  if (paging.pagina < last) links["next"] = {{"href", page_link(req, paging.pagina + 1)}};
  Response response =
      json_response(200, {{"_links", links}, {"_embedded", {{naam, std::move(items)}}}});
  response.set_header("X-Total-Count", std::to_string(total));
  response.set_header("X-Pagination-Page", std::to_string(paging.pagina));
  response.set_header("X-Pagination-Limit", std::to_string(paging.page.limit));
  return response;
}

Response unpaged_list(const std::string& self, const std::string& naam, json items,
                      const json& extra) {
  auto totaal = items.size();
  json body = extra;
  body["_links"] = {{"self", {{"href", self}}}};
  body["_embedded"] = {{naam, std::move(items)}};
  Response response = json_response(200, body);
  response.set_header("X-Total-Count", std::to_string(totaal));
  return response;
}

}  // namespace regie::web::api
