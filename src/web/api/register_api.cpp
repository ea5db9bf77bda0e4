// GOV-1..GOV-3 over the API: regios, organisaties with deelnemerschap, personen and rollen.
#include "core/text.hpp"
#include "domain/governance/rol.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;
using governance::Deelnemerschap;
using governance::Organisatie;
using governance::Persoon;
using governance::Regio;
using governance::Rol;

json to_json(const Regio& r) {
  return {{"id", r.id},
          {"naam", r.naam},
          {"gemeenschappelijkeRegeling", r.gemeenschappelijke_regeling},
          {"minimumUrenAmbtelijkOpdrachtgever", r.minimum_uren_ambtelijk_opdrachtgever},
          {"urenPerVertegenwoordigde", r.uren_per_vertegenwoordigde},
          {"minimumUrenAccountmanagerPerDeelnemer", r.minimum_uren_accountmanager_per_deelnemer},
          {"minimumUrenAccountmanager", r.minimum_uren_accountmanager},
          {"maximumUrenAccountmanager", r.maximum_uren_accountmanager},
          {"tolerantieProcent", r.tolerantie_procent},
          {"versie", r.versie}};
}

json to_json(const Organisatie& o) {
  return {{"id", o.id},
          {"regioId", o.regio_id},
          {"naam", o.naam},
          {"soort", std::string(code(o.soort))},
          {"inwonertal", o.inwonertal ? json(*o.inwonertal) : json(nullptr)},
          {"versie", o.versie}};
}

json to_json(const Deelnemerschap& d) {
  return {{"id", d.id},
          {"organisatieId", d.organisatie_id},
          {"relatie", std::string(code(d.relatie))},
          {"van", d.periode.van.iso()},
          {"tot", optional_date(d.periode.tot)}};
}

json to_json(const Persoon& p) {
  return {{"id", p.id},        {"regioId", p.regio_id}, {"organisatieId", p.organisatie_id},
          {"naam", p.naam},    {"email", p.email},      {"functie", p.functie},
          {"versie", p.versie}};
}

json to_json(const PersoonRegel& r) {
  json j = to_json(r.persoon);
  j["organisatieNaam"] = r.organisatie_naam;
  return j;
}

// GOV-3: the hours through time, by van.
json urenperioden_json(const Rol& r) {
  json out = json::array();
  for (const auto& p : governance::urenperioden_van(r)) {
    out.push_back({{"van", p.van.iso()}, {"urenPerJaar", p.uren_per_jaar}});
  }
  return out;
}

json to_json(const Rol& r) {
  return {{"id", r.id},
          {"persoonId", r.persoon_id},
          {"organisatieId", r.organisatie_id},
          {"soort", std::string(code(r.soort))},
          {"van", r.periode.van.iso()},
          {"tot", optional_date(r.periode.tot)},
          {"urenPerJaar", r.uren_per_jaar},
          {"urenperioden", urenperioden_json(r)},
          {"beslismandaatBedrag", r.mandaat_cents ? json(*r.mandaat_cents) : json(nullptr)},
          {"beslismandaatScope", r.mandaat_scope},
          {"versie", r.versie}};
}

json to_json(const RolRegel& r) {
  json j = to_json(r.rol);
  j["persoonNaam"] = r.persoon_naam;
  j["organisatieNaam"] = r.organisatie_naam;
  return j;
}

const auto kRegisterJson = [](const auto& x) { return to_json(x); };

Response list_regios(const App& app, const Context& ctx, Request& req) {
  auto regios = app.services.register_->regios(ctx);
  if (!regios.ok()) return error_response(regios.error(), req);
  Page<Regio> page{*regios, static_cast<std::int64_t>(regios->size())};
  std::vector<FieldError> errors;
  auto paging = read_paging(req.query_params(), errors);
  if (!errors.empty()) return invalid_query(errors, req);
  return paged_list(req, "regios", page, paging, kRegisterJson);
}

Response get_regio(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->regio(ctx, *id), req, kRegisterJson);
}

Response put_regio(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return single(app.services.register_->update_regio(ctx, *id, *versie, *fields), req,
                kRegisterJson);
}

