#include "web/ui/ui.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.hpp"
#include "service/crypto.hpp"
#include "web/messages.hpp"
#include "web/ui/opdracht_ui.hpp"
#include "web/ui/signaal_ui.hpp"  // ---- Signalen (OPD-6)
#include "web/ui/ui_support.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

using json = nlohmann::json;
using governance::Organisatie;
using governance::Persoon;
using governance::Rol;

constexpr std::int64_t kPaginaGrootte = 25;
constexpr const char* kInlogCsrfCookie = "regie_inlog_csrf";

// ---------------------------------------------------------------- helpers

std::string periode_nl(const Periode& p) {
  return p.van.nl() + " t/m " + (p.tot ? p.tot->nl() : std::string("heden"));
}

std::string melding_tekst(const std::string& code) {
  static const std::map<std::string, std::string> kTeksten = {
      {"opgeslagen", "De wijzigingen zijn opgeslagen."},
      {"aangemaakt", "Het is toegevoegd."},
      {"verwijderd", "Het is verwijderd."},
      {"verouderd",
       "Iemand anders heeft dit intussen gewijzigd; er is niets verwijderd. Bekijk "
       "de nieuwe versie."},
      {"in_gebruik", "Dit kan niet worden verwijderd, omdat er nog gegevens naar verwijzen."},
      {"uitgelogd", "U bent uitgelogd."},
      // ---- Wijzigingsverzoeken (OPD-5)
      {"ingediend", "Het wijzigingsverzoek is ingediend."},
      {"afgestemd", "De afstemming met de beleidsafdeling is vastgelegd."},
      {"besloten", "Het besluit over het wijzigingsverzoek is vastgelegd."},
  };
  auto it = kTeksten.find(code);
  return it == kTeksten.end() ? std::string() : it->second;
}

json menu(const std::string& actief) {
  static const std::vector<std::pair<std::string, std::string>> kItems = {
      {"/", "Start"},
      {"/regio", "Regio"},
      {"/regio/beleidscyclus", "Beleidscyclus"},  // ---- Big 8 (B8)
      {"/opdrachten", "Opdrachten"},              // ---- Opdrachten (OPD)
      {"/organisaties", "Organisaties"},
      {"/personen", "Personen"},
      {"/rollen", "Rollen"},
      // ---- Competenties (COMP)
      {"/competenties", "Mijn competenties"}};
  json out = json::array();
  for (const auto& [href, label] : kItems) {
    out.push_back({{"href", href}, {"label", label}, {"actief", href == actief}});
  }
  return out;
}

struct Layout {
  std::string titel;
  std::string actief;  // menu href
  json kruimelpad = json::array();
  int status = 200;
};

Response page(const App& app, const UiContext* ui, const Request& req, const Layout& layout,
              const std::string& inhoud) {
  json view;
  view["titel"] = layout.titel;
  view["inhoud"] = inhoud;
  if (ui) {
    const auto& actor = ui->ctx.actor;
    view["gebruiker"] = {{"naam", actor.naam},
                         {"rol", std::string(auth::label(actor.rol))},
                         {"organisatie", actor.organisatie_naam},
                         {"csrf", ui->csrf},
                         {"menu", menu(layout.actief)}};
    auto regio = app.services.register_->regio(ui->ctx, actor.regio_id);
    if (regio.ok()) view["regio_naam"] = regio->naam;
  }
  if (!layout.kruimelpad.empty()) {
    json pad = json::array({{{"href", "/"}, {"label", "Start"}}});
    for (const auto& item : layout.kruimelpad) pad.push_back(item);
    view["kruimelpad"] = pad;
    view["heeft_kruimelpad"] = true;
  }
  auto q = req.query_params();
  if (auto it = q.find("melding"); it != q.end()) {
    auto melding_text = melding_tekst(it->second);
    if (!melding_text.empty()) {
      bool waarschuwing = it->second == "verouderd" || it->second == "in_gebruik";
      view["melding"] = {{"tekst", melding_text}, {"soort", waarschuwing ? "warning" : "ok"}};
    }
  }
  Response response;
  response.status = layout.status;
  response.set_header("Content-Type", "text/html; charset=utf-8");
  response.body = render("layout", view);
  return response;
}

Response error_page(const App& app, const UiContext* ui, const Request& req, const Error& error,
                    const std::string& terug_href = "/") {
  if (error.code == ErrorCode::kStorage) spdlog::warn("opslagfout: {}", error.detail);
  Layout layout;
  layout.titel = titel(error.code);
  layout.status = http_status(error.code);
  json view = {{"kop", titel(error.code)},
               {"tekst", tekst(error.key)},
               {"terug_href", terug_href},
               {"terug_label", "Terug"}};
  return page(app, ui, req, layout, render("fout", view));
}

// ---------------------------------------------------------------- forms

struct VeldSpec {
  std::string naam;
  std::string label;
  std::string type = "text";  // text, number, date, email, select
  bool verplicht = false;
  std::vector<Optie> opties;
  std::string beschrijving;
  bool smal = false;
  std::string inputmode;
};

struct FieldsetSpec {
  std::string legend;
  std::vector<VeldSpec> velden;
};

json veld_view(const VeldSpec& spec, const Fields& waarden,
               const std::map<std::string, std::string>& fouten, const std::string& prefix) {
  json v = ui::veld_view(
      {spec.naam, spec.label, spec.type, spec.verplicht, spec.beschrijving, spec.opties, spec.smal},
      prefix + spec.naam, waarden, fouten);
  if (!spec.inputmode.empty()) v["inputmode"] = spec.inputmode;
  return v;
}

struct FormView {
  std::string kop;
  std::string intro;
  std::string actie;
  std::string knop;
  std::string annuleren;
  std::optional<std::int64_t> versie;
  std::string conflict;
};

std::string render_form(const UiContext& ui, const FormView& form,
                        const std::vector<FieldsetSpec>& fieldsets, const Fields& waarden,
                        const Error* error) {
  auto fouten = fout_teksten(error);
  json view = {{"kop", form.kop},
               {"actie", form.actie},
               {"knop", form.knop},
               {"annuleren", form.annuleren},
               {"csrf", ui.csrf}};
  if (!form.intro.empty()) view["intro"] = form.intro;
  if (form.versie) view["versie"] = std::to_string(*form.versie);
  if (!form.conflict.empty()) {
    view["conflict"] = form.conflict;
    view["conflict_href"] = form.annuleren;
  }
  json sets = json::array();
  json samenvatting = json::array();
  for (const auto& fs : fieldsets) {
    json velden = json::array();
    for (const auto& spec : fs.velden) {
      velden.push_back(veld_view(spec, waarden, fouten, "veld-"));
      if (auto it = fouten.find(spec.naam); it != fouten.end()) {
        samenvatting.push_back(
            {{"id", "veld-" + spec.naam}, {"label", spec.label}, {"fout", it->second}});
      }
    }
    sets.push_back({{"legend", fs.legend}, {"velden", velden}});
  }
  // Errors on fields the form does not show (e.g. from the API's names) still reach the user.
  for (const auto& [naam, fout] : fouten) {
    bool shown = false;
    for (const auto& s : samenvatting) shown = shown || s["id"] == "veld-" + naam;
    if (!shown)
      samenvatting.push_back({{"id", "inhoud"}, {"label", veldnaam(naam)}, {"fout", fout}});
  }
  view["fieldsets"] = sets;
  if (!samenvatting.empty()) {
    view["fouten_samenvatting"] = true;
    view["fouten"] = samenvatting;
  }
  return render("formulier", view);
}

std::vector<Optie> organisatie_opties(const App& app, const UiContext& ui) {
  std::vector<Optie> out;
  auto orgs = app.services.register_->alle_organisaties(ui.ctx);
  if (orgs.ok()) {
    for (const auto& o : *orgs) out.push_back({std::to_string(o.id), o.naam});
  }
  return out;
}

std::vector<Optie> persoon_opties(const App& app, const UiContext& ui) {
  std::vector<Optie> out;
  PersoonQuery q;
  q.page.limit = 500;
  auto gevonden = app.services.register_->personen(ui.ctx, q);
  if (gevonden.ok()) {
    for (const auto& p : gevonden->items) {
      out.push_back(
          {std::to_string(p.persoon.id), p.persoon.naam + " (" + p.organisatie_naam + ")"});
    }
  }
  return out;
}

std::vector<Optie> soort_opties() {
  std::vector<Optie> out;
  for (auto s : governance::alle_organisatie_soorten()) {
    out.push_back({std::string(code(s)), std::string(label(s))});
  }
  return out;
}

std::vector<Optie> rol_soort_opties() {
  std::vector<Optie> out;
  for (auto s : governance::alle_rol_soorten()) {
    out.push_back({std::string(code(s)), std::string(label(s))});
  }
  return out;
}

std::vector<FieldsetSpec> organisatie_spec() {
  return {{"Organisatie",
           {{"naam", "Naam", "text", true, {}, "Bijvoorbeeld: Gemeente Beekdal."},
            {"soort", "Soort", "select", true, soort_opties()},
            {"inwonertal",
             "Inwonertal",
             "text",
             false,
             {},
             "Aantal inwoners, zonder punten of met.",
             true,
             "numeric"}}}};
}

std::vector<FieldsetSpec> persoon_spec(const App& app, const UiContext& ui) {
  return {{"Persoon",
           {{"naam", "Naam", "text", true},
            {"functie", "Functie", "text", false},
            {"email", "E-mailadres", "email", false}}},
          {"Werkgever",
           {{"organisatieId", "Organisatie", "select", true, organisatie_opties(app, ui)}}}};
}

std::vector<FieldsetSpec> rol_spec(const App& app, const UiContext& ui) {
  return {{"Wie en waarvoor",
           {{"persoonId", "Persoon", "select", true, persoon_opties(app, ui)},
            {"soort", "Rol", "select", true, rol_soort_opties()},
            {"organisatieId", "Voor organisatie", "select", true, organisatie_opties(app, ui),
             "Bij een accountmanager: de deelnemer die hij of zij bedient. Bij AB/DB: de "
             "deelnemer die wordt vertegenwoordigd."}}},
          {"Periode en capaciteit",
           {{"van", "Van", "date", true, {}, "", true},
            {"tot", "Tot en met", "date", false, {}, "Leeg laten als de rol doorloopt.", true},
            {"urenPerJaar",
             "Uren per jaar",
             "text",
             true,
             {},
             "Beschikbare uren per jaar voor deze rol.",
             true,
             "numeric"}}}};
}

