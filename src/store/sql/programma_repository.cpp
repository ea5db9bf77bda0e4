#include "store/sql/programma_repository.hpp"

#include <map>
#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

using programma::Doel;
using programma::Indicator;
using programma::Programmaregel;
using programma::Uitvoeringsprogramma;

constexpr const char* kProgrammaKolommen =
    "SELECT id, regio_id, jaar, tot_jaar, versienummer, titel, status, vastgesteld_door, "
    "vastgesteld_op, reden_bijstelling, versie FROM uitvoeringsprogrammas ";

Result<Uitvoeringsprogramma> read_programma(const SqlRow& row) {
  RowReader r(row, "uitvoeringsprogrammas");
  Uitvoeringsprogramma p;
  p.id = r.integer(0, "id");
  p.regio_id = r.integer(1, "regio_id");
  p.jaar = r.integer<std::int32_t>(2, "jaar");
  p.tot_jaar = r.integer<std::int32_t>(3, "tot_jaar");
  p.versienummer = r.integer<std::int32_t>(4, "versienummer");
  p.titel = row.text(5);
  p.status = r.code(6, "status", programma::programma_status_from_code);
  if (!row.is_null(7)) {
    p.vastgesteld_door = r.code(7, "vastgesteld_door", beleidscyclus::orgaan_from_code);
  }
  p.vastgesteld_op = r.opt_date(8, "vastgesteld_op");
  p.reden_bijstelling = row.text(9);
  p.versie = r.integer(10, "versie");
  return r.done(p);
}

SqlParams kop_params(const Uitvoeringsprogramma& p) {
  return {std::int64_t{p.tot_jaar},
          std::int64_t{p.versienummer},
          p.titel,
          std::string(programma::code(p.status)),
          p.vastgesteld_door ? SqlValue{std::string(beleidscyclus::code(*p.vastgesteld_door))}
                             : SqlValue{},
          opt_date(p.vastgesteld_op),
          p.reden_bijstelling};
}

