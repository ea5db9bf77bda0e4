#include "service/realisatie_service.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/xlsx.hpp"
#include "domain/programma/begroting.hpp"
#include "domain/programma/catalogus_repository.hpp"
#include "domain/validation.hpp"
#include "service/afwijking_service.hpp"
#include "service/beheer_service.hpp"
#include "service/blokschrijver.hpp"
#include "service/crypto.hpp"
#include "service/regio_organisaties.hpp"

namespace regie::service {
namespace {

using monitoring::Bronsysteem;
using monitoring::Cellen;
using monitoring::Maand;
using monitoring::Realisatie;
using monitoring::RealisatieImport;

constexpr std::size_t kBlok = std::size_t{256} * 1024;
constexpr std::int64_t kVoortgangElke = 5000;
constexpr std::string_view kZip = "PK\x03\x04";
constexpr std::size_t kMaxXlsx = std::size_t{100} * 1024 * 1024;

Result<void> mag_beheren(const Context& ctx) {
  if (!monitoring::mag_realisaties_beheren(ctx.actor)) {
    return Error::forbidden("realisaties beheren");
  }
  return Ok();
}

Result<void> mag_lezen(const Context& ctx) {
  if (!monitoring::ziet_alle_deelnemers(ctx.actor)) {
    return Error::forbidden("realisaties lezen");
  }
  return Ok();
}

std::vector<monitoring::Deelnemer> als_deelnemers(const std::map<Id, std::string>& namen) {
  std::vector<monitoring::Deelnemer> out;
  out.reserve(namen.size());
  for (const auto& [id, naam] : namen) out.push_back({id, naam});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.naam < b.naam; });
  return out;
}

Result<Bronsysteem> eigen_bron(UnitOfWork& uow, const Context& ctx, Id id) {
  auto b = uow.realisaties().get_bron(id);
  if (!b.ok() || b->regio_id != ctx.actor.regio_id) return Error::not_found("bronsysteem");
  return b;
}

// Whether the file is an XLSX workbook, by its first bytes.
Result<bool> is_xlsx(const BestandOpener& open) {
  REGIE_ASSIGN_OR_RETURN(auto lees, open());
  std::string begin(kZip.size(), '\0');
  std::size_t n = 0;
  while (n < begin.size()) {
    REGIE_ASSIGN_OR_RETURN(const std::size_t k, lees(begin.data() + n, begin.size() - n));
    if (k == 0) break;
    n += k;
  }
  return n == begin.size() && begin == kZip;
}

// `lees`, adding every byte it gives to `sha`: the file's hash comes with reading its rows, in
// one pass over the file (decision 51).
Bytebron met_hash(Bytebron lees, Sha256& sha) {
  return [lees = std::move(lees), &sha](char* buf, std::size_t n) -> Result<std::size_t> {
    REGIE_ASSIGN_OR_RETURN(const std::size_t k, lees(buf, n));
    sha.voeg_toe(std::string_view(buf, k));
    return k;
  };
}

// Reads rows of either kind of file, one at a time.
class Rijbron {
 public:
  virtual ~Rijbron() = default;
  virtual const std::vector<std::string>& kop() const = 0;
  virtual Result<bool> volgende(CsvRow& rij) = 0;
  virtual std::uint64_t gelezen_bytes() const = 0;
  // An XLSX sheet needs to know its date and number columns (from the mapping).
  virtual void zet_kolommen(std::optional<std::size_t>, const std::vector<std::size_t>&) {}
};

class CsvRijbron final : public Rijbron {
 public:
  explicit CsvRijbron(Bytebron lees) : lezer_(std::move(lees)) {}
  Result<void> open() { return lezer_.lees_kop(); }
  const std::vector<std::string>& kop() const override { return lezer_.kop(); }
  Result<bool> volgende(CsvRow& rij) override { return lezer_.volgende(rij); }
  std::uint64_t gelezen_bytes() const override { return lezer_.gelezen_bytes(); }

 private:
  CsvLezer lezer_;
};