std::vector<FieldsetSpec> regio_spec() {
  return {{"Regio",
           {{"naam", "Naam", "text", true},
            {"gemeenschappelijkeRegeling", "Gemeenschappelijke regeling", "text", false}}},
          {"Normen",
           {{"minimumUrenAmbtelijkOpdrachtgever",
             "Minimum uren ambtelijk opdrachtgever",
             "text",
             true,
             {},
             "GOV-6: de handreiking noemt 450 uur per jaar per opdrachtgever.",
             true,
             "numeric"}}}};
}

Fields to_fields(const governance::Regio& r) {
  return {{"naam", r.naam},
          {"gemeenschappelijkeRegeling", r.gemeenschappelijke_regeling},
          {"minimumUrenAmbtelijkOpdrachtgever",
           std::to_string(r.minimum_uren_ambtelijk_opdrachtgever)}};
}
Fields to_fields(const Organisatie& o) {
  return {{"naam", o.naam},
          {"soort", std::string(code(o.soort))},
          {"inwonertal", o.inwonertal ? std::to_string(*o.inwonertal) : ""}};
}
Fields to_fields(const Persoon& p) {
  return {{"naam", p.naam},
          {"functie", p.functie},
          {"email", p.email},
          {"organisatieId", std::to_string(p.organisatie_id)}};
}
Fields to_fields(const Rol& r) {
  return {{"persoonId", std::to_string(r.persoon_id)},
          {"organisatieId", std::to_string(r.organisatie_id)},
          {"soort", std::string(code(r.soort))},
          {"van", r.periode.van.iso()},
          {"tot", r.periode.tot ? r.periode.tot->iso() : ""},
          {"urenPerJaar", std::to_string(r.uren_per_jaar)}};
}

// ---------------------------------------------------------------- lists

struct Kolom {
  std::string label;
  std::string sorteer;  // empty: not sortable
  bool getal = false;
};

struct ListView {
  std::string kop;
  std::string intro;
  std::string pad;
  std::string nieuw_href;
  std::string nieuw_label;
  std::vector<Kolom> kolommen;
  json rijen = json::array();
  std::int64_t totaal = 0;
  std::int64_t pagina = 1;
  json filters = json::array();
};

std::string query_string(const std::map<std::string, std::string>& q) {
  std::string out;
  for (const auto& [k, v] : q) {
    if (v.empty()) continue;
    out += (out.empty() ? "?" : "&") + percent_encode(k) + "=" + percent_encode(v);
  }
  return out;
}

std::string render_list(const Request& req, const ListView& list) {
  auto q = req.query_params();
  q.erase("melding");
  std::string huidig = q.count("sorteer") ? q["sorteer"] : "";
  json kolommen = json::array();
  for (const auto& k : list.kolommen) {
    json kol = {{"label", k.label}};
    if (!k.sorteer.empty()) {
      bool actief = huidig == k.sorteer || huidig == "-" + k.sorteer;
      bool aflopend = huidig == "-" + k.sorteer;
      auto nq = q;
      nq["sorteer"] = actief && !aflopend ? "-" + k.sorteer : k.sorteer;
      nq.erase("pagina");
      kol["sorteer_href"] = list.pad + query_string(nq);
      if (actief) {
        kol["aria_sort"] = aflopend ? "descending" : "ascending";
        kol["pijl"] = aflopend ? "▼" : "▲";
      }
    }
    kolommen.push_back(kol);
  }
  std::int64_t paginas =
      std::max<std::int64_t>(1, (list.totaal + kPaginaGrootte - 1) / kPaginaGrootte);
  json view = {{"kop", list.kop},
               {"pad", list.pad},
               {"kolommen", kolommen},
               {"rijen", list.rijen},
               {"aantal_kolommen", std::to_string(list.kolommen.size())},
               {"totaal_tekst",
                format_getal_nl(list.totaal) + (list.totaal == 1 ? " resultaat" : " resultaten")}};
  if (!list.intro.empty()) view["intro"] = list.intro;
  if (!list.nieuw_href.empty()) {
    view["nieuw_href"] = list.nieuw_href;
    view["nieuw_label"] = list.nieuw_label;
  }
  if (!list.filters.empty()) {
    view["heeft_filters"] = true;
    view["filters"] = list.filters;
    if (!huidig.empty()) view["sorteer"] = huidig;
  }
  if (paginas > 1) {
    json p = {{"pagina", std::to_string(list.pagina)}, {"paginas", std::to_string(paginas)}};
    if (list.pagina > 1) {
      auto nq = q;
      nq["pagina"] = std::to_string(list.pagina - 1);
      p["vorige"] = list.pad + query_string(nq);
    }
    if (list.pagina < paginas) {
      auto nq = q;
      nq["pagina"] = std::to_string(list.pagina + 1);
      p["volgende"] = list.pad + query_string(nq);
    }
    view["paginering"] = p;
  }
  return render("lijst", view);
}

std::int64_t pagina_uit(const std::map<std::string, std::string>& q) {
  auto it = q.find("pagina");
  if (it == q.end()) return 1;
  auto n = parse_int64(it->second);
  return n && *n >= 1 ? *n : 1;
}

SortRichting richting_uit(const std::map<std::string, std::string>& q, std::string& sorteer) {
  auto it = q.find("sorteer");
  if (it == q.end() || it->second.empty()) return SortRichting::kOplopend;
  if (it->second.front() == '-') {
    sorteer = it->second.substr(1);
    return SortRichting::kAflopend;
  }
  sorteer = it->second;
  return SortRichting::kOplopend;
}

json cel(const std::string& melding_text, const std::string& href = "", bool getal = false) {
  json c = {{"tekst", melding_text}};
  if (!href.empty()) c["href"] = href;
  if (getal) c["getal"] = true;
  return c;
}

json filter_veld(const VeldSpec& spec, const std::map<std::string, std::string>& q) {
  Fields waarden(q.begin(), q.end());
  json veld = veld_view(spec, waarden, {}, "filter-");
  veld["filter"] = true;  // a filter is never required: no "(niet verplicht)"
  return veld;
}

}  // namespace

// ---------------------------------------------------------------- session and CSRF

std::string sessie_cookie_naam(bool secure) {
  return secure ? "__Host-regie_sessie" : "regie_sessie";
}

std::optional<UiContext> session(const App& app, const Request& req) {
  auto token = req.cookie(sessie_cookie_naam(req.secure));
  if (!token) return std::nullopt;
  auto s = app.services.auth->sessie(*token);
  if (!s.ok()) return std::nullopt;
  return UiContext{service::Context{s->actor, "web " + req.remote_address}, s->csrf_token};
}

Response login_redirect(const Request& req) {
  std::string terug = req.method == "GET" ? req.target : std::string("/");
  return zie_ook("/inloggen?terug=" + percent_encode(terug));
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

// ---------------------------------------------------------------- public pages

namespace {

std::string cookie_attributes(const Request& req) {
  return std::string("; Path=/; HttpOnly; SameSite=Lax") + (req.secure ? "; Secure" : "");
}

// Only local paths, so that the login cannot redirect elsewhere.
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
  Response response = page(app, nullptr, req, layout, inhoud);
  // A login CSRF token as a double-submit cookie: there is no session yet.
  std::string prefix = req.secure ? "__Host-" : "";
  response.headers.emplace_back("Set-Cookie",
                                prefix + kInlogCsrfCookie + "=" + csrf + cookie_attributes(req));
  return response;
}

}  // namespace

Response inloggen_form(const App& app, Request& req) {
  if (session(app, req)) return zie_ook("/");
  return login_page(app, req, "", "", 200);
}

Response inloggen(const App& app, Request& req) {
  auto form = req.form_params();
  std::string prefix = req.secure ? "__Host-" : "";
  auto cookie = req.cookie(prefix + kInlogCsrfCookie);
  if (!cookie || form["csrf"].empty() || !service::constant_time_equal(*cookie, form["csrf"])) {
    return login_page(app, req, form["naam"], tekst("fout.csrf"), 403);
  }
  auto result =
      app.services.auth->login(form["naam"], form["wachtwoord"], "web " + req.remote_address);
  if (!result.ok()) {
    int status =
        result.error().code == ErrorCode::kUnauthenticated ? 401 : http_status(result.error().code);
    return login_page(app, req, form["naam"], tekst(result.error().key), status);
  }
  std::string terug = veilige_terug(percent_decode(form["terug"], false));
  Response response = zie_ook(terug);
  // A new random session id at every login (no fixation).
  response.headers.emplace_back("Set-Cookie", sessie_cookie_naam(req.secure) + "=" +
                                                  result->sessie_token + cookie_attributes(req));
  response.headers.emplace_back(
      "Set-Cookie", prefix + kInlogCsrfCookie + "=; Max-Age=0" + cookie_attributes(req));
  return response;
}

Response not_found_page(const App& app, const Request& req) {
  auto ui = session(app, req);
  Error error = Error::not_found(req.path);
  error.key = "fout.pagina_bestaat_niet";
  return error_page(app, ui ? &*ui : nullptr, req, error);
}

Response toegankelijkheid(const App& app, Request& req) {
  auto ui = session(app, req);
  Layout layout;
  layout.titel = "Toegankelijkheidsverklaring";
  layout.kruimelpad = json::array({{{"label", "Toegankelijkheidsverklaring"}}});
  return page(app, ui ? &*ui : nullptr, req, layout, render("toegankelijkheid", json::object()));
}

Response static_file(const App& app, Request& req) {
  struct Asset {
    const char* naam;
    const char* bron;  // relative to the asset dir, or "embedded:<name>"
  };
  static const Asset kAssets[] = {
      {"utrecht.css", "@utrecht/component-library-css/dist/index.css"},
      {"theme.css", "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"},
      {"regie.css", "embedded:static/regie.css"},
  };
  static std::mutex mutex;
  static std::map<std::string, std::string> cache;
  const std::string naam = req.params["bestand"];
  for (const auto& asset : kAssets) {
    if (naam != asset.naam) continue;
    std::string body;
    {
      std::lock_guard lock(mutex);
      auto it = cache.find(naam);
      if (it != cache.end()) {
        body = it->second;
      } else {
        std::string bron = asset.bron;
        if (bron.rfind("embedded:", 0) == 0) {
          body = embedded_file(bron.substr(9));
        } else {
          std::ifstream in(app.options.asset_dir + "/" + bron, std::ios::binary);
          std::stringstream buffer;
          buffer << in.rdbuf();
          body = buffer.str();
          if (body.empty()) spdlog::warn("stijlblad ontbreekt: {}/{}", app.options.asset_dir, bron);
        }
        if (!body.empty()) cache[naam] = body;
      }
    }
    if (body.empty()) break;
    Response response;
    response.set_header("Content-Type", "text/css; charset=utf-8");
    response.set_header("Cache-Control", "public, max-age=3600");
    response.body = std::move(body);
    return response;
  }
  Response response;
  response.status = 404;
  response.set_header("Content-Type", "text/plain; charset=utf-8");
  response.body = "Niet gevonden\n";
  return response;
}

