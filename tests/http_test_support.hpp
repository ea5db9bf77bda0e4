// Support for the HTTP end-to-end tests: a real regie server on an ephemeral loopback port over
// a fresh SQLite file with the demo regio, wired exactly like `regie serve` (cli.cpp); a small
// blocking HTTP/1.1 client over POSIX sockets (the product keeps Beast in one translation
// unit, so the tests do not use it); and a Browser that logs in through the real HTML form and
// keeps its cookies. Nothing here throws: failures are values (a Result, or status 0).
// A TestServer may be shared by the tests of a suite; the client functions and the Browser are
// for one thread each.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/wiring.hpp"
#include "core/result.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/auth_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"
#include "service/demo_service.hpp"
#include "service/register_service.hpp"
#include "web/app.hpp"

namespace regie::web {
class HttpServer;
}

namespace regie::e2e {

using Headers = std::vector<std::pair<std::string, std::string>>;
using Form = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method = "GET";
  std::string target = "/";  // path and query, sent as is
  Headers headers;
  std::string body;
  // Local address to connect from (e.g. "127.0.0.2", to be a client that is not the trusted
  // proxy); empty: the kernel's choice (127.0.0.1).
  std::string source_address;
};

struct HttpResponse {
  int status = 0;   // 0: no response (the reason is in body)
  Headers headers;  // in the order received; repeated headers (Set-Cookie) are all kept
  std::string body;

  // The first header of that name, case-insensitive; empty when absent.
  std::string header(std::string_view name) const;
  bool has_header(std::string_view name) const;
  std::vector<std::string> headers_named(std::string_view name) const;
  // The Set-Cookie header for one cookie name; empty when the response sets no such cookie.
  std::string set_cookie(std::string_view cookie_name) const;
};

// Sends one request over a new connection (Connection: close; Content-Length is added when
// there is a body or the method is POST/PUT) and reads the whole response. Time-outs after
// 30 seconds.
HttpResponse send_request(std::uint16_t port, const HttpRequest& request);
// Writes raw bytes and reads whatever the server answers before it closes the connection.
HttpResponse send_raw(std::uint16_t port, const std::string& bytes);

// application/x-www-form-urlencoded; also right for query values.
std::string url_encode(std::string_view text);
std::string form_encode(const Form& fields);
// Undoes the HTML escaping of the templates (&amp; &lt; &gt; &quot; &#39; and numeric forms).
std::string html_unescape(std::string_view text);
// The value (unescaped) of the first <input … name="NAME" …> of a page; empty when absent.
std::string field_value(const std::string& html, const std::string& name);
// field_value(html, "csrf").
std::string csrf_field(const std::string& html);
// The whole start tag of the element with this id attribute; empty when absent.
std::string tag_with_id(const std::string& html, const std::string& id);
// An attribute value (unescaped) of a start tag; nullopt when the tag lacks it.
std::optional<std::string> attribute(const std::string& tag, const std::string& name);
// What a browser submits for the first <form> whose action is `action` when its plain submit
// button is pressed: every named input (a checkbox or radio only when checked; no buttons),
// each select's selected option (the first when none is), each textarea's text, in document
// order, unescaped. Empty when there is no such form.
Form form_fields(const std::string& html, const std::string& action);

// The names of the demo accounts (DemoService), in their order.
const std::vector<std::string>& demo_accounts();

class VerzetbareKlok;

// The token of GET /metrics from elsewhere than this machine, on every TestServer.
inline constexpr std::string_view kMetricsToken = "metrics-test-token";

// A form with a file input as a browser sends it (multipart/form-data): the session's CSRF
// token, the fields of `velden` in order, and the file `inhoud` named `bestandsnaam` in field
// `bestandveld`.
HttpRequest formulier_met_bestand(const std::string& csrf, const std::string& target,
                                  const std::vector<std::pair<std::string, std::string>>& velden,
                                  const std::string& bestandveld, const std::string& inhoud,
                                  const std::string& bestandsnaam);

class TestServer {
 public:
  // Creates a temporary SQLite file, migrates it, loads the demo, starts the server on
  // 127.0.0.1 with port 0 (trusted proxy 127.0.0.1, so tests may send X-Forwarded-Proto) and
  // makes an API token for every demo account.
  static Result<std::unique_ptr<TestServer>> start();
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  // Stops the server, closes the database and deletes its files. Idempotent.
  void stop();

