#include "web/http.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/multipart.hpp"

namespace regie::web {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
               hex_value(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(hex[u >> 4]);
      out.push_back(hex[u & 15]);
    }
  }
  return out;
}

std::map<std::string, std::string> decode_form(std::string_view text) {
  std::map<std::string, std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('&', start);
    if (end == std::string_view::npos) end = text.size();
    auto pair = text.substr(start, end - start);
    if (!pair.empty()) {
      auto eq = pair.find('=');
      std::string key = percent_decode(pair.substr(0, eq), true);
      std::string value =
          eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1), true);
      out[key] = value;
    }
    start = end + 1;
  }
  return out;
}

std::string Request::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> Request::cookie(const std::string& name) const {
  std::string all = header("cookie");
  std::size_t start = 0;
  while (start < all.size()) {
    auto end = all.find(';', start);
    if (end == std::string::npos) end = all.size();
    std::string_view part(all.data() + start, end - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) {
      return std::string(part.substr(eq + 1));
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::map<std::string, std::string> Request::query_params() const { return decode_form(query); }

std::map<std::string, std::string> Request::form_params() const {
  auto grens = multipart_grens(header("content-type"));
  if (!grens) return decode_form(body);
  // A form with a file input: every part by its name, a file's by its content. A malformed
  // body has no fields (so no CSRF token either: the form is refused).
  std::map<std::string, std::string> out;
  auto delen = lees_multipart(body, *grens);
  if (!delen) return out;
  for (auto& deel : *delen) {
    // A file's name as "<naam>_naam" (the provenance of an import names it).
    if (deel.bestandsnaam && !deel.bestandsnaam->empty()) {
      out[deel.naam + "_naam"] = *deel.bestandsnaam;
    }
    out[deel.naam] = std::move(deel.inhoud);
  }
  return out;
}

void Response::set_header(const std::string& name, const std::string& value) {
  for (auto& [key, existing] : headers) {
    if (iequals(key, name)) {
      existing = value;
      return;
    }
  }
  headers.emplace_back(name, value);
}

std::string Response::header(const std::string& name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return {};
}

Response problem_response(int status, const std::string& title, const std::string& detail,
                          const std::string& instance) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/problem+json");
  nlohmann::json body = {
      {"type", "about:blank"}, {"title", title}, {"status", status}, {"detail", detail}};
  if (!instance.empty()) body["instance"] = instance;
  response.body = body.dump();
  return response;
}

std::optional<std::int64_t> path_id(const Request& req, const std::string& name) {
  auto it = req.params.find(name);
  if (it == req.params.end()) return std::nullopt;
  auto id = parse_int64(it->second);
  if (!id || *id <= 0) return std::nullopt;
  return id;
}

std::string absolute_url(const Request& req, const std::string& pad) {
  // The Host header as the client sent it; a request without one (HTTP/1.0) gets the loopback.
  std::string host = req.header("host");
  if (host.empty()) host = "127.0.0.1";
  return std::string(req.secure ? "https://" : "http://") + host + pad;
}

}  // namespace regie::web
