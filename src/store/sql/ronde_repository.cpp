#include "store/sql/ronde_repository.hpp"

#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<beleidscyclus::Ronde> read_ronde(const SqlRow& row) {
  RowReader r(row, "cyclus_rondes");
  beleidscyclus::Ronde o;
  o.id = r.integer(0, "id");
  o.stap_id = r.integer(1, "stap_id");
  o.periode = row.text(2);
  o.status = r.code(3, "status", beleidscyclus::status_from_code);
  o.gepland_begin = r.opt_date(4, "gepland_begin");
  o.gepland_eind = r.opt_date(5, "gepland_eind");
  o.oorspronkelijk_eind = r.opt_date(6, "oorspronkelijk_eind");
  o.werkelijk_begin = r.opt_date(7, "werkelijk_begin");
  o.werkelijk_eind = r.opt_date(8, "werkelijk_eind");
  o.eigenaar_persoon_id = r.opt_integer(9, "eigenaar_persoon_id");
  o.afgesloten = row.text(10);
  o.door = row.text(11);
  return r.done(o);
}

Result<beleidscyclus::Planwijziging> read_planwijziging(const SqlRow& row) {
  RowReader r(row, "cyclus_planwijzigingen");
  beleidscyclus::Planwijziging p;
  p.id = r.integer(0, "id");
  p.stap_id = r.integer(1, "stap_id");
  p.periode = row.text(2);
  p.van = r.opt_date(3, "van");
  p.naar = r.opt_date(4, "naar");
  p.reden = row.text(5);
  p.door = row.text(6);
  p.tijdstip = row.text(7);
  return r.done(p);
}

class SqlRondeRepository final : public RondeRepository, private SqlRepository {
 public:
  explicit SqlRondeRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<beleidscyclus::Ronde>> list_rondes(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, stap_id, periode, status, gepland_begin, gepland_eind, "
                "oorspronkelijk_eind, werkelijk_begin, werkelijk_eind, eigenaar_persoon_id, "
                "afgesloten, door FROM cyclus_rondes WHERE stap_id = $1 ORDER BY periode, id",
                {stap_id}));
    return read_all(result.rows, read_ronde);
  }

  Result<Id> create_ronde(const beleidscyclus::Ronde& o) override {
    return insert_returning_id(
        "INSERT INTO cyclus_rondes (stap_id, periode, status, gepland_begin, gepland_eind, "
        "oorspronkelijk_eind, werkelijk_begin, werkelijk_eind, eigenaar_persoon_id, afgesloten, "
        "door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {o.stap_id, o.periode, std::string(code(o.status)), opt_date(o.gepland_begin),
         opt_date(o.gepland_eind), opt_date(o.oorspronkelijk_eind), opt_date(o.werkelijk_begin),
         opt_date(o.werkelijk_eind), opt_int(o.eigenaar_persoon_id), o.afgesloten, o.door});
  }

  Result<std::vector<beleidscyclus::Planwijziging>> list_planwijzigingen(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec("SELECT id, stap_id, periode, van, naar, reden, door, tijdstip FROM "
                             "cyclus_planwijzigingen WHERE stap_id = $1 ORDER BY id",
                             {stap_id}));
    return read_all(result.rows, read_planwijziging);
  }

  Result<Id> create_planwijziging(const beleidscyclus::Planwijziging& p) override {
    return insert_returning_id(
        "INSERT INTO cyclus_planwijzigingen (stap_id, periode, van, naar, reden, door, tijdstip) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {p.stap_id, p.periode, opt_date(p.van), opt_date(p.naar), p.reden, p.door, p.tijdstip});
  }
};

}  // namespace

std::unique_ptr<RondeRepository> make_sql_ronde_repository(SqlConnection& c) {
  return std::make_unique<SqlRondeRepository>(c);
}

}  // namespace regie::store
