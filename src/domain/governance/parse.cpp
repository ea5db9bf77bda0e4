#include "domain/governance/parse.hpp"

#include <limits>

#include "domain/validation.hpp"

namespace regie::governance {
namespace {

constexpr std::size_t kMaxNaam = 200;
// A full-time year is about 1.600 productive hours; a role above 2.080 (40 h × 52) is a typo.
constexpr std::int64_t kMaxUrenPerJaar = 2080;
constexpr std::int64_t kMaxInwonertal = 20'000'000;
constexpr std::size_t kMaxScope = 2000;
// GOV-12: a mandate of up to € 100 miljoen; more is a typo.
constexpr std::int64_t kMaxMandaatCents = 10'000'000'000;

bool looks_like_email(const std::string& text) {
  auto at = text.find('@');
  return at != std::string::npos && at > 0 && text.find('.', at) != std::string::npos &&
         text.back() != '.' && text.find(' ') == std::string::npos;
}

}  // namespace

Result<Regio> parse_regio(const Fields& fields) {
  validation::Reader r(fields);
  Regio regio;
  regio.naam = r.required_text("naam", kMaxNaam);
  regio.gemeenschappelijke_regeling = r.optional_text("gemeenschappelijkeRegeling", kMaxNaam);
  regio.minimum_uren_ambtelijk_opdrachtgever = static_cast<std::int32_t>(
      r.required_int("minimumUrenAmbtelijkOpdrachtgever", 0, kMaxUrenPerJaar));
  // GOV-6 and GOV-11: absent is the default of a new regio.
  auto uren = [&](const char* naam, std::int32_t& veld) {
    if (auto v = r.optional_int(naam, 0, kMaxUrenPerJaar)) veld = static_cast<std::int32_t>(*v);
  };
  uren("urenPerVertegenwoordigde", regio.uren_per_vertegenwoordigde);
  uren("minimumUrenAccountmanagerPerDeelnemer", regio.minimum_uren_accountmanager_per_deelnemer);
  uren("minimumUrenAccountmanager", regio.minimum_uren_accountmanager);
  uren("maximumUrenAccountmanager", regio.maximum_uren_accountmanager);
  // MON-3: absent is the default band.
  if (auto t = r.optional_int("tolerantieProcent", 0, 100)) {
    regio.tolerantie_procent = static_cast<std::int32_t>(*t);
  }
  if (r.ok() && regio.maximum_uren_accountmanager < regio.minimum_uren_accountmanager) {
    r.add("maximumUrenAccountmanager", "fout.maximum_onder_minimum");
  }
  if (!r.ok()) return r.error();
  return regio;
}

Result<Organisatie> parse_organisatie(const Fields& fields) {
  validation::Reader r(fields);
  Organisatie org;
  org.naam = r.required_text("naam", kMaxNaam);
  auto soort = r.required_choice("soort", organisatie_soort_from_code);
  org.inwonertal = r.optional_int("inwonertal", 0, kMaxInwonertal);
  if (!r.ok()) return r.error();
  org.soort = *soort;
  return org;
}

Result<Deelnemerschap> parse_deelnemerschap(const Fields& fields) {
  validation::Reader r(fields);
  Deelnemerschap d;
  auto relatie = r.required_choice("relatie", relatie_from_code);
  auto van = r.required_date("van");
  auto tot = r.optional_date("tot");
  r.check_periode(van, tot, "tot");
  if (!r.ok()) return r.error();
  d.relatie = *relatie;
  d.periode = Periode{*van, tot};
  return d;
}

Result<Persoon> parse_persoon(const Fields& fields) {
  validation::Reader r(fields);
  Persoon p;
  p.naam = r.required_text("naam", kMaxNaam);
  p.organisatie_id = r.required_id("organisatieId");
  p.email = r.optional_text("email", kMaxNaam);
  if (!p.email.empty() && !looks_like_email(p.email)) r.add("email", "fout.ongeldig_email");
  p.functie = r.optional_text("functie", kMaxNaam);
  if (!r.ok()) return r.error();
  return p;
}

Result<RolInvoer> parse_rol(const Fields& fields) {
  validation::Reader r(fields);
  RolInvoer invoer;
  Rol& rol = invoer.rol;
  rol.persoon_id = r.required_id("persoonId");
  rol.organisatie_id = r.required_id("organisatieId");
  auto soort = r.required_choice("soort", rol_soort_from_code);
  auto van = r.required_date("van");
  auto tot = r.optional_date("tot");
  r.check_periode(van, tot, "tot");
  rol.uren_per_jaar = static_cast<std::int32_t>(r.required_int("urenPerJaar", 0, kMaxUrenPerJaar));
  invoer.uren_vanaf = r.optional_date("urenVanaf");
  // GOV-12: only a rol with a decision mandate of its own carries one.
  rol.mandaat_cents = r.optional_bedrag("beslismandaatBedrag", 0, kMaxMandaatCents);
  rol.mandaat_scope = r.optional_vlag("beslismandaatScope").value_or(false);
  if (soort && !heeft_beslismandaat(*soort)) {
    if (rol.mandaat_cents) r.add("beslismandaatBedrag", "fout.geen_beslismandaat");
    if (rol.mandaat_scope) r.add("beslismandaatScope", "fout.geen_beslismandaat");
  }
  if (!r.ok()) return r.error();
  rol.soort = *soort;
  rol.periode = Periode{*van, tot};
  return invoer;
}

Result<Vertegenwoordiging> parse_vertegenwoordiging(const Fields& fields) {
  validation::Reader r(fields);
  Vertegenwoordiging v;
  v.opdrachtgever_id = r.required_id("opdrachtgeverId");
  v.vertegenwoordigde_id = r.required_id("vertegenwoordigdeId");
  auto door = r.optional_int("mandaatVerleendDoor", 1, std::numeric_limits<std::int64_t>::max());
  auto op = r.optional_date("mandaatVerleendOp");
  v.mandaat.scope = r.optional_text("mandaatScope", kMaxScope);
  auto van = r.optional_date("mandaatVan");
  auto tot = r.optional_date("mandaatTot");
  auto van_veld = fields.find("mandaatVan");
  if (tot && (van_veld == fields.end() || van_veld->second.empty())) {
    r.add("mandaatVan", "fout.verplicht");
  }
  r.check_periode(van, tot, "mandaatTot");
  // Absent: volledig, as before there was a choice.
  if (auto gekozen = field(fields, "omvang"); gekozen && !gekozen->empty()) {
    auto omvang = r.required_choice("omvang", omvang_from_code);
    if (omvang) v.omvang = *omvang;
  }
  if (v.opdrachtgever_id != 0 && v.opdrachtgever_id == v.vertegenwoordigde_id) {
    r.add("vertegenwoordigdeId", "fout.zelfde_organisatie");
  }
  if (!r.ok()) return r.error();
  v.mandaat.verleend_door = door;
  v.mandaat.verleend_op = op;
  if (van) v.mandaat.periode = Periode{*van, tot};
  return v;
}

Result<Projectgroep::Lid> parse_projectgroep_lid(const Fields& fields) {
  validation::Reader r(fields);
  Projectgroep::Lid lid;
  lid.persoon_id = r.required_id("persoonId");
  lid.organisatie_id = r.required_id("organisatieId");
  if (!r.ok()) return r.error();
  return lid;
}

}  // namespace regie::governance
