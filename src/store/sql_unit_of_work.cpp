#include "store/sql_unit_of_work.hpp"

#include "store/opdracht_inhoud.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace regie::store {
namespace {

using governance::Deelnemerschap;
using governance::Organisatie;
using governance::Persoon;
using governance::Regio;
using governance::Rol;

SqlValue opt_date(const std::optional<Datum>& datum) {
  if (!datum) return std::monostate{};
  return datum->iso();
}

SqlValue opt_int(const std::optional<std::int64_t>& value) {
  if (!value) return std::monostate{};
  return *value;
}

Datum read_date(const SqlRow& row, std::size_t i) {
  // Stored by us in ISO form; PostgreSQL returns DATE in ISO with datestyle ISO.
  return Datum::parse_iso(row.text(i).substr(0, 10)).value_or(Datum{0});
}

std::optional<Datum> read_opt_date(const SqlRow& row, std::size_t i) {
  if (row.is_null(i)) return std::nullopt;
  return read_date(row, i);
}

std::string direction(SortRichting richting) {
  return richting == SortRichting::kAflopend ? " DESC" : " ASC";
}

std::string like_pattern(const std::string& zoek) {
  std::string pattern = "%";
  for (char c : zoek) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern.push_back('%');
  return pattern;
}

// Builds "col IN ($k, $k+1, …)" and appends the values to params.
std::string in_list(const std::string& column, const std::vector<Id>& ids, SqlParams& params) {
  if (ids.empty()) return "1 = 0";
  std::string sql = column + " IN (";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    params.emplace_back(ids[i]);
    if (i > 0) sql += ", ";
    sql += "$" + std::to_string(params.size());
  }
  return sql + ")";
}

std::string next(SqlParams& params, SqlValue value) {
  params.push_back(std::move(value));
  return "$" + std::to_string(params.size());
}

Regio read_regio(const SqlRow& row) {
  Regio regio;
  regio.id = row.integer(0);
  regio.naam = row.text(1);
  regio.gemeenschappelijke_regeling = row.text(2);
  regio.minimum_uren_ambtelijk_opdrachtgever = static_cast<std::int32_t>(row.integer(3));
  regio.versie = row.integer(4);
  return regio;
}
constexpr const char* kRegioColumns =
    "id, naam, gemeenschappelijke_regeling, minimum_uren_ao, versie";

Organisatie read_organisatie(const SqlRow& row) {
  Organisatie org;
  org.id = row.integer(0);
  org.regio_id = row.integer(1);
  org.naam = row.text(2);
  org.soort = governance::organisatie_soort_from_code(row.text(3))
                  .value_or(governance::OrganisatieSoort::kOverig);
  org.inwonertal = row.optional_integer(4);
  org.versie = row.integer(5);
  return org;
}
constexpr const char* kOrganisatieColumns =
    "o.id, o.regio_id, o.naam, o.soort, o.inwonertal, o.versie";

Persoon read_persoon(const SqlRow& row) {
  Persoon p;
  p.id = row.integer(0);
  p.regio_id = row.integer(1);
  p.organisatie_id = row.integer(2);
  p.naam = row.text(3);
  p.email = row.text(4);
  p.functie = row.text(5);
  p.versie = row.integer(6);
  return p;
}
constexpr const char* kPersoonColumns =
    "p.id, p.regio_id, p.organisatie_id, p.naam, p.email, p.functie, p.versie";

Rol read_rol(const SqlRow& row) {
  Rol rol;
  rol.id = row.integer(0);
  rol.persoon_id = row.integer(1);
  rol.organisatie_id = row.integer(2);
  rol.soort =
      governance::rol_soort_from_code(row.text(3)).value_or(governance::RolSoort::kMedewerker);
  rol.periode = Periode{read_date(row, 4), read_opt_date(row, 5)};
  rol.uren_per_jaar = static_cast<std::int32_t>(row.integer(6));
  rol.versie = row.integer(7);
  return rol;
}
constexpr const char* kRolColumns =
    "r.id, r.persoon_id, r.organisatie_id, r.soort, r.van, r.tot, r.uren_per_jaar, r.versie";

Gebruiker read_gebruiker(const SqlRow& row) {
  Gebruiker g;
  g.id = row.integer(0);
  g.naam = row.text(1);
  g.wachtwoord_hash = row.text(2);
  g.rol = auth::gebruikersrol_from_code(row.text(3)).value_or(auth::Gebruikersrol::kBestuurder);
  g.organisatie_id = row.integer(4);
  g.actief = row.integer(5) != 0;
  g.aangemaakt = row.text(6);
  return g;
}
governance::Vertegenwoordiging read_vertegenwoordiging(const SqlRow& row) {
  governance::Vertegenwoordiging v;
  v.id = row.integer(0);
  v.regio_id = row.integer(1);
  v.opdrachtgever_id = row.integer(2);
  v.vertegenwoordigde_id = row.integer(3);
  v.mandaat.verleend_door = row.optional_integer(4);
  v.mandaat.verleend_op = read_opt_date(row, 5);
  v.mandaat.scope = row.text(6);
  if (auto van = read_opt_date(row, 7)) v.mandaat.periode = Periode{*van, read_opt_date(row, 8)};
  v.versie = row.integer(9);
  return v;
}
constexpr const char* kVertegenwoordigingColumns =
    "id, regio_id, opdrachtgever_id, vertegenwoordigde_id, mandaat_verleend_door, "
    "mandaat_verleend_op, mandaat_scope, mandaat_van, mandaat_tot, versie";

SqlParams vertegenwoordiging_params(const governance::Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return {v.opdrachtgever_id,
          v.vertegenwoordigde_id,
          opt_int(m.verleend_door),
          opt_date(m.verleend_op),
          m.scope,
          m.periode ? SqlValue{m.periode->van.iso()} : SqlValue{std::monostate{}},
          m.periode ? opt_date(m.periode->tot) : SqlValue{std::monostate{}}};
}

constexpr const char* kGebruikerColumns =
    "id, naam, wachtwoord_hash, rol, organisatie_id, actief, aangemaakt";

audit::Entry read_audit(const SqlRow& row) {
  audit::Entry e;
  e.id = row.integer(0);
  e.tijdstip = row.text(1);
  e.actor = row.text(2);
  e.actie = row.text(3);
  e.object = row.text(4);
  e.resultaat = row.text(5);
  e.herkomst = row.text(6);
  e.vorige_hash = row.text(7);
  e.hash = row.text(8);
  return e;
}

// ---- Competenties (COMP)
competenties::Zelfbeoordeling read_zelfbeoordeling(const SqlRow& row) {
  competenties::Zelfbeoordeling z;
  z.id = row.integer(0);
  z.persoon_id = row.integer(1);
  z.jaar = static_cast<std::int32_t>(row.integer(2));
  z.profiel =
      competenties::profiel_from_code(row.text(3)).value_or(competenties::Profiel::kOpdrachtgever);
  z.versie = row.integer(4);
  return z;
}

competenties::Score read_score(const SqlRow& row) {
  return competenties::Score{row.text(1), static_cast<std::int32_t>(row.integer(2)), row.text(3)};
}

// Scores in the order of the profile's catalogue; codes no longer in it come last.
std::vector<competenties::Score> in_catalogus_volgorde(competenties::Profiel profiel,
                                                       std::vector<competenties::Score> scores) {
  const auto& lijst = competenties::catalogus(profiel);
  auto positie = [&](const competenties::Score& s) {
    for (std::size_t i = 0; i < lijst.size(); ++i) {
      if (lijst[i].code == s.competentie) return i;
    }
    return lijst.size();
  };
  std::stable_sort(scores.begin(), scores.end(),
                   [&](const competenties::Score& a, const competenties::Score& b) {
                     return positie(a) < positie(b);
                   });
  return scores;
}

