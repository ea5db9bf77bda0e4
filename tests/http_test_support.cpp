#include "http_test_support.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "cli/wiring.hpp"
#include "domain/governance/register_repository.hpp"
#include "service/crypto.hpp"
#include "store/store.hpp"
#include "web/http_server.hpp"

namespace regie::e2e {
namespace {

constexpr int kSocketTimeoutSeconds = 30;
constexpr std::size_t kReadChunk = std::size_t{16} * 1024;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

HttpResponse failure(const std::string& reason) {
  HttpResponse response;
  response.body = reason;
  return response;
}

// A closing file descriptor.
class Socket {
 public:
  explicit Socket(int fd) : fd_(fd) {}
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

// Connects to 127.0.0.1:port, from `source` when given; -1 on failure.
int connect_loopback(std::uint16_t port, const std::string& source) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  if (!source.empty()) {
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_port = 0;
    if (::inet_pton(AF_INET, source.c_str(), &local.sin_addr) != 1 ||
        ::bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) {
      ::close(fd);
      return -1;
    }
  }
  timeval timeout{};
  timeout.tv_sec = kSocketTimeoutSeconds;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    auto sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

// Reads until the server closes the connection (or an error or time-out ends it).
std::string read_all(int fd) {
  std::string out;
  char buffer[kReadChunk];
  while (true) {
    auto got = ::recv(fd, buffer, sizeof buffer, 0);
    if (got <= 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
  }
  return out;
}

HttpResponse parse_response(const std::string& raw) {
  auto head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos) return failure("geen volledig antwoord: " + raw);
  std::string_view head(raw.data(), head_end);
  auto line_end = head.find("\r\n");
  std::string_view status_line = head.substr(0, line_end);
  // "HTTP/1.1 200 OK"
  auto space = status_line.find(' ');
  if (status_line.rfind("HTTP/1.", 0) != 0 || space == std::string_view::npos) {
    return failure("geen statusregel: " + std::string(status_line));
  }
  HttpResponse response;
  response.status = std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
  std::size_t pos = line_end == std::string_view::npos ? head.size() : line_end + 2;
  while (pos < head.size()) {
    auto end = head.find("\r\n", pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(pos, end - pos);
    auto colon = line.find(':');
    if (colon != std::string_view::npos) {
      response.headers.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
    }
    pos = end + 2;
  }
  response.body = raw.substr(head_end + 4);
  std::string length = response.header("Content-Length");
  if (!length.empty()) {
    auto n = static_cast<std::size_t>(std::strtoull(length.c_str(), nullptr, 10));
    if (response.body.size() > n) response.body.resize(n);
  }
  return response;
}

HttpResponse exchange(std::uint16_t port, const std::string& bytes,
                      const std::string& source = "") {
  Socket socket(connect_loopback(port, source));
  if (socket.fd() < 0) return failure("verbinden mislukt");
  if (!write_all(socket.fd(), bytes)) return failure("schrijven mislukt");
  return parse_response(read_all(socket.fd()));
}

std::string extract_attribute(std::string_view tag, std::string_view name) {
  std::string needle = " " + std::string(name) + "=\"";
  auto pos = tag.find(needle);
  if (pos == std::string_view::npos) return {};
  pos += needle.size();
  auto end = tag.find('"', pos);
  if (end == std::string_view::npos) return {};
  return std::string(tag.substr(pos, end - pos));
}

}  // namespace

// Responses.

std::string HttpResponse::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return {};
}

bool HttpResponse::has_header(std::string_view name) const {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto& h) { return iequals(h.first, name); });
}

std::vector<std::string> HttpResponse::headers_named(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) out.push_back(value);
  }
  return out;
}

std::string HttpResponse::set_cookie(std::string_view cookie_name) const {
  std::string prefix = std::string(cookie_name) + "=";
  for (const auto& value : headers_named("Set-Cookie")) {
    if (value.rfind(prefix, 0) == 0) return value;
  }
  return {};
}

// The HTTP client.

