#include "domain/programma/begroting_export.hpp"

#include <string_view>

#include "core/csv.hpp"
#include "core/text.hpp"

namespace regie::programma {
namespace {

constexpr double kCent = 100.0;

double euro(std::int64_t cents) { return static_cast<double>(cents) / kCent; }

std::string bedrag_csv(std::int64_t cents) { return format_bedrag_invoer(cents); }

const std::vector<std::string>& kolommen() {
  static const std::vector<std::string> kKolommen = {
      "Deelnemer",      "Taakveld",    "Productcode", "Product",        "Afrekenwijze",   "Soort",
      "Aantal",         "Uren",        "Uurtarief",   "Prijs per stuk", "Verdeelsleutel", "Gewicht",
      "Totaal gewicht", "Regelbedrag", "Restcent",    "Bedrag",         "Toelichting"};
  return kKolommen;
}

// Column letters of the sheet "Posten" (the order of kolommen()).
constexpr std::string_view kDeelnemer = "A";
constexpr std::string_view kTaakveld = "B";
constexpr std::string_view kSoort = "F";
constexpr std::string_view kBedrag = "P";

std::string sumifs(std::string_view criterium_kolom, const std::string& criterium,
                   std::string_view tweede_kolom = {}, const std::string& tweede = {}) {
  std::string f = "SUMIFS(Posten!$" + std::string(kBedrag) + ":$" + std::string(kBedrag) +
                  ",Posten!$" + std::string(criterium_kolom) + ":$" + std::string(criterium_kolom) +
                  "," + criterium;
  if (!tweede_kolom.empty()) {
    f += ",Posten!$" + std::string(tweede_kolom) + ":$" + std::string(tweede_kolom) + "," + tweede;
  }
  return f + ")";
}

std::string tekst_in_formule(std::string_view t) {
  std::string out = "\"";
  for (char c : t) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

}  // namespace

std::string schrijf_begroting_csv(const Begroting& begroting) {
  std::string out(kCsvBom);
  out += csv_regel(kolommen());
  for (const auto& d : begroting.deelnemers) {
    for (const auto& p : d.posten) {
      const bool regionaal = p.afrekenwijze == Afrekenwijze::kRegionaal;
      out += csv_regel(
          {d.naam, p.taakveld, p.productcode, p.productnaam, std::string(label(p.afrekenwijze)),
           std::string(label(p.soort)), p.aantal ? std::to_string(p.aantal) : "",
           format_honderdsten(p.uren), p.uurtarief_cents ? bedrag_csv(p.uurtarief_cents) : "",
           p.prijs_per_eenheid_cents ? bedrag_csv(p.prijs_per_eenheid_cents) : "", p.sleutel,
           regionaal ? std::to_string(p.gewicht) : "",
           regionaal ? std::to_string(p.gewicht_totaal) : "", bedrag_csv(p.regel_bedrag_cents),
           p.restcent ? "1" : "0", bedrag_csv(p.bedrag_cents), uitleg(p)});
    }
  }
  return out;
}

std::vector<XlsxBlad> begroting_werkboek(const Uitvoeringsprogramma& programma,
                                         const Begroting& begroting,
                                         const std::string& totaal_label) {
  using O = XlsxOpmaak;
  XlsxBlad posten{"Posten", {}, {24, 20, 12, 40, 13, 12, 9, 11, 12, 14, 14, 11, 14, 15, 9, 15, 70}};
  std::vector<XlsxCel> kop;
  kop.reserve(kolommen().size());
  for (const auto& k : kolommen()) kop.push_back(XlsxCel::van_tekst(k, O::kVet));
  posten.rijen.push_back(std::move(kop));
  for (const auto& d : begroting.deelnemers) {
    for (const auto& p : d.posten) {
      const std::size_t rij = posten.rijen.size();
      auto cel = [&](std::string_view kolom) {
        return std::string(kolom) + std::to_string(rij + 1);
      };
      const bool kental = p.afrekenwijze == Afrekenwijze::kKental;
      const bool regionaal = p.afrekenwijze == Afrekenwijze::kRegionaal;
      XlsxCel bedrag = XlsxCel::van_getal(euro(p.bedrag_cents), O::kBedrag);
      if (kental && !p.handmatig) {
        bedrag = XlsxCel::formule("=" + cel("G") + "*" + cel("J"), euro(p.bedrag_cents));
      } else if (regionaal) {
        // Whole cents of the exact share, plus the remainder cent (largest-remainder method).
        bedrag = XlsxCel::formule("=(INT(ROUND(" + cel("N") + "*100,0)*" + cel("L") + "/" +
                                      cel("M") + ")+" + cel("O") + ")/100",
                                  euro(p.bedrag_cents));
      }
      XlsxCel regelbedrag = XlsxCel::van_getal(euro(p.regel_bedrag_cents), O::kBedrag);
      if (regionaal && !p.handmatig) {
        regelbedrag = XlsxCel::formule("=ROUND(" + cel("H") + "*" + cel("I") + ",2)",
                                       euro(p.regel_bedrag_cents));
      }
      posten.rijen.push_back({
          XlsxCel::van_tekst(d.naam),
          XlsxCel::van_tekst(p.taakveld),
          XlsxCel::van_tekst(p.productcode),
          XlsxCel::van_tekst(p.productnaam),
          XlsxCel::van_tekst(std::string(label(p.afrekenwijze))),
          XlsxCel::van_tekst(std::string(label(p.soort))),
          kental ? XlsxCel::van_getal(static_cast<double>(p.aantal)) : XlsxCel::leeg(),
          XlsxCel::van_getal(static_cast<double>(p.uren) / kCent, O::kUren),
          p.uurtarief_cents ? XlsxCel::van_getal(euro(p.uurtarief_cents), O::kBedrag)
                            : XlsxCel::leeg(),
          kental ? XlsxCel::van_getal(euro(p.prijs_per_eenheid_cents), O::kBedrag)
                 : XlsxCel::leeg(),
          XlsxCel::van_tekst(p.sleutel),
          regionaal ? XlsxCel::van_getal(static_cast<double>(p.gewicht)) : XlsxCel::leeg(),
          regionaal ? XlsxCel::van_getal(static_cast<double>(p.gewicht_totaal)) : XlsxCel::leeg(),
          regelbedrag,
          XlsxCel::van_getal(p.restcent ? 1 : 0),
          bedrag,
          XlsxCel::van_tekst(uitleg(p)),
      });
    }
  }

  XlsxBlad overzicht{"Overzicht", {}, {34, 16, 16, 16}};
  const std::string jaar = std::to_string(programma.jaar);
  overzicht.rijen.push_back({XlsxCel::van_tekst(programma.titel, O::kVet)});
  overzicht.rijen.push_back({XlsxCel::van_tekst("Begroting per deelnemer " + jaar + ", versie " +
                                                std::to_string(programma.versienummer) + " (" +
                                                std::string(label(programma.status)) + ")")});
  overzicht.rijen.push_back({});
  overzicht.rijen.push_back(
      {XlsxCel::van_tekst("Deelnemer", O::kVet), XlsxCel::van_tekst("Collectief", O::kVet),
       XlsxCel::van_tekst("Specifiek", O::kVet), XlsxCel::van_tekst("Totaal", O::kVet)});
  const std::size_t eerste = overzicht.rijen.size();
  for (const auto& d : begroting.deelnemers) {
    const std::size_t rij = overzicht.rijen.size();
    const std::string a = xlsx_cel(0, rij);
    overzicht.rijen.push_back(
        {XlsxCel::van_tekst(d.naam),
         XlsxCel::formule("=" + sumifs(kDeelnemer, a, kSoort, tekst_in_formule("Collectief")),
                          euro(d.collectief_cents)),
         XlsxCel::formule("=" + sumifs(kDeelnemer, a, kSoort, tekst_in_formule("Specifiek")),
                          euro(d.specifiek_cents)),
         XlsxCel::formule("=" + xlsx_cel(1, rij) + "+" + xlsx_cel(2, rij), euro(d.totaal_cents))});
  }
  const std::size_t laatste = overzicht.rijen.size() - 1;
  auto som = [&](std::size_t kolom) {
    return "=SUM(" + xlsx_cel(kolom, eerste) + ":" + xlsx_cel(kolom, laatste) + ")";
  };
  overzicht.rijen.push_back(
      {XlsxCel::van_tekst(totaal_label, O::kVet),
       XlsxCel::formule(som(1), euro(begroting.collectief_cents), O::kVetBedrag),
       XlsxCel::formule(som(2), euro(begroting.specifiek_cents), O::kVetBedrag),
       XlsxCel::formule(som(3), euro(begroting.totaal_cents), O::kVetBedrag)});
  overzicht.rijen.push_back({});
  overzicht.rijen.push_back({XlsxCel::van_tekst(
      "Regionale producten zijn met de methode van de grootste overschotten verdeeld; " +
      std::to_string(begroting.restcenten) +
      " restcent(en) gingen naar de grootste resten (kolom Restcent in Posten).")});

  XlsxBlad taakvelden{"Taakvelden", {}, {24, 16, 16, 16}};
  taakvelden.rijen.push_back(
      {XlsxCel::van_tekst("Taakveld", O::kVet), XlsxCel::van_tekst("Collectief", O::kVet),
       XlsxCel::van_tekst("Specifiek", O::kVet), XlsxCel::van_tekst("Totaal", O::kVet)});
  for (const auto& t : begroting.per_taakveld) {
    const std::size_t rij = taakvelden.rijen.size();
    const std::string a = xlsx_cel(0, rij);
    taakvelden.rijen.push_back(
        {XlsxCel::van_tekst(t.taakveld),
         XlsxCel::formule("=" + sumifs(kTaakveld, a, kSoort, tekst_in_formule("Collectief")),
                          euro(t.collectief_cents)),
         XlsxCel::formule("=" + sumifs(kTaakveld, a, kSoort, tekst_in_formule("Specifiek")),
                          euro(t.specifiek_cents)),
         XlsxCel::formule("=" + xlsx_cel(1, rij) + "+" + xlsx_cel(2, rij),
                          euro(t.collectief_cents + t.specifiek_cents))});
  }
  return {std::move(overzicht), std::move(taakvelden), std::move(posten)};
}

}  // namespace regie::programma
