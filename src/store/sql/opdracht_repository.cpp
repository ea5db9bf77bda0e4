#include "store/sql/opdracht_repository.hpp"

#include <string>
#include <utility>

#include "store/opdracht_inhoud.hpp"
#include "store/sql/common.hpp"

namespace regie::store {
namespace {

constexpr const char* kOpdrachtColumns =
    "id, regio_id, opdrachtgever_id, titel, jaar, soort, deelnemer_id, extra_uren, "
    "extra_financiering_cents, inhoud, status, inhoudsversie, versie";

Result<opdrachten::Opdracht> read_opdracht(const SqlRow& row) {
  RowReader r(row, "opdrachten");
  opdrachten::Opdracht o;
  o.id = r.integer(0, "id");
  o.regio_id = r.integer(1, "regio_id");
  o.opdrachtgever_id = r.integer(2, "opdrachtgever_id");
  o.titel = row.text(3);
  o.jaar = r.integer<std::int32_t>(4, "jaar");
  o.soort = r.code(5, "soort", opdrachten::soort_from_code);
  o.deelnemer_id = r.opt_integer(6, "deelnemer_id");
  o.extra_uren = r.integer<std::int32_t>(7, "extra_uren");
  o.extra_financiering_cents = r.integer(8, "extra_financiering_cents");
  REGIE_TRY(lees_inhoud(row.text(9), o));
  o.status = r.code(10, "status", opdrachten::status_from_code);
  o.inhoudsversie = r.integer<std::int32_t>(11, "inhoudsversie");
  o.versie = r.integer(12, "versie");
  return r.done(o);
}

SqlParams opdracht_params(const opdrachten::Opdracht& o) {
  return {o.regio_id,
          o.opdrachtgever_id,
          o.titel,
          std::int64_t{o.jaar},
          std::string(code(o.soort)),
          opt_int(o.deelnemer_id),
          std::int64_t{o.extra_uren},
          o.extra_financiering_cents,
          inhoud_json(o),
          std::string(code(o.status)),
          std::int64_t{o.inhoudsversie}};
}

constexpr const char* kVersieColumns =
    "id, opdracht_id, nummer, titel, extra_uren, extra_financiering_cents, inhoud, "
    "vastgesteld_door, vastgesteld_op, wijzigingsverzoek_id";

// The content columns (titel, extras, inhoud) over the opdracht they belong to.
Result<opdrachten::Opdracht> read_inhoud(const opdrachten::Opdracht& basis, RowReader& r,
                                         const SqlRow& row, std::size_t eerste) {
  opdrachten::Opdracht o = basis;
  o.titel = row.text(eerste);
  o.extra_uren = r.integer<std::int32_t>(eerste + 1, "extra_uren");
  o.extra_financiering_cents = r.integer(eerste + 2, "extra_financiering_cents");
  o.planning.clear();
  o.bemensing.clear();
  o.financien.clear();
  o.stakeholders.clear();
  o.risicos.clear();
  REGIE_TRY(lees_inhoud(row.text(eerste + 3), o));
  return o;
}

constexpr const char* kVerzoekColumns =
    "id, opdracht_id, aspecten, omschrijving, basisversie, titel, extra_uren, "
    "extra_financiering_cents, inhoud, ingediend_door, ingediend_kant, ingediend_op, status, "
    "afstemming_met, afstemming_datum, afstemming_uitkomst, afstemming_door, beoordeling, "
    "besloten_door, besloten_op, versie, besloten_namens, voorlegging, voorgelegd_door, "
    "voorgelegd_op";

std::string aspecten_tekst(const std::vector<opdrachten::Aspect>& aspecten) {
  std::string out;
  for (auto a : aspecten) out += (out.empty() ? "" : ",") + std::string(code(a));
  return out;
}

// The comma-separated aspect codes of column `i` ("" is none).
std::vector<opdrachten::Aspect> lees_aspecten(RowReader& r, const SqlRow& row, std::size_t i) {
  const std::string tekst = row.text(i);
  std::vector<opdrachten::Aspect> out;
  std::size_t begin = 0;
  while (begin < tekst.size()) {
    auto eind = tekst.find(',', begin);
    if (eind == std::string::npos) eind = tekst.size();
    if (auto a = opdrachten::aspect_from_code(tekst.substr(begin, eind - begin))) {
      out.push_back(*a);
    } else {
      r.fail("aspecten", tekst);
    }
    begin = eind + 1;
  }
  return out;
}

class SqlOpdrachtRepository final : public OpdrachtRepository, private SqlRepository {
 public:
  explicit SqlOpdrachtRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<opdrachten::Opdracht>> list(const OpdrachtQuery& q) override {
    SqlParams params{q.regio_id};
    std::string sql =
        std::string("SELECT ") + kOpdrachtColumns + " FROM opdrachten WHERE regio_id = $1";
    if (q.status) sql += " AND status = " + next(params, std::string(code(*q.status)));
    if (q.deelnemer_id) sql += " AND deelnemer_id = " + next(params, *q.deelnemer_id);
    if (q.jaar) sql += " AND jaar = " + next(params, std::int64_t{*q.jaar});
    sql += " ORDER BY jaar DESC, titel, id";
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    std::vector<opdrachten::Opdracht> out;
    for (const auto& row : result.rows) {
      REGIE_ASSIGN_OR_RETURN(auto o, read_opdracht(row));
      out.push_back(std::move(o));
    }
    return out;
  }