HttpResponse send_request(std::uint16_t port, const HttpRequest& request) {
  std::string out = request.method + " " + request.target + " HTTP/1.1\r\n";
  out += "Host: 127.0.0.1:" + std::to_string(port) + "\r\n";
  out += "Connection: close\r\n";
  for (const auto& [name, value] : request.headers) {
    out.append(name).append(": ").append(value).append("\r\n");
  }
  if (!request.body.empty() || request.method == "POST" || request.method == "PUT") {
    out += "Content-Length: " + std::to_string(request.body.size()) + "\r\n";
  }
  out += "\r\n";
  out += request.body;
  return exchange(port, out, request.source_address);
}

HttpResponse send_raw(std::uint16_t port, const std::string& bytes) {
  return exchange(port, bytes);
}

std::string url_encode(std::string_view text) { return web::percent_encode(text); }

std::string form_encode(const Form& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += "&";
    out += url_encode(name) + "=" + url_encode(value);
  }
  return out;
}

std::string html_unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out.push_back(text[i]);
      continue;
    }
    auto semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) {
      out.push_back('&');
      continue;
    }
    std::string_view entity = text.substr(i + 1, semi - i - 1);
    static const std::map<std::string_view, char> kNamed = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    auto named = kNamed.find(entity);
    long code = 0;
    if (!entity.empty() && entity[0] == '#') {
      bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
      code = std::strtol(std::string(entity.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
    }
    if (named != kNamed.end()) {
      out.push_back(named->second);
    } else if (code > 0 && code < 128) {
      out.push_back(static_cast<char>(code));
    } else {
      out.append(text.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

std::string csrf_field(const std::string& html) { return field_value(html, "csrf"); }

std::string field_value(const std::string& html, const std::string& name) {
  std::size_t pos = 0;
  while ((pos = html.find("<input", pos)) != std::string::npos) {
    auto end = html.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(html.data() + pos, end - pos + 1);
    if (extract_attribute(tag, "name") == name)
      return html_unescape(extract_attribute(tag, "value"));
    pos = end;
  }
  return {};
}

std::string tag_with_id(const std::string& html, const std::string& id) {
  auto pos = html.find(" id=\"" + id + "\"");
  if (pos == std::string::npos) return {};
  auto start = html.rfind('<', pos);
  auto end = html.find('>', pos);
  if (start == std::string::npos || end == std::string::npos) return {};
  return html.substr(start, end - start + 1);
}

std::optional<std::string> attribute(const std::string& tag, const std::string& name) {
  std::string needle = " " + name + "=\"";
  if (tag.find(needle) == std::string::npos) {
    // A boolean attribute ("required", "selected").
    std::string bare = " " + name;
    auto pos = tag.find(bare);
    if (pos != std::string::npos) {
      char next = pos + bare.size() < tag.size() ? tag[pos + bare.size()] : '>';
      if (next == ' ' || next == '>' || next == '/') return std::string();
    }
    return std::nullopt;
  }
  return html_unescape(extract_attribute(tag, name));
}

Form form_fields(const std::string& html, const std::string& action) {
  Form out;
  std::size_t begin = 0;
  while ((begin = html.find("<form", begin)) != std::string::npos) {
    auto tag_end = html.find('>', begin);
    if (tag_end == std::string::npos) return out;
    if (attribute(html.substr(begin, tag_end - begin + 1), "action") == action) break;
    begin = tag_end;
  }
  if (begin == std::string::npos) return out;
  auto end = html.find("</form>", begin);
  std::string_view form(html.data() + begin,
                        (end == std::string::npos ? html.size() : end) - begin);
  std::size_t pos = 0;
  while ((pos = form.find('<', pos)) != std::string_view::npos) {
    auto close = form.find('>', pos);
    if (close == std::string_view::npos) break;
    std::string tag(form.substr(pos, close - pos + 1));
    pos = close + 1;
    auto name = attribute(tag, "name");
    if (tag.rfind("<input", 0) == 0 && name) {
      auto type = attribute(tag, "type").value_or("text");
      if (type == "submit" || type == "button") continue;
      if ((type == "checkbox" || type == "radio") && !attribute(tag, "checked")) continue;
      out.emplace_back(*name, attribute(tag, "value").value_or(type == "checkbox" ? "on" : ""));
    } else if (tag.rfind("<textarea", 0) == 0 && name) {
      auto text_end = form.find("</textarea>", pos);
      std::string text(form.substr(pos, text_end - pos));
      if (!text.empty() && text[0] == '\n') text.erase(0, 1);  // as the HTML parser does
      out.emplace_back(*name, html_unescape(text));
    } else if (tag.rfind("<select", 0) == 0 && name) {
      auto select_end = form.find("</select>", pos);
      std::string_view opties = form.substr(pos, select_end - pos);
      std::optional<std::string> eerste;
      std::optional<std::string> gekozen;
      std::size_t o = 0;
      while ((o = opties.find("<option", o)) != std::string_view::npos) {
        auto o_end = opties.find('>', o);
        std::string option(opties.substr(o, o_end - o + 1));
        auto value = attribute(option, "value").value_or("");
        if (!eerste) eerste = value;
        if (!gekozen && attribute(option, "selected")) gekozen = value;
        o = o_end;
      }
      out.emplace_back(*name, gekozen.value_or(eerste.value_or("")));
    }
  }
  return out;
}

const std::vector<std::string>& demo_accounts() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> out;
    for (const auto& account : service::DemoService::accounts()) out.push_back(account.naam);
    return out;
  }();
  return kNames;
}

// The test server.

// The test clock, which a test may move on.
class VerzetbareKlok final : public service::Clock {
 public:
  explicit VerzetbareKlok(std::shared_ptr<service::Clock> basis) : basis_(std::move(basis)) {}
  std::chrono::system_clock::time_point now() const override {
    return basis_->now() + std::chrono::seconds(verzet_.load());
  }
  void verzet(std::chrono::seconds duur) { verzet_ += duur.count(); }

 private:
  std::shared_ptr<service::Clock> basis_;
  std::atomic<std::int64_t> verzet_{0};
};

void TestServer::verzet_klok(std::chrono::seconds duur) { klok_->verzet(duur); }

Result<std::unique_ptr<TestServer>> TestServer::start() {
  // The access log of every request would drown the test output.
  spdlog::set_level(spdlog::level::warn);
  std::unique_ptr<TestServer> server(new TestServer());

  char path[] = "/tmp/regie-http-test-XXXXXX";
  int fd = ::mkstemp(path);
  if (fd < 0) return Error::storage("mkstemp mislukt");
  ::close(fd);
  server->database_path_ = path;

  // The same wiring as `regie serve`, on the day the tests are written as of.
  server->klok_ = std::make_shared<VerzetbareKlok>(
      service::clock_from(*service::parse_moment(REGIE_TEST_KLOK)));
  REGIE_ASSIGN_OR_RETURN(auto wiring, cli::wire(server->database_path_, server->klok_));
  server->wiring_ = wiring;
  REGIE_TRY(wiring.demo->load());

  {
    REGIE_ASSIGN_OR_RETURN(auto uow, server->wiring_.store->begin(Toegang::kLezen));
    REGIE_ASSIGN_OR_RETURN(auto regios, uow->registry().list_regios());
    if (regios.empty()) return Error::storage("demo heeft geen regio");
    server->regio_id_ = regios.front().id;
  }
  for (const auto& naam : demo_accounts()) {
    REGIE_ASSIGN_OR_RETURN(auto token, server->wiring_.services.auth->create_token(naam));
    server->tokens_[naam] = token;
  }

  auto app = cli::make_app(wiring, "");
  app->options.metrics_token = std::string(kMetricsToken);
  server->app_ = app;
  web::ServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  options.worker_threads = 4;
  // As regie serve: short reads on the I/O threads, the rest on the pool.
  options.io_threads = 2;
  options.on_io_thread = web::kort_verzoek;
  options.is_upload = web::is_upload;
  options.trusted_proxies = {"127.0.0.1"};
  options.decorate = web::decorate_response;
  server->server_ = std::make_unique<web::HttpServer>(options, web::make_handler(app));
  REGIE_ASSIGN_OR_RETURN(server->port_, server->server_->start());
  return server;
}

TestServer::~TestServer() { stop(); }

void TestServer::stop() {
  if (server_) {
    server_->stop();
    server_.reset();
  }
  app_.reset();
  wiring_ = cli::Wiring{};
  if (!database_path_.empty()) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::remove((database_path_ + suffix).c_str());
    }
    database_path_.clear();
  }
}

