#include "web/api/support.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "domain/programma/catalogus.hpp"

namespace regie::web::api {
namespace {

constexpr std::int64_t kStandaardPaginaGrootte = 20;
constexpr std::int64_t kMaxPaginaGrootte = 100;
// A page beyond the last is an empty page, not an error; this bound keeps the offset in range.
constexpr std::int64_t kMaxPagina = 1'000'000'000;

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

bool has_if_match(const Request& req) { return !trim(req.header("if-match")).empty(); }

std::optional<std::int64_t> required_version(const Request& req, Response& bad) {
  const std::string tag = trim(req.header("if-match"));
  auto weigeren = [&](int status, const char* key) -> std::optional<std::int64_t> {
    bad = problem(status, status == 428 ? "Versie vereist" : "Voorwaarde niet vervuld", tekst(key),
                  req.path);
    return std::nullopt;
  };
  if (tag.empty()) return weigeren(428, "fout.versie_ontbreekt");
  if (tag == "*") return weigeren(428, "fout.etag_ster");
  if (tag.find(',') != std::string::npos) return weigeren(412, "fout.etag_lijst");
  if (tag.rfind("W/", 0) == 0) return weigeren(412, "fout.etag_zwak");
  // A strong ETag: the version between double quotes, as the API sends it.
  std::optional<std::int64_t> versie;
  if (tag.size() >= 3 && tag.front() == '"' && tag.back() == '"') {
    versie = parse_int64(std::string_view(tag).substr(1, tag.size() - 2));
  }
  if (!versie || *versie < 0) return weigeren(412, "fout.etag_ongeldig");
  return versie;
}

std::optional<Response> refuse_media_type(const Request& req) {
  // type/subtype and parameters are case-insensitive; a charset value may be quoted.
  std::string type = req.header("content-type");
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto semi = type.find(';');
  bool ok = trim(std::string_view(type).substr(0, semi)) == "application/json";
  while (ok && semi != std::string::npos) {
    auto next = type.find(';', semi + 1);
    auto parameter = trim(std::string_view(type).substr(semi + 1, next - semi - 1));
    auto eq = parameter.find('=');
    std::string naam = trim(std::string_view(parameter).substr(0, eq));
    std::string waarde =
        eq == std::string::npos ? "" : trim(std::string_view(parameter).substr(eq + 1));
    if (waarde.size() >= 2 && waarde.front() == '"' && waarde.back() == '"') {
      waarde = waarde.substr(1, waarde.size() - 2);
    }
    ok = naam == "charset" && (waarde == "utf-8" || waarde == "utf8");
    semi = next;
  }
  if (ok) return std::nullopt;
  return problem(415, "Mediatype niet ondersteund", tekst("fout.mediatype"), req.path);
}

std::optional<Fields> body_fields(const Request& req, Response& bad) {
  auto fields = decode_json_fields(req.body);
  if (!fields.ok()) {
    bad = error_response(fields.error(), req);
    return std::nullopt;
  }
  return std::move(fields).value();
}

std::optional<Schrijven> schrijven(const Request& req, bool body, Response& bad) {
  auto id = path_id(req, "id");
  if (!id) {
    bad = not_found(req);
    return std::nullopt;
  }
  auto versie = required_version(req, bad);
  if (!versie) return std::nullopt;
  Schrijven s{*id, *versie, {}};
  if (body) {
    auto fields = body_fields(req, bad);
    if (!fields) return std::nullopt;
    s.fields = std::move(*fields);
  }
  return s;
}

std::optional<std::optional<std::int32_t>> jaar_uit(const Request& req, Response& bad) {
  auto q = req.query_params();
  std::vector<FieldError> fouten;
  auto jaar = query_int(q, "jaar", programma::kEersteJaar, programma::kLaatsteJaar, fouten);
  if (!fouten.empty()) {
    bad = invalid_query(fouten, req);
    return std::nullopt;
  }
  // Built in place: GCC 12 warns (falsely) of an uninitialised value when an empty inner optional
  // is returned as a temporary.
  std::optional<std::optional<std::int32_t>> uit(std::in_place);
  if (jaar) uit->emplace(static_cast<std::int32_t>(*jaar));
  return uit;
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

std::optional<std::int64_t> query_int(const std::map<std::string, std::string>& q,
                                      const std::string& name, std::int64_t min, std::int64_t max,
                                      std::vector<FieldError>& errors) {
  auto it = q.find(name);
  if (it == q.end()) return std::nullopt;
  auto n = parse_int64(it->second);
  if (!n) {
    errors.push_back({name, "fout.geen_geheel_getal"});
  } else if (*n < min) {
    errors.push_back({name, "fout.te_klein"});
  } else if (*n > max) {
    errors.push_back({name, "fout.te_groot"});
  } else {
    return n;
  }
  return std::nullopt;
}

Paging read_paging(const std::map<std::string, std::string>& q, std::vector<FieldError>& errors) {
  Paging p;
  p.page.limit = kStandaardPaginaGrootte;
  if (auto n = query_int(q, "pagina", 1, kMaxPagina, errors)) p.pagina = *n;
  if (auto n = query_int(q, "paginaGrootte", 1, kMaxPaginaGrootte, errors)) p.page.limit = *n;
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
  body["_embedded"][naam] = std::move(items);  // beside what `extra` embeds
  Response response = json_response(200, body);
  response.set_header("X-Total-Count", std::to_string(totaal));
  return response;
}

}  // namespace regie::web::api
