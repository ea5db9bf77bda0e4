#include "store/sql/cyclus_repository.hpp"

#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<beleidscyclus::Stap> read_cyclusstap(const SqlRow& row) {
  RowReader r(row, "cyclusstappen");
  beleidscyclus::Stap s;
  s.id = r.integer(0, "id");
  s.regio_id = r.integer(1, "regio_id");
  s.code = r.code(2, "code", beleidscyclus::stap_code_from_code);
  s.volgorde = r.integer<int>(3, "volgorde");
  s.naam = row.text(4);
  s.periode = row.text(5);
  s.status = r.code(6, "status", beleidscyclus::status_from_code);
  s.gepland_begin = r.opt_date(7, "gepland_begin");
  s.gepland_eind = r.opt_date(8, "gepland_eind");
  s.werkelijk_begin = r.opt_date(9, "werkelijk_begin");
  s.werkelijk_eind = r.opt_date(10, "werkelijk_eind");
  s.eigenaar_persoon_id = r.opt_integer(11, "eigenaar_persoon_id");
  s.versie = r.integer(12, "versie");
  s.oorspronkelijk_eind = r.opt_date(13, "oorspronkelijk_eind");
  return r.done(s);
}
constexpr const char* kCyclusstapColumns =
    "id, regio_id, code, volgorde, naam, periode, status, gepland_begin, gepland_eind, "
    "werkelijk_begin, werkelijk_eind, eigenaar_persoon_id, versie, oorspronkelijk_eind";

Result<beleidscyclus::Evaluatieconclusie> read_evaluatieconclusie(const SqlRow& row) {
  RowReader r(row, "evaluatieconclusies");
  beleidscyclus::Evaluatieconclusie e;
  e.id = r.integer(0, "id");
  e.regio_id = r.integer(1, "regio_id");
  e.stap_id = r.integer(2, "stap_id");
  e.periode = row.text(3);
  e.tekst = row.text(4);
  e.datum = r.date(5, "datum");
  e.raakt_stap_id = r.integer(6, "raakt_stap_id");
  e.raakt_periode = row.text(7);
  e.door = row.text(8);
  return r.done(e);
}

