#include "store/sql/catalogus_repository.hpp"

#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

using programma::Product;
using programma::Verdeelsleutel;

constexpr const char* kProductKolommen =
    "SELECT id, regio_id, jaar, code, naam, taakveld, taak, afrekenwijze, normuren, "
    "uurtarief_cents, verdeelsleutel, versie FROM producten ";
constexpr const char* kSleutelKolommen =
    "SELECT id, regio_id, jaar, code, naam, soort, eenheid, versie FROM verdeelsleutels ";

Result<Product> read_product(const SqlRow& row) {
  RowReader r(row, "producten");
  Product p;
  p.id = r.integer(0, "id");
  p.regio_id = r.integer(1, "regio_id");
  p.jaar = r.integer<std::int32_t>(2, "jaar");
  p.code = row.text(3);
  p.naam = row.text(4);
  p.taakveld = row.text(5);
  p.taak = r.code(6, "taak", programma::taak_from_code);
  p.afrekenwijze = r.code(7, "afrekenwijze", programma::afrekenwijze_from_code);
  p.normuren = r.integer(8, "normuren");
  p.uurtarief_cents = r.integer(9, "uurtarief_cents");
  p.verdeelsleutel = row.text(10);
  p.versie = r.integer(11, "versie");
  return r.done(p);
}

SqlParams product_params(const Product& p) {
  return {p.code,
          p.naam,
          p.taakveld,
          std::string(programma::code(p.taak)),
          std::string(programma::code(p.afrekenwijze)),
          p.normuren,
          p.uurtarief_cents,
          p.verdeelsleutel};
}