Response list_organisaties(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  OrganisatieQuery query;
  auto paging = read_paging(q, errors);
  query.page = paging.page;
  if (auto it = q.find("zoek"); it != q.end()) query.zoek = it->second;
  if (auto it = q.find("soort"); it != q.end() && !it->second.empty()) {
    query.soort = governance::organisatie_soort_from_code(it->second);
    if (!query.soort) errors.push_back({"soort", "fout.ongeldige_keuze"});
  }
  auto sorteer = sort_field(q, query.richting);
  if (!sorteer.empty()) {
    if (sorteer != "naam" && sorteer != "soort" && sorteer != "inwonertal") {
      errors.push_back({"sorteer", "fout.ongeldige_keuze"});
    }
    query.sorteer = sorteer;
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto page = app.services.register_->organisaties(ctx, query);
  if (!page.ok()) return error_response(page.error(), req);
  return paged_list(req, "organisaties", *page, paging, kRegisterJson);
}

Response get_organisatie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->organisatie(ctx, *id), req, kRegisterJson);
}

Response post_organisatie(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.register_->create_organisatie(ctx, *fields), req, req.path,
                 kRegisterJson);
}

Response put_organisatie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return single(app.services.register_->update_organisatie(ctx, *id, *versie, *fields), req,
                kRegisterJson);
}

Response delete_organisatie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return no_content(app.services.register_->delete_organisatie(ctx, *id, *versie), req);
}

Response list_deelnemerschappen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto list = app.services.register_->deelnemerschappen(ctx, *id);
  if (!list.ok()) return error_response(list.error(), req);
  std::vector<FieldError> errors;
  auto paging = read_paging(req.query_params(), errors);
  if (!errors.empty()) return invalid_query(errors, req);
  Page<Deelnemerschap> page{*list, static_cast<std::int64_t>(list->size())};
  paging.page.limit = std::max<std::int64_t>(paging.page.limit, page.total);
  return paged_list(req, "deelnemerschappen", page, paging, kRegisterJson);
}

Response post_deelnemerschap(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.register_->create_deelnemerschap(ctx, *id, *fields), req, req.path,
                 kRegisterJson, false);
}

Response delete_deelnemerschap(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto did = path_id(req, "deelnemerschapId");
  if (!id || !did) return not_found(req);
  return no_content(app.services.register_->delete_deelnemerschap(ctx, *id, *did), req);
}

Response list_personen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  PersoonQuery query;
  auto paging = read_paging(q, errors);
  query.page = paging.page;
  if (auto it = q.find("zoek"); it != q.end()) query.zoek = it->second;
  query.organisatie_id = query_id(q, "organisatieId", errors);
  auto sorteer = sort_field(q, query.richting);
  if (!sorteer.empty()) {
    if (sorteer != "naam" && sorteer != "organisatie") {
      errors.push_back({"sorteer", "fout.ongeldige_keuze"});
    }
    query.sorteer = sorteer;
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto page = app.services.register_->personen(ctx, query);
  if (!page.ok()) return error_response(page.error(), req);
  return paged_list(req, "personen", *page, paging, kRegisterJson);
}

Response get_persoon(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->persoon(ctx, *id), req, kRegisterJson);
}

Response post_persoon(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.register_->create_persoon(ctx, *fields), req, req.path,
                 kRegisterJson);
}

Response put_persoon(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return single(app.services.register_->update_persoon(ctx, *id, *versie, *fields), req,
                kRegisterJson);
}

Response delete_persoon(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return no_content(app.services.register_->delete_persoon(ctx, *id, *versie), req);
}

Response list_rollen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  RolQuery query;
  auto paging = read_paging(q, errors);
  query.page = paging.page;
  query.persoon_id = query_id(q, "persoonId", errors);
  query.organisatie_id = query_id(q, "organisatieId", errors);
  if (auto it = q.find("soort"); it != q.end() && !it->second.empty()) {
    query.soort = governance::rol_soort_from_code(it->second);
    if (!query.soort) errors.push_back({"soort", "fout.ongeldige_keuze"});
  }
  if (auto it = q.find("peildatum"); it != q.end() && !it->second.empty()) {
    query.peildatum = Datum::parse_iso(it->second);
    if (!query.peildatum) errors.push_back({"peildatum", "fout.datum_iso"});
  }
  auto sorteer = sort_field(q, query.richting);
  if (!sorteer.empty()) {
    if (sorteer != "persoon" && sorteer != "organisatie" && sorteer != "soort" &&
        sorteer != "van") {
      errors.push_back({"sorteer", "fout.ongeldige_keuze"});
    }
    query.sorteer = sorteer;
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto page = app.services.register_->rollen(ctx, query);
  if (!page.ok()) return error_response(page.error(), req);
  return paged_list(req, "rollen", *page, paging, kRegisterJson);
}