// ---------------------------------------------------------------- session pages

Response uitloggen(const App& app, const UiContext& ui, Request& req) {
  (void)ui;
  auto token = req.cookie(sessie_cookie_naam(req.secure)).value_or("");
  (void)app.services.auth->logout(token, "web " + req.remote_address);
  Response response = zie_ook("/inloggen?melding=uitgelogd");
  response.headers.emplace_back(
      "Set-Cookie", sessie_cookie_naam(req.secure) + "=; Max-Age=0" + cookie_attributes(req));
  return response;
}

Response start(const App& app, const UiContext& ui, Request& req) {
  auto& reg = *app.services.register_;
  auto gevonden_regio = reg.regio(ui.ctx, ui.ctx.actor.regio_id);
  if (!gevonden_regio.ok()) return error_page(app, &ui, req, gevonden_regio.error());
  OrganisatieQuery oq;
  oq.page.limit = 500;
  auto orgs = reg.organisaties(ui.ctx, oq);
  auto gevonden_personen = reg.personen(ui.ctx, PersoonQuery{});
  RolQuery rq;
  rq.peildatum = app.services.clock->vandaag();
  auto gevonden_rollen = reg.rollen(ui.ctx, rq);
  if (!orgs.ok()) return error_page(app, &ui, req, orgs.error());
  if (!gevonden_personen.ok()) return error_page(app, &ui, req, gevonden_personen.error());
  if (!gevonden_rollen.ok()) return error_page(app, &ui, req, gevonden_rollen.error());
  std::int64_t inwoners = 0;
  for (const auto& o : orgs->items) {
    if (o.soort == governance::OrganisatieSoort::kGemeente) inwoners += o.inwonertal.value_or(0);
  }
  json view = {
      {"kop", gevonden_regio->naam},
      {"naam", ui.ctx.actor.naam},
      {"rol", std::string(auth::label(ui.ctx.actor.rol))},
      {"organisatie", ui.ctx.actor.organisatie_naam},
      {"kaarten", json::array({{{"id", "organisaties"},
                                {"titel", "Organisaties"},
                                {"href", "/organisaties"},
                                {"getal", format_getal_nl(orgs->total)},
                                {"tekst", "Gemeenten, provincie, omgevingsdienst en partners."}},
                               {{"id", "personen"},
                                {"titel", "Personen"},
                                {"href", "/personen"},
                                {"getal", format_getal_nl(gevonden_personen->total)},
                                {"tekst", "Personen die u kunt zien."}},
                               {{"id", "rollen"},
                                {"titel", "Rollen vandaag"},
                                {"href", "/rollen"},
                                {"getal", format_getal_nl(gevonden_rollen->total)},
                                {"tekst", "Rollen die op " + app.services.clock->vandaag().nl() +
                                              " gelden."}}})},
      {"gegevens",
       json::array(
           {{{"label", "Gemeenschappelijke regeling"},
             {"waarde", gevonden_regio->gemeenschappelijke_regeling}},
            {{"label", "Inwoners van de gemeenten"}, {"waarde", format_getal_nl(inwoners)}},
            {{"label", "Minimum uren ambtelijk opdrachtgever"},
             {"waarde", format_getal_nl(gevonden_regio->minimum_uren_ambtelijk_opdrachtgever)}}})}};
  view["signalen"] = signalen_startblok(app, ui);    // OPD-6: open signalen at once
  view["verzoeken"] = verzoeken_startblok(app, ui);  // OPD-5: verzoeken awaiting a decision
  Layout layout;
  layout.titel = "Start";
  layout.actief = "/";
  return page(app, &ui, req, layout, render("start", view));
}

Response regio(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->regio(ui.ctx, ui.ctx.actor.regio_id);
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  json view = {{"kop", r->naam},
               {"gegevens",
                json::array({{{"label", "Naam"}, {"waarde", r->naam}},
                             {{"label", "Gemeenschappelijke regeling"},
                              {"waarde", r->gemeenschappelijke_regeling}},
                             {{"label", "Minimum uren ambtelijk opdrachtgever"},
                              {"waarde", format_getal_nl(r->minimum_uren_ambtelijk_opdrachtgever) +
                                             " uur per jaar"}}})},
               {"mag_wijzigen", auth::mag_regio_wijzigen(ui.ctx.actor)},
               {"bewerken_href", "/regio/bewerken"},
               {"csrf", ui.csrf},
               {"versie", std::to_string(r->versie)},
               {"secties", json::array()}};
  // GOV-2: the bestuursorganen of the gemeenschappelijke regeling, as they are today.
  Datum vandaag = app.services.clock->vandaag();
  for (auto orgaan : {governance::RolSoort::kAbLid, governance::RolSoort::kDbLid}) {
    auto leden = app.services.register_->bestuursleden(ui.ctx, orgaan, vandaag);
    if (!leden.ok()) return error_page(app, &ui, req, leden.error());
    json rijen = json::array();
    for (const auto& lid : *leden) {
      rijen.push_back({{"cellen", json::array({cel(lid.persoon_naam), cel(lid.organisatie_naam),
                                               cel(lid.rol.periode.van.nl())})}});
    }
    bool ab = orgaan == governance::RolSoort::kAbLid;
    view["secties"].push_back(
        {{"id", ab ? "algemeen-bestuur" : "dagelijks-bestuur"},
         {"titel", ab ? "Algemeen Bestuur" : "Dagelijks Bestuur"},
         {"tekst", ab ? "Het AB: elke deelnemer heeft een zetel; het AB is eigenaar en stelt "
                        "begroting en jaarrekening vast."
                      : "Het DB: gekozen uit het AB; bestuurlijk opdrachtnemer."},
         {"heeft_tabel", true},
         {"kolommen",
          json::array({{{"label", "Lid"}}, {{"label", "Vertegenwoordigt"}}, {{"label", "Sinds"}}})},
         {"aantal_kolommen", "3"},
         {"rijen", rijen},
         {"link_href", std::string("/rollen?soort=") + (ab ? "ab_lid" : "db_lid")},
         {"link_label",
          ab ? "Alle AB-lidmaatschappen met perioden" : "Alle DB-lidmaatschappen met perioden"}});
  }
  json governance_sectie = {
      {"id", "bevindingen"},
      {"titel", "Governance"},
      {"tekst",
       "Controles op aanspreekpunten, rolzuiverheid, capaciteit en de regisseur "
       "beleidscyclus (GOV-4 tot en met GOV-8)."},
      {"link_href", "/regio/bevindingen"},
      {"link_label", "Bevindingen bekijken"}};
  view["secties"].insert(view["secties"].begin(), governance_sectie);
  // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
  json collectief_sectie = {
      {"id", "collectief"},
      {"titel", "Collectief opdrachtgeverschap"},
      {"tekst",
       "Welke opdrachtgever welke deelnemers vertegenwoordigt, met het mandaat dat daarvoor is "
       "verleend (GOV-6)."},
      {"link_href", "/vertegenwoordigingen"},
      {"link_label", "Vertegenwoordigingen bekijken"}};
  json projectgroep_sectie = {
      {"id", "projectgroep"},
      {"titel", "Projectgroep beleidscyclus"},
      {"tekst",
       "De regisseur beleidscyclus en de projectgroep waarin elke deelnemer vertegenwoordigd "
       "is (GOV-8)."},
      {"link_href", "/regio/projectgroep"},
      {"link_label", "Projectgroep bekijken"}};
  view["secties"].insert(view["secties"].begin() + 1, collectief_sectie);
  view["secties"].insert(view["secties"].begin() + 2, projectgroep_sectie);
  // ---- Competenties (COMP)
  view["secties"].push_back(
      {{"id", "competenties"},
       {"titel", "Competenties"},
       {"tekst",
        "Waar opleiding nodig is, volgens de totalen van de jaarlijkse "
        "zelfbeoordelingen (COMP-1); individuele scores worden niet getoond."},
       {"link_href", "/regio/competenties"},
       {"link_label", "Competenties in de regio bekijken"}});
  // ---- Big 8 (B8)
  view["secties"].push_back(
      {{"id", "beleidscyclus"},
       {"titel", "Beleidscyclus"},
       {"tekst", "De Big 8-cyclus van de regio: stand, planning, documenten en besluiten (B8)."},
       {"link_href", "/regio/beleidscyclus"},
       {"link_label", "Beleidscyclus bekijken"}});
  view["secties"].push_back({{"id", "organisaties"},
                             {"titel", "Organisaties"},
                             {"link_href", "/organisaties"},
                             {"link_label", "Alle organisaties van de regio"}});
  Layout layout;
  layout.titel = "Regio";
  layout.actief = "/regio";
  layout.kruimelpad = json::array({{{"label", "Regio"}}});
  return page(app, &ui, req, layout, render("detail", view));
}

