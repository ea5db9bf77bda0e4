// The page kit of every HTML handler: the frame (header, menu with the current item marked,
// breadcrumbs after "Start", the ?melding= notice) around rendered content, the Dutch error
// page, and what a form POST answers (decision 6 in docs/decisions.md): 303 on success, the
// form again with the user's input on an invalid or stale submission, back to the page with a
// notice otherwise. The menu is one small table with a line per capability.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "core/text.hpp"
#include "web/http.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// One item of the main menu; `href` is also the `actief` value that marks it.
struct MenuItem {
  const char* href;
  const char* label;
};
// The menu items the capabilities' pages mark as actief.
inline constexpr const char* kMenuRegio = "/regio";
inline constexpr const char* kMenuBeleidscyclus = "/regio/beleidscyclus";
inline constexpr const char* kMenuOpdrachten = "/opdrachten";
inline constexpr const char* kMenuMonitoring = "/monitoring";

// The main menu, in order: one line per capability.
const std::vector<MenuItem>& menu_items();

// One breadcrumb after "Start".
struct Kruimel {
  std::string href;  // empty: the current page
  std::string label;
};

struct Layout {
  std::string titel;
  std::string actief;  // the menu item's href
  std::vector<Kruimel> kruimelpad;
  int status = 200;
};

// The page frame around `inhoud`; without `ui` (not logged in) there is no menu.
Response frame_page(const App& app, const UiContext* ui, const Request& req, const Layout& layout,
                    const std::string& inhoud);
Response frame_page(const App& app, const UiContext& ui, const Request& req,
                    const std::string& titel, const std::string& actief,
                    const std::vector<Kruimel>& kruimelpad, int status, const std::string& inhoud);

// The Dutch error page for `error` (its status), with a link back to `terug_href`.
Response error_page(const App& app, const UiContext* ui, const Request& req, const Error& error,
                    const std::string& terug_href = "/");
Response error_page(const App& app, const UiContext& ui, const Request& req, const Error& error,
                    const std::string& terug_href = "/");

// 303 See Other: the answer to a successful form POST.
Response see_other(const std::string& location);

// The submitted fields without the form's own csrf and versie.
Fields formulier_velden(const Request& req);
// The version the form was read at (hidden field "versie").
std::optional<std::int64_t> formulier_versie(const Request& req);

// What a form POST answers when the save failed (decision 6).
struct SaveFailure {
  // Any error without its own answer below: the error page, back to here.
  std::string terug_href = "/";
  // kInvalid: the form again with the user's input and the errors next to the fields (400).
  std::function<Response(const Error&)> on_invalid;
  // kStale: the form again with the conflict notice, the user's input and the newest version
  // (409), so saving again is a deliberate choice ...
  std::function<Response()> on_stale;
  // ... or, without on_stale, back to this page with ?melding=verouderd (and the anchor).
  std::string stale_href;
  std::string anchor;  // e.g. "#signaal-3"
  // kConflict (a state that forbids the step, a duplicate): the page again with the refusal.
  std::function<Response(const Error&)> on_conflict;
};
Response after_failed_save(const App& app, const UiContext& ui, const Request& req,
                           const Error& error, const SaveFailure& failure);

// 303 to `success_href` when `result` is ok; after_failed_save otherwise.
template <typename T>
Response after_save(const App& app, const UiContext& ui, const Request& req,
                    const Result<T>& result, const std::string& success_href,
                    const SaveFailure& failure) {
  if (result.ok()) return see_other(success_href);
  return after_failed_save(app, ui, req, result.error(), failure);
}

// Every delete in the HTML UI asks first: a GET of ".../verwijderen" shows this page, with what
// will be deleted, and a Verwijderen button that POSTs to the same address with the CSRF token
// and the version read; Annuleren goes back. Works without JavaScript.
struct DeleteConfirmation {
  std::string titel;  // "Organisatie verwijderen": heading and last breadcrumb
  std::string wat;    // "de organisatie Gemeente Beekdal", in "Weet u zeker dat u … verwijdert?"
  std::vector<std::pair<std::string, std::string>> gegevens;  // what is deleted, label → value
  std::string gevolg;                  // what goes with it or stops the delete; may be empty
  std::string actie;                   // the POST
  std::optional<std::int64_t> versie;  // absent for what has no version (decision 16)
  std::string annuleren;
  std::string actief;               // the menu item
  std::vector<Kruimel> kruimelpad;  // up to the object; the titel is added
};
Response delete_confirmation_page(const App& app, const UiContext& ui, const Request& req,
                                  const DeleteConfirmation& bevestiging);

// After a delete: to `success_href` with ?melding=verwijderd; a stale version or a record still
// in use back to `detail_href` with the notice; any other error the error page.
Response after_delete(const App& app, const UiContext& ui, const Request& req,
                      const Result<void>& result, const std::string& success_href,
                      const std::string& detail_href);

}  // namespace regie::web::ui