Response get_rol(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return single(app.services.register_->rol(ctx, *id), req, kRegisterJson);
}

Response post_rol(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.register_->create_rol(ctx, *fields), req, req.path, kRegisterJson);
}

Response put_rol(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return single(app.services.register_->update_rol(ctx, *id, *versie, *fields), req, kRegisterJson);
}

Response delete_rol(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return no_content(app.services.register_->delete_rol(ctx, *id, *versie), req);
}

std::vector<std::string> organisatie_soorten() {
  std::vector<std::string> out;
  for (auto s : governance::alle_organisatie_soorten()) out.emplace_back(code(s));
  return out;
}
std::vector<std::string> rol_soorten() {
  std::vector<std::string> out;
  for (auto s : governance::alle_rol_soorten()) out.emplace_back(code(s));
  return out;
}

json register_schemas() {
  json s;
  s["Regio"] = {
      {"type", "object"},
      {"description", "GOV-1: het werkgebied van één omgevingsdienst."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"naam", string_prop("Naam")},
        {"gemeenschappelijkeRegeling", string_prop("De gemeenschappelijke regeling")},
        {"minimumUrenAmbtelijkOpdrachtgever", int_prop("GOV-6: minimum uren per jaar")},
        {"urenPerVertegenwoordigde",
         int_prop("GOV-6: extra uren per jaar per deelnemer die een ambtelijk opdrachtgever "
                  "vertegenwoordigt")},
        {"minimumUrenAccountmanagerPerDeelnemer",
         int_prop("GOV-11: minimum uren per jaar van een accountmanager per opdrachtgever")},
        {"minimumUrenAccountmanager",
         int_prop("GOV-11: minimum uren per jaar van een accountmanager in totaal")},
        {"maximumUrenAccountmanager",
         int_prop("GOV-11: maximum uren per jaar van een accountmanager in totaal")},
        {"tolerantieProcent",
         int_prop("MON-3: de tolerantieband van plan en realisatie, plus en min, in procenten")},
        {"versie", int_prop("Versie voor optimistische gelijktijdigheid (ook de ETag)")}}}};
  s["RegioInvoer"] = {
      {"type", "object"},
      {"required", {"naam", "minimumUrenAmbtelijkOpdrachtgever"}},
      {"properties",
       {{"naam", string_prop("Naam")},
        {"gemeenschappelijkeRegeling", string_prop("Gemeenschappelijke regeling")},
        {"minimumUrenAmbtelijkOpdrachtgever", int_prop("Minimum uren")},
        {"urenPerVertegenwoordigde", int_prop("GOV-6: extra uren per vertegenwoordigde; "
                                              "weggelaten is 100")},
        {"minimumUrenAccountmanagerPerDeelnemer", int_prop("GOV-11: weggelaten is 150")},
        {"minimumUrenAccountmanager", int_prop("GOV-11: weggelaten is 700")},
        {"maximumUrenAccountmanager",
         int_prop("GOV-11: weggelaten is 1400; niet lager dan het minimum")},
        {"tolerantieProcent", int_prop("MON-3: 0 tot en met 100; weggelaten is 10")}}}};
  s["Organisatie"] = {
      {"type", "object"},
      {"description", "GOV-1: gemeente, provincie, omgevingsdienst of partner."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"regioId", int_prop("Regio")},
        {"naam", string_prop("Naam")},
        {"soort", enum_prop("Soort organisatie", organisatie_soorten())},
        {"inwonertal",
         {{"type", "integer"}, {"nullable", true}, {"description", "Aantal inwoners"}}},
        {"versie", int_prop("Versie")}}}};
  s["OrganisatieInvoer"] = {
      {"type", "object"},
      {"required", {"naam", "soort"}},
      {"properties",
       {{"naam", string_prop("Naam")},
        {"soort", enum_prop("Soort", organisatie_soorten())},
        {"inwonertal",
         {{"type", "integer"}, {"nullable", true}, {"description", "Aantal inwoners"}}}}}};
  s["Deelnemerschap"] = {
      {"type", "object"},
      {"description", "GOV-1: periode als deelnemer of niet-deelnemer van de regeling."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"organisatieId", int_prop("Organisatie")},
        {"relatie", enum_prop("Relatie", {"deelnemer", "niet_deelnemer"})},
        {"van", string_prop("Begindatum", "date")},
        {"tot", nullable_date("Einddatum (tot en met); leeg is lopend")}}}};
  s["DeelnemerschapInvoer"] = {{"type", "object"},
                               {"required", {"relatie", "van"}},
                               {"properties",
                                {{"relatie", enum_prop("Relatie", {"deelnemer", "niet_deelnemer"})},
                                 {"van", string_prop("Begindatum", "date")},
                                 {"tot", nullable_date("Einddatum")}}}};
  s["Persoon"] = {{"type", "object"},
                  {"properties",
                   {{"id", int_prop("Identificatie")},
                    {"regioId", int_prop("Regio")},
                    {"organisatieId", int_prop("Werkgever")},
                    {"organisatieNaam", string_prop("Naam van de werkgever (in lijsten)")},
                    {"naam", string_prop("Naam")},
                    {"email", string_prop("E-mailadres")},
                    {"functie", string_prop("Functie")},
                    {"versie", int_prop("Versie")}}}};
  s["PersoonInvoer"] = {{"type", "object"},
                        {"required", {"naam", "organisatieId"}},
                        {"properties",
                         {{"naam", string_prop("Naam")},
                          {"organisatieId", int_prop("Werkgever")},
                          {"email", string_prop("E-mailadres")},
                          {"functie", string_prop("Functie")}}}};
  s["Rol"] = {{"type", "object"},
              {"description", "GOV-2, GOV-3: een rol van een persoon voor een organisatie."},
              {"properties",
               {{"id", int_prop("Identificatie")},
                {"persoonId", int_prop("Persoon")},
                {"persoonNaam", string_prop("Naam van de persoon (in lijsten)")},
                {"organisatieId", int_prop("Organisatie waarvoor de rol geldt")},
                {"organisatieNaam", string_prop("Naam van de organisatie (in lijsten)")},
                {"soort", enum_prop("Soort rol", rol_soorten())},
                {"van", string_prop("Begindatum", "date")},
                {"tot", nullable_date("Einddatum (tot en met)")},
                {"urenPerJaar", int_prop("Uren per jaar: die van de laatste urenperiode")},
                {"urenperioden",
                 {{"type", "array"},
                  {"description",
                   "GOV-3: de uren per jaar door de tijd, op volgorde van ingang; de eerste "
                   "geldt vanaf het begin van de rol, elke periode tot de volgende ingaat."},
                  {"items", ref("Urenperiode")}}},
                {"beslismandaatBedrag",
                 {{"type", "integer"},
                  {"nullable", true},
                  {"description",
                   "GOV-12: tot welk bedrag (eurocenten) meerkosten de persoon zelf beslist; "
                   "null is niet vastgelegd"}}},
                {"beslismandaatScope",
                 {{"type", "boolean"},
                  {"description", "GOV-12: beslist zelf over een wijziging van de scope"}}},
                {"versie", int_prop("Versie")}}}};
  s["Urenperiode"] = {
      {"type", "object"},
      {"description", "GOV-3: uren per jaar vanaf een datum."},
      {"required", {"van", "urenPerJaar"}},
      {"properties",
       {{"van", string_prop("Ingangsdatum", "date")}, {"urenPerJaar", int_prop("Uren per jaar")}}}};
  s["RolInvoer"] = {
      {"type", "object"},
      {"required", {"persoonId", "organisatieId", "soort", "van", "urenPerJaar"}},
      {"properties",
       {{"persoonId", int_prop("Persoon")},
        {"organisatieId", int_prop("Organisatie")},
        {"soort", enum_prop("Soort rol", rol_soorten())},
        {"van", string_prop("Begindatum", "date")},
        {"tot", nullable_date("Einddatum")},
        {"urenPerJaar", int_prop("Uren per jaar")},
        {"urenVanaf", string_prop("GOV-3: bij wijzigen de datum waarop gewijzigde uren ingaan; "
                                  "leeg is vandaag. De uren daarvoor blijven. Bij aanmaken "
                                  "gelden de uren vanaf het begin van de rol.",
                                  "date")},
        {"beslismandaatBedrag",
         {{"type", "integer"},
          {"nullable", true},
          {"description",
           "GOV-12: alleen ambtelijk opdrachtgever en accountmanager; eurocenten; "
           "weggelaten of null is niet vastgelegd"}}},
        {"beslismandaatScope",
         {{"type", "boolean"},
          {"description", "GOV-12: alleen ambtelijk opdrachtgever en accountmanager"}}}}}};
  s["RegioLijst"] = list_schema("regios", "Regio");
  s["OrganisatieLijst"] = list_schema("organisaties", "Organisatie");
  s["DeelnemerschapLijst"] = list_schema("deelnemerschappen", "Deelnemerschap");
  s["PersoonLijst"] = list_schema("personen", "Persoon");
  s["RolLijst"] = list_schema("rollen", "Rol");
  return s;
}

}  // namespace