class SqlProgrammaRepository final : public ProgrammaRepository, private SqlRepository {
 public:
  explicit SqlProgrammaRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<Uitvoeringsprogramma>> list_programmas(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string(kProgrammaKolommen) +
                                       "WHERE regio_id = $1 ORDER BY jaar DESC, versienummer DESC",
                                   {regio_id}));
    REGIE_ASSIGN_OR_RETURN(auto out, read_all(result.rows, read_programma));
    for (auto& p : out) REGIE_TRY(lees_delen(p));
    return out;
  }

  Result<Uitvoeringsprogramma> get_programma(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string(kProgrammaKolommen) + "WHERE id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("uitvoeringsprogramma " + std::to_string(id));
    REGIE_ASSIGN_OR_RETURN(auto p, read_programma(result.rows.front()));
    REGIE_TRY(lees_delen(p));
    return p;
  }

  Result<Id> create_programma(const Uitvoeringsprogramma& p) override {
    SqlParams params = kop_params(p);
    params.insert(params.begin(), {p.regio_id, std::int64_t{p.jaar}});
    REGIE_ASSIGN_OR_RETURN(
        auto id, insert_returning_id(
                     "INSERT INTO uitvoeringsprogrammas (regio_id, jaar, tot_jaar, versienummer, "
                     "titel, status, vastgesteld_door, vastgesteld_op, reden_bijstelling, versie) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id",
                     params));
    REGIE_TRY(schrijf_delen(id, p));
    return id;
  }

  Result<void> update_programma(const Uitvoeringsprogramma& p) override {
    SqlParams params = kop_params(p);
    params.push_back(p.id);
    params.push_back(p.versie);
    REGIE_TRY(update_versioned(
        "uitvoeringsprogrammas", p.id, p.versie,
        "UPDATE uitvoeringsprogrammas SET tot_jaar = $1, versienummer = $2, titel = $3, "
        "status = $4, vastgesteld_door = $5, vastgesteld_op = $6, reden_bijstelling = $7, "
        "versie = versie + 1 WHERE id = $8 AND versie = $9",
        params));
    REGIE_TRY(c_.exec("DELETE FROM programmaregels WHERE programma_id = $1", {p.id}));
    REGIE_TRY(c_.exec("DELETE FROM programma_doelen WHERE programma_id = $1", {p.id}));
    return schrijf_delen(p.id, p);
  }

 private:
  Result<void> lees_delen(Uitvoeringsprogramma& p) {
    REGIE_ASSIGN_OR_RETURN(auto doelen,
                           c_.exec("SELECT id, nummer, titel, beoogd_effect FROM programma_doelen "
                                   "WHERE programma_id = $1 ORDER BY nummer",
                                   {p.id}));
    p.doelen.clear();
    p.doelen.reserve(doelen.rows.size());
    for (const auto& row : doelen.rows) {
      RowReader r(row, "programma_doelen");
      Doel d;
      const Id doel_id = r.integer(0, "id");
      d.nummer = r.integer(1, "nummer");
      d.titel = row.text(2);
      d.beoogd_effect = row.text(3);
      REGIE_ASSIGN_OR_RETURN(auto doel, r.done(d));
      REGIE_ASSIGN_OR_RETURN(auto ind,
                             c_.exec("SELECT id, naam, eenheid, nulwaarde, streefwaarde, "
                                     "meetmethode FROM programma_indicatoren WHERE doel_id = $1 "
                                     "ORDER BY id",
                                     {doel_id}));
      doel.indicatoren.reserve(ind.rows.size());
      for (const auto& irow : ind.rows) {
        RowReader ir(irow, "programma_indicatoren");
        Indicator i;
        i.naam = irow.text(1);
        i.eenheid = irow.text(2);
        i.nulwaarde = ir.integer(3, "nulwaarde");
        i.streefwaarde = ir.integer(4, "streefwaarde");
        i.meetmethode = irow.text(5);
        REGIE_ASSIGN_OR_RETURN(auto gelezen, ir.done(i));
        doel.indicatoren.push_back(std::move(gelezen));
      }
      p.doelen.push_back(std::move(doel));
    }
    REGIE_ASSIGN_OR_RETURN(auto regels,
                           c_.exec("SELECT id, productcode, deelnemer_id, aantal, uren, "
                                   "bedrag_cents, reden, doel FROM programmaregels "
                                   "WHERE programma_id = $1 ORDER BY id",
                                   {p.id}));
    p.regels.clear();
    p.regels.reserve(regels.rows.size());
    for (const auto& row : regels.rows) {
      RowReader r(row, "programmaregels");
      Programmaregel g;
      g.productcode = row.text(1);
      g.deelnemer_id = r.opt_integer(2, "deelnemer_id").value_or(0);
      g.aantal = r.integer(3, "aantal");
      g.uren = r.integer(4, "uren");
      g.bedrag_cents = r.opt_integer(5, "bedrag_cents");
      g.reden = row.text(6);
      g.doel = r.integer(7, "doel");
      REGIE_ASSIGN_OR_RETURN(auto gelezen, r.done(g));
      p.regels.push_back(std::move(gelezen));
    }
    return Ok();
  }

  Result<void> schrijf_delen(Id id, const Uitvoeringsprogramma& p) {
    for (const auto& d : p.doelen) {
      REGIE_ASSIGN_OR_RETURN(
          auto doel_id,
          insert_returning_id("INSERT INTO programma_doelen (programma_id, nummer, titel, "
                              "beoogd_effect) VALUES ($1, $2, $3, $4) RETURNING id",
                              {id, d.nummer, d.titel, d.beoogd_effect}));
      for (const auto& i : d.indicatoren) {
        REGIE_TRY(
            c_.exec("INSERT INTO programma_indicatoren (doel_id, naam, eenheid, nulwaarde, "
                    "streefwaarde, meetmethode) VALUES ($1, $2, $3, $4, $5, $6)",
                    {doel_id, i.naam, i.eenheid, i.nulwaarde, i.streefwaarde, i.meetmethode}));
      }
    }
    for (const auto& g : p.regels) {
      REGIE_TRY(c_.exec(
          "INSERT INTO programmaregels (programma_id, productcode, deelnemer_id, aantal, uren, "
          "bedrag_cents, reden, doel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          {id, g.productcode, g.deelnemer_id == 0 ? SqlValue{} : SqlValue{g.deelnemer_id}, g.aantal,
           g.uren, opt_int(g.bedrag_cents), g.reden, g.doel}));
    }
    return Ok();
  }
};

}  // namespace

std::unique_ptr<ProgrammaRepository> make_sql_programma_repository(SqlConnection& c) {
  return std::make_unique<SqlProgrammaRepository>(c);
}

}  // namespace regie::store