namespace {

// GOV-9 (and GOV-7: every finding shows its pet): the health list for the regio or, with
// `organisatie_id`, for one organisatie.
Response bevindingen_lijst(const App& app, const UiContext& ui, Request& req,
                           std::optional<Id> organisatie_id) {
  auto q = req.query_params();
  Datum peildatum = app.services.clock->vandaag();
  if (!q["peildatum"].empty()) {
    if (auto d = Datum::parse_nl(q["peildatum"])) peildatum = *d;
  }
  auto gezondheid = app.services.governance->bevindingen(ui.ctx, ui.ctx.actor.regio_id, peildatum,
                                                         organisatie_id);
  if (!gezondheid.ok()) return error_page(app, &ui, req, gezondheid.error());
  std::string org_naam;
  if (gezondheid->organisatie_id) {
    auto it = gezondheid->organisatie_namen.find(*gezondheid->organisatie_id);
    if (it != gezondheid->organisatie_namen.end()) org_naam = it->second;
  }
  ListView list;
  list.kop = organisatie_id ? "Governance van " + org_naam : "Governance: bevindingen";
  list.intro = "De controles op rolvastheid (GOV-4 tot en met GOV-8) op " + peildatum.nl() +
               (gezondheid->organisatie_id ? ", voor zover ze " + org_naam + " betreffen."
                                           : ", voor de hele regio.") +
               " De kolom Pet zegt of het onderwerp de eigenaar, de opdrachtgever of de "
               "opdrachtnemer raakt (GOV-7).";
  list.pad = req.path;
  list.kolommen = {{"Regel", ""},   {"Ernst", ""},     {"Pet", ""},
                   {"Betreft", ""}, {"Bevinding", ""}, {"Wat te doen", ""}};
  std::int64_t pagina = pagina_uit(q);
  const auto& alle = gezondheid->bevindingen;
  auto begin = static_cast<std::size_t>(std::min<std::int64_t>(
      (pagina - 1) * kPaginaGrootte, static_cast<std::int64_t>(alle.size())));
  auto end = std::min(alle.size(), begin + static_cast<std::size_t>(kPaginaGrootte));
  for (std::size_t i = begin; i < end; ++i) {
    const auto& b = alle[i];
    std::string betreft;
    for (Id o : b.organisaties) {
      betreft += (betreft.empty() ? "" : ", ") + gezondheid->organisatie_namen.at(o);
    }
    for (Id p : b.personen) {
      auto it = gezondheid->persoon_namen.find(p);
      if (it != gezondheid->persoon_namen.end()) {
        betreft += (betreft.empty() ? "" : ", ") + it->second;
      }
    }
    if (betreft.empty()) betreft = "De regio";
    list.rijen.push_back(
        {{"cellen", json::array({cel(b.requirement), cel(std::string(label(b.ernst))),
                                 cel(std::string(label(b.pet))), cel(betreft),
                                 cel(tekst_met(b.uitleg_key, b.waarden)),
                                 cel(tekst_met(b.remedie_key, b.waarden))})}});
  }
  list.totaal = static_cast<std::int64_t>(alle.size());
  list.pagina = pagina;
  std::map<std::string, std::string> filter_waarden = q;
  filter_waarden["peildatum"] = peildatum.iso();
  list.filters = json::array(
      {filter_veld({"peildatum", "Peildatum", "date", false, {}, "", true}, filter_waarden)});
  Layout layout{
      "Bevindingen", "/regio",
      json::array({{{"href", "/regio"}, {"label", "Regio"}}, {{"label", "Bevindingen"}}})};
  if (organisatie_id) {
    layout.actief = "/organisaties";
    layout.kruimelpad = json::array(
        {{{"href", "/organisaties"}, {"label", "Organisaties"}},
         {{"href", "/organisaties/" + std::to_string(*organisatie_id)}, {"label", org_naam}},
         {{"label", "Governance"}}});
  }
  return page(app, &ui, req, layout, render_list(req, list));
}

}  // namespace

Response bevindingen(const App& app, const UiContext& ui, Request& req) {
  return bevindingen_lijst(app, ui, req, std::nullopt);
}

Response organisatie_bevindingen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  return bevindingen_lijst(app, ui, req, id);
}

namespace {

Response form_page(const App& app, const UiContext& ui, const Request& req, const Layout& layout,
                   const FormView& form, const std::vector<FieldsetSpec>& spec,
                   const Fields& waarden, const Error* error) {
  Layout l = layout;
  if (error) l.status = http_status(error->code);
  return page(app, &ui, req, l, render_form(ui, form, spec, waarden, error));
}

// Handles the outcome of a save from a form: redirect on success; the form again with the
// user's input and every error otherwise. A stale version shows the conflict and keeps input.
template <typename T, typename Current>
Response after_save(const App& app, const UiContext& ui, const Request& req, const Result<T>& r,
                    const std::string& success_href, Layout layout, FormView form,
                    const std::vector<FieldsetSpec>& spec, Current current) {
  if (r.ok()) return zie_ook(success_href);
  const Error& error = r.error();
  Fields waarden = formulier_velden(req);
  if (error.code == ErrorCode::kInvalid) {
    return form_page(app, ui, req, layout, form, spec, waarden, &error);
  }
  if (error.code == ErrorCode::kStale) {
    auto latest = current();
    if (latest.ok()) form.versie = latest->versie;
    form.conflict =
        "Iemand anders heeft dit intussen gewijzigd. Uw wijziging is nog niet opgeslagen; uw "
        "invoer staat hieronder. Bekijk eerst de nieuwe versie; opnieuw opslaan overschrijft "
        "die.";
    if constexpr (requires { latest->naam; }) {
      if (latest.ok()) form.kop = latest->naam + " wijzigen";
    }
    layout.status = 409;
    return page(app, &ui, req, layout, render_form(ui, form, spec, waarden, nullptr));
  }
  return error_page(app, &ui, req, error);
}

Response after_delete(const App& app, const UiContext& ui, const Request& req,
                      const Result<void>& r, const std::string& success_href,
                      const std::string& detail_href) {
  if (r.ok()) return zie_ook(success_href + "?melding=verwijderd");
  if (r.error().code == ErrorCode::kStale) return zie_ook(detail_href + "?melding=verouderd");
  if (r.error().code == ErrorCode::kConflict && r.error().key == "fout.in_gebruik") {
    return zie_ook(detail_href + "?melding=in_gebruik");
  }
  return error_page(app, &ui, req, r.error());
}

}  // namespace

Response regio_form(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->regio(ui.ctx, ui.ctx.actor.regio_id);
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  if (!auth::mag_regio_wijzigen(ui.ctx.actor)) return error_page(app, &ui, req, Error::forbidden());
  Layout layout{"Regio wijzigen", "/regio",
                json::array({{{"href", "/regio"}, {"label", "Regio"}}, {{"label", "Wijzigen"}}})};
  FormView form{"Regio wijzigen", "", "/regio/bewerken", "Opslaan", "/regio", r->versie, ""};
  return form_page(app, ui, req, layout, form, regio_spec(), to_fields(*r), nullptr);
}

Response regio_opslaan(const App& app, const UiContext& ui, Request& req) {
  Id id = ui.ctx.actor.regio_id;
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_regio(ui.ctx, id, versie, formulier_velden(req));
  Layout layout{"Regio wijzigen", "/regio",
                json::array({{{"href", "/regio"}, {"label", "Regio"}}, {{"label", "Wijzigen"}}})};
  FormView form{"Regio wijzigen", "", "/regio/bewerken", "Opslaan", "/regio", versie, ""};
  return after_save(app, ui, req, r, "/regio?melding=opgeslagen", layout, form, regio_spec(),
                    [&] { return app.services.register_->regio(ui.ctx, id); });
}

// ---------------------------------------------------------------- organisaties

Response organisaties(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  OrganisatieQuery query;
  query.richting = richting_uit(q, query.sorteer);
  if (query.sorteer.empty()) query.sorteer = "naam";
  query.zoek = q["zoek"];
  if (!q["soort"].empty()) query.soort = governance::organisatie_soort_from_code(q["soort"]);
  std::int64_t pagina = pagina_uit(q);
  query.page = PageRequest{(pagina - 1) * kPaginaGrootte, kPaginaGrootte};
  auto result = app.services.register_->organisaties(ui.ctx, query);
  if (!result.ok()) return error_page(app, &ui, req, result.error());
  ListView list;
  list.kop = "Organisaties";
  list.intro = "De deelnemers, niet-deelnemers en partners van de regio (GOV-1).";
  list.pad = "/organisaties";
  if (auth::mag_organisatie_wijzigen(ui.ctx.actor)) {
    list.nieuw_href = "/organisaties/nieuw";
    list.nieuw_label = "Organisatie toevoegen";
  }
  list.kolommen = {{"Naam", "naam"}, {"Soort", "soort"}, {"Inwonertal", "inwonertal", true}};
  for (const auto& o : result->items) {
    list.rijen.push_back(
        {{"cellen",
          json::array({cel(o.naam, "/organisaties/" + std::to_string(o.id)),
                       cel(std::string(label(o.soort))),
                       cel(o.inwonertal ? format_getal_nl(*o.inwonertal) : "–", "", true)})}});
  }
  list.totaal = result->total;
  list.pagina = pagina;
  list.filters = json::array({filter_veld({"zoek", "Zoek op naam", "text"}, q),
                              filter_veld({"soort", "Soort", "select", false, soort_opties()}, q)});
  Layout layout{"Organisaties", "/organisaties", json::array({{{"label", "Organisaties"}}})};
  return page(app, &ui, req, layout, render_list(req, list));
}