void add_register_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json id_match = {param_ref("id"), param_ref("ifMatch")};
  const json paging = {param_ref("pagina"), param_ref("paginaGrootte")};
  r.add_tag("Register", "Governance-register");
  r.add_schemas(register_schemas());
  r.add(
      "GET", "/regios", list_regios,
      op("listRegios", "Register", "Regio's", "De regio van de ingelogde gebruiker.",
         merge(ok("RegioLijst", "De regio's.", false, 200, false, true), problems({400, 401, 503})),
         paging));
  r.add("GET", "/regios/{id}", get_regio,
        op("getRegio", "Register", "Eén regio", "Een regio (GOV-1).",
           merge(ok("Regio", "De regio."), problems({401, 404, 503})), id));
  r.add("PUT", "/regios/{id}", put_regio,
        op("putRegio", "Register", "Regio wijzigen", "Alleen een beheerder.",
           merge(ok("Regio", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "RegioInvoer"));
  r.add("GET", "/organisaties", list_organisaties,
        op("listOrganisaties", "Register", "Organisaties", "De organisaties van de regio (GOV-1).",
           merge(ok("OrganisatieLijst", "Een pagina.", false, 200, false, true),
                 problems({400, 401, 503})),
           with(paging,
                {param_ref("zoek"),
                 query_param("soort", "Filter op soort", enum_prop("Soort", organisatie_soorten())),
                 query_param("sorteer", "naam, soort of inwonertal; met '-' aflopend",
                             {{"type", "string"}})})));
  r.add("POST", "/organisaties", post_organisatie,
        op("postOrganisatie", "Register", "Organisatie toevoegen", "Alleen een beheerder.",
           merge(ok("Organisatie", "Aangemaakt.", true, 201, true), problems({400, 401, 403, 503})),
           json::array(), "OrganisatieInvoer"));
  r.add("GET", "/organisaties/{id}", get_organisatie,
        op("getOrganisatie", "Register", "Eén organisatie", "Een organisatie.",
           merge(ok("Organisatie", "De organisatie."), problems({401, 404, 503})), id));
  r.add("PUT", "/organisaties/{id}", put_organisatie,
        op("putOrganisatie", "Register", "Organisatie wijzigen", "Alleen een beheerder.",
           merge(ok("Organisatie", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "OrganisatieInvoer"));
  r.add("DELETE", "/organisaties/{id}", delete_organisatie,
        op("deleteOrganisatie", "Register", "Organisatie verwijderen",
           "Alleen zonder personen of rollen die ernaar verwijzen.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), id_match));
  r.add("GET", "/organisaties/{id}/deelnemerschappen", list_deelnemerschappen,
        op("listDeelnemerschappen", "Register", "Deelnemerschap",
           "Perioden als deelnemer of niet-deelnemer (GOV-1).",
           merge(ok("DeelnemerschapLijst", "Alle perioden.", false, 200, false, true),
                 problems({400, 401, 404, 503})),
           id));
  r.add("POST", "/organisaties/{id}/deelnemerschappen", post_deelnemerschap,
        op("postDeelnemerschap", "Register", "Deelnemerschap toevoegen",
           "Perioden mogen niet overlappen.",
           merge(ok("Deelnemerschap", "Aangemaakt.", false, 201, true),
                 problems({400, 401, 403, 404, 503})),
           id, "DeelnemerschapInvoer"));
  r.add("DELETE", "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}", delete_deelnemerschap,
        op("deleteDeelnemerschap", "Register", "Deelnemerschap verwijderen",
           "Alleen een beheerder.", merge(no_content(), problems({401, 403, 404, 503})),
           json{param_ref("id"), param_ref("deelnemerschapId")}));
  r.add("GET", "/personen", list_personen,
        op("listPersonen", "Register", "Personen", "Zichtbare personen van de regio.",
           merge(ok("PersoonLijst", "Een pagina.", false, 200, false, true),
                 problems({400, 401, 503})),
           with(paging, {param_ref("zoek"),
                         query_param("organisatieId", "Filter op werkgever",
                                     {{"type", "integer"}, {"format", "int64"}}),
                         query_param("sorteer", "naam of organisatie; met '-' aflopend",
                                     {{"type", "string"}})})));
  r.add("POST", "/personen", post_persoon,
        op("postPersoon", "Register", "Persoon toevoegen", "Een persoon bij een werkgever.",
           merge(ok("Persoon", "Aangemaakt.", true, 201, true), problems({400, 401, 403, 503})),
           json::array(), "PersoonInvoer"));
  r.add("GET", "/personen/{id}", get_persoon,
        op("getPersoon", "Register", "Eén persoon", "Een persoon.",
           merge(ok("Persoon", "De persoon."), problems({401, 404, 503})), id));
  r.add("PUT", "/personen/{id}", put_persoon,
        op("putPersoon", "Register", "Persoon wijzigen", "Met If-Match.",
           merge(ok("Persoon", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "PersoonInvoer"));
  r.add("DELETE", "/personen/{id}", delete_persoon,
        op("deletePersoon", "Register", "Persoon verwijderen", "Alleen zonder rollen.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), id_match));
  r.add("GET", "/rollen", list_rollen,
        op("listRollen", "Register", "Rollen", "Rollen per persoon per organisatie (GOV-2, GOV-3).",
           merge(ok("RolLijst", "Een pagina.", false, 200, false, true), problems({400, 401, 503})),
           with(paging,
                {query_param("persoonId", "Filter op persoon",
                             {{"type", "integer"}, {"format", "int64"}}),
                 query_param("organisatieId", "Filter op organisatie",
                             {{"type", "integer"}, {"format", "int64"}}),
                 query_param("soort", "Filter op soort", enum_prop("Soort", rol_soorten())),
                 query_param("peildatum", "Alleen rollen die op deze datum gelden",
                             {{"type", "string"}, {"format", "date"}}),
                 query_param("sorteer", "persoon, organisatie, soort of van; met '-' aflopend",
                             {{"type", "string"}})})));
  r.add("POST", "/rollen", post_rol,
        op("postRol", "Register", "Rol toevoegen", "Een rol met periode en uren per jaar.",
           merge(ok("Rol", "Aangemaakt.", true, 201, true), problems({400, 401, 403, 503})),
           json::array(), "RolInvoer"));
  r.add("GET", "/rollen/{id}", get_rol,
        op("getRol", "Register", "Eén rol", "Een rol.",
           merge(ok("Rol", "De rol."), problems({401, 404, 503})), id));
  r.add("PUT", "/rollen/{id}", put_rol,
        op("putRol", "Register", "Rol wijzigen", "Met If-Match.",
           merge(ok("Rol", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})), id_match,
           "RolInvoer"));
  r.add("DELETE", "/rollen/{id}", delete_rol,
        op("deleteRol", "Register", "Rol verwijderen", "Met If-Match.",
           merge(no_content(), problems({401, 403, 404, 409, 428, 503})), id_match));
}

}  // namespace regie::web::api
