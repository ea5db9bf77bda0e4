#include "store/sql/koppeling_repository.hpp"

#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<programma::Programmakoppeling> read_koppeling(const SqlRow& row) {
  RowReader r(row, "programmakoppelingen");
  programma::Programmakoppeling k;
  k.id = r.integer(0, "id");
  k.opdracht_id = r.integer(1, "opdracht_id");
  k.regel.productcode = row.text(2);
  k.regel.deelnemer_id = r.opt_integer(3, "deelnemer_id").value_or(0);
  k.door = row.text(4);
  k.op = row.text(5);
  return r.done(k);
}

class SqlKoppelingRepository final : public KoppelingRepository, private SqlRepository {
 public:
  explicit SqlKoppelingRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<programma::Programmakoppeling>> list(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT id, opdracht_id, productcode, deelnemer_id, door, op "
                                   "FROM programmakoppelingen WHERE opdracht_id = $1 "
                                   "ORDER BY productcode, COALESCE(deelnemer_id, 0)",
                                   {opdracht_id}));
    return read_all(result.rows, read_koppeling);
  }

  Result<std::vector<programma::Programmakoppeling>> list_regio(Id regio_id,
                                                                std::int32_t jaar) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT k.id, k.opdracht_id, k.productcode, k.deelnemer_id, k.door, k.op "
                "FROM programmakoppelingen k JOIN opdrachten o ON o.id = k.opdracht_id "
                "WHERE o.regio_id = $1 AND o.jaar = $2 "
                "ORDER BY k.opdracht_id, k.productcode, COALESCE(k.deelnemer_id, 0)",
                {regio_id, std::int64_t{jaar}}));
    return read_all(result.rows, read_koppeling);
  }

  Result<void> vervang(Id opdracht_id, std::int64_t versie,
                       const std::vector<programma::Programmakoppeling>& nieuw) override {
    REGIE_ASSIGN_OR_RETURN(auto bestaand, list(opdracht_id));
    if (koppelversie(bestaand) != versie) {
      return Error::stale("programmakoppelingen van opdracht " + std::to_string(opdracht_id));
    }
    REGIE_TRY(c_.exec("DELETE FROM programmakoppelingen WHERE opdracht_id = $1", {opdracht_id}));
    for (const auto& k : nieuw) {
      REGIE_TRY(insert_returning_id(
          "INSERT INTO programmakoppelingen (opdracht_id, productcode, deelnemer_id, door, op) "
          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
          {opdracht_id, k.regel.productcode,
           k.regel.deelnemer_id == 0 ? SqlValue{} : SqlValue{k.regel.deelnemer_id}, k.door, k.op}));
    }
    return Ok();
  }
};

}  // namespace

std::unique_ptr<KoppelingRepository> make_sql_koppeling_repository(SqlConnection& c) {
  return std::make_unique<SqlKoppelingRepository>(c);
}

}  // namespace regie::store