std::string TestServer::token(const std::string& account) const {
  auto it = tokens_.find(account);
  return it == tokens_.end() ? std::string() : it->second;
}

Result<service::Context> TestServer::context(const std::string& account) {
  REGIE_ASSIGN_OR_RETURN(auto actor, wiring_.services.auth->bearer(token(account)));
  return service::Context{actor.actor, "test"};
}

Id TestServer::organisatie_id(const std::string& naam) {
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  OrganisatieQuery query;
  query.regio_id = regio_id_;
  query.zoek = naam;
  query.page.limit = 500;
  auto page = (*uow)->registry().list_organisaties(query);
  if (!page.ok()) return 0;
  for (const auto& org : page->items) {
    if (org.naam == naam) return org.id;
  }
  return 0;
}

Id TestServer::persoon_id(const std::string& naam) {
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  PersoonQuery query;
  query.regio_id = regio_id_;
  query.zoek = naam;
  query.page.limit = 500;
  auto page = (*uow)->registry().list_personen(query);
  if (!page.ok()) return 0;
  for (const auto& regel : page->items) {
    if (regel.persoon.naam == naam) return regel.persoon.id;
  }
  return 0;
}

Id TestServer::rol_id(const std::string& persoon_naam, governance::RolSoort soort) {
  Id persoon = persoon_id(persoon_naam);
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (persoon == 0 || !uow.ok()) return 0;
  RolQuery query;
  query.regio_id = regio_id_;
  query.persoon_id = persoon;
  query.soort = soort;
  auto page = (*uow)->registry().list_rollen(query);
  if (!page.ok() || page->items.empty()) return 0;
  return page->items.front().rol.id;
}