Response organisatie(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto o = reg.organisatie(ui.ctx, *id);
  if (!o.ok()) return error_page(app, &ui, req, o.error(), "/organisaties");
  auto deelnemerschappen = reg.deelnemerschappen(ui.ctx, *id);
  PersoonQuery pq;
  pq.organisatie_id = *id;
  pq.page.limit = 200;
  auto werknemers = reg.personen(ui.ctx, pq);
  RolQuery rq;
  rq.organisatie_id = *id;
  rq.page.limit = 200;
  auto gevonden_rollen = reg.rollen(ui.ctx, rq);
  if (!deelnemerschappen.ok()) return error_page(app, &ui, req, deelnemerschappen.error());
  if (!werknemers.ok()) return error_page(app, &ui, req, werknemers.error());
  if (!gevonden_rollen.ok()) return error_page(app, &ui, req, gevonden_rollen.error());
  bool mag = auth::mag_organisatie_wijzigen(ui.ctx.actor);
  std::string base = "/organisaties/" + std::to_string(*id);

  json dn_rijen = json::array();
  for (const auto& d : *deelnemerschappen) {
    json cellen = json::array({cel(std::string(label(d.relatie))), cel(d.periode.van.nl()),
                               cel(d.periode.tot ? d.periode.tot->nl() : "lopend")});
    if (mag) {
      cellen.push_back(
          {{"knop", "Verwijderen"},
           {"actie", base + "/deelnemerschappen/" + std::to_string(d.id) + "/verwijderen"},
           {"csrf", ui.csrf}});
    }
    dn_rijen.push_back({{"cellen", cellen}});
  }
  json dn_kolommen =
      json::array({{{"label", "Relatie"}}, {{"label", "Van"}}, {{"label", "Tot en met"}}});
  if (mag) dn_kolommen.push_back({{"label", "Actie"}});
  json dn_sectie = {{"id", "deelnemerschap"},
                    {"titel", "Deelnemerschap"},
                    {"heeft_tabel", true},
                    {"kolommen", dn_kolommen},
                    {"aantal_kolommen", std::to_string(dn_kolommen.size())},
                    {"rijen", dn_rijen}};
  if (mag) {
    Fields waarden = {{"relatie", "deelnemer"}};
    std::vector<VeldSpec> velden = {
        {"relatie",
         "Relatie",
         "select",
         true,
         {{"deelnemer", "Deelnemer"}, {"niet_deelnemer", "Niet-deelnemer"}}},
        {"van", "Van", "date", true, {}, "", true},
        {"tot", "Tot en met", "date", false, {}, "Leeg laten als het doorloopt.", true}};
    json vs = json::array();
    for (const auto& v : velden) vs.push_back(veld_view(v, waarden, {}, "dn-"));
    dn_sectie["formulier"] = {{"actie", base + "/deelnemerschappen"},
                              {"csrf", ui.csrf},
                              {"legend", "Periode toevoegen"},
                              {"velden", vs},
                              {"knop", "Periode toevoegen"}};
  }

  json pers_rijen = json::array();
  for (const auto& p : werknemers->items) {
    pers_rijen.push_back(
        {{"cellen", json::array({cel(p.persoon.naam, "/personen/" + std::to_string(p.persoon.id)),
                                 cel(p.persoon.functie)})}});
  }
  json rol_rijen = json::array();
  for (const auto& r : gevonden_rollen->items) {
    rol_rijen.push_back(
        {{"cellen",
          json::array({cel(std::string(label(r.rol.soort)), "/rollen/" + std::to_string(r.rol.id)),
                       cel(r.persoon_naam), cel(periode_nl(r.rol.periode)),
                       cel(format_getal_nl(r.rol.uren_per_jaar), "", true)})}});
  }
  json view = {
      {"kop", o->naam},
      {"gegevens",
       json::array({{{"label", "Soort"}, {"waarde", std::string(label(o->soort))}},
                    {{"label", "Inwonertal"},
                     {"waarde", o->inwonertal ? format_getal_nl(*o->inwonertal) : "onbekend"}}})},
      {"mag_wijzigen", mag},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Organisatie verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(o->versie)},
      {"secties",
       json::array(
           {dn_sectie,
            {{"id", "personen"},
             {"titel", "Personen in dienst"},
             {"heeft_tabel", true},
             {"kolommen", json::array({{{"label", "Naam"}}, {{"label", "Functie"}}})},
             {"aantal_kolommen", "2"},
             {"rijen", pers_rijen}},
            {{"id", "rollen"},
             {"titel", "Rollen voor deze organisatie"},
             {"heeft_tabel", true},
             {"kolommen", json::array({{{"label", "Rol"}},
                                       {{"label", "Persoon"}},
                                       {{"label", "Periode"}},
                                       {{"label", "Uren per jaar"}}})},
             {"aantal_kolommen", "4"},
             {"rijen", rol_rijen}},
            {{"id", "governance"},
             {"titel", "Governance"},
             {"tekst", "De bevindingen van de rolvastheidscontroles voor deze organisatie."},
             {"link_href", base + "/bevindingen"},
             {"link_label", "Bevindingen van " + o->naam}}})}};
  Layout layout{
      o->naam, "/organisaties",
      json::array({{{"href", "/organisaties"}, {"label", "Organisaties"}}, {{"label", o->naam}}})};
  return page(app, &ui, req, layout, render("detail", view));
}

Response organisatie_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_organisatie_wijzigen(ui.ctx.actor))
    return error_page(app, &ui, req, Error::forbidden());
  Layout layout{"Organisatie toevoegen", "/organisaties",
                json::array({{{"href", "/organisaties"}, {"label", "Organisaties"}},
                             {{"label", "Toevoegen"}}})};
  FormView form{
      "Organisatie toevoegen", "", "/organisaties", "Toevoegen", "/organisaties", std::nullopt, ""};
  return form_page(app, ui, req, layout, form, organisatie_spec(), {}, nullptr);
}

Response organisatie_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->create_organisatie(ui.ctx, formulier_velden(req));
  std::string href = r.ok() ? "/organisaties/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  Layout layout{"Organisatie toevoegen", "/organisaties",
                json::array({{{"href", "/organisaties"}, {"label", "Organisaties"}},
                             {{"label", "Toevoegen"}}})};
  FormView form{
      "Organisatie toevoegen", "", "/organisaties", "Toevoegen", "/organisaties", std::nullopt, ""};
  return after_save(app, ui, req, r, href, layout, form, organisatie_spec(),
                    [] { return Result<Organisatie>(Error::not_found()); });
}

Response organisatie_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto o = app.services.register_->organisatie(ui.ctx, *id);
  if (!o.ok()) return error_page(app, &ui, req, o.error());
  if (!auth::mag_organisatie_wijzigen(ui.ctx.actor))
    return error_page(app, &ui, req, Error::forbidden());
  std::string base = "/organisaties/" + std::to_string(*id);
  Layout layout{"Organisatie wijzigen", "/organisaties",
                json::array({{{"href", "/organisaties"}, {"label", "Organisaties"}},
                             {{"href", base}, {"label", o->naam}},
                             {{"label", "Wijzigen"}}})};
  FormView form{o->naam + " wijzigen", "", base, "Opslaan", base, o->versie, ""};
  return form_page(app, ui, req, layout, form, organisatie_spec(), to_fields(*o), nullptr);
}

Response organisatie_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_organisatie(ui.ctx, *id, versie, formulier_velden(req));
  std::string base = "/organisaties/" + std::to_string(*id);
  Layout layout{"Organisatie wijzigen", "/organisaties",
                json::array({{{"href", "/organisaties"}, {"label", "Organisaties"}},
                             {{"href", base}, {"label", "Organisatie"}},
                             {{"label", "Wijzigen"}}})};
  FormView form{"Organisatie wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_save(app, ui, req, r, base + "?melding=opgeslagen", layout, form, organisatie_spec(),
                    [&] { return app.services.register_->organisatie(ui.ctx, *id); });
}

Response organisatie_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r =
      app.services.register_->delete_organisatie(ui.ctx, *id, formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/organisaties", "/organisaties/" + std::to_string(*id));
}

Response deelnemerschap_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  std::string base = "/organisaties/" + std::to_string(*id);
  auto r = app.services.register_->add_deelnemerschap(ui.ctx, *id, formulier_velden(req));
  if (r.ok()) return zie_ook(base + "?melding=aangemaakt");
  if (r.error().code != ErrorCode::kInvalid) return error_page(app, &ui, req, r.error(), base);
  std::vector<FieldsetSpec> spec = {
      {"Periode van deelnemerschap",
       {{"relatie",
         "Relatie",
         "select",
         true,
         {{"deelnemer", "Deelnemer"}, {"niet_deelnemer", "Niet-deelnemer"}}},
        {"van", "Van", "date", true, {}, "", true},
        {"tot", "Tot en met", "date", false, {}, "Leeg laten als het doorloopt.", true}}}};
  Layout layout{"Periode toevoegen", "/organisaties",
                json::array({{{"href", "/organisaties"}, {"label", "Organisaties"}},
                             {{"href", base}, {"label", "Organisatie"}},
                             {{"label", "Periode toevoegen"}}})};
  FormView form{"Periode van deelnemerschap toevoegen",
                "",
                base + "/deelnemerschappen",
                "Toevoegen",
                base,
                std::nullopt,
                ""};
  return form_page(app, ui, req, layout, form, spec, formulier_velden(req), &r.error());
}

Response deelnemerschap_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto did = path_id(req, "deelnemerschapId");
  if (!id || !did) return error_page(app, &ui, req, Error::not_found());
  std::string base = "/organisaties/" + std::to_string(*id);
  auto r = app.services.register_->delete_deelnemerschap(ui.ctx, *id, *did);
  if (r.ok()) return zie_ook(base + "?melding=verwijderd");
  return error_page(app, &ui, req, r.error(), base);
}

// ---------------------------------------------------------------- personen

Response personen(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  PersoonQuery query;
  query.richting = richting_uit(q, query.sorteer);
  if (query.sorteer.empty()) query.sorteer = "naam";
  query.zoek = q["zoek"];
  if (auto oid = parse_int64(q["organisatieId"])) query.organisatie_id = *oid;
  std::int64_t pagina = pagina_uit(q);
  query.page = PageRequest{(pagina - 1) * kPaginaGrootte, kPaginaGrootte};
  auto result = app.services.register_->personen(ui.ctx, query);
  if (!result.ok()) return error_page(app, &ui, req, result.error());
  ListView list;
  list.kop = "Personen";
  list.intro = "Personen bij de organisaties van de regio, voor zover u ze mag zien.";
  list.pad = "/personen";
  if (auth::mag_persoon_wijzigen(ui.ctx.actor, ui.ctx.actor.organisatie_id)) {
    list.nieuw_href = "/personen/nieuw";
    list.nieuw_label = "Persoon toevoegen";
  }
  list.kolommen = {{"Naam", "naam"}, {"Functie", ""}, {"Organisatie", "organisatie"}};
  for (const auto& p : result->items) {
    list.rijen.push_back(
        {{"cellen", json::array({cel(p.persoon.naam, "/personen/" + std::to_string(p.persoon.id)),
                                 cel(p.persoon.functie), cel(p.organisatie_naam)})}});
  }
  list.totaal = result->total;
  list.pagina = pagina;
  list.filters = json::array(
      {filter_veld({"zoek", "Zoek op naam", "text"}, q),
       filter_veld({"organisatieId", "Organisatie", "select", false, organisatie_opties(app, ui)},
                   q)});
  Layout layout{"Personen", "/personen", json::array({{{"label", "Personen"}}})};
  return page(app, &ui, req, layout, render_list(req, list));
}

