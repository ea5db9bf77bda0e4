// The session of an HTML request: who is logged in (the context every UI handler gets) and the
// CSRF check of a form POST. Core flows work without JavaScript: plain links, GET filter forms,
// POST forms with a CSRF token, redirect after a successful POST.
#pragma once

#include <optional>
#include <string>

#include "service/context.hpp"
#include "web/app.hpp"

namespace regie::web::ui {

struct UiContext {
  service::Context ctx;
  std::string csrf;
};

// A page or form of a logged-in user, and a page without a session (the login page).
using UiHandler = Response (*)(const App&, const UiContext&, Request&);
using PublicHandler = Response (*)(const App&, Request&);

// The session cookie's name: __Host- prefixed (and Secure) over HTTPS.
std::string sessie_cookie_naam(bool secure);
std::optional<UiContext> session(const App& app, const Request& req);
Response login_redirect(const Request& req);
// A POST whose CSRF token is missing or wrong.
Response csrf_refused(const App& app, const UiContext* ui, const Request& req);
bool csrf_ok(const UiContext& ui, const Request& req);

}  // namespace regie::web::ui
