#include "store/sql/collectief_repository.hpp"

#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<governance::Vertegenwoordiging> read_vertegenwoordiging(const SqlRow& row) {
  RowReader r(row, "vertegenwoordigingen");
  governance::Vertegenwoordiging v;
  v.id = r.integer(0, "id");
  v.regio_id = r.integer(1, "regio_id");
  v.opdrachtgever_id = r.integer(2, "opdrachtgever_id");
  v.vertegenwoordigde_id = r.integer(3, "vertegenwoordigde_id");
  v.mandaat.verleend_door = r.opt_integer(4, "mandaat_verleend_door");
  v.mandaat.verleend_op = r.opt_date(5, "mandaat_verleend_op");
  v.mandaat.scope = row.text(6);
  if (auto van = r.opt_date(7, "mandaat_van")) {
    v.mandaat.periode = Periode{*van, r.opt_date(8, "mandaat_tot")};
  }
  v.versie = r.integer(9, "versie");
  v.omvang = r.code(10, "omvang", governance::omvang_from_code);
  return r.done(v);
}
constexpr const char* kVertegenwoordigingColumns =
    "id, regio_id, opdrachtgever_id, vertegenwoordigde_id, mandaat_verleend_door, "
    "mandaat_verleend_op, mandaat_scope, mandaat_van, mandaat_tot, versie, omvang";

SqlParams vertegenwoordiging_params(const governance::Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return {v.opdrachtgever_id,
          v.vertegenwoordigde_id,
          opt_int(m.verleend_door),
          opt_date(m.verleend_op),
          m.scope,
          m.periode ? SqlValue{m.periode->van.iso()} : SqlValue{std::monostate{}},
          m.periode ? opt_date(m.periode->tot) : SqlValue{std::monostate{}},
          std::string(code(v.omvang))};
}

class SqlCollectiefRepository final : public CollectiefRepository, private SqlRepository {
 public:
  explicit SqlCollectiefRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<governance::Vertegenwoordiging>> list_vertegenwoordigingen(
      Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string("SELECT ") + kVertegenwoordigingColumns +
                                       " FROM vertegenwoordigingen WHERE regio_id = $1 ORDER BY id",
                                   {regio_id}));
    return read_all(result.rows, read_vertegenwoordiging);
  }

  Result<governance::Vertegenwoordiging> get_vertegenwoordiging(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string("SELECT ") + kVertegenwoordigingColumns +
                                       " FROM vertegenwoordigingen WHERE id = $1",
                                   {id}));
    if (result.rows.empty()) return Error::not_found("vertegenwoordiging " + std::to_string(id));
    return read_vertegenwoordiging(result.rows.front());
  }

  Result<Id> create_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    auto params = vertegenwoordiging_params(v);
    params.emplace_back(v.regio_id);
    return insert_returning_id(
        "INSERT INTO vertegenwoordigingen (opdrachtgever_id, vertegenwoordigde_id, "
        "mandaat_verleend_door, mandaat_verleend_op, mandaat_scope, mandaat_van, mandaat_tot, "
        "omvang, regio_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
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
        "mandaat_van = $6, mandaat_tot = $7, omvang = $8, versie = versie + 1 WHERE id = $9 "
        "AND versie = $10",
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
        c_.exec("SELECT regio_id, regisseur_persoon_id, versie, regisseur_benoemd_door, "
                "regisseur_benoemd_op FROM projectgroepen WHERE regio_id = $1",
                {regio_id}));
    if (groep.rows.empty()) return std::optional<governance::Projectgroep>{};
    governance::Projectgroep pg;
    pg.regio_id = regio_id;
    RowReader r(groep.rows.front(), "projectgroepen");  // keyed by regio_id
    pg.regisseur_persoon_id = r.opt_integer(1, "regisseur_persoon_id");
    pg.versie = r.integer(2, "versie");
    pg.regisseur_benoemd_door = r.opt_integer(3, "regisseur_benoemd_door");
    pg.regisseur_benoemd_op = r.opt_date(4, "regisseur_benoemd_op");
    REGIE_ASSIGN_OR_RETURN(pg, r.done(pg));
    REGIE_ASSIGN_OR_RETURN(auto leden, c_.exec("SELECT id, persoon_id, organisatie_id FROM "
                                               "projectgroep_leden WHERE regio_id = $1 ORDER BY id",
                                               {regio_id}));
    for (const auto& row : leden.rows) {
      RowReader lid(row, "projectgroep_leden");
      governance::Projectgroep::Lid gelezen{lid.integer(1, "persoon_id"),
                                            lid.integer(2, "organisatie_id"), lid.integer(0, "id")};
      REGIE_ASSIGN_OR_RETURN(gelezen, lid.done(gelezen));
      pg.leden.push_back(gelezen);
    }
    return std::optional<governance::Projectgroep>{std::move(pg)};
  }

  Result<void> save_projectgroep(Id regio_id, const governance::RegisseurBenoeming& regisseur,
                                 std::int64_t versie) override {
    if (versie == 0) {
      REGIE_ASSIGN_OR_RETURN(auto bestaat, c_.exec("SELECT versie FROM projectgroepen WHERE "
                                                   "regio_id = $1",
                                                   {regio_id}));
      if (!bestaat.rows.empty()) return Error::stale("projectgroep bestaat al");
      REGIE_TRY(c_.exec(
          "INSERT INTO projectgroepen (regio_id, regisseur_persoon_id, regisseur_benoemd_door, "
          "regisseur_benoemd_op) VALUES ($1, $2, $3, $4)",
          {regio_id, opt_int(regisseur.persoon_id), opt_int(regisseur.benoemd_door),
           opt_date(regisseur.benoemd_op)}));
      return Ok();
    }
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("UPDATE projectgroepen SET regisseur_persoon_id = $1, "
                                   "regisseur_benoemd_door = $2, regisseur_benoemd_op = $3, "
                                   "versie = versie + 1 WHERE regio_id = $4 AND versie = $5",
                                   {opt_int(regisseur.persoon_id), opt_int(regisseur.benoemd_door),
                                    opt_date(regisseur.benoemd_op), regio_id, versie}));
    if (result.affected > 0) return Ok();
    REGIE_ASSIGN_OR_RETURN(
        auto bestaat, c_.exec("SELECT versie FROM projectgroepen WHERE regio_id = $1", {regio_id}));
    if (bestaat.rows.empty()) return Error::not_found("projectgroep");
    return Error::stale("projectgroep versie " + std::to_string(versie) + " is verouderd");
  }

  Result<Id> create_projectgroep_lid(Id regio_id,
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
};

}  // namespace

std::unique_ptr<CollectiefRepository> make_sql_collectief_repository(SqlConnection& c) {
  return std::make_unique<SqlCollectiefRepository>(c);
}

}  // namespace regie::store
