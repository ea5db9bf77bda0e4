#include "store/sql/realisatie_repository.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

using monitoring::Bronsysteem;
using monitoring::Cel;
using monitoring::Cellen;
using monitoring::Celtelling;
using monitoring::Maand;
using monitoring::Periodeafsluiting;
using monitoring::Realisatie;
using monitoring::RealisatieImport;
using monitoring::Taakveldcellen;
using monitoring::Telling;

constexpr const char* kBronKolommen =
    "SELECT id, regio_id, naam, kolom_datum, kolom_deelnemer, kolom_zaaktype, kolom_uren, "
    "kolom_aantal, kolom_bedrag, kolom_team, kolom_medewerker, kolom_zaaknummer, versie "
    "FROM bronsystemen ";
constexpr const char* kImportKolommen =
    "SELECT i.id, i.regio_id, i.bron_id, COALESCE(b.naam, ''), i.soort, i.bestandsnaam, "
    "i.sha256, i.van_maand, i.tot_maand, i.uren, i.aantal, i.bedrag_cents, i.regels, i.status, "
    "i.vervangen_door, i.door, i.op, i.reden FROM realisatie_imports i "
    "LEFT JOIN bronsystemen b ON b.id = i.bron_id ";
// Cells per upsert of the totals: ten parameters each, well under both engines' limits.
constexpr std::size_t kCellenPerUpsert = 500;
constexpr const char* kRealisatieKolommen =
    "SELECT id, import_id, deelnemer_id, productcode, datum, uren, aantal, bedrag_cents, team, "
    "medewerker, zaaknummer, regel FROM realisaties ";

Result<RealisatieImport> read_import(const SqlRow& row) {
  RowReader r(row, "realisatie_imports");
  RealisatieImport i;
  i.id = r.integer(0, "id");
  i.regio_id = r.integer(1, "regio_id");
  i.bron_id = r.opt_integer(2, "bron_id");
  i.bron_naam = row.text(3);
  i.soort = r.code(4, "soort", monitoring::import_soort_from_code);
  i.bestandsnaam = row.text(5);
  i.sha256 = row.text(6);
  i.van_maand = r.integer<Maand>(7, "van_maand");
  i.tot_maand = r.integer<Maand>(8, "tot_maand");
  i.telling.uren = r.integer(9, "uren");
  i.telling.aantal = r.integer(10, "aantal");
  i.telling.bedrag_cents = r.integer(11, "bedrag_cents");
  i.telling.regels = r.integer(12, "regels");
  i.status = r.code(13, "status", monitoring::import_status_from_code);
  i.vervangen_door = r.opt_integer(14, "vervangen_door");
  i.door = row.text(15);
  i.op = row.text(16);
  i.reden = row.text(17);
  return r.done(i);
}

Result<Realisatie> read_realisatie(const SqlRow& row) {
  RowReader r(row, "realisaties");
  Realisatie x;
  x.id = r.integer(0, "id");
  x.import_id = r.integer(1, "import_id");
  x.deelnemer_id = r.integer(2, "deelnemer_id");
  x.productcode = row.text(3);
  x.datum = r.date(4, "datum");
  x.uren = r.integer(5, "uren");
  x.aantal = r.integer(6, "aantal");
  x.bedrag_cents = r.integer(7, "bedrag_cents");
  x.team = row.text(8);
  x.medewerker = row.text(9);
  x.zaaknummer = row.text(10);
  x.regel = r.integer(11, "regel");
  return r.done(x);
}

// Columns from `eerste` on: uren, aantal, bedrag_cents, regels.
Telling read_telling(RowReader& r, std::size_t eerste) {
  Telling t;
  t.uren = r.integer(eerste, "uren");
  t.aantal = r.integer(eerste + 1, "aantal");
  t.bedrag_cents = r.integer(eerste + 2, "bedrag_cents");
  t.regels = r.integer(eerste + 3, "regels");
  return t;
}

