#include "domain/programma/begroting.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

#include "core/text.hpp"
#include "domain/programma/verdeling.hpp"

namespace regie::programma {
namespace {

void tel_op(std::map<std::string, Totaal>& totalen, const std::string& taakveld, RegelSoort soort,
            std::int64_t cents) {
  auto& t = totalen[taakveld];
  t.taakveld = taakveld;
  (soort == RegelSoort::kCollectief ? t.collectief_cents : t.specifiek_cents) += cents;
}

std::vector<Totaal> als_lijst(const std::map<std::string, Totaal>& totalen) {
  std::vector<Totaal> out;
  out.reserve(totalen.size());
  for (const auto& [naam, t] : totalen) out.push_back(t);
  return out;
}

}  // namespace

Error regel_fout(std::size_t index, const std::string& key) {
  return Error::invalid({FieldError{"regel " + std::to_string(index + 1), key}});
}

std::string uitleg(const Post& post) {
  std::string out;
  switch (post.afrekenwijze) {
    case Afrekenwijze::kKental:
      out = format_getal_nl(post.aantal) + " × " + format_bedrag_nl(post.prijs_per_eenheid_cents) +
            " (" + format_honderdsten(post.normuren) + " normuren × " +
            format_bedrag_nl(post.uurtarief_cents) + ")";
      break;
    case Afrekenwijze::kRegionaal:
      if (post.sleutel_soort == SleutelSoort::kPercentage) {
        out = format_procent(post.gewicht, post.gewicht_totaal);
      } else {
        out = format_getal_nl(post.gewicht) + " van " + format_getal_nl(post.gewicht_totaal);
        if (!post.sleutel_eenheid.empty()) out += " " + post.sleutel_eenheid;
      }
      out += " (" + post.sleutel + ") van " + format_bedrag_nl(post.regel_bedrag_cents) + " (" +
             format_honderdsten(post.uren) + " uur × " + format_bedrag_nl(post.uurtarief_cents) +
             ")";
      if (post.restcent) out += ", met 1 restcent";
      break;
    case Afrekenwijze::kMaatwerk:
      out = format_honderdsten(post.uren) + " uur";
      if (post.uurtarief_cents > 0 && !post.handmatig &&
          post.regel_bedrag_cents == uren_maal_tarief(post.uren, post.uurtarief_cents)) {
        out += " × " + format_bedrag_nl(post.uurtarief_cents);
      } else {
        out += ", afgesproken bedrag";
      }
      break;
  }
  if (post.handmatig) out += "; met de hand vastgesteld: " + post.reden;
  return out;
}

std::string uitleg(const PostVergelijking& v) {
  std::string out = v.productcode + " " + v.productnaam + ": ";
  if (v.nieuw) return out + "nieuw, " + format_bedrag_nl(v.nu_cents);
  if (v.vervallen) return out + "vervallen (was " + format_bedrag_nl(v.vorig_cents) + ")";
  out += format_bedrag_nl(v.vorig_cents) + " → " + format_bedrag_nl(v.nu_cents);
  std::vector<std::string> waarom;
  if (v.volume) waarom.emplace_back("volume");
  if (v.tarief) waarom.emplace_back("tarief");
  if (v.sleutel) waarom.emplace_back("aandeel in de verdeelsleutel");
  if (!waarom.empty()) out += " (" + opsomming(waarom) + ")";
  return out;
}

std::string_view code(RegelSoort soort) {
  return soort == RegelSoort::kCollectief ? "collectief" : "specifiek";
}

std::optional<RegelSoort> regel_soort_from_code(std::string_view c) {
  if (c == "collectief") return RegelSoort::kCollectief;
  if (c == "specifiek") return RegelSoort::kSpecifiek;
  return std::nullopt;
}

std::string_view label(RegelSoort soort) {
  return soort == RegelSoort::kCollectief ? "Collectief" : "Specifiek";
}

RegelSoort soort_van(const Product& product) {
  return product.taak == Taak::kBasistaak && product.afrekenwijze != Afrekenwijze::kMaatwerk
             ? RegelSoort::kCollectief
             : RegelSoort::kSpecifiek;
}

Result<RegelBerekening> bereken_regel(const Programmaregel& regel, const Product& product) {
  std::vector<FieldError> fouten;
  auto fout = [&](const char* veld, const char* key) { fouten.push_back({veld, key}); };
  RegelBerekening b;
  b.soort = soort_van(product);
  switch (product.afrekenwijze) {
    case Afrekenwijze::kKental:
      if (regel.deelnemer_id == 0) fout("deelnemer", "fout.kental_per_deelnemer");
      if (regel.aantal <= 0) fout("aantal", "fout.verplicht");
      if (regel.uren != 0) fout("uren", "fout.uren_volgen_uit_kental");
      b.uren = regel.aantal * product.normuren;
      b.berekend_cents = regel.aantal * prijs_per_eenheid_cents(product);
      break;
    case Afrekenwijze::kRegionaal:
      if (regel.deelnemer_id != 0) fout("deelnemer", "fout.regionaal_voor_de_regio");
      if (regel.aantal != 0) fout("aantal", "fout.aantal_alleen_kental");
      if (regel.uren <= 0) fout("uren", "fout.verplicht");
      b.uren = regel.uren;
      b.berekend_cents = uren_maal_tarief(regel.uren, product.uurtarief_cents);
      break;
    case Afrekenwijze::kMaatwerk:
      if (regel.deelnemer_id == 0) fout("deelnemer", "fout.maatwerk_per_deelnemer");
      if (regel.aantal != 0) fout("aantal", "fout.aantal_alleen_kental");
      if (!regel.bedrag_cents && (regel.uren <= 0 || product.uurtarief_cents == 0)) {
        fout("bedrag", "fout.maatwerk_bedrag");
      }
      b.uren = regel.uren;
      b.berekend_cents = uren_maal_tarief(regel.uren, product.uurtarief_cents);
      break;
  }
  b.bedrag_cents = regel.bedrag_cents.value_or(b.berekend_cents);
  b.handmatig = regel.bedrag_cents.has_value() && product.afrekenwijze != Afrekenwijze::kMaatwerk;
  if (b.handmatig && regel.reden.empty()) fout("reden", "fout.reden_bij_handmatig_bedrag");
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return b;
}

Result<Begroting> maak_begroting(const Uitvoeringsprogramma& programma,
                                 const std::vector<Product>& catalogus,
                                 const std::vector<Verdeelsleutel>& sleutels,
                                 const std::vector<governance::Organisatie>& deelnemers) {
  std::map<std::string, const Product*> producten;
  for (const auto& p : catalogus) producten.emplace(p.code, &p);
  std::map<std::string, const Verdeelsleutel*> per_code;
  for (const auto& k : sleutels) per_code.emplace(k.code, &k);
  std::map<Id, std::size_t> positie;
  Begroting out;
  out.deelnemers.reserve(deelnemers.size());
  for (const auto& d : deelnemers) {
    positie.emplace(d.id, out.deelnemers.size());
    out.deelnemers.push_back(DeelnemerBegroting{d.id, d.naam, {}, {}, 0, 0, 0});
  }

  // By taakveld, then productcode, then deelnemer: the order of every view and export.
  std::vector<std::size_t> volgorde(programma.regels.size());
  std::iota(volgorde.begin(), volgorde.end(), std::size_t{0});
  for (std::size_t i : volgorde) {
    if (!producten.contains(programma.regels[i].productcode)) {
      return regel_fout(i, "fout.product_niet_in_catalogus");
    }
  }
  std::stable_sort(volgorde.begin(), volgorde.end(), [&](std::size_t a, std::size_t b) {
    const Product& pa = *producten.at(programma.regels[a].productcode);
    const Product& pb = *producten.at(programma.regels[b].productcode);
    return std::tie(pa.taakveld, pa.code) < std::tie(pb.taakveld, pb.code);
  });

  std::map<std::string, Totaal> totalen;
  std::vector<std::map<std::string, Totaal>> eigen(out.deelnemers.size());
  auto boek = [&](std::size_t wie, Post post) {
    auto& d = out.deelnemers[wie];
    tel_op(eigen[wie], post.taakveld, post.soort, post.bedrag_cents);
    (post.soort == RegelSoort::kCollectief ? d.collectief_cents : d.specifiek_cents) +=
        post.bedrag_cents;
    d.totaal_cents += post.bedrag_cents;
    d.posten.push_back(std::move(post));
  };

  for (std::size_t i : volgorde) {
    const Programmaregel& regel = programma.regels[i];
    const Product& product = *producten.at(regel.productcode);
    auto berekend = bereken_regel(regel, product);
    if (!berekend) return regel_fout(i, berekend.error().fields.front().key);
    const RegelBerekening& b = berekend.value();

    Post post;
    post.regel = i;
    post.productcode = product.code;
    post.productnaam = product.naam;
    post.taakveld = product.taakveld;
    post.afrekenwijze = product.afrekenwijze;
    post.soort = b.soort;
    post.aantal = regel.aantal;
    post.normuren = product.normuren;
    post.uren = b.uren;
    post.uurtarief_cents = product.uurtarief_cents;
    post.prijs_per_eenheid_cents = prijs_per_eenheid_cents(product);
    post.regel_bedrag_cents = b.bedrag_cents;
    post.handmatig = b.handmatig;
    post.reden = regel.reden;

    out.totaal_cents += b.bedrag_cents;
    (b.soort == RegelSoort::kCollectief ? out.collectief_cents : out.specifiek_cents) +=
        b.bedrag_cents;
    tel_op(totalen, product.taakveld, b.soort, b.bedrag_cents);

    if (product.afrekenwijze != Afrekenwijze::kRegionaal) {
      auto wie = positie.find(regel.deelnemer_id);
      if (wie == positie.end()) return regel_fout(i, "fout.geen_deelnemer_in_jaar");
      post.bedrag_cents = b.bedrag_cents;
      boek(wie->second, std::move(post));
      continue;
    }
    auto sleutel = per_code.find(product.verdeelsleutel);
    if (sleutel == per_code.end() || sleutel->second->aandelen.empty()) {
      return regel_fout(i, "fout.verdeelsleutel_ontbreekt");
    }
    const auto& aandelen = sleutel->second->aandelen;
    std::vector<std::int64_t> gewichten;
    gewichten.reserve(aandelen.size());
    std::int64_t totaal_gewicht = 0;
    for (const auto& a : aandelen) {
      if (!positie.contains(a.organisatie_id)) return regel_fout(i, "fout.geen_deelnemer_in_jaar");
      gewichten.push_back(a.gewicht);
      totaal_gewicht += a.gewicht;
    }
    auto verdeling = verdeel(b.bedrag_cents, gewichten);
    if (!verdeling) return regel_fout(i, verdeling.error().key);
    out.restcenten += verdeling.value().restcenten;
    post.sleutel = product.verdeelsleutel;
    post.sleutel_soort = sleutel->second->soort;
    post.sleutel_eenheid = sleutel->second->eenheid;
    post.gewicht_totaal = totaal_gewicht;
    for (std::size_t k = 0; k < aandelen.size(); ++k) {
      // A share of nothing (0 % of a fixed table) is no post: the largest-remainder method
      // never hands it a cent.
      if (aandelen[k].gewicht == 0) continue;
      Post deel = post;
      deel.gewicht = aandelen[k].gewicht;
      deel.restcent = verdeling.value().kreeg_restcent[k];
      deel.bedrag_cents = verdeling.value().aandelen_cents[k];
      boek(positie.at(aandelen[k].organisatie_id), std::move(deel));
    }
  }
  for (std::size_t k = 0; k < out.deelnemers.size(); ++k) {
    out.deelnemers[k].per_taakveld = als_lijst(eigen[k]);
  }
  out.per_taakveld = als_lijst(totalen);
  return out;
}

Result<Begroting> alleen_deelnemer(const Begroting& begroting, Id organisatie_id) {
  for (const auto& d : begroting.deelnemers) {
    if (d.organisatie_id != organisatie_id) continue;
    Begroting out;
    out.deelnemers = {d};
    out.per_taakveld = d.per_taakveld;
    out.collectief_cents = d.collectief_cents;
    out.specifiek_cents = d.specifiek_cents;
    out.totaal_cents = d.totaal_cents;
    for (const auto& p : d.posten) out.restcenten += p.restcent ? 1 : 0;
    return out;
  }
  return Error::not_found("deelnemer " + std::to_string(organisatie_id));
}

std::vector<DeelnemerVergelijking> vergelijk_met_vorig_jaar(const Begroting& vorig,
                                                            const Begroting& nu) {
  std::map<Id, const DeelnemerBegroting*> vorige;
  for (const auto& d : vorig.deelnemers) vorige.emplace(d.organisatie_id, &d);
  std::vector<DeelnemerVergelijking> out;
  out.reserve(nu.deelnemers.size());
  for (const auto& d : nu.deelnemers) {
    DeelnemerVergelijking v{d.organisatie_id, d.naam, 0, d.totaal_cents, {}};
    std::map<std::string, const Post*> oud;
    std::map<std::string, const Post*> nieuw;
    if (auto it = vorige.find(d.organisatie_id); it != vorige.end()) {
      v.vorig_cents = it->second->totaal_cents;
      for (const auto& p : it->second->posten) oud.emplace(p.productcode, &p);
    }
    for (const auto& p : d.posten) nieuw.emplace(p.productcode, &p);
    std::map<std::string, PostVergelijking> posten;
    for (const auto& [code, p] : nieuw) {
      PostVergelijking pv{code, p->productnaam, 0, p->bedrag_cents};
      auto it = oud.find(code);
      if (it == oud.end()) {
        pv.nieuw = true;
      } else {
        const Post& o = *it->second;
        pv.vorig_cents = o.bedrag_cents;
        pv.volume = o.aantal != p->aantal || o.uren != p->uren;
        pv.tarief = o.uurtarief_cents != p->uurtarief_cents ||
                    o.prijs_per_eenheid_cents != p->prijs_per_eenheid_cents;
        // Shares compared as fractions: gewicht / totaal, cross-multiplied.
        __extension__ using Groot = __int128;
        pv.sleutel = o.sleutel != p->sleutel ||
                     Groot{o.gewicht} * p->gewicht_totaal != Groot{p->gewicht} * o.gewicht_totaal;
      }
      if (pv.nieuw || pv.vorig_cents != pv.nu_cents || pv.volume || pv.tarief || pv.sleutel) {
        posten.emplace(code, pv);
      }
    }
    for (const auto& [code, o] : oud) {
      if (nieuw.contains(code)) continue;
      PostVergelijking pv{code, o->productnaam, o->bedrag_cents, 0};
      pv.vervallen = true;
      posten.emplace(code, pv);
    }
    for (auto& [code, pv] : posten) v.posten.push_back(std::move(pv));
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace regie::programma