class SqlCyclusRepository final : public CyclusRepository, private SqlRepository {
 public:
  explicit SqlCyclusRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<beleidscyclus::Stap>> list_stappen(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string("SELECT ") + kCyclusstapColumns +
                                       " FROM cyclusstappen WHERE regio_id = $1 ORDER BY "
                                       "volgorde, id",
                                   {regio_id}));
    return read_all(result.rows, read_cyclusstap);
  }

  Result<beleidscyclus::Stap> get_stap(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kCyclusstapColumns +
                                                    " FROM cyclusstappen WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("cyclusstap " + std::to_string(id));
    return read_cyclusstap(result.rows.front());
  }

  Result<Id> create_stap(const beleidscyclus::Stap& s) override {
    return insert_returning_id(
        "INSERT INTO cyclusstappen (regio_id, code, volgorde, naam, periode, status, "
        "gepland_begin, gepland_eind, werkelijk_begin, werkelijk_eind, eigenaar_persoon_id, "
        "oorspronkelijk_eind) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
        "RETURNING id",
        {s.regio_id, std::string(code(s.code)), std::int64_t{s.volgorde}, s.naam, s.periode,
         std::string(code(s.status)), opt_date(s.gepland_begin), opt_date(s.gepland_eind),
         opt_date(s.werkelijk_begin), opt_date(s.werkelijk_eind), opt_int(s.eigenaar_persoon_id),
         opt_date(s.oorspronkelijk_eind)});
  }

  Result<void> update_stap(const beleidscyclus::Stap& s) override {
    return update_versioned(
        "cyclusstappen", s.id, s.versie,
        "UPDATE cyclusstappen SET volgorde = $1, naam = $2, periode = $3, status = $4, "
        "gepland_begin = $5, gepland_eind = $6, werkelijk_begin = $7, werkelijk_eind = $8, "
        "eigenaar_persoon_id = $9, oorspronkelijk_eind = $10, versie = versie + 1 WHERE id = $11 "
        "AND versie = $12",
        {std::int64_t{s.volgorde}, s.naam, s.periode, std::string(code(s.status)),
         opt_date(s.gepland_begin), opt_date(s.gepland_eind), opt_date(s.werkelijk_begin),
         opt_date(s.werkelijk_eind), opt_int(s.eigenaar_persoon_id),
         opt_date(s.oorspronkelijk_eind), s.id, s.versie});
  }

  Result<std::vector<beleidscyclus::Document>> list_documenten(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT id, stap_id, titel, link, door, toegevoegd, periode, "
                                   "soort, vastgesteld_door, vastgesteld_op FROM "
                                   "cyclus_documenten WHERE stap_id = $1 ORDER BY id",
                                   {stap_id}));
    return read_all(result.rows, [](const SqlRow& row) -> Result<beleidscyclus::Document> {
      RowReader r(row, "cyclus_documenten");
      beleidscyclus::Document d{r.integer(0, "id"), r.integer(1, "stap_id"),
                                row.text(2),        row.text(3),
                                row.text(4),        row.text(5)};
      d.periode = row.text(6);
      d.soort = r.code(7, "soort", beleidscyclus::product_soort_from_code);
      if (!row.is_null(8)) {
        d.vastgesteld_door = r.code(8, "vastgesteld_door", beleidscyclus::orgaan_from_code);
      }
      d.vastgesteld_op = r.opt_date(9, "vastgesteld_op");
      return r.done(d);
    });
  }

  Result<Id> create_document(const beleidscyclus::Document& d) override {
    return insert_returning_id(
        "INSERT INTO cyclus_documenten (stap_id, titel, link, door, toegevoegd, periode, soort, "
        "vastgesteld_door, vastgesteld_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
        "RETURNING id",
        {d.stap_id, d.titel, d.link, d.door, d.toegevoegd, d.periode, std::string(code(d.soort)),
         d.vastgesteld_door ? SqlValue(std::string(code(*d.vastgesteld_door))) : SqlValue(),
         opt_date(d.vastgesteld_op)});
  }

  Result<std::vector<beleidscyclus::Besluit>> list_besluiten(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT id, stap_id, tekst, datum, door FROM cyclus_besluiten "
                                   "WHERE stap_id = $1 ORDER BY datum, id",
                                   {stap_id}));
    return read_all(result.rows, [](const SqlRow& row) -> Result<beleidscyclus::Besluit> {
      RowReader r(row, "cyclus_besluiten");
      return r.done(beleidscyclus::Besluit{r.integer(0, "id"), r.integer(1, "stap_id"), row.text(2),
                                           r.date(3, "datum"), row.text(4)});
    });
  }

  Result<Id> create_besluit(const beleidscyclus::Besluit& b) override {
    return insert_returning_id(
        "INSERT INTO cyclus_besluiten (stap_id, tekst, datum, door) VALUES ($1, $2, $3, $4) "
        "RETURNING id",
        {b.stap_id, b.tekst, b.datum.iso(), b.door});
  }

  Result<std::vector<beleidscyclus::Heropening>> list_heropeningen(Id stap_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, stap_id, door, tijdstip, reden, vorige_status, periode, nieuw_eind "
                "FROM cyclus_heropeningen WHERE stap_id = $1 ORDER BY id",
                {stap_id}));
    return read_all(result.rows, [](const SqlRow& row) -> Result<beleidscyclus::Heropening> {
      RowReader r(row, "cyclus_heropeningen");
      return r.done(beleidscyclus::Heropening{
          r.integer(0, "id"), r.integer(1, "stap_id"), row.text(2), row.text(3), row.text(4),
          r.code(5, "vorige_status", beleidscyclus::status_from_code), row.text(6),
          r.opt_date(7, "nieuw_eind")});
    });
  }

  Result<Id> create_heropening(const beleidscyclus::Heropening& h) override {
    return insert_returning_id(
        "INSERT INTO cyclus_heropeningen (stap_id, door, tijdstip, reden, vorige_status, periode, "
        "nieuw_eind) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {h.stap_id, h.door, h.tijdstip, h.reden, std::string(code(h.vorige_status)), h.periode,
         opt_date(h.nieuw_eind)});
  }

  Result<std::vector<beleidscyclus::Evaluatieconclusie>> list_evaluatieconclusies(
      Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, regio_id, stap_id, periode, tekst, datum, raakt_stap_id, "
                "raakt_periode, door FROM evaluatieconclusies WHERE regio_id = $1 ORDER BY "
                "datum, id",
                {regio_id}));
    return read_all(result.rows, read_evaluatieconclusie);
  }

  Result<Id> create_evaluatieconclusie(const beleidscyclus::Evaluatieconclusie& e) override {
    return insert_returning_id(
        "INSERT INTO evaluatieconclusies (regio_id, stap_id, periode, tekst, datum, "
        "raakt_stap_id, raakt_periode, door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
        "RETURNING id",
        {e.regio_id, e.stap_id, e.periode, e.tekst, e.datum.iso(), e.raakt_stap_id, e.raakt_periode,
         e.door});
  }
};

}  // namespace

std::unique_ptr<CyclusRepository> make_sql_cyclus_repository(SqlConnection& c) {
  return std::make_unique<SqlCyclusRepository>(c);
}

}  // namespace regie::store