std::int64_t TestServer::regio_versie() {
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto regio = (*uow)->registry().get_regio(regio_id_);
  return regio.ok() ? regio->versie : 0;
}

std::int64_t TestServer::organisatie_versie(Id id) {
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto org = (*uow)->registry().get_organisatie(id);
  return org.ok() ? org->versie : 0;
}

std::int64_t TestServer::persoon_versie(Id id) {
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto persoon = (*uow)->registry().get_persoon(id);
  return persoon.ok() ? persoon->versie : 0;
}

std::int64_t TestServer::rol_versie(Id id) {
  auto uow = wiring_.store->begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto rol = (*uow)->registry().get_rol(id);
  return rol.ok() ? rol->versie : 0;
}

HttpResponse TestServer::interne_afstemming(Id opdracht_id, const std::string& account) {
  return api("POST", "/api/v1/opdrachten/" + std::to_string(opdracht_id) + "/interne-afstemmingen",
             account,
             R"({"teams": "Team toezicht", "capaciteit": "Voldoende uren vrij in 2027", )"
             R"("effecten": "Geen verschuiving van lopend werk", "uitkomst": "uitvoerbaar"})");
}

HttpRequest formulier_met_bestand(const std::string& csrf, const std::string& target,
                                  const std::vector<std::pair<std::string, std::string>>& velden,
                                  const std::string& bestandveld, const std::string& inhoud,
                                  const std::string& bestandsnaam) {
  const std::string grens = "----regieGrens4f3a";
  std::string body;
  auto deel = [&](const std::string& naam, const std::string& waarde, const std::string* bestand) {
    body += "--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"";
    if (bestand) body += "; filename=\"" + *bestand + "\"\r\nContent-Type: text/csv";
    body += "\r\n\r\n" + waarde + "\r\n";
  };
  deel("csrf", csrf, nullptr);
  for (const auto& [naam, waarde] : velden) deel(naam, waarde, nullptr);
  deel(bestandveld, inhoud, &bestandsnaam);
  body += "--" + grens + "--\r\n";
  HttpRequest req;
  req.method = "POST";
  req.target = target;
  req.headers = {{"Content-Type", "multipart/form-data; boundary=" + grens}};
  req.body = body;
  return req;
}