// ---- Big 8 (B8)
beleidscyclus::Stap read_cyclusstap(const SqlRow& row) {
  beleidscyclus::Stap s;
  s.id = row.integer(0);
  s.regio_id = row.integer(1);
  s.code = beleidscyclus::stap_code_from_code(row.text(2))
               .value_or(beleidscyclus::StapCode::kStrategischBeleidskader);
  s.volgorde = static_cast<int>(row.integer(3));
  s.naam = row.text(4);
  s.periode = row.text(5);
  s.status =
      beleidscyclus::status_from_code(row.text(6)).value_or(beleidscyclus::Status::kNietGestart);
  s.gepland_begin = read_opt_date(row, 7);
  s.gepland_eind = read_opt_date(row, 8);
  s.werkelijk_begin = read_opt_date(row, 9);
  s.werkelijk_eind = read_opt_date(row, 10);
  s.eigenaar_persoon_id = row.optional_integer(11);
  s.versie = row.integer(12);
  return s;
}
constexpr const char* kCyclusstapColumns =
    "id, regio_id, code, volgorde, naam, periode, status, gepland_begin, gepland_eind, "
    "werkelijk_begin, werkelijk_eind, eigenaar_persoon_id, versie";

beleidscyclus::Evaluatieconclusie read_evaluatieconclusie(const SqlRow& row) {
  beleidscyclus::Evaluatieconclusie e;
  e.id = row.integer(0);
  e.regio_id = row.integer(1);
  e.stap_id = row.integer(2);
  e.periode = row.text(3);
  e.tekst = row.text(4);
  e.datum = read_date(row, 5);
  e.raakt_stap_id = row.integer(6);
  e.raakt_periode = row.text(7);
  e.door = row.text(8);
  return e;
}

// ---- Opdrachten (OPD)
constexpr const char* kOpdrachtColumns =
    "id, regio_id, opdrachtgever_id, titel, jaar, soort, deelnemer_id, extra_uren, "
    "extra_financiering_cents, inhoud, status, inhoudsversie, versie";

Result<opdrachten::Opdracht> read_opdracht(const SqlRow& row) {
  opdrachten::Opdracht o;
  o.id = row.integer(0);
  o.regio_id = row.integer(1);
  o.opdrachtgever_id = row.integer(2);
  o.titel = row.text(3);
  o.jaar = static_cast<std::int32_t>(row.integer(4));
  o.soort = opdrachten::soort_from_code(row.text(5)).value_or(opdrachten::Soort::kCollectief);
  o.deelnemer_id = row.optional_integer(6);
  o.extra_uren = static_cast<std::int32_t>(row.integer(7));
  o.extra_financiering_cents = row.integer(8);
  REGIE_TRY(lees_inhoud(row.text(9), o));
  o.status = opdrachten::status_from_code(row.text(10)).value_or(opdrachten::Status::kConcept);
  o.inhoudsversie = static_cast<std::int32_t>(row.integer(11));
  o.versie = row.integer(12);
  return o;
}

SqlParams opdracht_params(const opdrachten::Opdracht& o) {
  return {o.regio_id,
          o.opdrachtgever_id,
          o.titel,
          std::int64_t{o.jaar},
          std::string(code(o.soort)),
          opt_int(o.deelnemer_id),
          std::int64_t{o.extra_uren},
          o.extra_financiering_cents,
          inhoud_json(o),
          std::string(code(o.status)),
          std::int64_t{o.inhoudsversie}};
}

// ---- Versies en wijzigingsverzoeken (OPD-5)
constexpr const char* kVersieColumns =
    "id, opdracht_id, nummer, titel, extra_uren, extra_financiering_cents, inhoud, "
    "vastgesteld_door, vastgesteld_op, wijzigingsverzoek_id";

// The content columns (titel, extras, inhoud) over the opdracht they belong to.
Result<opdrachten::Opdracht> read_inhoud(const opdrachten::Opdracht& basis, const SqlRow& row,
                                         std::size_t eerste) {
  opdrachten::Opdracht o = basis;
  o.titel = row.text(eerste);
  o.extra_uren = static_cast<std::int32_t>(row.integer(eerste + 1));
  o.extra_financiering_cents = row.integer(eerste + 2);
  o.planning.clear();
  o.bemensing.clear();
  o.financien.clear();
  o.stakeholders.clear();
  o.risicos.clear();
  REGIE_TRY(lees_inhoud(row.text(eerste + 3), o));
  return o;
}

constexpr const char* kVerzoekColumns =
    "id, opdracht_id, aspecten, omschrijving, basisversie, titel, extra_uren, "
    "extra_financiering_cents, inhoud, ingediend_door, ingediend_kant, ingediend_op, status, "
    "afstemming_met, afstemming_datum, afstemming_uitkomst, afstemming_door, beoordeling, "
    "besloten_door, besloten_op, versie";

std::string aspecten_tekst(const std::vector<opdrachten::Aspect>& aspecten) {
  std::string out;
  for (auto a : aspecten) out += (out.empty() ? "" : ",") + std::string(code(a));
  return out;
}

std::vector<opdrachten::Aspect> lees_aspecten(const std::string& tekst) {
  std::vector<opdrachten::Aspect> out;
  std::size_t begin = 0;
  while (begin <= tekst.size()) {
    auto eind = tekst.find(',', begin);
    if (eind == std::string::npos) eind = tekst.size();
    if (auto a = opdrachten::aspect_from_code(tekst.substr(begin, eind - begin))) out.push_back(*a);
    begin = eind + 1;
  }
  return out;
}

// ---- Signalen (OPD-6)
constexpr const char* kSignaalColumns =
    "s.id, s.opdracht_id, s.soort, s.wat, s.impact, s.maatregel, s.gemeld_door, s.gemeld_op, "
    "s.status, s.afhandeling, s.afgehandeld_door, s.afgehandeld_op, s.versie";

opdrachten::Signaal read_signaal(const SqlRow& row) {
  opdrachten::Signaal s;
  s.id = row.integer(0);
  s.opdracht_id = row.integer(1);
  s.soort = opdrachten::signaal_soort_from_code(row.text(2))
                .value_or(opdrachten::SignaalSoort::kStagnatie);
  s.wat = row.text(3);
  s.impact = row.text(4);
  s.maatregel = row.text(5);
  s.gemeld_door = row.text(6);
  s.gemeld_op = row.text(7);
  s.status =
      opdrachten::signaal_status_from_code(row.text(8)).value_or(opdrachten::SignaalStatus::kOpen);
  s.afhandeling = row.text(9);
  s.afgehandeld_door = row.text(10);
  s.afgehandeld_op = row.text(11);
  s.versie = row.integer(12);
  return s;
}

class SqlUnitOfWork final : public UnitOfWork {
 public:
  explicit SqlUnitOfWork(std::unique_ptr<ConnectionLease> lease)
      : lease_(std::move(lease)), c_(lease_->connection()) {}
  ~SqlUnitOfWork() override {
    if (!committed_) c_.rollback();
  }
  SqlUnitOfWork(const SqlUnitOfWork&) = delete;
  SqlUnitOfWork& operator=(const SqlUnitOfWork&) = delete;

