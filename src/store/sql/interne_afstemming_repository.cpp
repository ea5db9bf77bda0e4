#include "store/sql/interne_afstemming_repository.hpp"

#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<opdrachten::InterneAfstemming> read_afstemming(const SqlRow& row) {
  RowReader r(row, "interne_afstemmingen");
  opdrachten::InterneAfstemming a;
  a.id = r.integer(0, "id");
  a.opdracht_id = r.integer(1, "opdracht_id");
  a.teams = row.text(2);
  a.capaciteit = row.text(3);
  a.effecten = row.text(4);
  a.uitkomst = r.code(5, "uitkomst", opdrachten::uitkomst_from_code);
  a.toelichting = row.text(6);
  a.door = row.text(7);
  a.op = row.text(8);
  return r.done(a);
}

class SqlInterneAfstemmingRepository final : public InterneAfstemmingRepository,
                                             private SqlRepository {
 public:
  explicit SqlInterneAfstemmingRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<Id> create(const opdrachten::InterneAfstemming& a) override {
    return insert_returning_id(
        "INSERT INTO interne_afstemmingen (opdracht_id, teams, capaciteit, effecten, uitkomst, "
        "toelichting, door, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {a.opdracht_id, a.teams, a.capaciteit, a.effecten, std::string(code(a.uitkomst)),
         a.toelichting, a.door, a.op});
  }

  Result<std::vector<opdrachten::InterneAfstemming>> list(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, opdracht_id, teams, capaciteit, effecten, uitkomst, toelichting, door, "
                "op FROM interne_afstemmingen WHERE opdracht_id = $1 ORDER BY op, id",
                {opdracht_id}));
    return read_all(result.rows, read_afstemming);
  }
};

}  // namespace

std::unique_ptr<InterneAfstemmingRepository> make_sql_interne_afstemming_repository(
    SqlConnection& c) {
  return std::make_unique<SqlInterneAfstemmingRepository>(c);
}

}  // namespace regie::store