HttpResponse TestServer::api(const std::string& method, const std::string& target,
                             const std::string& account, const std::string& json_body,
                             const Headers& extra) {
  HttpRequest request;
  request.method = method;
  request.target = target;
  request.headers.emplace_back("Accept", "application/json");
  if (!account.empty()) request.headers.emplace_back("Authorization", "Bearer " + token(account));
  // A Content-Type in `extra` (a file as the body) replaces the JSON one.
  const bool eigen_type = std::any_of(
      extra.begin(), extra.end(), [](const auto& h) { return iequals(h.first, "Content-Type"); });
  if (!json_body.empty() && !eigen_type) {
    request.headers.emplace_back("Content-Type", "application/json");
  }
  for (const auto& header : extra) request.headers.push_back(header);
  request.body = json_body;
  return send_request(port_, request);
}

// The browser.

HttpResponse Browser::send(HttpRequest request) {
  std::string cookie_header;
  for (const auto& [name, value] : cookies_) {
    if (!cookie_header.empty()) cookie_header += "; ";
    cookie_header.append(name).append("=").append(value);
  }
  if (!cookie_header.empty()) request.headers.emplace_back("Cookie", cookie_header);
  if (secure_) request.headers.emplace_back("X-Forwarded-Proto", "https");
  if (request.source_address.empty()) request.source_address = source_address_;
  HttpResponse response = send_request(port_, request);
  remember_cookies(response);
  return response;
}

HttpResponse Browser::get(const std::string& target) {
  HttpRequest request;
  request.target = target;
  request.headers.emplace_back("Accept", "text/html");
  return send(std::move(request));
}

HttpResponse Browser::post(const std::string& target, Form fields) {
  bool has_csrf =
      std::any_of(fields.begin(), fields.end(), [](const auto& f) { return f.first == "csrf"; });
  if (!has_csrf) fields.insert(fields.begin(), {"csrf", csrf_});
  return post_raw(target, fields);
}

HttpResponse Browser::post_raw(const std::string& target, const Form& fields) {
  HttpRequest request;
  request.method = "POST";
  request.target = target;
  request.headers.emplace_back("Accept", "text/html");
  request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  request.body = form_encode(fields);
  return send(std::move(request));
}

HttpResponse Browser::login(const std::string& naam, const std::string& wachtwoord) {
  HttpResponse form = get("/inloggen");
  if (form.status != 200) return form;
  HttpResponse response = post_raw(
      "/inloggen", {{"csrf", csrf_field(form.body)}, {"naam", naam}, {"wachtwoord", wachtwoord}});
  if (response.status == 303) {
    HttpResponse page = get("/toegankelijkheid");
    csrf_ = csrf_field(page.body);
  }
  return response;
}

bool Browser::login_demo(const std::string& naam) {
  return login(naam, service::kDemoWachtwoord).status == 303 && !csrf_.empty();
}

std::optional<std::string> Browser::cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  if (it == cookies_.end()) return std::nullopt;
  return it->second;
}

void Browser::remember_cookies(const HttpResponse& response) {
  for (const auto& header : response.headers_named("Set-Cookie")) {
    auto semi = header.find(';');
    std::string pair = header.substr(0, semi);
    auto eq = pair.find('=');
    if (eq == std::string::npos) continue;
    std::string name = trim(pair.substr(0, eq));
    std::string value = trim(pair.substr(eq + 1));
    bool expired = header.find("Max-Age=0") != std::string::npos;
    if (value.empty() || expired) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
}

}  // namespace regie::e2e