  // ---- regios
  Result<std::vector<Regio>> list_regios() override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kRegioColumns + " FROM regios ORDER BY naam", {}));
    std::vector<Regio> out;
    for (const auto& row : result.rows) out.push_back(read_regio(row));
    return out;
  }

  Result<Regio> get_regio(Id id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kRegioColumns + " FROM regios WHERE id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("regio " + std::to_string(id));
    return read_regio(result.rows.front());
  }

  Result<Id> insert_regio(const Regio& regio) override {
    return insert_returning_id(
        "INSERT INTO regios (naam, gemeenschappelijke_regeling, minimum_uren_ao) "
        "VALUES ($1, $2, $3) RETURNING id",
        {regio.naam, regio.gemeenschappelijke_regeling,
         std::int64_t{regio.minimum_uren_ambtelijk_opdrachtgever}});
  }

  Result<void> update_regio(const Regio& regio) override {
    return update_versioned(
        "regios", regio.id, regio.versie,
        "UPDATE regios SET naam = $1, gemeenschappelijke_regeling = $2, minimum_uren_ao = $3, "
        "versie = versie + 1 WHERE id = $4 AND versie = $5",
        {regio.naam, regio.gemeenschappelijke_regeling,
         std::int64_t{regio.minimum_uren_ambtelijk_opdrachtgever}, regio.id, regio.versie});
  }

  // ---- organisaties
  Result<Page<Organisatie>> list_organisaties(const OrganisatieQuery& q) override {
    SqlParams params;
    std::string where = "o.regio_id = " + next(params, q.regio_id);
    if (!q.zoek.empty()) {
      where +=
          " AND lower(o.naam) LIKE lower(" + next(params, like_pattern(q.zoek)) + ") ESCAPE '\\'";
    }
    if (q.soort) where += " AND o.soort = " + next(params, std::string(code(*q.soort)));
    std::string order = "o.naam";
    if (q.sorteer == "soort") {
      order = "o.soort" + direction(q.richting) + ", o.naam";
    } else if (q.sorteer == "inwonertal") {
      order = "COALESCE(o.inwonertal, -1)" + direction(q.richting) + ", o.naam";
    } else {
      order = "o.naam" + direction(q.richting);
    }
    REGIE_ASSIGN_OR_RETURN(auto total, count("FROM organisaties o WHERE " + where, params));
    std::string sql = std::string("SELECT ") + kOrganisatieColumns + " FROM organisaties o WHERE " +
                      where + " ORDER BY " + order + ", o.id";
    sql += " LIMIT " + next(params, q.page.limit) + " OFFSET " + next(params, q.page.offset);
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    Page<Organisatie> page;
    page.total = total;
    for (const auto& row : result.rows) page.items.push_back(read_organisatie(row));
    return page;
  }

  Result<Organisatie> get_organisatie(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kOrganisatieColumns +
                                                    " FROM organisaties o WHERE o.id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("organisatie " + std::to_string(id));
    return read_organisatie(result.rows.front());
  }

  Result<Id> insert_organisatie(const Organisatie& org) override {
    return insert_returning_id(
        "INSERT INTO organisaties (regio_id, naam, soort, inwonertal) VALUES ($1, $2, $3, $4) "
        "RETURNING id",
        {org.regio_id, org.naam, std::string(code(org.soort)), opt_int(org.inwonertal)});
  }

  Result<void> update_organisatie(const Organisatie& org) override {
    return update_versioned(
        "organisaties", org.id, org.versie,
        "UPDATE organisaties SET naam = $1, soort = $2, inwonertal = $3, versie = versie + 1 "
        "WHERE id = $4 AND versie = $5",
        {org.naam, std::string(code(org.soort)), opt_int(org.inwonertal), org.id, org.versie});
  }

  Result<void> delete_organisatie(Id id, std::int64_t versie) override {
    return update_versioned("organisaties", id, versie,
                            "DELETE FROM organisaties WHERE id = $1 AND versie = $2", {id, versie});
  }

  Result<std::vector<Id>> od_organisaties(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id FROM organisaties WHERE regio_id = $1 AND soort = 'omgevingsdienst' "
                "ORDER BY id",
                {regio_id}));
    std::vector<Id> ids;
    for (const auto& row : result.rows) ids.push_back(row.integer(0));
    return ids;
  }

  // ---- deelnemerschappen
  Result<std::vector<Deelnemerschap>> list_deelnemerschappen(Id organisatie_id) override {
    return query_deelnemerschappen(
        "SELECT id, organisatie_id, relatie, van, tot, versie FROM deelnemerschappen "
        "WHERE organisatie_id = $1 ORDER BY van, id",
        organisatie_id);
  }

  Result<std::vector<Deelnemerschap>> list_deelnemerschappen_regio(Id regio_id) override {
    return query_deelnemerschappen(
        "SELECT d.id, d.organisatie_id, d.relatie, d.van, d.tot, d.versie FROM "
        "deelnemerschappen d JOIN organisaties o ON o.id = d.organisatie_id WHERE o.regio_id = "
        "$1 ORDER BY d.organisatie_id, d.van, d.id",
        regio_id);
  }

  Result<std::vector<Deelnemerschap>> query_deelnemerschappen(std::string_view sql, Id id) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, {id}));
    std::vector<Deelnemerschap> out;
    for (const auto& row : result.rows) {
      Deelnemerschap d;
      d.id = row.integer(0);
      d.organisatie_id = row.integer(1);
      d.relatie =
          governance::relatie_from_code(row.text(2)).value_or(governance::Relatie::kDeelnemer);
      d.periode = Periode{read_date(row, 3), read_opt_date(row, 4)};
      d.versie = row.integer(5);
      out.push_back(d);
    }
    return out;
  }

  Result<Id> insert_deelnemerschap(const Deelnemerschap& d) override {
    return insert_returning_id(
        "INSERT INTO deelnemerschappen (organisatie_id, relatie, van, tot) VALUES ($1, $2, $3, "
        "$4) RETURNING id",
        {d.organisatie_id, std::string(code(d.relatie)), d.periode.van.iso(),
         opt_date(d.periode.tot)});
  }

  Result<void> delete_deelnemerschap(Id id, Id organisatie_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec("DELETE FROM deelnemerschappen WHERE id = $1 AND organisatie_id = $2",
                             {id, organisatie_id}));
    if (result.affected == 0) return Error::not_found("deelnemerschap " + std::to_string(id));
    return Ok();
  }

  // ---- personen
  Result<Page<PersoonRegel>> list_personen(const PersoonQuery& q) override {
    SqlParams params;
    std::string where = "p.regio_id = " + next(params, q.regio_id);
    if (q.werkgevers) where += " AND " + in_list("p.organisatie_id", *q.werkgevers, params);
    if (q.organisatie_id) where += " AND p.organisatie_id = " + next(params, *q.organisatie_id);
    if (!q.zoek.empty()) {
      where +=
          " AND lower(p.naam) LIKE lower(" + next(params, like_pattern(q.zoek)) + ") ESCAPE '\\'";
    }
    std::string from = " FROM personen p JOIN organisaties o ON o.id = p.organisatie_id WHERE ";
    std::string order = q.sorteer == "organisatie" ? "o.naam" + direction(q.richting) + ", p.naam"
                                                   : "p.naam" + direction(q.richting);
    REGIE_ASSIGN_OR_RETURN(auto total, count(from.substr(1) + where, params));
    std::string sql = std::string("SELECT ") + kPersoonColumns + ", o.naam" + from + where +
                      " ORDER BY " + order + ", p.id LIMIT " + next(params, q.page.limit) +
                      " OFFSET " + next(params, q.page.offset);
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    Page<PersoonRegel> page;
    page.total = total;
    for (const auto& row : result.rows) {
      page.items.push_back(PersoonRegel{read_persoon(row), row.text(7)});
    }
    return page;
  }

  Result<Persoon> get_persoon(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kPersoonColumns +
                                                    " FROM personen p WHERE p.id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("persoon " + std::to_string(id));
    return read_persoon(result.rows.front());
  }

  Result<Id> insert_persoon(const Persoon& p) override {
    return insert_returning_id(
        "INSERT INTO personen (regio_id, organisatie_id, naam, email, functie) VALUES ($1, $2, "
        "$3, $4, $5) RETURNING id",
        {p.regio_id, p.organisatie_id, p.naam, p.email, p.functie});
  }

  Result<void> update_persoon(const Persoon& p) override {
    return update_versioned(
        "personen", p.id, p.versie,
        "UPDATE personen SET organisatie_id = $1, naam = $2, email = $3, functie = $4, "
        "versie = versie + 1 WHERE id = $5 AND versie = $6",
        {p.organisatie_id, p.naam, p.email, p.functie, p.id, p.versie});
  }

  Result<void> delete_persoon(Id id, std::int64_t versie) override {
    return update_versioned("personen", id, versie,
                            "DELETE FROM personen WHERE id = $1 AND versie = $2", {id, versie});
  }

  // ---- rollen
  Result<Page<RolRegel>> list_rollen(const RolQuery& q) override {
    SqlParams params;
    std::string where = "p.regio_id = " + next(params, q.regio_id);
    if (q.zichtbaar) {
      where += " AND (" + in_list("r.organisatie_id", *q.zichtbaar, params) + " OR " +
               in_list("p.organisatie_id", *q.zichtbaar, params) + ")";
    }
    if (q.persoon_id) where += " AND r.persoon_id = " + next(params, *q.persoon_id);
    if (q.organisatie_id) where += " AND r.organisatie_id = " + next(params, *q.organisatie_id);
    if (q.soort) where += " AND r.soort = " + next(params, std::string(code(*q.soort)));
    if (q.peildatum) {
      std::string d = next(params, q.peildatum->iso());
      where += " AND r.van <= " + d + " AND (r.tot IS NULL OR r.tot >= " + d + ")";
    }
    std::string from =
        " FROM rollen r JOIN personen p ON p.id = r.persoon_id JOIN organisaties o ON o.id = "
        "r.organisatie_id WHERE ";
    std::string dir = direction(q.richting);
    std::string order;
    if (q.sorteer == "organisatie") {
      order = "o.naam" + dir + ", p.naam";
    } else if (q.sorteer == "soort") {
      order = "r.soort" + dir + ", p.naam";
    } else if (q.sorteer == "van") {
      order = "r.van" + dir + ", p.naam";
    } else {
      order = "p.naam" + dir + ", o.naam";
    }
    REGIE_ASSIGN_OR_RETURN(auto total, count(from.substr(1) + where, params));
    std::string sql = std::string("SELECT ") + kRolColumns + ", p.naam, o.naam, p.organisatie_id" +
                      from + where + " ORDER BY " + order + ", r.id LIMIT " +
                      next(params, q.page.limit) + " OFFSET " + next(params, q.page.offset);
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    Page<RolRegel> page;
    page.total = total;
    for (const auto& row : result.rows) {
      page.items.push_back(RolRegel{read_rol(row), row.text(8), row.text(9), row.integer(10)});
    }
    return page;
  }

  Result<Rol> get_rol(Id id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kRolColumns + " FROM rollen r WHERE r.id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("rol " + std::to_string(id));
    return read_rol(result.rows.front());
  }

  Result<Id> insert_rol(const Rol& rol) override {
    return insert_returning_id(
        "INSERT INTO rollen (persoon_id, organisatie_id, soort, van, tot, uren_per_jaar) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {rol.persoon_id, rol.organisatie_id, std::string(code(rol.soort)), rol.periode.van.iso(),
         opt_date(rol.periode.tot), std::int64_t{rol.uren_per_jaar}});
  }

  Result<void> update_rol(const Rol& rol) override {
    return update_versioned(
        "rollen", rol.id, rol.versie,
        "UPDATE rollen SET persoon_id = $1, organisatie_id = $2, soort = $3, van = $4, tot = $5, "
        "uren_per_jaar = $6, versie = versie + 1 WHERE id = $7 AND versie = $8",
        {rol.persoon_id, rol.organisatie_id, std::string(code(rol.soort)), rol.periode.van.iso(),
         opt_date(rol.periode.tot), std::int64_t{rol.uren_per_jaar}, rol.id, rol.versie});
  }

  Result<void> delete_rol(Id id, std::int64_t versie) override {
    return update_versioned("rollen", id, versie,
                            "DELETE FROM rollen WHERE id = $1 AND versie = $2", {id, versie});
  }

  // ---- Opdrachten (OPD)
  Result<std::vector<opdrachten::Opdracht>> list_opdrachten(const OpdrachtQuery& q) override {
    SqlParams params{q.regio_id};
    std::string sql =
        std::string("SELECT ") + kOpdrachtColumns + " FROM opdrachten WHERE regio_id = $1";
    if (q.status) sql += " AND status = " + next(params, std::string(code(*q.status)));
    if (q.deelnemer_id) sql += " AND deelnemer_id = " + next(params, *q.deelnemer_id);
    if (q.jaar) sql += " AND jaar = " + next(params, std::int64_t{*q.jaar});
    sql += " ORDER BY jaar DESC, titel, id";
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    std::vector<opdrachten::Opdracht> out;
    for (const auto& row : result.rows) {
      REGIE_ASSIGN_OR_RETURN(auto o, read_opdracht(row));
      out.push_back(std::move(o));
    }
    return out;
  }

  Result<opdrachten::Opdracht> get_opdracht(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kOpdrachtColumns +
                                                    " FROM opdrachten WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("opdracht " + std::to_string(id));
    return read_opdracht(result.rows.front());
  }

  Result<Id> insert_opdracht(const opdrachten::Opdracht& o) override {
    return insert_returning_id(
        "INSERT INTO opdrachten (regio_id, opdrachtgever_id, titel, jaar, soort, deelnemer_id, "
        "extra_uren, extra_financiering_cents, inhoud, status, inhoudsversie) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        opdracht_params(o));
  }

  Result<void> update_opdracht(const opdrachten::Opdracht& o) override {
    auto params = opdracht_params(o);
    params.emplace_back(o.id);
    params.emplace_back(o.versie);
    return update_versioned(
        "opdrachten", o.id, o.versie,
        "UPDATE opdrachten SET regio_id = $1, opdrachtgever_id = $2, titel = $3, jaar = $4, "
        "soort = $5, deelnemer_id = $6, extra_uren = $7, extra_financiering_cents = $8, inhoud = "
        "$9, status = $10, inhoudsversie = $11, versie = versie + 1 WHERE id = $12 AND versie = "
        "$13",
        params);
  }

  Result<Id> insert_overgang(const opdrachten::Overgang& o) override {
    return insert_returning_id(
        "INSERT INTO opdracht_overgangen (opdracht_id, stap, van, naar, door, tijdstip, reden) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {o.opdracht_id, std::string(code(o.stap)), std::string(code(o.van)),
         std::string(code(o.naar)), o.door, o.tijdstip, o.reden});
  }

  Result<std::vector<opdrachten::Overgang>> list_overgangen(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec("SELECT id, opdracht_id, stap, van, naar, door, tijdstip, reden FROM "
                             "opdracht_overgangen WHERE opdracht_id = $1 ORDER BY id",
                             {opdracht_id}));
    std::vector<opdrachten::Overgang> out;
    for (const auto& row : result.rows) {
      opdrachten::Overgang o;
      o.id = row.integer(0);
      o.opdracht_id = row.integer(1);
      o.stap = opdrachten::stap_from_code(row.text(2)).value_or(opdrachten::Stap::kAanbieden);
      o.van = opdrachten::status_from_code(row.text(3)).value_or(opdrachten::Status::kConcept);
      o.naar = opdrachten::status_from_code(row.text(4)).value_or(opdrachten::Status::kConcept);
      o.door = row.text(5);
      o.tijdstip = row.text(6);
      o.reden = row.text(7);
      out.push_back(o);
    }
    return out;
  }

  // ---- Versies en wijzigingsverzoeken (OPD-5)
  Result<Id> insert_versie(const opdrachten::Versie& v) override {
    return insert_returning_id(
        "INSERT INTO opdracht_versies (opdracht_id, nummer, titel, extra_uren, "
        "extra_financiering_cents, inhoud, vastgesteld_door, vastgesteld_op, "
        "wijzigingsverzoek_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {v.opdracht_id, std::int64_t{v.nummer}, v.inhoud.titel, std::int64_t{v.inhoud.extra_uren},
         v.inhoud.extra_financiering_cents, inhoud_json(v.inhoud), v.vastgesteld_door,
         v.vastgesteld_op, opt_int(v.wijzigingsverzoek_id)});
  }

  Result<std::vector<opdrachten::Versie>> list_versies(Id opdracht_id) override {
    return versies("WHERE opdracht_id = $1 ORDER BY nummer", {opdracht_id});
  }

  Result<opdrachten::Versie> get_versie(Id opdracht_id, std::int32_t nummer) override {
    REGIE_ASSIGN_OR_RETURN(auto lijst, versies("WHERE opdracht_id = $1 AND nummer = $2",
                                               {opdracht_id, std::int64_t{nummer}}));
    if (lijst.empty()) {
      return Error::not_found("versie " + std::to_string(nummer) + " van opdracht " +
                              std::to_string(opdracht_id));
    }
    return lijst.front();
  }

  Result<Id> insert_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) override {
    return insert_returning_id(
        "INSERT INTO opdracht_wijzigingsverzoeken (opdracht_id, aspecten, omschrijving, "
        "basisversie, titel, extra_uren, extra_financiering_cents, inhoud, ingediend_door, "
        "ingediend_kant, ingediend_op, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
        "$11, $12) RETURNING id",
        {v.opdracht_id, aspecten_tekst(v.aspecten), v.omschrijving, std::int64_t{v.basisversie},
         v.voorstel.titel, std::int64_t{v.voorstel.extra_uren}, v.voorstel.extra_financiering_cents,
         inhoud_json(v.voorstel), v.ingediend_door, std::string(code(v.ingediend_kant)),
         v.ingediend_op, std::string(code(v.status))});
  }

  Result<void> update_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) override {
    return update_versioned(
        "opdracht_wijzigingsverzoeken", v.id, v.versie,
        "UPDATE opdracht_wijzigingsverzoeken SET status = $1, afstemming_met = $2, "
        "afstemming_datum = $3, afstemming_uitkomst = $4, afstemming_door = $5, beoordeling = "
        "$6, besloten_door = $7, besloten_op = $8, versie = versie + 1 WHERE id = $9 AND versie "
        "= $10",
        {std::string(code(v.status)), v.afstemming.met, opt_date(v.afstemming.datum),
         v.afstemming.uitkomst, v.afstemming.door, v.beoordeling, v.besloten_door, v.besloten_op,
         v.id, v.versie});
  }

  Result<opdrachten::Wijzigingsverzoek> get_wijzigingsverzoek(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto lijst, verzoeken("WHERE id = $1", {id}));
    if (lijst.empty()) return Error::not_found("wijzigingsverzoek " + std::to_string(id));
    return lijst.front();
  }

  Result<std::vector<opdrachten::Wijzigingsverzoek>> list_wijzigingsverzoeken(
      Id opdracht_id) override {
    return verzoeken("WHERE opdracht_id = $1 ORDER BY id DESC", {opdracht_id});
  }

  // ---- Collectief opdrachtgeverschap (GOV-6) and the projectgroep (GOV-8)
  Result<std::vector<governance::Vertegenwoordiging>> list_vertegenwoordigingen(
      Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string("SELECT ") + kVertegenwoordigingColumns +
                                       " FROM vertegenwoordigingen WHERE regio_id = $1 ORDER BY id",
                                   {regio_id}));
    std::vector<governance::Vertegenwoordiging> out;
    for (const auto& row : result.rows) out.push_back(read_vertegenwoordiging(row));
    return out;
  }

  Result<governance::Vertegenwoordiging> get_vertegenwoordiging(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string("SELECT ") + kVertegenwoordigingColumns +
                                       " FROM vertegenwoordigingen WHERE id = $1",
                                   {id}));
    if (result.rows.empty()) return Error::not_found("vertegenwoordiging " + std::to_string(id));
    return read_vertegenwoordiging(result.rows.front());
  }

  Result<Id> insert_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    auto params = vertegenwoordiging_params(v);
    params.emplace_back(v.regio_id);
    return insert_returning_id(
        "INSERT INTO vertegenwoordigingen (opdrachtgever_id, vertegenwoordigde_id, "
        "mandaat_verleend_door, mandaat_verleend_op, mandaat_scope, mandaat_van, mandaat_tot, "
        "regio_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        params);
  }

  Result<void> update_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    auto params = vertegenwoordiging_params(v);
    params.emplace_back(v.id);
    params.emplace_back(v.versie);
    return update_versioned(
        "vertegenwoordigingen", v.id, v.versie,
        "UPDATE vertegenwoordigingen SET opdrachtgever_id = $1, vertegenwoordigde_id = $2, "
        "mandaat_verleend_door = $3, mandaat_verleend_op = $4, mandaat_scope = $5, "
        "mandaat_van = $6, mandaat_tot = $7, versie = versie + 1 WHERE id = $8 AND versie = $9",
        params);
  }

  Result<void> delete_vertegenwoordiging(Id id, std::int64_t versie) override {
    return update_versioned("vertegenwoordigingen", id, versie,
                            "DELETE FROM vertegenwoordigingen WHERE id = $1 AND versie = $2",
                            {id, versie});
  }

  Result<std::optional<governance::Projectgroep>> get_projectgroep(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto groep,
        c_.exec("SELECT regisseur_persoon_id, versie FROM projectgroepen WHERE regio_id = $1",
                {regio_id}));
    if (groep.rows.empty()) return std::optional<governance::Projectgroep>{};
    governance::Projectgroep pg;
    pg.regio_id = regio_id;
    pg.regisseur_persoon_id = groep.rows.front().optional_integer(0);
    pg.versie = groep.rows.front().integer(1);
    REGIE_ASSIGN_OR_RETURN(auto leden, c_.exec("SELECT id, persoon_id, organisatie_id FROM "
                                               "projectgroep_leden WHERE regio_id = $1 ORDER BY id",
                                               {regio_id}));
    for (const auto& row : leden.rows) {
      pg.leden.push_back({row.integer(1), row.integer(2), row.integer(0)});
    }
    return std::optional<governance::Projectgroep>{std::move(pg)};
  }

  Result<void> save_projectgroep(Id regio_id, std::optional<Id> regisseur_persoon_id,
                                 std::int64_t versie) override {
    if (versie == 0) {
      REGIE_ASSIGN_OR_RETURN(auto bestaat, c_.exec("SELECT versie FROM projectgroepen WHERE "
                                                   "regio_id = $1",
                                                   {regio_id}));
      if (!bestaat.rows.empty()) return Error::stale("projectgroep bestaat al");
      REGIE_TRY(
          c_.exec("INSERT INTO projectgroepen (regio_id, regisseur_persoon_id) VALUES ($1, $2)",
                  {regio_id, opt_int(regisseur_persoon_id)}));
      return Ok();
    }
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("UPDATE projectgroepen SET regisseur_persoon_id = $1, versie = "
                                   "versie + 1 WHERE regio_id = $2 AND versie = $3",
                                   {opt_int(regisseur_persoon_id), regio_id, versie}));
    if (result.affected > 0) return Ok();
    REGIE_ASSIGN_OR_RETURN(
        auto bestaat, c_.exec("SELECT versie FROM projectgroepen WHERE regio_id = $1", {regio_id}));
    if (bestaat.rows.empty()) return Error::not_found("projectgroep");
    return Error::stale("projectgroep versie " + std::to_string(versie) + " is verouderd");
  }

  Result<Id> insert_projectgroep_lid(Id regio_id,
                                     const governance::Projectgroep::Lid& lid) override {
    return insert_returning_id(
        "INSERT INTO projectgroep_leden (regio_id, persoon_id, organisatie_id) VALUES ($1, $2, "
        "$3) RETURNING id",
        {regio_id, lid.persoon_id, lid.organisatie_id});
  }

  Result<void> delete_projectgroep_lid(Id regio_id, Id lid_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("DELETE FROM projectgroep_leden WHERE id = $1 AND regio_id = $2",
                                   {lid_id, regio_id}));
    if (result.affected == 0) return Error::not_found("projectgroeplid " + std::to_string(lid_id));
    return Ok();
  }

  // ---- gebruikers, sessies, tokens
  Result<std::optional<Gebruiker>> find_gebruiker(const std::string& naam) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kGebruikerColumns +
                                                    " FROM gebruikers WHERE naam = $1",
                                                {naam}));
    if (result.rows.empty()) return std::optional<Gebruiker>{};
    return std::optional<Gebruiker>{read_gebruiker(result.rows.front())};
  }

  Result<Gebruiker> get_gebruiker(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kGebruikerColumns +
                                                    " FROM gebruikers WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("gebruiker " + std::to_string(id));
    return read_gebruiker(result.rows.front());
  }

  Result<Id> insert_gebruiker(const Gebruiker& g) override {
    return insert_returning_id(
        "INSERT INTO gebruikers (naam, wachtwoord_hash, rol, organisatie_id, actief, aangemaakt) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {g.naam, g.wachtwoord_hash, std::string(code(g.rol)), g.organisatie_id,
         std::int64_t{g.actief ? 1 : 0}, g.aangemaakt});
  }

  Result<std::vector<Gebruiker>> list_gebruikers() override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kGebruikerColumns + " FROM gebruikers ORDER BY naam", {}));
    std::vector<Gebruiker> out;
    for (const auto& row : result.rows) out.push_back(read_gebruiker(row));
    return out;
  }

  Result<void> insert_sessie(const Sessie& s) override {
    REGIE_TRY(c_.exec(
        "INSERT INTO sessies (token_hash, gebruiker_id, csrf_token, verloopt) VALUES ($1, $2, "
        "$3, $4)",
        {s.token_hash, s.gebruiker_id, s.csrf_token, s.verloopt}));
    return Ok();
  }

  Result<std::optional<Sessie>> find_sessie(const std::string& token_hash) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT token_hash, gebruiker_id, csrf_token, verloopt FROM sessies WHERE "
                "token_hash = $1",
                {token_hash}));
    if (result.rows.empty()) return std::optional<Sessie>{};
    const auto& row = result.rows.front();
    return std::optional<Sessie>{Sessie{row.text(0), row.integer(1), row.text(2), row.text(3)}};
  }

  Result<void> delete_sessie(const std::string& token_hash) override {
    REGIE_TRY(c_.exec("DELETE FROM sessies WHERE token_hash = $1", {token_hash}));
    return Ok();
  }

  Result<void> delete_sessies_verlopen(const std::string& nu) override {
    REGIE_TRY(c_.exec("DELETE FROM sessies WHERE verloopt < $1", {nu}));
    return Ok();
  }

  Result<void> insert_token(const std::string& token_hash, Id gebruiker_id,
                            const std::string& aangemaakt) override {
    REGIE_TRY(
        c_.exec("INSERT INTO api_tokens (token_hash, gebruiker_id, aangemaakt) VALUES ($1, $2, $3)",
                {token_hash, gebruiker_id, aangemaakt}));
    return Ok();
  }

  Result<std::optional<Id>> find_token(const std::string& token_hash) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT gebruiker_id FROM api_tokens WHERE token_hash = $1", {token_hash}));
    if (result.rows.empty()) return std::optional<Id>{};
    return std::optional<Id>{result.rows.front().integer(0)};
  }

  Result<void> record_login_poging(const std::string& naam, bool gelukt,
                                   const std::string& tijdstip) override {
    REGIE_TRY(c_.exec("INSERT INTO login_pogingen (naam, gelukt, tijdstip) VALUES ($1, $2, $3)",
                      {naam, std::int64_t{gelukt ? 1 : 0}, tijdstip}));
    return Ok();
  }

  Result<std::int64_t> count_mislukte_logins(const std::string& naam,
                                             const std::string& sinds) override {
    // Failures since the last success within the window.
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT COUNT(*) FROM login_pogingen WHERE naam = $1 AND gelukt = 0 AND "
                "tijdstip >= $2 AND tijdstip > COALESCE((SELECT MAX(tijdstip) FROM "
                "login_pogingen WHERE naam = $1 AND gelukt = 1), '')",
                {naam, sinds}));
    return result.rows.front().integer(0);
  }

  // ---- audit
  Result<void> lock_audit() override {
    if (c_.dialect() == Dialect::kPostgres) {
      REGIE_TRY(c_.exec("LOCK TABLE audit_log IN EXCLUSIVE MODE", {}));
    }
    return Ok();
  }

  Result<std::optional<audit::Entry>> last_audit() override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, tijdstip, actor, actie, object, resultaat, herkomst, vorige_hash, "
                "hash FROM audit_log ORDER BY id DESC LIMIT 1",
                {}));
    if (result.rows.empty()) return std::optional<audit::Entry>{};
    return std::optional<audit::Entry>{read_audit(result.rows.front())};
  }

  Result<void> append_audit(const audit::Entry& e) override {
    REGIE_TRY(c_.exec(
        "INSERT INTO audit_log (tijdstip, actor, actie, object, resultaat, herkomst, "
        "vorige_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {e.tijdstip, e.actor, e.actie, e.object, e.resultaat, e.herkomst, e.vorige_hash, e.hash}));
    return Ok();
  }

  Result<std::vector<audit::Entry>> list_audit(std::int64_t after_id, std::int64_t limit) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, tijdstip, actor, actie, object, resultaat, herkomst, vorige_hash, "
                "hash FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
                {after_id, limit}));
    std::vector<audit::Entry> out;
    for (const auto& row : result.rows) out.push_back(read_audit(row));
    return out;
  }

  // ---- Competenties (COMP)
  Result<std::optional<Id>> persoon_van_gebruiker(Id gebruiker_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec("SELECT persoon_id FROM gebruikers WHERE id = $1", {gebruiker_id}));
    if (result.rows.empty()) return Error::not_found("gebruiker " + std::to_string(gebruiker_id));
    return result.rows.front().optional_integer(0);
  }

  Result<void> koppel_gebruiker_persoon(Id gebruiker_id, std::optional<Id> persoon_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("UPDATE gebruikers SET persoon_id = $1 WHERE id = $2",
                                   {opt_int(persoon_id), gebruiker_id}));
    if (result.affected == 0) return Error::not_found("gebruiker " + std::to_string(gebruiker_id));
    return Ok();
  }

  Result<std::vector<competenties::Zelfbeoordeling>> list_zelfbeoordelingen(
      const ZelfbeoordelingQuery& q) override {
    SqlParams params;
    std::string where = "p.regio_id = " + next(params, q.regio_id);
    if (q.persoon_id) where += " AND z.persoon_id = " + next(params, *q.persoon_id);
    if (q.jaar) where += " AND z.jaar = " + next(params, std::int64_t{*q.jaar});
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT z.id, z.persoon_id, z.jaar, z.profiel, z.versie FROM zelfbeoordelingen z "
                "JOIN personen p ON p.id = z.persoon_id WHERE " +
                    where + " ORDER BY z.jaar DESC, z.profiel, z.id",
                params));
    std::vector<competenties::Zelfbeoordeling> out;
    for (const auto& row : result.rows) out.push_back(read_zelfbeoordeling(row));
    if (out.empty()) return out;
    REGIE_ASSIGN_OR_RETURN(
        auto scores,
        c_.exec("SELECT s.zelfbeoordeling_id, s.competentie, s.score, s.toelichting FROM "
                "competentie_scores s JOIN zelfbeoordelingen z ON z.id = s.zelfbeoordeling_id "
                "JOIN personen p ON p.id = z.persoon_id WHERE " +
                    where,
                params));
    std::map<Id, std::vector<competenties::Score>> per_id;
    for (const auto& row : scores.rows) per_id[row.integer(0)].push_back(read_score(row));
    for (auto& z : out) z.scores = in_catalogus_volgorde(z.profiel, per_id[z.id]);
    return out;
  }

  Result<competenties::Zelfbeoordeling> get_zelfbeoordeling(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("SELECT id, persoon_id, jaar, profiel, versie "
                                                "FROM zelfbeoordelingen WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("zelfbeoordeling " + std::to_string(id));
    auto z = read_zelfbeoordeling(result.rows.front());
    REGIE_ASSIGN_OR_RETURN(auto scores,
                           c_.exec("SELECT zelfbeoordeling_id, competentie, score, toelichting "
                                   "FROM competentie_scores WHERE zelfbeoordeling_id = $1",
                                   {id}));
    std::vector<competenties::Score> lijst;
    for (const auto& row : scores.rows) lijst.push_back(read_score(row));
    z.scores = in_catalogus_volgorde(z.profiel, std::move(lijst));
    return z;
  }

  Result<Id> insert_zelfbeoordeling(const competenties::Zelfbeoordeling& z) override {
    REGIE_ASSIGN_OR_RETURN(
        auto id, insert_returning_id("INSERT INTO zelfbeoordelingen (persoon_id, jaar, profiel) "
                                     "VALUES ($1, $2, $3) RETURNING id",
                                     {z.persoon_id, std::int64_t{z.jaar},
                                      std::string(competenties::code(z.profiel))}));
    REGIE_TRY(insert_scores(id, z.scores));
    return id;
  }

  Result<void> update_zelfbeoordeling(const competenties::Zelfbeoordeling& z) override {
    REGIE_TRY(update_versioned(
        "zelfbeoordelingen", z.id, z.versie,
        "UPDATE zelfbeoordelingen SET versie = versie + 1 WHERE id = $1 AND versie = $2",
        {z.id, z.versie}));
    REGIE_TRY(c_.exec("DELETE FROM competentie_scores WHERE zelfbeoordeling_id = $1", {z.id}));
    return insert_scores(z.id, z.scores);
  }

  // ---- Big 8 (B8)
  Result<std::vector<beleidscyclus::Stap>> list_cyclusstappen(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string("SELECT ") + kCyclusstapColumns +
                                       " FROM cyclusstappen WHERE regio_id = $1 ORDER BY "
                                       "volgorde, id",
                                   {regio_id}));
    std::vector<beleidscyclus::Stap> out;
    for (const auto& row : result.rows) out.push_back(read_cyclusstap(row));
    return out;
  }

  Result<beleidscyclus::Stap> get_cyclusstap(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kCyclusstapColumns +
                                                    " FROM cyclusstappen WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("cyclusstap " + std::to_string(id));
    return read_cyclusstap(result.rows.front());
  }

  Result<Id> insert_cyclusstap(const beleidscyclus::Stap& s) override {
    return insert_returning_id(
        "INSERT INTO cyclusstappen (regio_id, code, volgorde, naam, periode, status, "
        "gepland_begin, gepland_eind, werkelijk_begin, werkelijk_eind, eigenaar_persoon_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {s.regio_id, std::string(code(s.code)), std::int64_t{s.volgorde}, s.naam, s.periode,
         std::string(code(s.status)), opt_date(s.gepland_begin), opt_date(s.gepland_eind),
         opt_date(s.werkelijk_begin), opt_date(s.werkelijk_eind), opt_int(s.eigenaar_persoon_id)});
  }

  Result<void> update_cyclusstap(const beleidscyclus::Stap& s) override {
    return update_versioned(
        "cyclusstappen", s.id, s.versie,
        "UPDATE cyclusstappen SET volgorde = $1, naam = $2, periode = $3, status = $4, "
        "gepland_begin = $5, gepland_eind = $6, werkelijk_begin = $7, werkelijk_eind = $8, "
        "eigenaar_persoon_id = $9, versie = versie + 1 WHERE id = $10 AND versie = $11",
        {std::int64_t{s.volgorde}, s.naam, s.periode, std::string(code(s.status)),
         opt_date(s.gepland_begin), opt_date(s.gepland_eind), opt_date(s.werkelijk_begin),
         opt_date(s.werkelijk_eind), opt_int(s.eigenaar_persoon_id), s.id, s.versie});
  }

  Result<std::vector<beleidscyclus::Document>> list_cyclus_documenten(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT id, stap_id, titel, link, door, toegevoegd FROM "
                                   "cyclus_documenten WHERE stap_id = $1 ORDER BY id",
                                   {stap_id}));
    std::vector<beleidscyclus::Document> out;
    for (const auto& row : result.rows) {
      out.push_back(beleidscyclus::Document{row.integer(0), row.integer(1), row.text(2),
                                            row.text(3), row.text(4), row.text(5)});
    }
    return out;
  }

  Result<Id> insert_cyclus_document(const beleidscyclus::Document& d) override {
    return insert_returning_id(
        "INSERT INTO cyclus_documenten (stap_id, titel, link, door, toegevoegd) VALUES ($1, $2, "
        "$3, $4, $5) RETURNING id",
        {d.stap_id, d.titel, d.link, d.door, d.toegevoegd});
  }

  Result<std::vector<beleidscyclus::Besluit>> list_cyclus_besluiten(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT id, stap_id, tekst, datum, door FROM cyclus_besluiten "
                                   "WHERE stap_id = $1 ORDER BY datum, id",
                                   {stap_id}));
    std::vector<beleidscyclus::Besluit> out;
    for (const auto& row : result.rows) {
      out.push_back(beleidscyclus::Besluit{row.integer(0), row.integer(1), row.text(2),
                                           read_date(row, 3), row.text(4)});
    }
    return out;
  }

  Result<Id> insert_cyclus_besluit(const beleidscyclus::Besluit& b) override {
    return insert_returning_id(
        "INSERT INTO cyclus_besluiten (stap_id, tekst, datum, door) VALUES ($1, $2, $3, $4) "
        "RETURNING id",
        {b.stap_id, b.tekst, b.datum.iso(), b.door});
  }

  Result<std::vector<beleidscyclus::Heropening>> list_cyclus_heropeningen(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, stap_id, door, tijdstip, reden, vorige_status, periode FROM "
                "cyclus_heropeningen WHERE stap_id = $1 ORDER BY id",
                {stap_id}));
    std::vector<beleidscyclus::Heropening> out;
    for (const auto& row : result.rows) {
      out.push_back(beleidscyclus::Heropening{
          row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4),
          beleidscyclus::status_from_code(row.text(5)).value_or(beleidscyclus::Status::kAfgerond),
          row.text(6)});
    }
    return out;
  }

  Result<Id> insert_cyclus_heropening(const beleidscyclus::Heropening& h) override {
    return insert_returning_id(
        "INSERT INTO cyclus_heropeningen (stap_id, door, tijdstip, reden, vorige_status, periode) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {h.stap_id, h.door, h.tijdstip, h.reden, std::string(code(h.vorige_status)), h.periode});
  }

  Result<std::vector<beleidscyclus::Evaluatieconclusie>> list_evaluatieconclusies(
      Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, regio_id, stap_id, periode, tekst, datum, raakt_stap_id, "
                "raakt_periode, door FROM evaluatieconclusies WHERE regio_id = $1 ORDER BY "
                "datum, id",
                {regio_id}));
    std::vector<beleidscyclus::Evaluatieconclusie> out;
    for (const auto& row : result.rows) out.push_back(read_evaluatieconclusie(row));
    return out;
  }

  Result<Id> insert_evaluatieconclusie(const beleidscyclus::Evaluatieconclusie& e) override {
    return insert_returning_id(
        "INSERT INTO evaluatieconclusies (regio_id, stap_id, periode, tekst, datum, "
        "raakt_stap_id, raakt_periode, door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
        "RETURNING id",
        {e.regio_id, e.stap_id, e.periode, e.tekst, e.datum.iso(), e.raakt_stap_id, e.raakt_periode,
         e.door});
  }

  // ---- Signalen (OPD-6)
  Result<Id> insert_signaal(const opdrachten::Signaal& s) override {
    return insert_returning_id(
        "INSERT INTO opdracht_signalen (opdracht_id, soort, wat, impact, maatregel, gemeld_door, "
        "gemeld_op, status, afhandeling, afgehandeld_door, afgehandeld_op) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {s.opdracht_id, std::string(code(s.soort)), s.wat, s.impact, s.maatregel, s.gemeld_door,
         s.gemeld_op, std::string(code(s.status)), s.afhandeling, s.afgehandeld_door,
         s.afgehandeld_op});
  }

  Result<void> update_signaal(const opdrachten::Signaal& s) override {
    return update_versioned(
        "opdracht_signalen", s.id, s.versie,
        "UPDATE opdracht_signalen SET status = $1, afhandeling = $2, afgehandeld_door = $3, "
        "afgehandeld_op = $4, versie = versie + 1 WHERE id = $5 AND versie = $6",
        {std::string(code(s.status)), s.afhandeling, s.afgehandeld_door, s.afgehandeld_op, s.id,
         s.versie});
  }

  Result<opdrachten::Signaal> get_signaal(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kSignaalColumns +
                                                    " FROM opdracht_signalen s WHERE s.id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("signaal " + std::to_string(id));
    return read_signaal(result.rows.front());
  }

  Result<std::vector<opdrachten::Signaal>> list_signalen(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec(std::string("SELECT ") + kSignaalColumns +
                                 " FROM opdracht_signalen s WHERE s.opdracht_id = $1 ORDER BY s.id",
                             {opdracht_id}));
    std::vector<opdrachten::Signaal> out;
    for (const auto& row : result.rows) out.push_back(read_signaal(row));
    return out;
  }

  Result<std::vector<opdrachten::Signaal>> list_open_signalen(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kSignaalColumns +
                    " FROM opdracht_signalen s JOIN opdrachten o ON o.id = s.opdracht_id WHERE "
                    "o.regio_id = $1 AND s.status = 'open' ORDER BY s.id",
                {regio_id}));
    std::vector<opdrachten::Signaal> out;
    for (const auto& row : result.rows) out.push_back(read_signaal(row));
    return out;
  }

  Result<void> commit() override {
    REGIE_TRY(c_.commit());
    committed_ = true;
    return Ok();
  }

 private:
  Result<Id> insert_returning_id(std::string_view sql, const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    if (result.rows.empty()) return Error::storage("insert gaf geen id");
    return result.rows.front().integer(0);
  }

  // Runs an UPDATE/DELETE guarded by "versie = $n". No row touched: the record is gone
  // (kNotFound) or was changed by someone else (kConflict).
  Result<void> update_versioned(const std::string& table, Id id, std::int64_t versie,
                                std::string_view sql, const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    if (result.affected > 0) return Ok();
    REGIE_ASSIGN_OR_RETURN(auto exists,
                           c_.exec("SELECT versie FROM " + table + " WHERE id = $1", {id}));
    if (exists.rows.empty()) return Error::not_found(table + " " + std::to_string(id));
    return Error::stale(table + " " + std::to_string(id) + " versie " + std::to_string(versie) +
                        " is verouderd");
  }

  Result<std::int64_t> count(const std::string& from_where, const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("SELECT COUNT(*) " + from_where, params));
    return result.rows.front().integer(0);
  }

  // ---- Versies en wijzigingsverzoeken (OPD-5): the content is read over the opdracht, so a
  // version or a voorstel is a whole opdracht with its own titel, extras and parts.
  Result<std::vector<opdrachten::Versie>> versies(const std::string& where,
                                                  const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kVersieColumns +
                                                    " FROM opdracht_versies " + where,
                                                params));
    std::vector<opdrachten::Versie> out;
    std::optional<opdrachten::Opdracht> basis;
    for (const auto& row : result.rows) {
      opdrachten::Versie v;
      v.id = row.integer(0);
      v.opdracht_id = row.integer(1);
      if (!basis || basis->id != v.opdracht_id) {
        REGIE_ASSIGN_OR_RETURN(basis, get_opdracht(v.opdracht_id));
      }
      v.nummer = static_cast<std::int32_t>(row.integer(2));
      REGIE_ASSIGN_OR_RETURN(v.inhoud, read_inhoud(*basis, row, 3));
      v.inhoud.inhoudsversie = v.nummer;
      v.vastgesteld_door = row.text(7);
      v.vastgesteld_op = row.text(8);
      v.wijzigingsverzoek_id = row.optional_integer(9);
      out.push_back(std::move(v));
    }
    return out;
  }

  Result<std::vector<opdrachten::Wijzigingsverzoek>> verzoeken(const std::string& where,
                                                               const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kVerzoekColumns +
                                                    " FROM opdracht_wijzigingsverzoeken " + where,
                                                params));
    std::vector<opdrachten::Wijzigingsverzoek> out;
    std::optional<opdrachten::Opdracht> basis;
    for (const auto& row : result.rows) {
      opdrachten::Wijzigingsverzoek v;
      v.id = row.integer(0);
      v.opdracht_id = row.integer(1);
      if (!basis || basis->id != v.opdracht_id) {
        REGIE_ASSIGN_OR_RETURN(basis, get_opdracht(v.opdracht_id));
      }
      v.aspecten = lees_aspecten(row.text(2));
      v.omschrijving = row.text(3);
      v.basisversie = static_cast<std::int32_t>(row.integer(4));
      REGIE_ASSIGN_OR_RETURN(v.voorstel, read_inhoud(*basis, row, 5));
      v.ingediend_door = row.text(9);
      v.ingediend_kant =
          opdrachten::kant_from_code(row.text(10)).value_or(opdrachten::Kant::kOpdrachtnemer);
      v.ingediend_op = row.text(11);
      v.status = opdrachten::verzoekstatus_from_code(row.text(12))
                     .value_or(opdrachten::VerzoekStatus::kIngediend);
      v.afstemming.met = row.text(13);
      v.afstemming.datum = read_opt_date(row, 14);
      v.afstemming.uitkomst = row.text(15);
      v.afstemming.door = row.text(16);
      v.beoordeling = row.text(17);
      v.besloten_door = row.text(18);
      v.besloten_op = row.text(19);
      v.versie = row.integer(20);
      out.push_back(std::move(v));
    }
    return out;
  }

  // ---- Competenties (COMP)
  Result<void> insert_scores(Id id, const std::vector<competenties::Score>& scores) {
    for (const auto& s : scores) {
      REGIE_TRY(
          c_.exec("INSERT INTO competentie_scores (zelfbeoordeling_id, competentie, score, "
                  "toelichting) VALUES ($1, $2, $3, $4)",
                  {id, s.competentie, std::int64_t{s.score}, s.toelichting}));
    }
    return Ok();
  }

  std::unique_ptr<ConnectionLease> lease_;
  SqlConnection& c_;
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<UnitOfWork> make_sql_unit_of_work(std::unique_ptr<ConnectionLease> lease) {
  return std::make_unique<SqlUnitOfWork>(std::move(lease));
}

}  // namespace regie::store