Response persoon(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto p = reg.persoon(ui.ctx, *id);
  if (!p.ok()) return error_page(app, &ui, req, p.error(), "/personen");
  auto werkgever = reg.organisatie(ui.ctx, p->organisatie_id);
  RolQuery rq;
  rq.persoon_id = *id;
  rq.page.limit = 200;
  auto gevonden_rollen = reg.rollen(ui.ctx, rq);
  if (!gevonden_rollen.ok()) return error_page(app, &ui, req, gevonden_rollen.error());
  json rol_rijen = json::array();
  for (const auto& r : gevonden_rollen->items) {
    rol_rijen.push_back(
        {{"cellen",
          json::array({cel(std::string(label(r.rol.soort)), "/rollen/" + std::to_string(r.rol.id)),
                       cel(r.organisatie_naam), cel(periode_nl(r.rol.periode)),
                       cel(format_getal_nl(r.rol.uren_per_jaar), "", true)})}});
  }
  bool mag = auth::mag_persoon_wijzigen(ui.ctx.actor, p->organisatie_id);
  std::string base = "/personen/" + std::to_string(*id);
  json sectie = {{"id", "rollen"},
                 {"titel", "Rollen"},
                 {"heeft_tabel", true},
                 {"kolommen", json::array({{{"label", "Rol"}},
                                           {{"label", "Voor organisatie"}},
                                           {{"label", "Periode"}},
                                           {{"label", "Uren per jaar"}}})},
                 {"aantal_kolommen", "4"},
                 {"rijen", rol_rijen}};
  if (mag) {
    sectie["link_href"] = "/rollen/nieuw?persoonId=" + std::to_string(*id);
    sectie["link_label"] = "Rol toevoegen voor " + p->naam;
  }
  json view = {
      {"kop", p->naam},
      {"gegevens",
       json::array({{{"label", "Functie"}, {"waarde", p->functie.empty() ? "–" : p->functie}},
                    {{"label", "E-mailadres"}, {"waarde", p->email.empty() ? "–" : p->email}},
                    {{"label", "Werkgever"},
                     {"waarde", werkgever.ok() ? werkgever->naam : "–"},
                     {"href", "/organisaties/" + std::to_string(p->organisatie_id)}}})},
      {"mag_wijzigen", mag},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Persoon verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(p->versie)},
      {"secties", json::array({sectie})}};
  // GOV-5/GOV-7: whoever prepares this persoon for a meeting sees which hats they wear.
  auto gezondheid = app.services.governance->bevindingen(ui.ctx, ui.ctx.actor.regio_id,
                                                         app.services.clock->vandaag());
  if (gezondheid.ok()) {
    json pet_rijen = json::array();
    for (const auto& b : gezondheid->bevindingen) {
      if (std::find(b.personen.begin(), b.personen.end(), *id) == b.personen.end()) continue;
      pet_rijen.push_back(
          {{"cellen", json::array({cel(b.requirement), cel(std::string(label(b.pet))),
                                   cel(tekst_met(b.uitleg_key, b.waarden)),
                                   cel(tekst_met(b.remedie_key, b.waarden))})}});
    }
    if (!pet_rijen.empty()) {
      view["secties"].push_back(
          {{"id", "petten"},
           {"titel", "Petten en aandachtspunten"},
           {"tekst",
            "Bij de voorbereiding van overleg: met welke pet spreekt deze persoon per onderwerp."},
           {"heeft_tabel", true},
           {"kolommen", json::array({{{"label", "Regel"}},
                                     {{"label", "Pet"}},
                                     {{"label", "Bevinding"}},
                                     {{"label", "Wat te doen"}}})},
           {"aantal_kolommen", "4"},
           {"rijen", pet_rijen}});
    }
  }
  Layout layout{
      p->naam, "/personen",
      json::array({{{"href", "/personen"}, {"label", "Personen"}}, {{"label", p->naam}}})};
  return page(app, &ui, req, layout, render("detail", view));
}

Response persoon_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_persoon_wijzigen(ui.ctx.actor, ui.ctx.actor.organisatie_id)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  Layout layout{
      "Persoon toevoegen", "/personen",
      json::array({{{"href", "/personen"}, {"label", "Personen"}}, {{"label", "Toevoegen"}}})};
  FormView form{"Persoon toevoegen", "", "/personen", "Toevoegen", "/personen", std::nullopt, ""};
  Fields waarden = {{"organisatieId", std::to_string(ui.ctx.actor.organisatie_id)}};
  return form_page(app, ui, req, layout, form, persoon_spec(app, ui), waarden, nullptr);
}

Response persoon_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->create_persoon(ui.ctx, formulier_velden(req));
  std::string href = r.ok() ? "/personen/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  Layout layout{
      "Persoon toevoegen", "/personen",
      json::array({{{"href", "/personen"}, {"label", "Personen"}}, {{"label", "Toevoegen"}}})};
  FormView form{"Persoon toevoegen", "", "/personen", "Toevoegen", "/personen", std::nullopt, ""};
  return after_save(app, ui, req, r, href, layout, form, persoon_spec(app, ui),
                    [] { return Result<Persoon>(Error::not_found()); });
}

Response persoon_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto p = app.services.register_->persoon(ui.ctx, *id);
  if (!p.ok()) return error_page(app, &ui, req, p.error());
  if (!auth::mag_persoon_wijzigen(ui.ctx.actor, p->organisatie_id)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  std::string base = "/personen/" + std::to_string(*id);
  Layout layout{"Persoon wijzigen", "/personen",
                json::array({{{"href", "/personen"}, {"label", "Personen"}},
                             {{"href", base}, {"label", p->naam}},
                             {{"label", "Wijzigen"}}})};
  FormView form{p->naam + " wijzigen", "", base, "Opslaan", base, p->versie, ""};
  return form_page(app, ui, req, layout, form, persoon_spec(app, ui), to_fields(*p), nullptr);
}

Response persoon_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_persoon(ui.ctx, *id, versie, formulier_velden(req));
  std::string base = "/personen/" + std::to_string(*id);
  Layout layout{"Persoon wijzigen", "/personen",
                json::array({{{"href", "/personen"}, {"label", "Personen"}},
                             {{"href", base}, {"label", "Persoon"}},
                             {{"label", "Wijzigen"}}})};
  FormView form{"Persoon wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_save(app, ui, req, r, base + "?melding=opgeslagen", layout, form,
                    persoon_spec(app, ui),
                    [&] { return app.services.register_->persoon(ui.ctx, *id); });
}

Response persoon_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.register_->delete_persoon(ui.ctx, *id, formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/personen", "/personen/" + std::to_string(*id));
}

// ---------------------------------------------------------------- rollen

Response rollen(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  RolQuery query;
  query.richting = richting_uit(q, query.sorteer);
  if (query.sorteer.empty()) query.sorteer = "persoon";
  if (!q["soort"].empty()) query.soort = governance::rol_soort_from_code(q["soort"]);
  if (auto oid = parse_int64(q["organisatieId"])) query.organisatie_id = *oid;
  if (!q["peildatum"].empty()) query.peildatum = Datum::parse_nl(q["peildatum"]);
  std::int64_t pagina = pagina_uit(q);
  query.page = PageRequest{(pagina - 1) * kPaginaGrootte, kPaginaGrootte};
  auto result = app.services.register_->rollen(ui.ctx, query);
  if (!result.ok()) return error_page(app, &ui, req, result.error());
  ListView list;
  list.kop = "Rollen";
  list.intro =
      "Wie welke rol heeft voor welke organisatie, in welke periode en met hoeveel uren "
      "(GOV-2, GOV-3).";
  list.pad = "/rollen";
  if (auth::mag_rollen_vastleggen(ui.ctx.actor)) {
    list.nieuw_href = "/rollen/nieuw";
    list.nieuw_label = "Rol toevoegen";
  }
  list.kolommen = {{"Persoon", "persoon"},
                   {"Rol", "soort"},
                   {"Voor organisatie", "organisatie"},
                   {"Periode", "van"},
                   {"Uren per jaar", "", true}};
  for (const auto& r : result->items) {
    list.rijen.push_back(
        {{"cellen",
          json::array({cel(r.persoon_naam, "/personen/" + std::to_string(r.rol.persoon_id)),
                       cel(std::string(label(r.rol.soort)), "/rollen/" + std::to_string(r.rol.id)),
                       cel(r.organisatie_naam), cel(periode_nl(r.rol.periode)),
                       cel(format_getal_nl(r.rol.uren_per_jaar), "", true)})}});
  }
  list.totaal = result->total;
  list.pagina = pagina;
  list.filters = json::array(
      {filter_veld({"soort", "Rol", "select", false, rol_soort_opties()}, q),
       filter_veld(
           {"organisatieId", "Voor organisatie", "select", false, organisatie_opties(app, ui)}, q),
       filter_veld({"peildatum", "Geldig op", "date", false, {}, "", true}, q)});
  Layout layout{"Rollen", "/rollen", json::array({{{"label", "Rollen"}}})};
  return page(app, &ui, req, layout, render_list(req, list));
}

Response rol(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto r = reg.rol(ui.ctx, *id);
  if (!r.ok()) return error_page(app, &ui, req, r.error(), "/rollen");
  auto p = reg.persoon(ui.ctx, r->persoon_id);
  auto o = reg.organisatie(ui.ctx, r->organisatie_id);
  std::string base = "/rollen/" + std::to_string(*id);
  std::string kop = std::string(label(r->soort)) + (p.ok() ? ": " + p->naam : "");
  bool mag = p.ok() &&
             auth::mag_rol_wijzigen(ui.ctx.actor, r->organisatie_id, p->organisatie_id, r->soort);
  json view = {
      {"kop", kop},
      {"gegevens",
       json::array(
           {{{"label", "Rol"}, {"waarde", std::string(label(r->soort))}},
            {{"label", "Persoon"},
             {"waarde", p.ok() ? p->naam : "–"},
             {"href", "/personen/" + std::to_string(r->persoon_id)}},
            {{"label", "Voor organisatie"},
             {"waarde", o.ok() ? o->naam : "–"},
             {"href", "/organisaties/" + std::to_string(r->organisatie_id)}},
            {{"label", "Van"}, {"waarde", r->periode.van.nl()}},
            {{"label", "Tot en met"}, {"waarde", r->periode.tot ? r->periode.tot->nl() : "lopend"}},
            {{"label", "Uren per jaar"}, {"waarde", format_getal_nl(r->uren_per_jaar)}}})},
      {"mag_wijzigen", mag},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Rol verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(r->versie)},
      {"secties", json::array()}};
  Layout layout{kop, "/rollen",
                json::array({{{"href", "/rollen"}, {"label", "Rollen"}}, {{"label", kop}}})};
  return page(app, &ui, req, layout, render("detail", view));
}

Response rol_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_rollen_vastleggen(ui.ctx.actor)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  Layout layout{
      "Rol toevoegen", "/rollen",
      json::array({{{"href", "/rollen"}, {"label", "Rollen"}}, {{"label", "Toevoegen"}}})};
  FormView form{"Rol toevoegen", "", "/rollen", "Toevoegen", "/rollen", std::nullopt, ""};
  auto q = req.query_params();
  Fields waarden = {{"van", app.services.clock->vandaag().iso()},
                    {"organisatieId", std::to_string(ui.ctx.actor.organisatie_id)},
                    {"urenPerJaar", "0"}};
  if (!q["persoonId"].empty()) waarden["persoonId"] = q["persoonId"];
  return form_page(app, ui, req, layout, form, rol_spec(app, ui), waarden, nullptr);
}

Response rol_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->create_rol(ui.ctx, formulier_velden(req));
  std::string href = r.ok() ? "/rollen/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  Layout layout{
      "Rol toevoegen", "/rollen",
      json::array({{{"href", "/rollen"}, {"label", "Rollen"}}, {{"label", "Toevoegen"}}})};
  FormView form{"Rol toevoegen", "", "/rollen", "Toevoegen", "/rollen", std::nullopt, ""};
  return after_save(app, ui, req, r, href, layout, form, rol_spec(app, ui),
                    [] { return Result<Rol>(Error::not_found()); });
}