// Rows of (deelnemer_id, productcode, maand, taakveld, soort, uren, aantal, bedrag_cents,
// regels) of `table`, its column 0 read as the id for errors.
Result<Cellen> read_cellen(const SqlResult& result, const std::string& table) {
  Cellen out;
  for (const auto& row : result.rows) {
    RowReader r(row, table);
    Cel cel{r.integer(0, "deelnemer_id"), row.text(1), r.integer<Maand>(2, "maand")};
    Celtelling t;
    t.taakveld = row.text(3);
    t.soort = r.code(4, "soort", programma::regel_soort_from_code);
    t.telling = read_telling(r, 5);
    REGIE_ASSIGN_OR_RETURN(auto gelezen, r.done(t));
    out.emplace(std::move(cel), std::move(gelezen));
  }
  return out;
}

class SqlRealisatieRepository final : public RealisatieRepository, private SqlRepository {
 public:
  explicit SqlRealisatieRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<Bronsysteem>> list_bronnen(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string(kBronKolommen) + "WHERE regio_id = $1 ORDER BY naam, id", {regio_id}));
    std::vector<Bronsysteem> out;
    for (const auto& row : result.rows) {
      REGIE_ASSIGN_OR_RETURN(auto b, read_bron(row));
      out.push_back(std::move(b));
    }
    return out;
  }

  Result<Bronsysteem> get_bron(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string(kBronKolommen) + "WHERE id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("bronsysteem " + std::to_string(id));
    return read_bron(result.rows.front());
  }

  Result<Id> create_bron(const Bronsysteem& b) override {
    SqlParams params = bron_params(b);
    params.insert(params.begin(), b.regio_id);
    REGIE_ASSIGN_OR_RETURN(
        auto id, insert_returning_id(
                     "INSERT INTO bronsystemen (regio_id, naam, kolom_datum, kolom_deelnemer, "
                     "kolom_zaaktype, kolom_uren, kolom_aantal, kolom_bedrag, kolom_team, "
                     "kolom_medewerker, kolom_zaaknummer, versie) VALUES ($1, $2, $3, $4, $5, "
                     "$6, $7, $8, $9, $10, $11, 1) RETURNING id",
                     params));
    REGIE_TRY(schrijf_koppelingen(id, b));
    return id;
  }

  Result<void> update_bron(const Bronsysteem& b) override {
    SqlParams params = bron_params(b);
    params.push_back(b.id);
    params.push_back(b.versie);
    REGIE_TRY(update_versioned(
        "bronsystemen", b.id, b.versie,
        "UPDATE bronsystemen SET naam = $1, kolom_datum = $2, kolom_deelnemer = $3, "
        "kolom_zaaktype = $4, kolom_uren = $5, kolom_aantal = $6, kolom_bedrag = $7, "
        "kolom_team = $8, kolom_medewerker = $9, kolom_zaaknummer = $10, versie = versie + 1 "
        "WHERE id = $11 AND versie = $12",
        params));
    REGIE_TRY(c_.exec("DELETE FROM bron_deelnemernamen WHERE bron_id = $1", {b.id}));
    REGIE_TRY(c_.exec("DELETE FROM bron_zaaktypen WHERE bron_id = $1", {b.id}));
    return schrijf_koppelingen(b.id, b);
  }

  Result<std::vector<RealisatieImport>> list_imports(Id regio_id, std::int64_t limiet) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string(kImportKolommen) + "WHERE i.regio_id = $1 ORDER BY i.id DESC LIMIT $2",
                {regio_id, limiet}));
    return read_all(result.rows, read_import);
  }

  Result<RealisatieImport> get_import(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec(std::string(kImportKolommen) + "WHERE i.id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("realisatie-import " + std::to_string(id));
    return read_import(result.rows.front());
  }

  Result<Id> create_import(const RealisatieImport& i) override {
    return insert_returning_id(
        "INSERT INTO realisatie_imports (regio_id, bron_id, soort, bestandsnaam, sha256, "
        "van_maand, tot_maand, uren, aantal, bedrag_cents, regels, status, vervangen_door, door, "
        "op, reden) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
        "$16) RETURNING id",
        {i.regio_id, opt_int(i.bron_id), std::string(monitoring::code(i.soort)), i.bestandsnaam,
         i.sha256, std::int64_t{i.van_maand}, std::int64_t{i.tot_maand}, i.telling.uren,
         i.telling.aantal, i.telling.bedrag_cents, i.telling.regels,
         std::string(monitoring::code(i.status)), opt_int(i.vervangen_door), i.door, i.op,
         i.reden});
  }

  Result<void> set_import_telling(Id id, Maand van, Maand tot, const Telling& t,
                                  const std::string& sha256) override {
    // The range of the import's rows (decision 51), which closes it: voeg_toe adds no rows to an
    // import with a laatste_realisatie_id. Once, after the rows: an update per block would leave
    // PostgreSQL a chain of versions of this row.
    const auto geschreven = volgnummers_.find(id);
    const std::int64_t n = geschreven == volgnummers_.end() ? 0 : geschreven->second;
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(
            "UPDATE realisatie_imports SET van_maand = $1, tot_maand = $2, uren = $3, "
            "aantal = $4, bedrag_cents = $5, regels = $6, eerste_realisatie_id = $7, "
            "laatste_realisatie_id = $8, sha256 = $9 WHERE id = $10",
            {std::int64_t{van}, std::int64_t{tot}, t.uren, t.aantal, t.bedrag_cents, t.regels,
             monitoring::eerste_realisatie_id(id), monitoring::realisatie_id(id, n), sha256, id}));
    if (result.affected == 0) return Error::not_found("realisatie-import " + std::to_string(id));
    if (geschreven != volgnummers_.end()) volgnummers_.erase(geschreven);
    return Ok();
  }

  Result<void> set_vervangen(Id id, Id door_import) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("UPDATE realisatie_imports SET status = 'vervangen', "
                                   "vervangen_door = $1 WHERE id = $2",
                                   {door_import, id}));
    if (result.affected == 0) return Error::not_found("realisatie-import " + std::to_string(id));
    return Ok();
  }

  // PostgreSQL reads a COPY in a process of its own (decision 51).
  Schrijfwijze schrijfwijze() const override {
    if (c_.dialect() == Dialect::kPostgres) return {.rijen_per_blok = 1'000, .eigen_draad = false};
    return {};
  }

  Result<void> voeg_toe(const std::vector<Realisatie>& rijen) override {
    static const std::vector<std::string_view> kKolommen = {
        "id",     "import_id",    "deelnemer_id", "productcode", "datum",      "uren",
        "aantal", "bedrag_cents", "team",         "medewerker",  "zaaknummer", "regel"};
    // Every row belongs to an open import (one this transaction made and has not closed with
    // set_import_telling): checked the first time an import's rows come, for PostgreSQL has no
    // foreign key on these rows (migration 025). The rows get the import's next numbers.
    for (const Realisatie& x : rijen) {
      if (volgnummers_.contains(x.import_id)) continue;
      REGIE_ASSIGN_OR_RETURN(auto er_is,
                             c_.exec("SELECT laatste_realisatie_id FROM realisatie_imports "
                                     "WHERE id = $1",
                                     {x.import_id}));
      if (er_is.rows.empty() || !er_is.rows[0].is_null(0)) {
        return Error{ErrorCode::kConflict,
                     "fout.in_gebruik",
                     "realisaties: import " + std::to_string(x.import_id) +
                         (er_is.rows.empty() ? " bestaat niet" : " is al afgesloten"),
                     {}};
      }
      volgnummers_.emplace(x.import_id, 0);
    }
    std::vector<Id> ids;
    ids.reserve(rijen.size());
    for (const Realisatie& x : rijen) {
      std::int64_t& n = volgnummers_[x.import_id];
      if (n + 1 >= monitoring::kRegelsPerImport) {
        return Error::invalid({{"bestand", "fout.te_veel_regels"}});
      }
      ids.push_back(monitoring::realisatie_id(x.import_id, ++n));
    }
    // The values point into `rijen` and `datums`, which live until the call returns. Both keep
    // their memory from block to block: allocated per block, glibc handed it back to the system
    // each time, a page fault per 4 kB (decision 51).
    std::vector<std::string>& datums = datums_;
    std::vector<SqlRef>& waarden = waarden_;
    datums.resize(rijen.size());
    waarden.resize(rijen.size() * kKolommen.size());
    // Assigned in place: twelve emplace_backs per row cost as much as the COPY's text.
    for (std::size_t i = 0; i < rijen.size(); ++i) {
      const Realisatie& x = rijen[i];
      datums[i] = x.datum.iso();
      SqlRef* w = &waarden[i * kKolommen.size()];
      w[0] = ids[i];
      w[1] = x.import_id;
      w[2] = x.deelnemer_id;
      w[3] = std::string_view(x.productcode);
      w[4] = std::string_view(datums[i]);
      w[5] = x.uren;
      w[6] = x.aantal;
      w[7] = x.bedrag_cents;
      w[8] = std::string_view(x.team);
      w[9] = std::string_view(x.medewerker);
      w[10] = std::string_view(x.zaaknummer);
      w[11] = x.regel;
    }
    return c_.voeg_rijen_toe("realisaties", kKolommen, waarden);
  }

  // Window by window of `limiet` ids through the import's range: PostgreSQL finds the rows of a
  // window through a BRIN index, without a B-tree on id (migration 026). An import numbers its
  // rows without gaps (decision 51), so one window is one page; the ranges of imports from before
  // migration 026 may hold other imports' rows as well.
  Result<std::vector<Realisatie>> list_realisaties(Id import_id, Id na_id,
                                                   std::int64_t limiet) override {
    std::vector<Realisatie> out;
    if (limiet <= 0) return out;
    REGIE_ASSIGN_OR_RETURN(auto bereik,
                           c_.exec("SELECT id, eerste_realisatie_id, laatste_realisatie_id "
                                   "FROM realisatie_imports WHERE id = $1",
                                   {import_id}));
    // An open import (its range not yet set) has no rows to show.
    if (bereik.rows.empty() || bereik.rows[0].is_null(2)) return out;
    RowReader r(bereik.rows[0], "realisatie_imports");
    const Id eerste = r.integer(1, "eerste_realisatie_id");
    const Id laatste = r.integer(2, "laatste_realisatie_id");
    REGIE_ASSIGN_OR_RETURN(const Id tot, r.done(laatste));
    Id van = std::max(na_id, eerste - 1);
    while (van < tot && static_cast<std::int64_t>(out.size()) < limiet) {
      const std::int64_t nog = limiet - static_cast<std::int64_t>(out.size());
      const Id tot_venster = std::min(tot, van + nog);
      REGIE_ASSIGN_OR_RETURN(auto result,
                             c_.exec(std::string(kRealisatieKolommen) +
                                         "WHERE id > $1 AND id <= $2 AND import_id = $3 "
                                         "ORDER BY id",
                                     {van, tot_venster, import_id}));
      REGIE_ASSIGN_OR_RETURN(auto rijen, read_all(result.rows, read_realisatie));
      for (auto& x : rijen) out.push_back(std::move(x));
      van = tot_venster;
    }
    return out;
  }

  Result<void> bewaar_import_cellen(Id import_id, const Cellen& cellen) override {
    static const std::vector<std::string_view> kKolommen = {
        "import_id", "deelnemer_id", "productcode", "maand",        "taakveld",
        "soort",     "uren",         "aantal",      "bedrag_cents", "regels"};
    std::vector<SqlRef> waarden;
    waarden.reserve(cellen.size() * kKolommen.size());
    for (const auto& [cel, t] : cellen) {
      waarden.emplace_back(import_id);
      waarden.emplace_back(cel.deelnemer_id);
      waarden.emplace_back(std::string_view(cel.productcode));
      waarden.emplace_back(std::int64_t{cel.maand});
      waarden.emplace_back(std::string_view(t.taakveld));
      waarden.emplace_back(programma::code(t.soort));
      waarden.emplace_back(t.telling.uren);
      waarden.emplace_back(t.telling.aantal);
      waarden.emplace_back(t.telling.bedrag_cents);
      waarden.emplace_back(t.telling.regels);
    }
    return c_.voeg_rijen_toe("realisatie_import_cellen", kKolommen, waarden);
  }

  Result<Cellen> import_cellen(Id import_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT deelnemer_id, productcode, maand, taakveld, soort, uren, aantal, "
                "bedrag_cents, regels FROM realisatie_import_cellen WHERE import_id = $1",
                {import_id}));
    return read_cellen(result, "realisatie_import_cellen");
  }

  Result<void> tel_bij(Id regio_id, const Cellen& cellen, std::int64_t teken) override {
    // Many cells per statement (each key once per statement, as ON CONFLICT requires): one
    // round trip per cell cost PostgreSQL more than the COPY of the rows.
    std::vector<SqlParams> deelnemerrijen;
    deelnemerrijen.reserve(cellen.size());
    for (const auto& [cel, t] : cellen) {
      deelnemerrijen.push_back(
          {regio_id, cel.deelnemer_id, cel.productcode, std::int64_t{cel.maand}, t.taakveld,
           std::string(programma::code(t.soort)), teken * t.telling.uren, teken * t.telling.aantal,
           teken * t.telling.bedrag_cents, teken * t.telling.regels});
    }
    REGIE_TRY(
        upsert("INSERT INTO realisatie_per_deelnemer (regio_id, deelnemer_id, productcode, maand, "
               "taakveld, soort, uren, aantal, bedrag_cents, regels) VALUES ",
               " ON CONFLICT (regio_id, deelnemer_id, maand, productcode) DO UPDATE "
               "SET uren = realisatie_per_deelnemer.uren + excluded.uren, aantal = "
               "realisatie_per_deelnemer.aantal + excluded.aantal, bedrag_cents = "
               "realisatie_per_deelnemer.bedrag_cents + excluded.bedrag_cents, regels = "
               "realisatie_per_deelnemer.regels + excluded.regels",
               deelnemerrijen));
    std::vector<SqlParams> taakveldrijen;
    for (const auto& [cel, t] : monitoring::per_taakveld(cellen)) {
      taakveldrijen.push_back({regio_id, cel.taakveld, std::string(programma::code(cel.soort)),
                               std::int64_t{cel.maand}, teken * t.uren, teken * t.aantal,
                               teken * t.bedrag_cents, teken * t.regels});
    }
    REGIE_TRY(upsert(
        "INSERT INTO realisatie_per_taakveld (regio_id, taakveld, soort, maand, uren, aantal, "
        "bedrag_cents, regels) VALUES ",
        " ON CONFLICT (regio_id, maand, taakveld, soort) DO UPDATE SET uren = "
        "realisatie_per_taakveld.uren + excluded.uren, aantal = realisatie_per_taakveld.aantal + "
        "excluded.aantal, bedrag_cents = realisatie_per_taakveld.bedrag_cents + "
        "excluded.bedrag_cents, regels = realisatie_per_taakveld.regels + excluded.regels",
        taakveldrijen));
    if (teken < 0) {
      REGIE_TRY(
          c_.exec("DELETE FROM realisatie_per_deelnemer WHERE regio_id = $1 AND uren = 0 "
                  "AND aantal = 0 AND bedrag_cents = 0 AND regels = 0",
                  {regio_id}));
      REGIE_TRY(
          c_.exec("DELETE FROM realisatie_per_taakveld WHERE regio_id = $1 AND uren = 0 "
                  "AND aantal = 0 AND bedrag_cents = 0 AND regels = 0",
                  {regio_id}));
    }
    return Ok();
  }

  Result<Cellen> cellen(Id regio_id, Maand van, Maand tot, std::optional<Id> deelnemer) override {
    SqlParams params{regio_id, std::int64_t{van}, std::int64_t{tot}};
    std::string sql =
        "SELECT deelnemer_id, productcode, maand, taakveld, soort, uren, aantal, bedrag_cents, "
        "regels FROM realisatie_per_deelnemer WHERE regio_id = $1 AND maand >= $2 AND maand <= $3";
    if (deelnemer) sql += " AND deelnemer_id = " + next(params, *deelnemer);
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(sql, params));
    return read_cellen(result, "realisatie_per_deelnemer");
  }

  Result<Taakveldcellen> taakveldcellen(Id regio_id, Maand van, Maand tot) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT regio_id, taakveld, soort, maand, uren, aantal, bedrag_cents, regels FROM "
                "realisatie_per_taakveld WHERE regio_id = $1 AND maand >= $2 AND maand <= $3",
                {regio_id, std::int64_t{van}, std::int64_t{tot}}));
    Taakveldcellen out;
    for (const auto& row : result.rows) {
      RowReader r(row, "realisatie_per_taakveld");
      monitoring::Taakveldcel cel;
      cel.taakveld = row.text(1);
      cel.soort = r.code(2, "soort", programma::regel_soort_from_code);
      cel.maand = r.integer<Maand>(3, "maand");
      Telling t = read_telling(r, 4);
      REGIE_ASSIGN_OR_RETURN(auto gelezen, r.done(t));
      out.emplace(std::move(cel), gelezen);
    }
    return out;
  }

  Result<Cellen> herbereken(Id regio_id) override {
    // Month from the ISO date's first seven characters: yyyy-mm → yyyymm.
    const std::string maand = c_.dialect() == Dialect::kPostgres
                                  ? "(CAST(SUBSTRING(r.datum FROM 1 FOR 4) AS INTEGER) * 100 + "
                                    "CAST(SUBSTRING(r.datum FROM 6 FOR 2) AS INTEGER))"
                                  : "(CAST(SUBSTR(r.datum, 1, 4) AS INTEGER) * 100 + "
                                    "CAST(SUBSTR(r.datum, 6, 2) AS INTEGER))";
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT r.deelnemer_id, r.productcode, " + maand +
                    " AS m, c.taakveld, c.soort, SUM(r.uren), SUM(r.aantal), "
                    "SUM(r.bedrag_cents), COUNT(*) FROM realisatie_imports i JOIN realisaties r "
                    // Through each import's range of ids (migration 025: no index on import_id).
                    "ON r.id BETWEEN i.eerste_realisatie_id AND i.laatste_realisatie_id AND "
                    "r.import_id = i.id JOIN realisatie_import_cellen c ON c.import_id = "
                    "r.import_id AND c.deelnemer_id = r.deelnemer_id AND c.productcode = "
                    "r.productcode AND c.maand = " +
                    maand +
                    " WHERE i.regio_id = $1 AND i.status = 'actief' GROUP BY r.deelnemer_id, "
                    "r.productcode, m, c.taakveld, c.soort",
                {regio_id}));
    // Cells of several imports sum; those that sum to zero are not kept.
    Cellen out;
    REGIE_ASSIGN_OR_RETURN(auto delen, read_cellen(result, "realisaties"));
    for (auto& [cel, t] : delen) {
      Cellen een;
      een.emplace(cel, t);
      monitoring::tel(out, een, 1);
    }
    return out;
  }

  Result<std::vector<Periodeafsluiting>> list_afsluitingen(Id regio_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("SELECT maand, door, op FROM periode_afsluitingen WHERE "
                                   "regio_id = $1 ORDER BY maand",
                                   {regio_id}));
    std::vector<Periodeafsluiting> out;
    for (const auto& row : result.rows) {
      RowReader r(row, "periode_afsluitingen");
      Periodeafsluiting a{r.integer<Maand>(0, "maand"), row.text(1), row.text(2)};
      REGIE_ASSIGN_OR_RETURN(auto gelezen, r.done(a));
      out.push_back(std::move(gelezen));
    }
    return out;
  }

  Result<void> sluit(Id regio_id, const Periodeafsluiting& a) override {
    REGIE_TRY(
        c_.exec("INSERT INTO periode_afsluitingen (regio_id, maand, door, op) VALUES ($1, "
                "$2, $3, $4)",
                {regio_id, std::int64_t{a.maand}, a.door, a.op}));
    return Ok();
  }

 private:
  // Rows written so far per import this unit of work opened and has not closed.
  std::map<Id, std::int64_t> volgnummers_;
  // voeg_toe's dates and values of a block.
  std::vector<std::string> datums_;
  std::vector<SqlRef> waarden_;

  // `kop` VALUES (…), (…) `staart` for up to kCellenPerUpsert rows at a time.
  Result<void> upsert(std::string_view kop, std::string_view staart,
                      const std::vector<SqlParams>& rijen) {
    std::size_t i = 0;
    while (i < rijen.size()) {
      const std::size_t n = std::min(kCellenPerUpsert, rijen.size() - i);
      std::string sql(kop);
      SqlParams params;
      for (std::size_t r = i; r < i + n; ++r) {
        sql += r == i ? "(" : ", (";
        for (std::size_t k = 0; k < rijen[r].size(); ++k) {
          params.push_back(rijen[r][k]);
          sql += (k == 0 ? "$" : ", $") + std::to_string(params.size());
        }
        sql += ")";
      }
      sql += staart;
      REGIE_TRY(c_.exec(sql, params));
      i += n;
    }
    return Ok();
  }

  static SqlParams bron_params(const Bronsysteem& b) {
    const auto& k = b.kolommen;
    return {b.naam,   k.datum,  k.deelnemer, k.zaaktype,   k.uren,
            k.aantal, k.bedrag, k.team,      k.medewerker, k.zaaknummer};
  }

  Result<Bronsysteem> read_bron(const SqlRow& row) {
    RowReader r(row, "bronsystemen");
    Bronsysteem b;
    b.id = r.integer(0, "id");
    b.regio_id = r.integer(1, "regio_id");
    b.naam = row.text(2);
    auto& k = b.kolommen;
    k.datum = row.text(3);
    k.deelnemer = row.text(4);
    k.zaaktype = row.text(5);
    k.uren = row.text(6);
    k.aantal = row.text(7);
    k.bedrag = row.text(8);
    k.team = row.text(9);
    k.medewerker = row.text(10);
    k.zaaknummer = row.text(11);
    b.versie = r.integer(12, "versie");
    REGIE_ASSIGN_OR_RETURN(auto bron, r.done(b));
    REGIE_ASSIGN_OR_RETURN(auto namen,
                           c_.exec("SELECT bron_id, waarde, organisatie_id FROM "
                                   "bron_deelnemernamen WHERE bron_id = $1 ORDER BY volgorde",
                                   {bron.id}));
    for (const auto& n : namen.rows) {
      RowReader nr(n, "bron_deelnemernamen");
      monitoring::Deelnemernaam d{n.text(1), nr.integer(2, "organisatie_id")};
      REGIE_ASSIGN_OR_RETURN(auto gelezen, nr.done(d));
      bron.deelnemernamen.push_back(std::move(gelezen));
    }
    REGIE_ASSIGN_OR_RETURN(auto typen,
                           c_.exec("SELECT zaaktype, productcode FROM bron_zaaktypen WHERE "
                                   "bron_id = $1 ORDER BY volgorde",
                                   {bron.id}));
    for (const auto& t : typen.rows) bron.zaaktypen.push_back({t.text(0), t.text(1)});
    return bron;
  }

  Result<void> schrijf_koppelingen(Id bron_id, const Bronsysteem& b) {
    std::int64_t volgorde = 0;
    for (const auto& n : b.deelnemernamen) {
      REGIE_TRY(
          c_.exec("INSERT INTO bron_deelnemernamen (bron_id, volgorde, waarde, "
                  "organisatie_id) VALUES ($1, $2, $3, $4)",
                  {bron_id, ++volgorde, n.waarde, n.organisatie_id}));
    }
    volgorde = 0;
    for (const auto& z : b.zaaktypen) {
      REGIE_TRY(
          c_.exec("INSERT INTO bron_zaaktypen (bron_id, volgorde, zaaktype, productcode) "
                  "VALUES ($1, $2, $3, $4)",
                  {bron_id, ++volgorde, z.zaaktype, z.productcode}));
    }
    return Ok();
  }
};

}  // namespace

std::unique_ptr<RealisatieRepository> make_sql_realisatie_repository(SqlConnection& c) {
  return std::make_unique<SqlRealisatieRepository>(c);
}

}  // namespace regie::store
