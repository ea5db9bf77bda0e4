// The one helper kit of the API handlers: responses (one object with ETag, a paged list, an
// unpaged list, created, problems), the If-Match rule, the body and the query readers.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "web/api/api.hpp"
#include "web/messages.hpp"

namespace regie::web::api {

using json = nlohmann::json;

Response json_response(int status, const json& body);
// 404 problem for a path that names nothing (or nothing the actor may see).
Response not_found(const Request& req);
// 400 problem naming the bad query parameters.
Response invalid_query(const std::vector<FieldError>& errors, const Request& req);
// 204 on success, the problem otherwise.
Response no_content(const Result<void>& result, const Request& req);
// Sets the ETag of an object of version `versie`.
void set_etag(Response& response, std::int64_t versie);

// The If-Match rule (decision 16): every PUT and DELETE of a versioned object and every POST that
// changes an existing object carries the strong ETag it read in If-Match ("3"). The version in
// it, or the answer to give instead in `bad`: 428 without If-Match or with * (which names no
// version), 412 with a weak ETag (W/"3"), a list of ETags or anything that is not an ETag of a
// version. With an old version the service answers 409. A "versie" in the body does not count.
std::optional<std::int64_t> required_version(const Request& req, Response& bad);
// Whether the request has an If-Match header at all (a projectgroep is created without one).
bool has_if_match(const Request& req);

// A request body must be JSON: Content-Type application/json, with at most a charset parameter
// that says UTF-8. The 415 answer when it is not; nullopt when it is.
std::optional<Response> refuse_media_type(const Request& req);

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
                                          Response& bad);

// A write on an object at path parameter "id" (a programme, an afwijkingssignaal): its id, the
// If-Match version and (when `body`) the fields; or the answer to give instead (404, 428, 412,
// 400) in `bad`.
struct Schrijven {
  Id id = 0;
  std::int64_t versie = 0;
  Fields fields;
};
std::optional<Schrijven> schrijven(const Request& req, bool body, Response& bad);

// ?jaar= when given: a year from programma::kEersteJaar to kLaatsteJaar (none when absent), or
// the 400 in `bad`.
std::optional<std::optional<std::int32_t>> jaar_uit(const Request& req, Response& bad);

// Decodes a flat JSON object body, or answers 400 in `bad`.
std::optional<Fields> body_fields(const Request& req, Response& bad);

struct Paging {
  PageRequest page;
  std::int64_t pagina = 1;
};
// Reads pagina and paginaGrootte; adds field errors for bad values, saying what is wrong (not a
// whole number, too small, too large).
Paging read_paging(const std::map<std::string, std::string>& q, std::vector<FieldError>& errors);
// The field of ?sorteer= ("-naam" sets richting to aflopend); empty when absent.
std::string sort_field(const std::map<std::string, std::string>& q, SortRichting& richting);
// The request's own URL on page `pagina`.
std::string page_link(const Request& req, std::int64_t pagina);
// A whole number in query parameter `name` within [min, max]; nullopt otherwise, with a field
// error that says what is wrong: not a whole number, too small, too large (none when absent).
std::optional<std::int64_t> query_int(const std::map<std::string, std::string>& q,
                                      const std::string& name, std::int64_t min, std::int64_t max,
                                      std::vector<FieldError>& errors);
// A positive id in query parameter `name`; a bad value adds a field error.
std::optional<Id> query_id(const std::map<std::string, std::string>& q, const std::string& name,
                           std::vector<FieldError>& errors);
json optional_date(const std::optional<Datum>& d);

// A page of a list (HAL): self/first/last/prev/next links, the items under `naam`, and the
// headers X-Total-Count, X-Pagination-Page and X-Pagination-Limit. Every paged list of the API
// answers through here.
Response paged_list(const Request& req, const std::string& naam, json items, std::int64_t total,
                    const Paging& paging);
// A list that is not paged: its self link, its items under `naam`, the members of `extra` beside
// them (lists in an `_embedded` of `extra` stay beside the items), and X-Total-Count. Every unpaged
// list of the API answers through here.
Response unpaged_list(const std::string& self, const std::string& naam, json items,
                      const json& extra = json::object());

// One object (200, or `status`) with its version as ETag; or the problem of the error.
template <typename T, typename ToJson>
Response single(const Result<T>& result, const Request& req, ToJson to_json_fn, int status = 200) {
  if (!result.ok()) return error_response(result.error(), req);
  Response response = json_response(status, to_json_fn(*result));
  set_etag(response, result->versie);
  return response;
}

// A new object: 201 with Location `base`/id (and ETag when `with_etag`).
template <typename T, typename ToJson>
Response created(const Result<T>& result, const Request& req, const std::string& base,
                 ToJson to_json_fn, bool with_etag = true) {
  if (!result.ok()) return error_response(result.error(), req);
  Response response = json_response(201, to_json_fn(*result));
  if (with_etag) {
    if constexpr (requires { result->versie; }) set_etag(response, result->versie);
  }
  response.set_header("Location", base + "/" + std::to_string(result->id));
  return response;
}

// A page of `page.items` converted with `to_json_fn`.
template <typename T, typename ToJson>
Response paged_list(const Request& req, const std::string& naam, const Page<T>& page,
                    const Paging& paging, ToJson to_json_fn) {
  json items = json::array();
  for (const auto& item : page.items) items.push_back(to_json_fn(item));
  return paged_list(req, naam, std::move(items), page.total, paging);
}

}  // namespace regie::web::api
