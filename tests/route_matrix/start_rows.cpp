// The matrix of the pages without a capability of their own: logging in and out, the start
// page, the accessibility statement, the style sheets and the OpenAPI document; and the
// operations endpoints (issue 16), which answer this machine without a session.
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {

Plak start_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/api/v1/openapi.json", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/inloggen", Doel::kGeen, {200, kD, kD, kD, kD, kD, kD, kD, kD}},
      {"GET", "/toegankelijkheid", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/static/{bestand}", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/health/live", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/health/ready", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/metrics", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST", "/inloggen", Doel::kGeen, {401, 401, 401, 401, 401, 401, 401, 401, 401}},
  };
  p.laatst = {
      {"POST", "/uitloggen", Doel::kGeen, {kL, kL, kL, kL, kL, kL, kL, kL, kL}},
  };
  p.zonder_eigenaar = {
      {{"POST", "/inloggen"}, "geen object"},
      {{"POST", "/uitloggen"}, "geen object"},
  };
  p.klad = [](Omgeving&, Klad&, const std::string&) -> Result<void> { return Ok(); };
  p.verzoek = [](Omgeving&, const Rij& rij, const Klad&, const std::string&) {
    return Verzoek{.pad = vervang(rij.pattern, "{bestand}", "regie.css")};
  };
  // A real login attempt (login CSRF included) for an account that does not exist.
  p.eigen = [](Omgeving& o, Browser& browser, const Rij& rij,
               const std::string& label) -> std::optional<HttpResponse> {
    if (std::string(rij.method) != "POST" || std::string(rij.pattern) != "/inloggen") {
      return std::nullopt;
    }
    Browser anoniem(o.server.port());
    auto form = anoniem.get("/inloggen");
    browser.set_cookie("regie_inlog_csrf", anoniem.cookie("regie_inlog_csrf").value_or(""));
    return browser.post_raw(
        "/inloggen",
        {{"csrf", csrf_field(form.body)}, {"naam", "niemand " + label}, {"wachtwoord", "onjuist"}});
  };
  return p;
}

}  // namespace regie::e2e::matrix
