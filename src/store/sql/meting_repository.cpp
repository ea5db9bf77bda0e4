#include "store/sql/meting_repository.hpp"

#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

using monitoring::Indicatormeting;
using monitoring::Procesmeting;

Result<Indicatormeting> lees_indicatormeting(const SqlRow& row) {
  RowReader r(row, "indicatormetingen");
  Indicatormeting m;
  m.id = r.integer(0, "id");
  m.regio_id = r.integer(1, "regio_id");
  m.jaar = r.integer<std::int32_t>(2, "jaar");
  m.doel_nummer = r.integer(3, "doel_nummer");
  m.indicator = row.text(4);
  m.peildatum = r.date(5, "peildatum");
  m.waarde = r.integer(6, "waarde");
  m.toelichting = row.text(7);
  m.door = row.text(8);
  m.op = row.text(9);
  return r.done(m);
}

Result<Procesmeting> lees_procesmeting(const SqlRow& row) {
  RowReader r(row, "procesmetingen");
  Procesmeting m;
  m.id = r.integer(0, "id");
  m.regio_id = r.integer(1, "regio_id");
  m.deelnemer_id = r.integer(2, "deelnemer_id");
  m.maat = r.code(3, "maat", monitoring::procesmaat_from_code);
  m.maand = r.integer<monitoring::Maand>(4, "maand");
  m.waarde = r.integer(5, "waarde");
  m.toelichting = row.text(6);
  m.door = row.text(7);
  m.op = row.text(8);
  return r.done(m);
}

class SqlMetingRepository final : public MetingRepository, private SqlRepository {
 public:
  explicit SqlMetingRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<Id> create_indicatormeting(const Indicatormeting& m) override {
    return insert_returning_id(
        "INSERT INTO indicatormetingen (regio_id, jaar, doel_nummer, indicator, peildatum, waarde, "
        "toelichting, door, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {m.regio_id, std::int64_t{m.jaar}, m.doel_nummer, m.indicator, m.peildatum.iso(), m.waarde,
         m.toelichting, m.door, m.op});
  }

  Result<Indicatormeting> get_indicatormeting(Id id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, regio_id, jaar, doel_nummer, indicator, peildatum, waarde, "
                "toelichting, door, op FROM indicatormetingen WHERE id = $1",
                {id}));
    if (result.rows.empty()) return Error::not_found("indicatormeting " + std::to_string(id));
    return lees_indicatormeting(result.rows.front());
  }

  Result<void> delete_indicatormeting(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("DELETE FROM indicatormetingen WHERE id = $1", {id}));
    if (result.affected == 0) return Error::not_found("indicatormeting " + std::to_string(id));
    return Ok();
  }

  Result<std::vector<Indicatormeting>> indicatormetingen(Id regio_id, std::int32_t jaar) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, regio_id, jaar, doel_nummer, indicator, peildatum, waarde, "
                "toelichting, door, op FROM indicatormetingen WHERE regio_id = $1 AND jaar = $2 "
                "ORDER BY peildatum, id",
                {regio_id, std::int64_t{jaar}}));
    return read_all(result.rows, lees_indicatormeting);
  }

  Result<Id> create_procesmeting(const Procesmeting& m) override {
    return insert_returning_id(
        "INSERT INTO procesmetingen (regio_id, deelnemer_id, maat, maand, waarde, toelichting, "
        "door, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {m.regio_id, m.deelnemer_id, std::string(code(m.maat)), std::int64_t{m.maand}, m.waarde,
         m.toelichting, m.door, m.op});
  }

  Result<Procesmeting> get_procesmeting(Id id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, regio_id, deelnemer_id, maat, maand, waarde, toelichting, door, op "
                "FROM procesmetingen WHERE id = $1",
                {id}));
    if (result.rows.empty()) return Error::not_found("procesmeting " + std::to_string(id));
    return lees_procesmeting(result.rows.front());
  }

  Result<void> delete_procesmeting(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("DELETE FROM procesmetingen WHERE id = $1", {id}));
    if (result.affected == 0) return Error::not_found("procesmeting " + std::to_string(id));
    return Ok();
  }

  Result<std::vector<Procesmeting>> procesmetingen(Id regio_id, monitoring::Maand van,
                                                   monitoring::Maand tot) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, regio_id, deelnemer_id, maat, maand, waarde, toelichting, door, op "
                "FROM procesmetingen WHERE regio_id = $1 AND maand BETWEEN $2 AND $3 "
                "ORDER BY maand, id",
                {regio_id, std::int64_t{van}, std::int64_t{tot}}));
    return read_all(result.rows, lees_procesmeting);
  }
};

}  // namespace

std::unique_ptr<MetingRepository> make_sql_meting_repository(SqlConnection& c) {
  return std::make_unique<SqlMetingRepository>(c);
}

}  // namespace regie::store