  Result<opdrachten::Opdracht> get(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kOpdrachtColumns +
                                                    " FROM opdrachten WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("opdracht " + std::to_string(id));
    return read_opdracht(result.rows.front());
  }

  Result<Id> create(const opdrachten::Opdracht& o) override {
    return insert_returning_id(
        "INSERT INTO opdrachten (regio_id, opdrachtgever_id, titel, jaar, soort, deelnemer_id, "
        "extra_uren, extra_financiering_cents, inhoud, status, inhoudsversie) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        opdracht_params(o));
  }

  Result<void> update(const opdrachten::Opdracht& o) override {
    auto params = opdracht_params(o);
    params.emplace_back(o.id);
    params.emplace_back(o.versie);
    return update_versioned(
        "opdrachten", o.id, o.versie,
        "UPDATE opdrachten SET regio_id = $1, opdrachtgever_id = $2, titel = $3, jaar = $4, "
        "soort = $5, deelnemer_id = $6, extra_uren = $7, extra_financiering_cents = $8, inhoud = "
        "$9, status = $10, inhoudsversie = $11, versie = versie + 1 WHERE id = $12 AND versie = "
        "$13",
        params);
  }

  Result<Id> create_overgang(const opdrachten::Overgang& o) override {
    return insert_returning_id(
        "INSERT INTO opdracht_overgangen (opdracht_id, stap, van, naar, door, tijdstip, reden, "
        "namens) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {o.opdracht_id, std::string(code(o.stap)), std::string(code(o.van)),
         std::string(code(o.naar)), o.door, o.tijdstip, o.reden, o.namens});
  }

  Result<Id> create_bewerking(const opdrachten::Bewerking& b) override {
    std::string onderdelen;
    for (const auto& c : b.onderdelen) onderdelen += (onderdelen.empty() ? "" : ",") + c;
    return insert_returning_id(
        "INSERT INTO opdracht_bewerkingen (opdracht_id, door, tijdstip, status, na_stappen, "
        "onderdelen) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {b.opdracht_id, b.door, b.tijdstip, std::string(code(b.status)),
         static_cast<std::int64_t>(b.na_stappen), onderdelen});
  }

  Result<std::vector<opdrachten::Bewerking>> list_bewerkingen(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec("SELECT id, opdracht_id, door, tijdstip, status, onderdelen, "
                             "na_stappen FROM opdracht_bewerkingen WHERE opdracht_id = $1 ORDER "
                             "BY id",
                             {opdracht_id}));
    return read_all(result.rows, [](const SqlRow& row) -> Result<opdrachten::Bewerking> {
      RowReader r(row, "opdracht_bewerkingen");
      opdrachten::Bewerking b;
      b.id = r.integer(0, "id");
      b.opdracht_id = r.integer(1, "opdracht_id");
      b.door = row.text(2);
      b.tijdstip = row.text(3);
      b.status = r.code(4, "status", opdrachten::status_from_code);
      b.na_stappen = static_cast<std::int32_t>(r.integer(6, "na_stappen"));
      const std::string onderdelen = row.text(5);
      std::size_t begin = 0;
      while (begin <= onderdelen.size()) {
        auto eind = onderdelen.find(',', begin);
        if (eind == std::string::npos) eind = onderdelen.size();
        b.onderdelen.push_back(onderdelen.substr(begin, eind - begin));
        begin = eind + 1;
      }
      if (onderdelen.empty()) b.onderdelen.clear();
      for (const auto& c : b.onderdelen) {
        if (!opdrachten::is_onderdeel(c)) r.fail("onderdelen", onderdelen);
      }
      return r.done(b);
    });
  }