  std::uint16_t port() const { return port_; }
  const std::string& database_path() const { return database_path_; }
  Store& store() { return *wiring_.store; }
  service::AuditService& audit() { return *wiring_.services.audit; }
  service::AuthService& auth() { return *wiring_.services.auth; }
  service::RegisterService& register_service() { return *wiring_.services.register_; }
  service::GovernanceService& governance() { return *wiring_.services.governance; }
  service::Clock& clock() { return *wiring_.services.clock; }
  // Moves the server's clock on (it keeps running from there), for rules that count time, such
  // as the login throttle, without sleeping.
  void verzet_klok(std::chrono::seconds duur);
  std::shared_ptr<const web::App> app() const { return app_; }
  Id regio_id() const { return regio_id_; }

  // The API token of a demo account ("beheerder", "opdrachtgever", …); empty when unknown.
  std::string token(const std::string& account) const;
  // A service context acting as a demo account, for arranging data without HTTP.
  Result<service::Context> context(const std::string& account);

  // Ids of demo records by name (0 when not found).
  Id organisatie_id(const std::string& naam);
  Id persoon_id(const std::string& naam);
  Id rol_id(const std::string& persoon_naam, governance::RolSoort soort);
  // The current version of a record, straight from the store (0 when not found).
  std::int64_t regio_versie();
  std::int64_t organisatie_versie(Id id);
  std::int64_t persoon_versie(Id id);
  std::int64_t rol_versie(Id id);

  // A request with the API token of `account` (no Authorization header when empty); the body is
  // JSON unless `extra` names another Content-Type.
  HttpResponse api(const std::string& method, const std::string& target, const std::string& account,
                   const std::string& json_body = "", const Headers& extra = {});
  HttpResponse send(const HttpRequest& request) { return send_request(port_, request); }
  // OPD-8: an interne afstemming with outcome uitvoerbaar on an offered opdracht, as `account`
  // of the omgevingsdienst (the step before accepting).
  HttpResponse interne_afstemming(Id opdracht_id, const std::string& account = "accountmanager");

 private:
  TestServer() = default;

  std::string database_path_;
  cli::Wiring wiring_;  // the same composition as `regie serve`
  std::shared_ptr<const web::App> app_;
  std::unique_ptr<web::HttpServer> server_;
  std::shared_ptr<VerzetbareKlok> klok_;
  std::uint16_t port_ = 0;
  Id regio_id_ = 0;
  std::map<std::string, std::string> tokens_;
};

// A browser: keeps cookies, logs in through the HTML form and sends form posts with the
// session's CSRF token. `secure` simulates the TLS-terminating proxy: every request carries
// X-Forwarded-Proto: https (the test server trusts 127.0.0.1).
class Browser {
 public:
  explicit Browser(std::uint16_t port, bool secure = false) : port_(port), secure_(secure) {}

  HttpResponse get(const std::string& target);
  // POSTs the form with the session's CSRF token added (when the form has no "csrf" field).
  HttpResponse post(const std::string& target, Form fields);
  // POSTs exactly these fields.
  HttpResponse post_raw(const std::string& target, const Form& fields);
  HttpResponse send(HttpRequest request);

  // GET /inloggen (login CSRF cookie and field), then POST /inloggen. On success (303) the
  // session cookie is kept and csrf() is read from a page of the session.
  HttpResponse login(const std::string& naam, const std::string& wachtwoord);
  // Logs in with the demo password; false when that did not give a session.
  bool login_demo(const std::string& naam);

  // The session's CSRF token (hidden field "csrf" of its pages).
  const std::string& csrf() const { return csrf_; }
  std::string session_cookie_name() const {
    return secure_ ? "__Host-regie_sessie" : "regie_sessie";
  }
  std::optional<std::string> cookie(const std::string& name) const;
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void forget_cookies() { cookies_.clear(); }
  // Every request from this local address from now on (e.g. "127.0.0.2": another client).
  void set_source_address(std::string address) { source_address_ = std::move(address); }
  std::uint16_t port() const { return port_; }

 private:
  void remember_cookies(const HttpResponse& response);

  std::uint16_t port_;
  bool secure_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_;
  std::string source_address_;
};

}  // namespace regie::e2e