class XlsxRijbron final : public Rijbron {
 public:
  Result<void> open(const Bytebron& lees) {
    std::string bytes;
    std::string buf(kBlok, '\0');
    for (;;) {
      REGIE_ASSIGN_OR_RETURN(const std::size_t n, lees(buf.data(), buf.size()));
      if (n == 0) break;
      if (bytes.size() + n > kMaxXlsx) {
        return Error::invalid({{"bestand", kCsvFoutTeGroot}});
      }
      bytes.append(buf.data(), n);
    }
    grootte_ = bytes.size();
    REGIE_ASSIGN_OR_RETURN(auto bladen, lees_xlsx(bytes));
    if (bladen.empty() || bladen.front().rijen.empty()) {
      return Error::invalid({{"bestand", kCsvFoutLeeg}});
    }
    rijen_ = std::move(bladen.front().rijen);
    for (const auto& k : rijen_.front()) kop_.push_back(trim(k));
    while (!kop_.empty() && kop_.back().empty()) kop_.pop_back();
    return Ok();
  }
  const std::vector<std::string>& kop() const override { return kop_; }
  void zet_kolommen(std::optional<std::size_t> datum,
                    const std::vector<std::size_t>& getallen) override {
    omgezet_ = monitoring::xlsx_als_csv(rijen_, kop_.size(), datum, getallen);
    rijen_.clear();
  }
  Result<bool> volgende(CsvRow& rij) override {
    if (volgende_ >= omgezet_.size()) return false;
    rij = std::move(omgezet_[volgende_++]);
    return true;
  }
  std::uint64_t gelezen_bytes() const override {
    return omgezet_.empty() ? grootte_ : grootte_ * volgende_ / omgezet_.size();
  }

 private:
  std::vector<std::vector<std::string>> rijen_;
  std::vector<std::string> kop_;
  std::vector<CsvRow> omgezet_;
  std::size_t volgende_ = 0;
  std::uint64_t grootte_ = 0;
};

// The rows of the file; `sha` gets every byte read, and so the whole file once every row is.
Result<std::unique_ptr<Rijbron>> open_rijen(const BestandOpener& open, bool xlsx, Sha256& sha) {
  REGIE_ASSIGN_OR_RETURN(auto bytes, open());
  Bytebron lees = met_hash(std::move(bytes), sha);
  if (xlsx) {
    auto bron = std::make_unique<XlsxRijbron>();
    REGIE_TRY(bron->open(lees));
    return std::unique_ptr<Rijbron>(std::move(bron));
  }
  auto bron = std::make_unique<CsvRijbron>(std::move(lees));
  REGIE_TRY(bron->open());
  return std::unique_ptr<Rijbron>(std::move(bron));
}

// What reading the rows gave.
struct Gelezen {
  Cellen cellen;
  monitoring::Telling telling;
  Maand van = 0;
  Maand tot = 0;
  std::vector<FieldError> fouten;
  std::int64_t meer_fouten = 0;
};