Response rol_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.register_->rol(ui.ctx, *id);
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  auto p = app.services.register_->persoon(ui.ctx, r->persoon_id);
  if (!p.ok() ||
      !auth::mag_rol_wijzigen(ui.ctx.actor, r->organisatie_id, p->organisatie_id, r->soort)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  std::string base = "/rollen/" + std::to_string(*id);
  Layout layout{"Rol wijzigen", "/rollen",
                json::array({{{"href", "/rollen"}, {"label", "Rollen"}},
                             {{"href", base}, {"label", "Rol"}},
                             {{"label", "Wijzigen"}}})};
  FormView form{"Rol wijzigen", "", base, "Opslaan", base, r->versie, ""};
  return form_page(app, ui, req, layout, form, rol_spec(app, ui), to_fields(*r), nullptr);
}

Response rol_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_rol(ui.ctx, *id, versie, formulier_velden(req));
  std::string base = "/rollen/" + std::to_string(*id);
  Layout layout{"Rol wijzigen", "/rollen",
                json::array({{{"href", "/rollen"}, {"label", "Rollen"}},
                             {{"href", base}, {"label", "Rol"}},
                             {{"label", "Wijzigen"}}})};
  FormView form{"Rol wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_save(app, ui, req, r, base + "?melding=opgeslagen", layout, form, rol_spec(app, ui),
                    [&] { return app.services.register_->rol(ui.ctx, *id); });
}

Response rol_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.register_->delete_rol(ui.ctx, *id, formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/rollen", "/rollen/" + std::to_string(*id));
}

// ---------------------------------------------------------------- collectief opdrachtgeverschap
// ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)

namespace {

using governance::Vertegenwoordiging;

std::vector<FieldsetSpec> vertegenwoordiging_spec(const App& app, const UiContext& ui) {
  auto orgs = organisatie_opties(app, ui);
  return {{"Wie vertegenwoordigt wie",
           {{"opdrachtgeverId", "Vertegenwoordigende opdrachtgever", "select", true, orgs,
             "De opdrachtgever wiens ambtelijk opdrachtgever ook optreedt voor de andere "
             "deelnemer."},
            {"vertegenwoordigdeId", "Vertegenwoordigde deelnemer", "select", true, orgs}}},
          {"Mandaat",
           {{"mandaatVerleendDoor", "Verleend door", "select", false, persoon_opties(app, ui),
             "Wie namens de vertegenwoordigde deelnemer het mandaat gaf, bijvoorbeeld de "
             "bestuurlijk opdrachtgever."},
            {"mandaatVerleendOp", "Verleend op", "date", false, {}, "", true},
            {"mandaatScope",
             "Reikwijdte",
             "text",
             false,
             {},
             "Waarvoor het mandaat geldt, bijvoorbeeld: opdrachtverlening en sturing op het "
             "uitvoeringsprogramma."},
            {"mandaatVan", "Geldig van", "date", false, {}, "", true},
            {"mandaatTot",
             "Geldig tot en met",
             "date",
             false,
             {},
             "Leeg laten als het doorloopt.",
             true}}}};
}

Fields to_fields(const Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return {{"opdrachtgeverId", std::to_string(v.opdrachtgever_id)},
          {"vertegenwoordigdeId", std::to_string(v.vertegenwoordigde_id)},
          {"mandaatVerleendDoor", m.verleend_door ? std::to_string(*m.verleend_door) : ""},
          {"mandaatVerleendOp", m.verleend_op ? m.verleend_op->iso() : ""},
          {"mandaatScope", m.scope},
          {"mandaatVan", m.periode ? m.periode->van.iso() : ""},
          {"mandaatTot", m.periode && m.periode->tot ? m.periode->tot->iso() : ""}};
}

std::string mandaat_status(const service::VertegenwoordigingRegel& r, Datum vandaag) {
  if (!r.compleet) return "Onvolledig";
  if (r.geldig) return "Geldig";
  const auto& periode = *r.vertegenwoordiging.mandaat.periode;
  return vandaag < periode.van ? "Nog niet geldig" : "Verlopen";
}

Layout vertegenwoordiging_layout(const std::string& titel, const std::string& laatste,
                                 const std::string& base = "") {
  json pad = json::array({{{"href", "/regio"}, {"label", "Regio"}},
                          {{"href", "/vertegenwoordigingen"}, {"label", "Vertegenwoordigingen"}}});
  if (!base.empty()) pad.push_back({{"href", base}, {"label", "Vertegenwoordiging"}});
  pad.push_back({{"label", laatste}});
  return Layout{titel, "/regio", pad};
}

}  // namespace

Response vertegenwoordigingen(const App& app, const UiContext& ui, Request& req) {
  Datum vandaag = app.services.clock->vandaag();
  auto lijst = app.services.governance->vertegenwoordigingen(ui.ctx, vandaag);
  if (!lijst.ok()) return error_page(app, &ui, req, lijst.error());
  auto q = req.query_params();
  std::string sorteer;
  auto richting = richting_uit(q, sorteer);
  auto rijen = *lijst;
  auto sleutel = [&](const service::VertegenwoordigingRegel& r) {
    return sorteer == "vertegenwoordigde" ? r.vertegenwoordigde_naam : r.opdrachtgever_naam;
  };
  std::stable_sort(rijen.begin(), rijen.end(), [&](const auto& a, const auto& b) {
    return richting == SortRichting::kAflopend ? sleutel(b) < sleutel(a) : sleutel(a) < sleutel(b);
  });
  ListView list;
  list.kop = "Collectief opdrachtgeverschap";
  list.intro =
      "Een opdrachtgever kan andere deelnemers vertegenwoordigen. Dan legt elke "
      "vertegenwoordigde deelnemer een mandaat vast: wie, wanneer, waarvoor en voor welke "
      "periode (GOV-6). Status op " +
      vandaag.nl() + ".";
  list.pad = "/vertegenwoordigingen";
  if (service::GovernanceService::mag_vertegenwoordigingen_vastleggen(ui.ctx)) {
    list.nieuw_href = "/vertegenwoordigingen/nieuw";
    list.nieuw_label = "Vertegenwoordiging toevoegen";
  }
  list.kolommen = {{"Opdrachtgever", "opdrachtgever"},
                   {"Vertegenwoordigt", "vertegenwoordigde"},
                   {"Mandaat verleend door", ""},
                   {"Periode", ""},
                   {"Mandaat", ""}};
  for (const auto& r : rijen) {
    const auto& m = r.vertegenwoordiging.mandaat;
    list.rijen.push_back(
        {{"cellen",
          json::array({cel(r.opdrachtgever_naam,
                           "/vertegenwoordigingen/" + std::to_string(r.vertegenwoordiging.id)),
                       cel(r.vertegenwoordigde_naam),
                       cel(r.verleend_door_naam.empty() ? "–" : r.verleend_door_naam),
                       cel(m.periode ? periode_nl(*m.periode) : "–"),
                       cel(mandaat_status(r, vandaag))})}});
  }
  list.totaal = static_cast<std::int64_t>(rijen.size());
  Layout layout{
      "Collectief opdrachtgeverschap", "/regio",
      json::array({{{"href", "/regio"}, {"label", "Regio"}}, {{"label", "Vertegenwoordigingen"}}})};
  return page(app, &ui, req, layout, render_list(req, list));
}

Response vertegenwoordiging(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  Datum vandaag = app.services.clock->vandaag();
  auto r = app.services.governance->vertegenwoordiging(ui.ctx, *id, vandaag);
  if (!r.ok()) return error_page(app, &ui, req, r.error(), "/vertegenwoordigingen");
  const auto& v = r->vertegenwoordiging;
  const auto& m = v.mandaat;
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  std::string kop = r->opdrachtgever_naam + " vertegenwoordigt " + r->vertegenwoordigde_naam;
  json view = {
      {"kop", kop},
      {"gegevens",
       json::array(
           {{{"label", "Vertegenwoordigende opdrachtgever"},
             {"waarde", r->opdrachtgever_naam},
             {"href", "/organisaties/" + std::to_string(v.opdrachtgever_id)}},
            {{"label", "Vertegenwoordigde deelnemer"},
             {"waarde", r->vertegenwoordigde_naam},
             {"href", "/organisaties/" + std::to_string(v.vertegenwoordigde_id)}},
            {{"label", "Mandaat verleend door"},
             {"waarde", r->verleend_door_naam.empty() ? "niet vastgelegd" : r->verleend_door_naam}},
            {{"label", "Verleend op"},
             {"waarde", m.verleend_op ? m.verleend_op->nl() : "niet vastgelegd"}},
            {{"label", "Reikwijdte"}, {"waarde", m.scope.empty() ? "niet vastgelegd" : m.scope}},
            {{"label", "Geldig"},
             {"waarde", m.periode ? periode_nl(*m.periode) : "niet vastgelegd"}},
            {{"label", "Mandaat op " + vandaag.nl()}, {"waarde", mandaat_status(*r, vandaag)}}})},
      {"mag_wijzigen", r->mag_wijzigen},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Vertegenwoordiging verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(v.versie)},
      {"secties", json::array()}};
  return page(app, &ui, req, vertegenwoordiging_layout(kop, "Vertegenwoordiging"),
              render("detail", view));
}

Response vertegenwoordiging_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!service::GovernanceService::mag_vertegenwoordigingen_vastleggen(ui.ctx)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  FormView form{"Vertegenwoordiging toevoegen",
                "Een onvolledig mandaat kan worden vastgelegd; het verschijnt dan als bevinding "
                "tot het compleet is.",
                "/vertegenwoordigingen",
                "Toevoegen",
                "/vertegenwoordigingen",
                std::nullopt,
                ""};
  Fields waarden = {{"opdrachtgeverId", std::to_string(ui.ctx.actor.organisatie_id)}};
  return form_page(app, ui, req,
                   vertegenwoordiging_layout("Vertegenwoordiging toevoegen", "Toevoegen"), form,
                   vertegenwoordiging_spec(app, ui), waarden, nullptr);
}

Response vertegenwoordiging_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.governance->create_vertegenwoordiging(ui.ctx, formulier_velden(req));
  std::string href =
      r.ok() ? "/vertegenwoordigingen/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  FormView form{"Vertegenwoordiging toevoegen",
                "",
                "/vertegenwoordigingen",
                "Toevoegen",
                "/vertegenwoordigingen",
                std::nullopt,
                ""};
  return after_save(app, ui, req, r, href,
                    vertegenwoordiging_layout("Vertegenwoordiging toevoegen", "Toevoegen"), form,
                    vertegenwoordiging_spec(app, ui),
                    [] { return Result<Vertegenwoordiging>(Error::not_found()); });
}

