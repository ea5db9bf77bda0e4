// Logging in and out (with the login CSRF cookie), the session of a request and the CSRF check
// of a form POST.
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "service/crypto.hpp"
#include "web/messages.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

constexpr const char* kInlogCsrfCookie = "regie_inlog_csrf";

std::string cookie_attributes(const Request& req) {
  return std::string("; Path=/; HttpOnly; SameSite=Lax") + (req.secure ? "; Secure" : "");
}

}  // namespace

std::string sessie_cookie_naam(bool secure) {
  return secure ? "__Host-regie_sessie" : "regie_sessie";
}

std::optional<UiContext> session(const App& app, const Request& req) {
  auto token = req.cookie(sessie_cookie_naam(req.secure));
  if (!token) return std::nullopt;
  auto s = app.services.auth->sessie(*token);
  if (!s.ok()) return std::nullopt;
  return UiContext{service::Context{s->actor, "web " + req.remote_address, s->datastand},
                   s->csrf_token};
}

Response login_redirect(const Request& req) {
  std::string terug = req.method == "GET" ? req.target : std::string("/");
  return see_other("/inloggen?terug=" + percent_encode(terug));
}

bool csrf_ok(const UiContext& ui, const Request& req) {
  auto form = req.form_params();
  auto it = form.find("csrf");
  return it != form.end() && service::constant_time_equal(it->second, ui.csrf);
}

Response csrf_refused(const App& app, const UiContext* ui, const Request& req) {
  Error error{ErrorCode::kForbidden, "fout.csrf", "csrf", {}};
  return error_page(app, ui, req, error);
}

namespace {

// A local path only, so that the login can neither redirect elsewhere nor inject a header:
// no control characters or backslashes, raw or percent-encoded, and no "//" once a browser
// has decoded it and dropped tabs and newlines.
std::string veilige_terug(const std::string& terug) {
  auto veilig = [](const std::string& pad) {
    if (pad.empty() || pad[0] != '/') return false;
    if (pad.size() > 1 && (pad[1] == '/' || pad[1] == '\\')) return false;
    for (char c : pad) {
      auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7F || c == '\\') return false;
    }
    return true;
  };
  std::string gedecodeerd = percent_decode(terug, false);
  if (!veilig(terug) || !veilig(gedecodeerd)) return "/";
  return terug;
}

std::string wacht_tekst(std::int64_t seconden) {
  std::int64_t minuten = (seconden + 59) / 60;
  if (minuten <= 1) return "Probeer het over een minuut opnieuw.";
  return "Probeer het over " + std::to_string(minuten) + " minuten opnieuw.";
}

Response login_page(const App& app, const Request& req, const std::string& naam,
                    const std::string& fout, int status) {
  std::string csrf = service::random_token();
  json view = {{"csrf", csrf}, {"naam", naam}};
  if (!fout.empty()) view["fout"] = fout;
  Layout layout;
  layout.titel = "Inloggen";
  layout.status = status;
  std::string inhoud = render("inloggen", view);
  auto q = req.query_params();
  auto terug = q.find("terug");
  if (terug != q.end()) {
    // Keep where the user wanted to go through the POST.
    std::string hidden = "<input type=\"hidden\" name=\"terug\" value=\"" +
                         percent_encode(veilige_terug(terug->second)) + "\">";
    auto pos = inhoud.find("<fieldset");
    if (pos != std::string::npos) inhoud.insert(pos, hidden);
  }
  Response response = frame_page(app, nullptr, req, layout, inhoud);
  // A login CSRF token as a double-submit cookie: there is no session yet.
  std::string prefix = req.secure ? "__Host-" : "";
  response.headers.emplace_back("Set-Cookie",
                                prefix + kInlogCsrfCookie + "=" + csrf + cookie_attributes(req));
  return response;
}

Response inloggen_form(const App& app, Request& req) {
  if (session(app, req)) return see_other("/");
  return login_page(app, req, "", "", 200);
}

Response inloggen(const App& app, Request& req) {
  auto form = req.form_params();
  std::string prefix = req.secure ? "__Host-" : "";
  auto cookie = req.cookie(prefix + kInlogCsrfCookie);
  if (!cookie || form["csrf"].empty() || !service::constant_time_equal(*cookie, form["csrf"])) {
    return login_page(app, req, form["naam"], tekst("fout.csrf"), 403);
  }
  auto result = app.services.auth->login(form["naam"], form["wachtwoord"], req.remote_address,
                                         "web " + req.remote_address);
  if (!result.ok()) {
    int status =
        result.error().code == ErrorCode::kUnauthenticated ? 401 : http_status(result.error().code);
    std::int64_t wachttijd = result.error().wachttijd_seconden;
    std::string fout = tekst(result.error().key);
    if (wachttijd > 0) fout += " " + wacht_tekst(wachttijd);
    Response response = login_page(app, req, form["naam"], fout, status);
    // Decision 7: when this address may try again.
    if (wachttijd > 0) response.set_header("Retry-After", std::to_string(wachttijd));
    return response;
  }
  std::string terug = veilige_terug(percent_decode(form["terug"], false));
  Response response = see_other(terug);
  // A new random session id at every login (no fixation).
  response.headers.emplace_back("Set-Cookie", sessie_cookie_naam(req.secure) + "=" +
                                                  result->sessie_token + cookie_attributes(req));
  response.headers.emplace_back(
      "Set-Cookie", prefix + kInlogCsrfCookie + "=; Max-Age=0" + cookie_attributes(req));
  return response;
}

Response uitloggen(const App& app, const UiContext& ui, Request& req) {
  (void)ui;
  auto token = req.cookie(sessie_cookie_naam(req.secure)).value_or("");
  (void)app.services.auth->logout(token, "web " + req.remote_address);
  Response response = see_other("/inloggen?melding=uitgelogd");
  response.headers.emplace_back(
      "Set-Cookie", sessie_cookie_naam(req.secure) + "=; Max-Age=0" + cookie_attributes(req));
  return response;
}

}  // namespace

void add_auth_ui(UiRoutes& r) {
  r.add_public("GET", "/inloggen", inloggen_form);
  r.add_public("POST", "/inloggen", inloggen);
  r.add_form("/uitloggen", uitloggen);
}

}  // namespace regie::web::ui