// Reads, checks and (with `import_id` not 0) adds every row.
Result<Gelezen> lees_rijen(UnitOfWork& uow, Rijbron& bron, const Bronsysteem& mapping,
                           const monitoring::Naslag& naslag, Id import_id,
                           const Voortgang& voortgang) {
  REGIE_ASSIGN_OR_RETURN(auto lezer, monitoring::Rijlezer::maak(mapping, bron.kop(), naslag));
  bron.zet_kolommen(lezer.datumkolom(), lezer.getalkolommen());
  Gelezen g;
  monitoring::Celteller teller;
  // Rows are read straight into the block that goes to the database (their strings keep their
  // capacity from block to block); `n` of them are accepted so far. A full block is written as
  // the store likes it best (Schrijfwijze, decision 51): on a thread of its own while the next one
  // is read, or at once. A proef keeps nothing: one row to read into.
  const Schrijfwijze wijze = uow.realisaties().schrijfwijze();
  const std::size_t blok = std::max<std::size_t>(1, wijze.rijen_per_blok);
  std::vector<Realisatie> batch(import_id != 0 ? blok : 1);
  std::size_t n = 0;
  std::optional<Blokschrijver> schrijver;
  if (import_id != 0 && wijze.eigen_draad) {
    schrijver.emplace(
        [&uow](const Blokschrijver::Blok& b) { return uow.realisaties().voeg_toe(b); });
  }
  auto schrijf = [&]() -> Result<void> {
    if (schrijver) return schrijver->schrijf(batch);
    return uow.realisaties().voeg_toe(batch);
  };
  CsvRow rij;
  std::vector<FieldError> rijfouten;
  std::int64_t regels = 0;
  for (;;) {
    REGIE_ASSIGN_OR_RETURN(bool er_is, bron.volgende(rij));
    if (!er_is) break;
    ++regels;
    if (voortgang && regels % kVoortgangElke == 0) voortgang(bron.gelezen_bytes(), regels);
    rijfouten.clear();
    Realisatie& r = batch[n];
    if (!lezer.lees(rij, r, rijfouten)) {
      for (auto& f : rijfouten) {
        if (g.fouten.size() < kMaxGemeldeFouten) {
          g.fouten.push_back(std::move(f));
        } else {
          ++g.meer_fouten;
        }
      }
      continue;
    }
    if (!g.fouten.empty()) continue;  // nothing is kept; the rest is only checked
    const Maand m = lezer.maand();
    g.van = g.van == 0 ? m : std::min(g.van, m);
    g.tot = std::max(g.tot, m);
    g.telling.tel(monitoring::telling_van(r));
    teller.tel(r, m, lezer.kenmerk());
    if (import_id != 0) {
      r.import_id = import_id;
      if (++n == blok) {
        REGIE_TRY(schrijf());
        batch.resize(blok);
        n = 0;
      }
    }
  }
  if (voortgang) voortgang(bron.gelezen_bytes(), regels);
  g.cellen = teller.cellen();
  if (g.fouten.empty() && regels == 0) g.fouten.push_back({"bestand", "fout.geen_regels"});
  if (g.fouten.empty() && import_id != 0 && n > 0) {
    batch.resize(n);
    REGIE_TRY(schrijf());
  }
  if (schrijver) REGIE_TRY(schrijver->klaar());
  return g;
}

Error als_fout(Gelezen& g) {
  if (g.meer_fouten > 0) {
    g.fouten.push_back(
        {"bestand, nog " + format_getal_nl(g.meer_fouten) + " fouten", "fout.meer_fouten"});
  }
  return Error::invalid(std::move(g.fouten));
}

// The earlier active imports of `bron_id` the new months [van, tot] replace; kInvalid when one
// overlaps them only in part or has rows in a closed month.
Result<std::vector<RealisatieImport>> te_vervangen(UnitOfWork& uow, Id regio_id, Id bron_id,
                                                   Maand van, Maand tot,
                                                   const std::set<Maand>& gesloten) {
  REGIE_ASSIGN_OR_RETURN(auto alle, uow.realisaties().list_imports(regio_id, 1'000'000));
  std::vector<RealisatieImport> out;
  std::vector<FieldError> fouten;
  for (auto& i : alle) {
    if (i.bron_id != bron_id || i.status != monitoring::ImportStatus::kActief) continue;
    if (i.tot_maand < van || i.van_maand > tot) continue;
    const std::string veld = "bestand, import " + std::to_string(i.id) + " (" +
                             monitoring::maand_nl(i.van_maand) + " – " +
                             monitoring::maand_nl(i.tot_maand) + ")";
    if (i.van_maand < van || i.tot_maand > tot) {
      fouten.push_back({veld, "fout.import_overlapt_deels"});
      continue;
    }
    auto eerste_gesloten = gesloten.lower_bound(i.van_maand);
    if (eerste_gesloten != gesloten.end() && *eerste_gesloten <= i.tot_maand) {
      fouten.push_back({veld, "fout.vervangt_gesloten_periode"});
      continue;
    }
    out.push_back(std::move(i));
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return out;
}

std::string import_object(Id id) { return "realisatie-import/" + std::to_string(id); }

}  // namespace

BestandOpener opener_van(std::string_view bytes) {
  return [bytes]() -> Result<Bytebron> {
    auto rest = std::make_shared<std::string_view>(bytes);
    return Bytebron([rest](char* buf, std::size_t n) -> Result<std::size_t> {
      const std::size_t k = std::min(n, rest->size());
      std::memcpy(buf, rest->data(), k);
      rest->remove_prefix(k);
      return k;
    });
  };
}