Response vertegenwoordiging_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->vertegenwoordiging(ui.ctx, *id, app.services.clock->vandaag());
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  if (!r->mag_wijzigen) return error_page(app, &ui, req, Error::forbidden());
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  FormView form{"Vertegenwoordiging wijzigen", "", base, "Opslaan", base,
                r->vertegenwoordiging.versie,  ""};
  return form_page(app, ui, req,
                   vertegenwoordiging_layout("Vertegenwoordiging wijzigen", "Wijzigen", base), form,
                   vertegenwoordiging_spec(app, ui), to_fields(r->vertegenwoordiging), nullptr);
}

Response vertegenwoordiging_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.governance->update_vertegenwoordiging(ui.ctx, *id, versie,
                                                              formulier_velden(req));
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  FormView form{"Vertegenwoordiging wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_save(app, ui, req, r, base + "?melding=opgeslagen",
                    vertegenwoordiging_layout("Vertegenwoordiging wijzigen", "Wijzigen", base),
                    form, vertegenwoordiging_spec(app, ui), [&]() -> Result<Vertegenwoordiging> {
                      auto latest = app.services.governance->vertegenwoordiging(
                          ui.ctx, *id, app.services.clock->vandaag());
                      if (!latest.ok()) return latest.error();
                      return latest->vertegenwoordiging;
                    });
}

Response vertegenwoordiging_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->delete_vertegenwoordiging(ui.ctx, *id,
                                                              formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/vertegenwoordigingen",
                      "/vertegenwoordigingen/" + std::to_string(*id));
}

// ---------------------------------------------------------------- projectgroep (GOV-8)

namespace {

// The projectgroep page; after a refused form, that form again with the input and its errors.
Response projectgroep_pagina(const App& app, const UiContext& ui, const Request& req,
                             const Error* regisseur_fout, const Error* lid_fout,
                             const Fields& lid_waarden) {
  auto w = app.services.governance->projectgroep(ui.ctx, app.services.clock->vandaag());
  if (!w.ok()) return error_page(app, &ui, req, w.error());
  const auto& actor = ui.ctx.actor;
  std::string regisseur = "niet vastgelegd";
  if (w->groep && w->groep->regisseur_persoon_id) {
    regisseur = w->persoon_namen[*w->groep->regisseur_persoon_id];
  }
  std::string ontbreekt;
  for (Id o : w->ontbrekende_deelnemers) {
    ontbreekt += (ontbreekt.empty() ? "" : ", ") + w->organisatie_namen[o];
  }
  json view = {
      {"kop", "Projectgroep beleidscyclus"},
      {"gegevens",
       json::array({{{"label", "Regisseur beleidscyclus"}, {"waarde", regisseur}},
                    {{"label", "Aantal leden"},
                     {"waarde", std::to_string(w->groep ? w->groep->leden.size() : 0)}},
                    {{"label", "Deelnemers zonder lid"},
                     {"waarde", ontbreekt.empty() ? "geen: elke deelnemer is vertegenwoordigd"
                                                  : ontbreekt}}})},
      {"mag_wijzigen", false},
      {"secties", json::array()}};
  if (!w->groep) {
    view["gegevens"].push_back(
        {{"label", "Status"}, {"waarde", "Er is nog geen projectgroep samengesteld."}});
  }

  if (auth::mag_projectgroep_wijzigen(actor)) {
    Fields waarden;
    if (w->groep && w->groep->regisseur_persoon_id) {
      waarden["regisseurPersoonId"] = std::to_string(*w->groep->regisseur_persoon_id);
    }
    if (regisseur_fout) waarden = formulier_velden(req);
    auto fouten = fout_teksten(regisseur_fout);
    json velden = json::array(
        {veld_view({"regisseurPersoonId", "Regisseur", "select", false, persoon_opties(app, ui),
                    "Benoemd door de bestuurlijk opdrachtgever, voor "
                    "bepaalde tijd (leg de benoeming vast als rol)."},
                   waarden, fouten, "regisseur-")});
    json formulier = {{"actie", "/regio/projectgroep"},
                      {"csrf", ui.csrf},
                      {"legend", "Wie leidt de projectgroep"},
                      {"velden", velden},
                      {"knop", "Regisseur opslaan"},
                      {"formulier_versie", std::to_string(w->groep ? w->groep->versie : 0)}};
    if (regisseur_fout) formulier["fouten_samenvatting"] = true;
    view["secties"].push_back(
        {{"id", "regisseur"}, {"titel", "Regisseur"}, {"formulier", formulier}});
  }

  json rijen = json::array();
  bool acties = false;
  if (w->groep) {
    for (const auto& lid : w->groep->leden) {
      json cellen = json::array(
          {cel(w->persoon_namen[lid.persoon_id], "/personen/" + std::to_string(lid.persoon_id)),
           cel(w->organisatie_namen[lid.organisatie_id])});
      if (auth::mag_projectgroeplid_wijzigen(actor, lid.organisatie_id)) {
        acties = true;
        cellen.push_back(
            {{"tekst", ""},
             {"knop", "Verwijderen"},
             {"actie", "/regio/projectgroep/leden/" + std::to_string(lid.id) + "/verwijderen"},
             {"csrf", ui.csrf}});
      } else {
        cellen.push_back(cel(""));
      }
      rijen.push_back({{"cellen", cellen}});
    }
  }
  json kolommen = json::array({{{"label", "Lid"}}, {{"label", "Vertegenwoordigt"}}});
  if (acties) {
    kolommen.push_back({{"label", "Actie"}});
  } else {
    for (auto& rij : rijen) rij["cellen"].erase(2);
  }
  json leden = {{"id", "leden"},
                {"titel", "Leden"},
                {"tekst", "Elke deelnemer wijst een lid aan (GOV-8)."},
                {"heeft_tabel", true},
                {"kolommen", kolommen},
                {"aantal_kolommen", std::to_string(kolommen.size())},
                {"rijen", rijen}};
  std::vector<Optie> deelnemers;
  for (Id o : w->deelnemers) {
    if (auth::mag_projectgroeplid_wijzigen(actor, o)) {
      deelnemers.push_back({std::to_string(o), w->organisatie_namen[o]});
    }
  }
  if (!deelnemers.empty()) {
    auto fouten = fout_teksten(lid_fout);
    Fields waarden = lid_waarden;
    if (deelnemers.size() == 1 && waarden["organisatieId"].empty()) {
      waarden["organisatieId"] = deelnemers.front().waarde;
    }
    json velden =
        json::array({veld_view({"persoonId", "Persoon", "select", true, persoon_opties(app, ui)},
                               waarden, fouten, "lid-"),
                     veld_view({"organisatieId", "Vertegenwoordigt", "select", true, deelnemers},
                               waarden, fouten, "lid-")});
    leden["formulier"] = {{"actie", "/regio/projectgroep/leden"},
                          {"csrf", ui.csrf},
                          {"legend", "Lid toevoegen"},
                          {"velden", velden},
                          {"knop", "Lid toevoegen"}};
    if (lid_fout) leden["formulier"]["fouten_samenvatting"] = true;
  }
  view["secties"].push_back(leden);
  view["secties"].push_back({{"id", "controle"},
                             {"titel", "Controle"},
                             {"link_href", "/regio/bevindingen"},
                             {"link_label", "Alle governancebevindingen van de regio"}});
  Layout layout{
      "Projectgroep beleidscyclus", "/regio",
      json::array({{{"href", "/regio"}, {"label", "Regio"}}, {{"label", "Projectgroep"}}})};
  if (regisseur_fout) layout.status = http_status(regisseur_fout->code);
  if (lid_fout) layout.status = http_status(lid_fout->code);
  return page(app, &ui, req, layout, render("detail", view));
}

}  // namespace

Response projectgroep(const App& app, const UiContext& ui, Request& req) {
  return projectgroep_pagina(app, ui, req, nullptr, nullptr, {});
}

Response projectgroep_regisseur(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.governance->zet_regisseur(ui.ctx, formulier_versie(req).value_or(0),
                                                  formulier_velden(req));
  if (r.ok()) return zie_ook("/regio/projectgroep?melding=opgeslagen");
  if (r.error().code == ErrorCode::kStale) {
    return zie_ook("/regio/projectgroep?melding=verouderd");
  }
  if (r.error().code == ErrorCode::kInvalid) {
    return projectgroep_pagina(app, ui, req, &r.error(), nullptr, {});
  }
  return error_page(app, &ui, req, r.error(), "/regio/projectgroep");
}

Response projectgroeplid_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.governance->add_projectgroeplid(ui.ctx, formulier_velden(req));
  if (r.ok()) return zie_ook("/regio/projectgroep?melding=aangemaakt");
  if (r.error().code == ErrorCode::kInvalid) {
    return projectgroep_pagina(app, ui, req, nullptr, &r.error(), formulier_velden(req));
  }
  return error_page(app, &ui, req, r.error(), "/regio/projectgroep");
}

Response projectgroeplid_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "lidId");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->delete_projectgroeplid(ui.ctx, *id);
  if (r.ok()) return zie_ook("/regio/projectgroep?melding=verwijderd");
  return error_page(app, &ui, req, r.error(), "/regio/projectgroep");
}
// ---- Competenties (COMP)

Response pagina(const App& app, const UiContext& ui, const Request& req, const std::string& titel,
                const std::string& actief, const nlohmann::json& kruimelpad, int status,
                const std::string& inhoud) {
  Layout layout{titel, actief, kruimelpad, status};
  return page(app, &ui, req, layout, inhoud);
}

Response foutpagina(const App& app, const UiContext& ui, const Request& req, const Error& error,
                    const std::string& terug_href) {
  return error_page(app, &ui, req, error, terug_href);
}

Response doorsturen(const std::string& location) { return zie_ook(location); }

// ---------------------------------------------------------------- Big 8 (B8)

Response frame_page(const App& app, const UiContext& ui, const Request& req,
                    const std::string& titel, const std::string& actief,
                    const std::vector<Kruimel>& kruimelpad, int status, const std::string& inhoud) {
  Layout layout{titel, actief, json::array(), status};
  for (const auto& k : kruimelpad) {
    json item = {{"label", k.label}};
    if (!k.href.empty()) item["href"] = k.href;
    layout.kruimelpad.push_back(item);
  }
  return page(app, &ui, req, layout, inhoud);
}

Response frame_error(const App& app, const UiContext& ui, const Request& req, const Error& error,
                     const std::string& terug_href) {
  return error_page(app, &ui, req, error, terug_href);
}

}  // namespace regie::web::ui
