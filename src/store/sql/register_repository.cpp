#include "store/sql/register_repository.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "domain/governance/rol.hpp"
#include "store/sql/common.hpp"

namespace regie::store {
namespace {

using governance::Deelnemerschap;
using governance::Organisatie;
using governance::Persoon;
using governance::Regio;
using governance::Rol;

Result<Regio> read_regio(const SqlRow& row) {
  RowReader r(row, "regios");
  Regio regio;
  regio.id = r.integer(0, "id");
  regio.naam = row.text(1);
  regio.gemeenschappelijke_regeling = row.text(2);
  regio.minimum_uren_ambtelijk_opdrachtgever = r.integer<std::int32_t>(3, "minimum_uren_ao");
  regio.versie = r.integer(4, "versie");
  regio.uren_per_vertegenwoordigde = r.integer<std::int32_t>(5, "uren_per_vertegenwoordigde");
  regio.minimum_uren_accountmanager_per_deelnemer =
      r.integer<std::int32_t>(6, "minimum_uren_am_per_deelnemer");
  regio.minimum_uren_accountmanager = r.integer<std::int32_t>(7, "minimum_uren_am");
  regio.maximum_uren_accountmanager = r.integer<std::int32_t>(8, "maximum_uren_am");
  regio.tolerantie_procent = r.integer<std::int32_t>(9, "tolerantie_procent");
  return r.done(regio);
}
constexpr const char* kRegioColumns =
    "id, naam, gemeenschappelijke_regeling, minimum_uren_ao, versie, uren_per_vertegenwoordigde, "
    "minimum_uren_am_per_deelnemer, minimum_uren_am, maximum_uren_am, tolerantie_procent";

SqlParams regio_params(const Regio& regio) {
  return {regio.naam,
          regio.gemeenschappelijke_regeling,
          std::int64_t{regio.minimum_uren_ambtelijk_opdrachtgever},
          std::int64_t{regio.uren_per_vertegenwoordigde},
          std::int64_t{regio.minimum_uren_accountmanager_per_deelnemer},
          std::int64_t{regio.minimum_uren_accountmanager},
          std::int64_t{regio.maximum_uren_accountmanager},
          std::int64_t{regio.tolerantie_procent}};
}

Result<Organisatie> read_organisatie(const SqlRow& row) {
  RowReader r(row, "organisaties");
  Organisatie org;
  org.id = r.integer(0, "id");
  org.regio_id = r.integer(1, "regio_id");
  org.naam = row.text(2);
  org.soort = r.code(3, "soort", governance::organisatie_soort_from_code);
  org.inwonertal = r.opt_integer(4, "inwonertal");
  org.versie = r.integer(5, "versie");
  return r.done(org);
}
constexpr const char* kOrganisatieColumns =
    "o.id, o.regio_id, o.naam, o.soort, o.inwonertal, o.versie";

Result<Persoon> read_persoon(const SqlRow& row) {
  RowReader r(row, "personen");
  Persoon p;
  p.id = r.integer(0, "id");
  p.regio_id = r.integer(1, "regio_id");
  p.organisatie_id = r.integer(2, "organisatie_id");
  p.naam = row.text(3);
  p.email = row.text(4);
  p.functie = row.text(5);
  p.versie = r.integer(6, "versie");
  return r.done(p);
}
constexpr const char* kPersoonColumns =
    "p.id, p.regio_id, p.organisatie_id, p.naam, p.email, p.functie, p.versie";

Result<Rol> read_rol(const SqlRow& row) {
  RowReader r(row, "rollen");
  Rol rol;
  rol.id = r.integer(0, "id");
  rol.persoon_id = r.integer(1, "persoon_id");
  rol.organisatie_id = r.integer(2, "organisatie_id");
  rol.soort = r.code(3, "soort", governance::rol_soort_from_code);
  rol.periode = Periode{r.date(4, "van"), r.opt_date(5, "tot")};
  rol.uren_per_jaar = r.integer<std::int32_t>(6, "uren_per_jaar");
  rol.versie = r.integer(7, "versie");
  rol.mandaat_cents = r.opt_integer(8, "mandaat_cents");
  rol.mandaat_scope = r.integer(9, "mandaat_scope") != 0;
  return r.done(rol);
}
constexpr const char* kRolColumns =
    "r.id, r.persoon_id, r.organisatie_id, r.soort, r.van, r.tot, r.uren_per_jaar, r.versie, "
    "r.mandaat_cents, r.mandaat_scope";
// The urenperioden of this many rollen are read with one query.
constexpr std::size_t kRollenPerQuery = 500;

class SqlRegisterRepository final : public RegisterRepository, private SqlRepository {
 public:
  explicit SqlRegisterRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<Regio>> list_regios() override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kRegioColumns + " FROM regios ORDER BY naam", {}));
    return read_all(result.rows, read_regio);
  }

  Result<Regio> get_regio(Id id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kRegioColumns + " FROM regios WHERE id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("regio " + std::to_string(id));
    return read_regio(result.rows.front());
  }

  Result<Id> create_regio(const Regio& regio) override {
    return insert_returning_id(
        "INSERT INTO regios (naam, gemeenschappelijke_regeling, minimum_uren_ao, "
        "uren_per_vertegenwoordigde, minimum_uren_am_per_deelnemer, minimum_uren_am, "
        "maximum_uren_am, tolerantie_procent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        regio_params(regio));
  }

  Result<void> update_regio(const Regio& regio) override {
    SqlParams params = regio_params(regio);
    params.push_back(regio.id);
    params.push_back(regio.versie);
    return update_versioned(
        "regios", regio.id, regio.versie,
        "UPDATE regios SET naam = $1, gemeenschappelijke_regeling = $2, minimum_uren_ao = $3, "
        "uren_per_vertegenwoordigde = $4, minimum_uren_am_per_deelnemer = $5, "
        "minimum_uren_am = $6, maximum_uren_am = $7, tolerantie_procent = $8, versie = versie + 1 "
        "WHERE id = $9 AND versie = $10",
        params);
  }

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
    REGIE_ASSIGN_OR_RETURN(page.items, read_all(result.rows, read_organisatie));
    return page;
  }

  Result<Organisatie> get_organisatie(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kOrganisatieColumns +
                                                    " FROM organisaties o WHERE o.id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("organisatie " + std::to_string(id));
    return read_organisatie(result.rows.front());
  }

  Result<Id> create_organisatie(const Organisatie& org) override {
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

  Result<std::vector<Id>> list_od_organisaties(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id FROM organisaties WHERE regio_id = $1 AND soort = 'omgevingsdienst' "
                "ORDER BY id",
                {regio_id}));
    std::vector<Id> ids;
    for (const auto& row : result.rows) {
      RowReader r(row, "organisaties");
      REGIE_ASSIGN_OR_RETURN(auto id, r.done(r.integer(0, "id")));
      ids.push_back(id);
    }
    return ids;
  }

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

  Result<Id> create_deelnemerschap(const Deelnemerschap& d) override {
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
      REGIE_ASSIGN_OR_RETURN(auto persoon, read_persoon(row));
      page.items.push_back(PersoonRegel{std::move(persoon), row.text(7)});
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

  Result<Id> create_persoon(const Persoon& p) override {
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
      REGIE_ASSIGN_OR_RETURN(auto rol, read_rol(row));
      RowReader r(row, "rollen");
      REGIE_ASSIGN_OR_RETURN(auto werkgever_id, r.done(r.integer(12, "personen.organisatie_id")));
      page.items.push_back(RolRegel{rol, row.text(10), row.text(11), werkgever_id});
    }
    std::vector<Rol*> rollen;
    for (auto& regel : page.items) rollen.push_back(&regel.rol);
    REGIE_TRY(lees_urenperioden(rollen));
    return page;
  }

  Result<Rol> get_rol(Id id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kRolColumns + " FROM rollen r WHERE r.id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("rol " + std::to_string(id));
    REGIE_ASSIGN_OR_RETURN(auto rol, read_rol(result.rows.front()));
    std::vector<Rol*> rollen{&rol};
    REGIE_TRY(lees_urenperioden(rollen));
    return rol;
  }

  Result<Id> create_rol(const Rol& rol) override {
    REGIE_ASSIGN_OR_RETURN(
        Id id,
        insert_returning_id(
            "INSERT INTO rollen (persoon_id, organisatie_id, soort, van, tot, uren_per_jaar, "
            "mandaat_cents, mandaat_scope) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            {rol.persoon_id, rol.organisatie_id, std::string(code(rol.soort)),
             rol.periode.van.iso(), opt_date(rol.periode.tot), std::int64_t{rol.uren_per_jaar},
             opt_int(rol.mandaat_cents), std::int64_t{rol.mandaat_scope ? 1 : 0}}));
    REGIE_TRY(schrijf_urenperioden(id, rol));
    return id;
  }

  Result<void> update_rol(const Rol& rol) override {
    REGIE_TRY(update_versioned(
        "rollen", rol.id, rol.versie,
        "UPDATE rollen SET persoon_id = $1, organisatie_id = $2, soort = $3, van = $4, tot = $5, "
        "uren_per_jaar = $6, mandaat_cents = $7, mandaat_scope = $8, versie = versie + 1 "
        "WHERE id = $9 AND versie = $10",
        {rol.persoon_id, rol.organisatie_id, std::string(code(rol.soort)), rol.periode.van.iso(),
         opt_date(rol.periode.tot), std::int64_t{rol.uren_per_jaar}, opt_int(rol.mandaat_cents),
         std::int64_t{rol.mandaat_scope ? 1 : 0}, rol.id, rol.versie}));
    return schrijf_urenperioden(rol.id, rol);
  }

  Result<void> delete_rol(Id id, std::int64_t versie) override {
    return update_versioned("rollen", id, versie,
                            "DELETE FROM rollen WHERE id = $1 AND versie = $2", {id, versie});
  }

 private:
  // GOV-3: the rol's periods replace those stored (rol_uren; a rol without any gets one from its
  // start, governance::urenperioden_van).
  Result<void> schrijf_urenperioden(Id rol_id, const Rol& rol) {
    REGIE_TRY(c_.exec("DELETE FROM rol_uren WHERE rol_id = $1", {rol_id}));
    for (const auto& periode : governance::urenperioden_van(rol)) {
      REGIE_TRY(c_.exec("INSERT INTO rol_uren (rol_id, van, uren_per_jaar) VALUES ($1, $2, $3)",
                        {rol_id, periode.van.iso(), std::int64_t{periode.uren_per_jaar}}));
    }
    return Ok();
  }

  // Fills in the urenperioden of `rollen`, by van. Every rol has at least one (migration 010
  // gave each existing rol its own); a rol without one is corrupt.
  Result<void> lees_urenperioden(std::vector<Rol*>& rollen) {
    std::map<Id, std::vector<governance::UrenPeriode>> perioden;
    for (std::size_t begin = 0; begin < rollen.size(); begin += kRollenPerQuery) {
      const std::size_t end = std::min(rollen.size(), begin + kRollenPerQuery);
      std::vector<Id> ids;
      for (std::size_t i = begin; i < end; ++i) ids.push_back(rollen[i]->id);
      SqlParams params;
      std::string sql = "SELECT rol_id, van, uren_per_jaar FROM rol_uren WHERE " +
                        in_list("rol_id", ids, params) + " ORDER BY rol_id, van";
      REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
      for (const auto& row : result.rows) {
        RowReader r(row, "rol_uren");
        Id rol_id = r.integer(0, "rol_id");
        governance::UrenPeriode periode{r.date(1, "van"),
                                        r.integer<std::int32_t>(2, "uren_per_jaar")};
        REGIE_ASSIGN_OR_RETURN(periode, r.done(periode));
        perioden[rol_id].push_back(periode);
      }
    }
    for (Rol* rol : rollen) {
      auto it = perioden.find(rol->id);
      if (it == perioden.end()) {
        return Error::corrupt("rollen", rol->id, "rol_uren", "geen urenperiode");
      }
      rol->urenperioden = std::move(it->second);
    }
    return Ok();
  }

  Result<std::vector<Deelnemerschap>> query_deelnemerschappen(std::string_view sql, Id id) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, {id}));
    std::vector<Deelnemerschap> out;
    for (const auto& row : result.rows) {
      RowReader r(row, "deelnemerschappen");
      Deelnemerschap d;
      d.id = r.integer(0, "id");
      d.organisatie_id = r.integer(1, "organisatie_id");
      d.relatie = r.code(2, "relatie", governance::relatie_from_code);
      d.periode = Periode{r.date(3, "van"), r.opt_date(4, "tot")};
      d.versie = r.integer(5, "versie");
      REGIE_ASSIGN_OR_RETURN(d, r.done(d));
      out.push_back(d);
    }
    return out;
  }
};

}  // namespace

std::unique_ptr<RegisterRepository> make_sql_register_repository(SqlConnection& c) {
  return std::make_unique<SqlRegisterRepository>(c);
}

}  // namespace regie::store