  Result<std::vector<opdrachten::Overgang>> list_overgangen(Id opdracht_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result, c_.exec("SELECT id, opdracht_id, stap, van, naar, door, tijdstip, reden, "
                             "namens FROM opdracht_overgangen WHERE opdracht_id = $1 ORDER BY id",
                             {opdracht_id}));
    return read_all(result.rows, [](const SqlRow& row) -> Result<opdrachten::Overgang> {
      RowReader r(row, "opdracht_overgangen");
      opdrachten::Overgang o;
      o.id = r.integer(0, "id");
      o.opdracht_id = r.integer(1, "opdracht_id");
      o.stap = r.code(2, "stap", opdrachten::stap_from_code);
      o.van = r.code(3, "van", opdrachten::status_from_code);
      o.naar = r.code(4, "naar", opdrachten::status_from_code);
      o.door = row.text(5);
      o.tijdstip = row.text(6);
      o.reden = row.text(7);
      o.namens = row.text(8);
      return r.done(o);
    });
  }

  Result<Id> create_versie(const opdrachten::Versie& v) override {
    return insert_returning_id(
        "INSERT INTO opdracht_versies (opdracht_id, nummer, titel, extra_uren, "
        "extra_financiering_cents, inhoud, vastgesteld_door, vastgesteld_op, "
        "wijzigingsverzoek_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {v.opdracht_id, std::int64_t{v.nummer}, v.inhoud.titel, std::int64_t{v.inhoud.extra_uren},
         v.inhoud.extra_financiering_cents, inhoud_json(v.inhoud), v.vastgesteld_door,
         v.vastgesteld_op, opt_int(v.wijzigingsverzoek_id)});
  }

  Result<std::vector<opdrachten::Versie>> list_versies(Id opdracht_id) override {
    return versies("WHERE opdracht_id = $1 ORDER BY nummer", {opdracht_id});
  }

  Result<opdrachten::Versie> get_versie(Id opdracht_id, std::int32_t nummer) override {
    REGIE_ASSIGN_OR_RETURN(auto lijst, versies("WHERE opdracht_id = $1 AND nummer = $2",
                                               {opdracht_id, std::int64_t{nummer}}));
    if (lijst.empty()) {
      return Error::not_found("versie " + std::to_string(nummer) + " van opdracht " +
                              std::to_string(opdracht_id));
    }
    return lijst.front();
  }

  Result<Id> create_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) override {
    return insert_returning_id(
        "INSERT INTO opdracht_wijzigingsverzoeken (opdracht_id, aspecten, omschrijving, "
        "basisversie, titel, extra_uren, extra_financiering_cents, inhoud, ingediend_door, "
        "ingediend_kant, ingediend_op, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
        "$11, $12) RETURNING id",
        {v.opdracht_id, aspecten_tekst(v.aspecten), v.omschrijving, std::int64_t{v.basisversie},
         v.voorstel.titel, std::int64_t{v.voorstel.extra_uren}, v.voorstel.extra_financiering_cents,
         inhoud_json(v.voorstel), v.ingediend_door, std::string(code(v.ingediend_kant)),
         v.ingediend_op, std::string(code(v.status))});
  }

  Result<void> update_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) override {
    return update_versioned(
        "opdracht_wijzigingsverzoeken", v.id, v.versie,
        "UPDATE opdracht_wijzigingsverzoeken SET status = $1, afstemming_met = $2, "
        "afstemming_datum = $3, afstemming_uitkomst = $4, afstemming_door = $5, beoordeling = "
        "$6, besloten_door = $7, besloten_op = $8, besloten_namens = $9, voorlegging = $10, "
        "voorgelegd_door = $11, voorgelegd_op = $12, versie = versie + 1 WHERE id = $13 AND "
        "versie = $14",
        {std::string(code(v.status)), v.afstemming.met, opt_date(v.afstemming.datum),
         v.afstemming.uitkomst, v.afstemming.door, v.beoordeling, v.besloten_door, v.besloten_op,
         v.besloten_namens, v.voorlegging, v.voorgelegd_door, v.voorgelegd_op, v.id, v.versie});
  }

  Result<opdrachten::Wijzigingsverzoek> get_wijzigingsverzoek(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto lijst, verzoeken("WHERE id = $1", {id}));
    if (lijst.empty()) return Error::not_found("wijzigingsverzoek " + std::to_string(id));
    return lijst.front();
  }

  Result<std::vector<opdrachten::Wijzigingsverzoek>> list_wijzigingsverzoeken(
      Id opdracht_id) override {
    return verzoeken("WHERE opdracht_id = $1 ORDER BY id DESC", {opdracht_id});
  }

 private:
  Result<std::vector<opdrachten::Versie>> versies(const std::string& where,
                                                  const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kVersieColumns +
                                                    " FROM opdracht_versies " + where,
                                                params));
    std::vector<opdrachten::Versie> out;
    std::optional<opdrachten::Opdracht> basis;
    for (const auto& row : result.rows) {
      RowReader r(row, "opdracht_versies");
      opdrachten::Versie v;
      v.id = r.integer(0, "id");
      v.opdracht_id = r.integer(1, "opdracht_id");
      if (!r.ok()) return r.done(std::move(out));
      if (!basis || basis->id != v.opdracht_id) {
        REGIE_ASSIGN_OR_RETURN(basis, get(v.opdracht_id));
      }
      v.nummer = r.integer<std::int32_t>(2, "nummer");
      REGIE_ASSIGN_OR_RETURN(v.inhoud, read_inhoud(*basis, r, row, 3));
      v.inhoud.inhoudsversie = v.nummer;
      v.vastgesteld_door = row.text(7);
      v.vastgesteld_op = row.text(8);
      v.wijzigingsverzoek_id = r.opt_integer(9, "wijzigingsverzoek_id");
      REGIE_ASSIGN_OR_RETURN(v, r.done(std::move(v)));
      out.push_back(std::move(v));
    }
    return out;
  }

  Result<std::vector<opdrachten::Wijzigingsverzoek>> verzoeken(const std::string& where,
                                                               const SqlParams& params) {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kVerzoekColumns +
                                                    " FROM opdracht_wijzigingsverzoeken " + where,
                                                params));
    std::vector<opdrachten::Wijzigingsverzoek> out;
    std::optional<opdrachten::Opdracht> basis;
    for (const auto& row : result.rows) {
      RowReader r(row, "opdracht_wijzigingsverzoeken");
      opdrachten::Wijzigingsverzoek v;
      v.id = r.integer(0, "id");
      v.opdracht_id = r.integer(1, "opdracht_id");
      if (!r.ok()) return r.done(std::move(out));
      if (!basis || basis->id != v.opdracht_id) {
        REGIE_ASSIGN_OR_RETURN(basis, get(v.opdracht_id));
      }
      v.aspecten = lees_aspecten(r, row, 2);
      v.omschrijving = row.text(3);
      v.basisversie = r.integer<std::int32_t>(4, "basisversie");
      REGIE_ASSIGN_OR_RETURN(v.voorstel, read_inhoud(*basis, r, row, 5));
      v.ingediend_door = row.text(9);
      v.ingediend_kant = r.code(10, "ingediend_kant", opdrachten::kant_from_code);
      v.ingediend_op = row.text(11);
      v.status = r.code(12, "status", opdrachten::verzoekstatus_from_code);
      v.afstemming.met = row.text(13);
      v.afstemming.datum = r.opt_date(14, "afstemming_datum");
      v.afstemming.uitkomst = row.text(15);
      v.afstemming.door = row.text(16);
      v.beoordeling = row.text(17);
      v.besloten_door = row.text(18);
      v.besloten_op = row.text(19);
      v.versie = r.integer(20, "versie");
      v.besloten_namens = row.text(21);
      v.voorlegging = row.text(22);
      v.voorgelegd_door = row.text(23);
      v.voorgelegd_op = row.text(24);
      REGIE_ASSIGN_OR_RETURN(v, r.done(std::move(v)));
      out.push_back(std::move(v));
    }
    return out;
  }
};

}  // namespace

std::unique_ptr<OpdrachtRepository> make_sql_opdracht_repository(SqlConnection& c) {
  return std::make_unique<SqlOpdrachtRepository>(c);
}

}  // namespace regie::store
