#include "store/sql/signaal_repository.hpp"

#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

constexpr const char* kSignaalColumns =
    "s.id, s.opdracht_id, s.soort, s.wat, s.impact, s.maatregel, s.gemeld_door, s.gemeld_op, "
    "s.status, s.afhandeling, s.afgehandeld_door, s.afgehandeld_op, s.versie, "
    "s.afgehandeld_namens";

Result<opdrachten::Signaal> read_signaal(const SqlRow& row) {
  RowReader r(row, "opdracht_signalen");
  opdrachten::Signaal s;
  s.id = r.integer(0, "id");
  s.opdracht_id = r.integer(1, "opdracht_id");
  s.soort = r.code(2, "soort", opdrachten::signaal_soort_from_code);
  s.wat = row.text(3);
  s.impact = row.text(4);
  s.maatregel = row.text(5);
  s.gemeld_door = row.text(6);
  s.gemeld_op = row.text(7);
  s.status = r.code(8, "status", opdrachten::signaal_status_from_code);
  s.afhandeling = row.text(9);
  s.afgehandeld_door = row.text(10);
  s.afgehandeld_op = row.text(11);
  s.versie = r.integer(12, "versie");
  s.afgehandeld_namens = row.text(13);
  return r.done(s);
}

class SqlSignaalRepository final : public SignaalRepository, private SqlRepository {
 public:
  explicit SqlSignaalRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<Id> create(const opdrachten::Signaal& s) override {
    return insert_returning_id(
        "INSERT INTO opdracht_signalen (opdracht_id, soort, wat, impact, maatregel, gemeld_door, "
        "gemeld_op, status, afhandeling, afgehandeld_door, afgehandeld_op, afgehandeld_namens) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        {s.opdracht_id, std::string(code(s.soort)), s.wat, s.impact, s.maatregel, s.gemeld_door,
         s.gemeld_op, std::string(code(s.status)), s.afhandeling, s.afgehandeld_door,
         s.afgehandeld_op, s.afgehandeld_namens});
  }

  Result<void> update(const opdrachten::Signaal& s) override {
    return update_versioned(
        "opdracht_signalen", s.id, s.versie,
        "UPDATE opdracht_signalen SET status = $1, afhandeling = $2, afgehandeld_door = $3, "
        "afgehandeld_op = $4, afgehandeld_namens = $5, versie = versie + 1 WHERE id = $6 AND "
        "versie = $7",
        {std::string(code(s.status)), s.afhandeling, s.afgehandeld_door, s.afgehandeld_op,
         s.afgehandeld_namens, s.id, s.versie});
  }

  Result<opdrachten::Signaal> get(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kSignaalColumns +
                                                    " FROM opdracht_signalen s WHERE s.id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("signaal " + std::to_string(id));
    return read_signaal(result.rows.front());
  }

  Result<std::vector<opdrachten::Signaal>> list(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec(std::string("SELECT ") + kSignaalColumns +
                                 " FROM opdracht_signalen s WHERE s.opdracht_id = $1 ORDER BY s.id",
                             {opdracht_id}));
    return read_all(result.rows, read_signaal);
  }

  Result<std::vector<opdrachten::Signaal>> list_open(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kSignaalColumns +
                    " FROM opdracht_signalen s JOIN opdrachten o ON o.id = s.opdracht_id WHERE "
                    "o.regio_id = $1 AND s.status = 'open' ORDER BY s.id",
                {regio_id}));
    return read_all(result.rows, read_signaal);
  }
};

}  // namespace

std::unique_ptr<SignaalRepository> make_sql_signaal_repository(SqlConnection& c) {
  return std::make_unique<SqlSignaalRepository>(c);
}

}  // namespace regie::store