Result<std::vector<monitoring::Deelnemer>> regio_deelnemers(UnitOfWork& uow, Id regio_id) {
  REGIE_ASSIGN_OR_RETURN(auto jaren, uow.catalogus().list_jaren(regio_id));
  std::vector<std::int32_t> peiljaren;
  peiljaren.reserve(jaren.size());
  for (const auto& j : jaren) peiljaren.push_back(j.jaar);
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(uow, regio_id, peiljaren));
  std::map<Id, std::string> deelnemers;
  for (const auto& per_jaar : orgs.deelnemers_per_jaar) {
    for (const auto& o : per_jaar) deelnemers.emplace(o.id, o.naam);
  }
  return als_deelnemers(deelnemers);
}

Result<monitoring::Naslag> naslag_van(UnitOfWork& uow, Id regio_id, std::optional<Datum> vandaag) {
  monitoring::Naslag n;
  n.vandaag = vandaag;
  REGIE_ASSIGN_OR_RETURN(n.deelnemers, regio_deelnemers(uow, regio_id));
  REGIE_ASSIGN_OR_RETURN(auto jaren, uow.catalogus().list_jaren(regio_id));
  for (const auto& j : jaren) {
    REGIE_ASSIGN_OR_RETURN(auto producten, uow.catalogus().list_producten(regio_id, j.jaar));
    auto& catalogus = n.catalogi[j.jaar];
    for (const auto& p : producten) {
      catalogus.emplace(p.code, monitoring::Productkenmerk{p.taakveld, programma::soort_van(p)});
    }
  }
  REGIE_ASSIGN_OR_RETURN(auto afsluitingen, uow.realisaties().list_afsluitingen(regio_id));
  for (const auto& a : afsluitingen) n.gesloten.insert(a.maand);
  return n;
}

Result<Bronnen> RealisatieService::bronnen(const Context& ctx) {
  REGIE_TRY(mag_lezen(ctx));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  Bronnen out;
  REGIE_ASSIGN_OR_RETURN(out.bronnen, uow->realisaties().list_bronnen(ctx.actor.regio_id));
  REGIE_ASSIGN_OR_RETURN(out.deelnemers, regio_deelnemers(*uow, ctx.actor.regio_id));
  out.mag_wijzigen = monitoring::mag_realisaties_beheren(ctx.actor);
  return out;
}

Result<Bronsysteem> RealisatieService::bron(const Context& ctx, Id id) {
  REGIE_TRY(mag_lezen(ctx));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return eigen_bron(*uow, ctx, id);
}

Result<Bronsysteem> RealisatieService::create_bron(const Context& ctx, const Fields& velden) {
  return audit_->write<Bronsysteem>(
      ctx, "realisatie.bron_toevoegen", "regio/" + std::to_string(ctx.actor.regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Bronsysteem> {
        REGIE_TRY(mag_beheren(ctx));
        REGIE_ASSIGN_OR_RETURN(auto deelnemers, regio_deelnemers(uow, ctx.actor.regio_id));
        REGIE_ASSIGN_OR_RETURN(auto b, monitoring::parse_bron(velden, deelnemers));
        b.regio_id = ctx.actor.regio_id;
        auto id = uow.realisaties().create_bron(b);
        if (!id.ok() && id.error().key == "fout.bestaat_al") {
          return Error::invalid({{"naam", "fout.bron_bestaat"}});
        }
        REGIE_ASSIGN_OR_RETURN(b.id, std::move(id));
        object = "bronsysteem/" + std::to_string(b.id);
        return uow.realisaties().get_bron(b.id);
      });
}

Result<Bronsysteem> RealisatieService::update_bron(const Context& ctx, Id id, std::int64_t versie,
                                                   const Fields& velden) {
  return audit_->write<Bronsysteem>(
      ctx, "realisatie.bron_wijzigen", "bronsysteem/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string&) -> Result<Bronsysteem> {
        REGIE_ASSIGN_OR_RETURN(auto oud, eigen_bron(uow, ctx, id));
        REGIE_TRY(mag_beheren(ctx));
        REGIE_ASSIGN_OR_RETURN(auto deelnemers, regio_deelnemers(uow, ctx.actor.regio_id));
        REGIE_ASSIGN_OR_RETURN(auto b, monitoring::parse_bron(velden, deelnemers));
        b.id = id;
        b.regio_id = oud.regio_id;
        b.versie = versie;
        auto r = uow.realisaties().update_bron(b);
        if (!r.ok() && r.error().key == "fout.bestaat_al") {
          return Error::invalid({{"naam", "fout.bron_bestaat"}});
        }
        REGIE_TRY(std::move(r));
        return uow.realisaties().get_bron(id);
      });
}

