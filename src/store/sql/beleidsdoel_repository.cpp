#include "store/sql/beleidsdoel_repository.hpp"

#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

constexpr const char* kBeleidsdoelKolommen =
    "SELECT id, opdracht_id, document_id, beleidskeuzes, door, op FROM opdracht_beleidsdoelen ";

Result<opdrachten::Beleidsdoel> read_beleidsdoel(const SqlRow& row) {
  RowReader r(row, "opdracht_beleidsdoelen");
  opdrachten::Beleidsdoel b;
  b.id = r.integer(0, "id");
  b.opdracht_id = r.integer(1, "opdracht_id");
  b.document_id = r.integer(2, "document_id");
  b.beleidskeuzes = row.text(3);
  b.door = row.text(4);
  b.op = row.text(5);
  return r.done(b);
}

class SqlBeleidsdoelRepository final : public BeleidsdoelRepository, private SqlRepository {
 public:
  explicit SqlBeleidsdoelRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<Id> create(const opdrachten::Beleidsdoel& b) override {
    return insert_returning_id(
        "INSERT INTO opdracht_beleidsdoelen (opdracht_id, document_id, beleidskeuzes, door, op) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {b.opdracht_id, b.document_id, b.beleidskeuzes, b.door, b.op});
  }

  Result<void> remove(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("DELETE FROM opdracht_beleidsdoelen WHERE id = $1", {id}));
    if (result.affected == 0) return Error::not_found("beleidsdoel " + std::to_string(id));
    return Ok();
  }

  Result<std::vector<opdrachten::Beleidsdoel>> list(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string(kBeleidsdoelKolommen) +
                                                    "WHERE opdracht_id = $1 ORDER BY id",
                                                {opdracht_id}));
    return read_all(result.rows, read_beleidsdoel);
  }

  Result<std::vector<opdrachten::Beleidsdoel>> list_voor_document(Id document_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string(kBeleidsdoelKolommen) +
                                                    "WHERE document_id = $1 ORDER BY id",
                                                {document_id}));
    return read_all(result.rows, read_beleidsdoel);
  }
};

}  // namespace

std::unique_ptr<BeleidsdoelRepository> make_sql_beleidsdoel_repository(SqlConnection& c) {
  return std::make_unique<SqlBeleidsdoelRepository>(c);
}

}  // namespace regie::store