class SqlCatalogusRepository final : public CatalogusRepository, private SqlRepository {
 public:
  explicit SqlCatalogusRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<Product>> list_producten(Id regio_id, std::int32_t jaar) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec(std::string(kProductKolommen) +
                                 "WHERE regio_id = $1 AND jaar = $2 ORDER BY taakveld, code, id",
                             {regio_id, std::int64_t{jaar}}));
    return read_all(result.rows, read_product);
  }

  Result<Product> get_product(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string(kProductKolommen) + "WHERE id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("product " + std::to_string(id));
    return read_product(result.rows.front());
  }

  Result<Id> create_product(const Product& p) override {
    SqlParams params = product_params(p);
    params.insert(params.begin(), {p.regio_id, std::int64_t{p.jaar}});
    return insert_returning_id(
        "INSERT INTO producten (regio_id, jaar, code, naam, taakveld, taak, afrekenwijze, "
        "normuren, uurtarief_cents, verdeelsleutel, versie) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) RETURNING id",
        params);
  }

  Result<void> update_product(const Product& p) override {
    SqlParams params = product_params(p);
    params.push_back(p.id);
    params.push_back(p.versie);
    return update_versioned(
        "producten", p.id, p.versie,
        "UPDATE producten SET code = $1, naam = $2, taakveld = $3, taak = $4, afrekenwijze = $5, "
        "normuren = $6, uurtarief_cents = $7, verdeelsleutel = $8, versie = versie + 1 "
        "WHERE id = $9 AND versie = $10",
        params);
  }

  Result<void> delete_product(Id id, std::int64_t versie) override {
    return update_versioned("producten", id, versie,
                            "DELETE FROM producten WHERE id = $1 AND versie = $2", {id, versie});
  }

  Result<std::vector<CatalogusJaar>> list_jaren(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT jaar, COUNT(*) FROM producten WHERE regio_id = $1 "
                                   "GROUP BY jaar ORDER BY jaar DESC",
                                   {regio_id}));
    std::vector<CatalogusJaar> out;
    out.reserve(result.rows.size());
    for (const auto& row : result.rows) {
      RowReader r(row, "producten");
      CatalogusJaar j;
      j.jaar = r.integer<std::int32_t>(0, "jaar");
      j.producten = r.integer(1, "count");
      REGIE_ASSIGN_OR_RETURN(auto gelezen, r.done(j));
      out.push_back(gelezen);
    }
    return out;
  }

  Result<std::vector<Verdeelsleutel>> list_sleutels(Id regio_id, std::int32_t jaar) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string(kSleutelKolommen) + "WHERE regio_id = $1 AND jaar = $2 ORDER BY code",
                {regio_id, std::int64_t{jaar}}));
    std::vector<Verdeelsleutel> out;
    out.reserve(result.rows.size());
    for (const auto& row : result.rows) {
      REGIE_ASSIGN_OR_RETURN(auto sleutel, read_sleutel(row));
      out.push_back(std::move(sleutel));
    }
    return out;
  }

  Result<Verdeelsleutel> get_sleutel(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string(kSleutelKolommen) + "WHERE id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("verdeelsleutel " + std::to_string(id));
    return read_sleutel(result.rows.front());
  }

  Result<Id> create_sleutel(const Verdeelsleutel& k) override {
    REGIE_ASSIGN_OR_RETURN(
        auto id,
        insert_returning_id("INSERT INTO verdeelsleutels (regio_id, jaar, code, naam, soort, "
                            "eenheid, versie) VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id",
                            {k.regio_id, std::int64_t{k.jaar}, k.code, k.naam,
                             std::string(programma::code(k.soort)), k.eenheid}));
    REGIE_TRY(schrijf_aandelen(id, k.aandelen));
    return id;
  }

  Result<void> update_sleutel(const Verdeelsleutel& k) override {
    REGIE_TRY(update_versioned("verdeelsleutels", k.id, k.versie,
                               "UPDATE verdeelsleutels SET naam = $1, eenheid = $2, "
                               "versie = versie + 1 WHERE id = $3 AND versie = $4",
                               {k.naam, k.eenheid, k.id, k.versie}));
    REGIE_TRY(c_.exec("DELETE FROM verdeelsleutel_aandelen WHERE verdeelsleutel_id = $1", {k.id}));
    return schrijf_aandelen(k.id, k.aandelen);
  }

  Result<void> delete_sleutel(Id id, std::int64_t versie) override {
    return update_versioned("verdeelsleutels", id, versie,
                            "DELETE FROM verdeelsleutels WHERE id = $1 AND versie = $2",
                            {id, versie});
  }

 private:
  // A key with its aandelen in the order they were stored.
  Result<Verdeelsleutel> read_sleutel(const SqlRow& row) {
    RowReader r(row, "verdeelsleutels");
    Verdeelsleutel k;
    k.id = r.integer(0, "id");
    k.regio_id = r.integer(1, "regio_id");
    k.jaar = r.integer<std::int32_t>(2, "jaar");
    k.code = row.text(3);
    k.naam = row.text(4);
    k.soort = r.code(5, "soort", programma::sleutel_soort_from_code);
    k.eenheid = row.text(6);
    k.versie = r.integer(7, "versie");
    REGIE_ASSIGN_OR_RETURN(auto sleutel, r.done(k));
    REGIE_ASSIGN_OR_RETURN(auto aandelen,
                           c_.exec("SELECT id, organisatie_id, gewicht FROM "
                                   "verdeelsleutel_aandelen WHERE verdeelsleutel_id = $1 "
                                   "ORDER BY id",
                                   {sleutel.id}));
    sleutel.aandelen.reserve(aandelen.rows.size());
    for (const auto& a : aandelen.rows) {
      RowReader ar(a, "verdeelsleutel_aandelen");
      programma::Aandeel aandeel{ar.integer(1, "organisatie_id"), ar.integer(2, "gewicht")};
      REGIE_ASSIGN_OR_RETURN(auto gelezen, ar.done(aandeel));
      sleutel.aandelen.push_back(gelezen);
    }
    return sleutel;
  }

  Result<void> schrijf_aandelen(Id sleutel_id, const std::vector<programma::Aandeel>& aandelen) {
    for (const auto& a : aandelen) {
      REGIE_TRY(
          c_.exec("INSERT INTO verdeelsleutel_aandelen (verdeelsleutel_id, organisatie_id, "
                  "gewicht) VALUES ($1, $2, $3)",
                  {sleutel_id, a.organisatie_id, a.gewicht}));
    }
    return Ok();
  }
};

}  // namespace

std::unique_ptr<CatalogusRepository> make_sql_catalogus_repository(SqlConnection& c) {
  return std::make_unique<SqlCatalogusRepository>(c);
}

}  // namespace regie::store