Result<RealisatieVerslag> RealisatieService::importeren(const Context& ctx,
                                                        const RealisatieInvoer& invoer,
                                                        const BestandOpener& open,
                                                        const Voortgang& voortgang) {
  const Id regio_id = ctx.actor.regio_id;
  REGIE_TRY(mag_beheren(ctx));
  const LopendeImport lopend;
  REGIE_ASSIGN_OR_RETURN(const bool xlsx, is_xlsx(open));
  // The file's hash, read with its rows (one pass over the file): whether this very file is in
  // already is known once every row is read.
  Sha256 sha;

  // The bronsysteem by name, and whether this very file is in already.
  auto zoek_bron = [&](UnitOfWork& uow) -> Result<Bronsysteem> {
    REGIE_ASSIGN_OR_RETURN(auto bronnen, uow.realisaties().list_bronnen(regio_id));
    for (auto& b : bronnen) {
      if (monitoring::vergelijkbaar(b.naam) == monitoring::vergelijkbaar(invoer.bron)) return b;
    }
    return Error::invalid({{"bron", "fout.bron_onbekend"}});
  };
  auto al_ingelezen = [&](UnitOfWork& uow, Id bron_id,
                          const std::string& hash) -> Result<std::optional<RealisatieImport>> {
    REGIE_ASSIGN_OR_RETURN(auto alle, uow.realisaties().list_imports(regio_id, 1'000'000));
    for (auto& i : alle) {
      if (i.bron_id == bron_id && i.status == monitoring::ImportStatus::kActief &&
          i.sha256 == hash) {
        return std::optional<RealisatieImport>(std::move(i));
      }
    }
    return std::optional<RealisatieImport>();
  };
  auto verslag_van = [&](const Gelezen& g, const std::string& hash) {
    RealisatieVerslag v;
    v.proef = invoer.proef;
    v.sha256 = hash;
    v.van_maand = g.van;
    v.tot_maand = g.tot;
    v.telling = g.telling;
    return v;
  };

  if (invoer.proef) {
    REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
    REGIE_ASSIGN_OR_RETURN(auto bron, zoek_bron(*uow));
    REGIE_ASSIGN_OR_RETURN(auto naslag, naslag_van(*uow, regio_id, clock_->vandaag()));
    REGIE_ASSIGN_OR_RETURN(auto rijen, open_rijen(open, xlsx, sha));
    REGIE_ASSIGN_OR_RETURN(auto g, lees_rijen(*uow, *rijen, bron, naslag, 0, voortgang));
    const std::string hash = sha.hex();
    REGIE_ASSIGN_OR_RETURN(auto eerder, al_ingelezen(*uow, bron.id, hash));
    if (!g.fouten.empty()) return als_fout(g);
    RealisatieVerslag v = verslag_van(g, hash);
    if (eerder) {
      v.ongewijzigd = true;
      v.import_id = eerder->id;
      return v;
    }
    REGIE_ASSIGN_OR_RETURN(auto vervangen,
                           te_vervangen(*uow, regio_id, bron.id, g.van, g.tot, naslag.gesloten));
    for (const auto& i : vervangen) v.vervangen.push_back(i.id);
    return v;
  }

  // The same file again changes nothing: found once its rows are read, the import is rolled back
  // (the audit log records that refusal) and the answer is the earlier import.
  std::optional<RealisatieImport> dubbel;
  auto geschreven = audit_->write<RealisatieVerslag>(
      ctx, "realisatie.importeren", "regio/" + std::to_string(regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<RealisatieVerslag> {
        REGIE_ASSIGN_OR_RETURN(auto bron, zoek_bron(uow));
        REGIE_ASSIGN_OR_RETURN(auto naslag, naslag_van(uow, regio_id, clock_->vandaag()));
        RealisatieImport imp;
        imp.regio_id = regio_id;
        imp.bron_id = bron.id;
        imp.soort = invoer.soort;
        imp.bestandsnaam = invoer.bestandsnaam;
        imp.door = auth::wie(ctx.actor);
        imp.op = clock_->now_iso();
        REGIE_ASSIGN_OR_RETURN(imp.id, uow.realisaties().create_import(imp));
        object = import_object(imp.id);
        REGIE_ASSIGN_OR_RETURN(auto rijen, open_rijen(open, xlsx, sha));
        REGIE_ASSIGN_OR_RETURN(auto g, lees_rijen(uow, *rijen, bron, naslag, imp.id, voortgang));
        imp.sha256 = sha.hex();
        REGIE_ASSIGN_OR_RETURN(dubbel, al_ingelezen(uow, bron.id, imp.sha256));
        if (dubbel) {
          object = import_object(dubbel->id);  // the rolled back import leaves no trace
          return Error{ErrorCode::kConflict,
                       "fout.al_ingelezen",
                       "realisaties: hetzelfde bestand als import " + std::to_string(dubbel->id),
                       {}};
        }
        if (!g.fouten.empty()) return als_fout(g);
        REGIE_ASSIGN_OR_RETURN(auto vervangen,
                               te_vervangen(uow, regio_id, bron.id, g.van, g.tot, naslag.gesloten));
        RealisatieVerslag v = verslag_van(g, imp.sha256);
        v.import_id = imp.id;
        for (const auto& oud : vervangen) {
          REGIE_ASSIGN_OR_RETURN(auto cellen, uow.realisaties().import_cellen(oud.id));
          REGIE_TRY(uow.realisaties().tel_bij(regio_id, cellen, -1));
          REGIE_TRY(uow.realisaties().set_vervangen(oud.id, imp.id));
          v.vervangen.push_back(oud.id);
        }
        REGIE_TRY(uow.realisaties().tel_bij(regio_id, g.cellen, 1));
        REGIE_TRY(uow.realisaties().bewaar_import_cellen(imp.id, g.cellen));
        REGIE_TRY(
            uow.realisaties().set_import_telling(imp.id, g.van, g.tot, g.telling, imp.sha256));
        // MON-3: the afwijkingen follow the figures, in the same transaction.
        if (g.telling.regels > 0) {
          REGIE_ASSIGN_OR_RETURN(v.nieuwe_afwijkingen,
                                 signaleer_afwijkingen(uow, regio_id, g.van / 100, g.tot / 100,
                                                       clock_->vandaag(), clock_->now_iso()));
        }
        return v;
      });
  if (geschreven.ok() || !dubbel) return geschreven;
  RealisatieVerslag v;
  v.ongewijzigd = true;
  v.import_id = dubbel->id;
  v.sha256 = dubbel->sha256;
  v.van_maand = dubbel->van_maand;
  v.tot_maand = dubbel->tot_maand;
  v.telling = dubbel->telling;
  return v;
}

Result<RealisatieImport> RealisatieService::corrigeren(const Context& ctx, const Fields& velden) {
  const Id regio_id = ctx.actor.regio_id;
  return audit_->write<RealisatieImport>(
      ctx, "realisatie.corrigeren", "regio/" + std::to_string(regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<RealisatieImport> {
        REGIE_TRY(mag_beheren(ctx));
        REGIE_ASSIGN_OR_RETURN(auto naslag, naslag_van(uow, regio_id, clock_->vandaag()));
        REGIE_ASSIGN_OR_RETURN(auto c, monitoring::parse_correctie(velden, naslag));
        const Maand m = monitoring::maand_van(c.regel.datum);
        RealisatieImport imp;
        imp.regio_id = regio_id;
        imp.soort = monitoring::ImportSoort::kCorrectie;
        imp.door = auth::wie(ctx.actor);
        imp.op = clock_->now_iso();
        imp.reden = c.reden;
        imp.van_maand = m;
        imp.tot_maand = m;
        imp.telling = monitoring::telling_van(c.regel);
        REGIE_ASSIGN_OR_RETURN(imp.id, uow.realisaties().create_import(imp));
        object = import_object(imp.id);
        c.regel.import_id = imp.id;
        REGIE_TRY(uow.realisaties().voeg_toe({c.regel}));
        REGIE_TRY(uow.realisaties().set_import_telling(imp.id, m, m, imp.telling, imp.sha256));
        Cellen cellen;
        monitoring::tel(cellen, c.regel,
                        naslag.catalogi.at(c.regel.datum.jaar()).at(c.regel.productcode));
        REGIE_TRY(uow.realisaties().tel_bij(regio_id, cellen, 1));
        REGIE_TRY(uow.realisaties().bewaar_import_cellen(imp.id, cellen));
        REGIE_TRY(signaleer_afwijkingen(uow, regio_id, m / 100, m / 100, clock_->vandaag(),
                                        clock_->now_iso()));
        return uow.realisaties().get_import(imp.id);
      });
}

Result<std::vector<RealisatieImport>> RealisatieService::imports(const Context& ctx,
                                                                 std::int64_t limiet) {
  REGIE_TRY(mag_lezen(ctx));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->realisaties().list_imports(ctx.actor.regio_id, limiet);
}

Result<RealisatieImport> RealisatieService::een_import(const Context& ctx, Id id) {
  REGIE_TRY(mag_lezen(ctx));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  auto i = uow->realisaties().get_import(id);
  if (!i.ok() || i->regio_id != ctx.actor.regio_id) return Error::not_found("realisatie-import");
  return i;
}

Result<std::vector<Realisatie>> RealisatieService::realisaties(const Context& ctx, Id import_id,
                                                               Id na_id, std::int64_t limiet) {
  REGIE_TRY(mag_lezen(ctx));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  auto i = uow->realisaties().get_import(import_id);
  if (!i.ok() || i->regio_id != ctx.actor.regio_id) return Error::not_found("realisatie-import");
  return uow->realisaties().list_realisaties(import_id, na_id, limiet);
}

Result<std::vector<monitoring::Periodeafsluiting>> RealisatieService::afsluitingen(
    const Context& ctx) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->realisaties().list_afsluitingen(ctx.actor.regio_id);
}

Result<monitoring::Periodeafsluiting> RealisatieService::periode_sluiten(const Context& ctx,
                                                                         const Fields& velden) {
  const Id regio_id = ctx.actor.regio_id;
  return audit_->write<monitoring::Periodeafsluiting>(
      ctx, "realisatie.periode_sluiten", "regio/" + std::to_string(regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<monitoring::Periodeafsluiting> {
        REGIE_TRY(mag_beheren(ctx));
        validation::Reader r(velden);
        const std::string tekst = r.required_text("maand", 20);
        if (!r.ok()) return r.error();
        auto maand = monitoring::parse_maand(tekst);
        if (!maand) return Error::invalid({{"maand", "fout.ongeldige_maand"}});
        REGIE_ASSIGN_OR_RETURN(auto lijst, uow.realisaties().list_afsluitingen(regio_id));
        std::set<Maand> gesloten;
        for (const auto& a : lijst) gesloten.insert(a.maand);
        REGIE_TRY(monitoring::mag_sluiten(*maand, clock_->vandaag(), gesloten));
        monitoring::Periodeafsluiting a{*maand, auth::wie(ctx.actor), clock_->now_iso()};
        REGIE_TRY(uow.realisaties().sluit(regio_id, a));
        object = "regio/" + std::to_string(regio_id) + "/periode/" + monitoring::maand_iso(*maand);
        return a;
      });
}

Result<void> RealisatieService::controleer_totalen(const Context& ctx) {
  REGIE_TRY(mag_lezen(ctx));
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  const Id regio = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto herberekend, uow->realisaties().herbereken(regio));
  REGIE_ASSIGN_OR_RETURN(auto gehouden, uow->realisaties().cellen(regio, 0, 999912, std::nullopt));
  REGIE_ASSIGN_OR_RETURN(auto taakvelden, uow->realisaties().taakveldcellen(regio, 0, 999912));
  auto verschil = [](const Cellen& a, const Cellen& b) -> std::optional<monitoring::Cel> {
    for (const auto& [cel, t] : a) {
      auto it = b.find(cel);
      if (it == b.end() || !(it->second == t)) return cel;
    }
    for (const auto& [cel, t] : b) {
      if (a.count(cel) == 0) return cel;
    }
    return std::nullopt;
  };
  if (auto cel = verschil(herberekend, gehouden)) {
    return Error::corrupt("realisatie_per_deelnemer", cel->deelnemer_id,
                          cel->productcode + " " + std::to_string(cel->maand), "totaal");
  }
  if (!(monitoring::per_taakveld(herberekend) == taakvelden)) {
    return Error::corrupt("realisatie_per_taakveld", regio, "totaal", "taakveld");
  }
  return Ok();
}

}  // namespace regie::service
