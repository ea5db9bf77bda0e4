// The demo's realisaties (MON-1 … MON-7): the omgevingsdienst's zaaksysteem "Zaaksysteem" with
// its mapping, an export of last year and one of this year up to last month — made from the
// programme's plan, with a season (quieter in summer), a few deliberate deviations (Beekdal's
// asbestos work well above plan, Hoeveland's permits well below) and the names the export really
// writes ("Beekdal", "Gem. Lindenwaard", "Öztürk"); the months of last year and the first nine of
// this year closed, and one correction after closing. The programme of this year is vastgesteld,
// so that the dashboard has a plan to compare with, and the opdracht that carries it out
// (accepted last year) shows this year's afwijkingen.
#include <array>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/text.hpp"
#include "domain/monitoring/plan_realisatie.hpp"
#include "domain/opdrachten/parse.hpp"
#include "service/catalogus_service.hpp"
#include "service/demo/demo_load.hpp"
#include "service/programma_service.hpp"
#include "service/realisatie_service.hpp"

namespace regie::service {
namespace {

// Work per month as a share of the year (out of 100): quieter in the summer holidays.
constexpr std::array<int, 12> kSeizoen = {8, 8, 9, 9, 9, 8, 5, 5, 9, 10, 11, 9};

constexpr const char* kMedewerkers[] = {"Jansen, P.", "Öztürk, A.", "Šimunović, M.", "de Vries, S.",
                                        "Bakker, T."};

struct Zaaktype {
  const char* code;
  const char* zaaktype;  // as the export writes it
};
constexpr Zaaktype kZaaktypen[] = {
    {"VV-01", "Omgevingsvergunning milieu"}, {"VV-02", "Melding milieubelastende activiteit"},
    {"TH-01", "Controle milieubedrijf"},     {"TH-02", "Toezicht asbestsanering"},
    {"HH-01", "Last onder dwangsom"},        {"MW-01", "Evenement; toezicht"},
};

std::string zaaktype_van(const std::string& code) {
  for (const auto& z : kZaaktypen) {
    if (code == z.code) return z.zaaktype;
  }
  return code;  // the others as their productcode
}

// How the export names a deelnemer: sometimes its full name, sometimes without "Gemeente", and
// Lindenwaard as "Gem. Lindenwaard" (the bronsysteem's mapping knows that one).
std::string gemeente_in_export(const std::string& naam, int teller) {
  if (naam == "Gemeente Lindenwaard") return "Gem. Lindenwaard";
  std::string_view kort = naam;
  if (teller % 2 == 1 && consume(kort, "Gemeente ")) return std::string(kort);
  return naam;
}

// The deliberate deviations of this year.
double factor(const std::string& deelnemer, const std::string& code, bool dit_jaar) {
  if (!dit_jaar) return 0.95;
  if (deelnemer == "Gemeente Beekdal" && code == "TH-02") return 1.6;
  if (deelnemer == "Gemeente Hoeveland" && code == "VV-01") return 0.4;
  return 1.0;
}

// One export: the rows of months 1 … `tot` of `jaar` (as written, moved by the kalender).
std::string export_csv(const DemoLoad& load, int jaar, int tot,
                       const std::vector<monitoring::Planregel>& plan,
                       const std::map<Id, std::string>& namen) {
  std::string csv =
      std::string(kCsvBom) + "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker;Zaaknummer\r\n";
  int teller = 0;
  for (const auto& r : plan) {
    const std::string& naam = namen.at(r.deelnemer_id);
    const double f = factor(naam, r.productcode, jaar == 2026);
    // A kental product counts pieces; the others hours in days of eight.
    const bool stuks = r.plan.aantal > 0;
    const double per_jaar = stuks ? static_cast<double>(r.plan.aantal) * f
                                  : static_cast<double>(r.plan.uren) / 800.0 * f;
    const std::int64_t uren_per_stuk =
        stuks ? r.plan.uren / std::max<std::int64_t>(1, r.plan.aantal) : 800;
    double rest = 0;
    for (int m = 1; m <= tot; ++m) {
      rest += per_jaar * kSeizoen[static_cast<std::size_t>(m - 1)] / 100.0;
      const auto n = static_cast<int>(rest);
      rest -= n;
      const Datum begin = load.kalender.dag(jaar, static_cast<unsigned>(m), 1);
      for (int k = 0; k < n; ++k, ++teller) {
        const auto dag = static_cast<unsigned>(2 + (teller * 7) % 26);
        const Datum d = *Datum::from_ymd(begin.jaar(), static_cast<unsigned>(begin.maand()), dag);
        const std::int64_t uren = uren_per_stuk + std::int64_t{teller % 3 - 1} * 25;
        csv += csv_regel({d.nl(), gemeente_in_export(naam, teller), zaaktype_van(r.productcode),
                          format_honderdsten(uren), stuks ? "1" : "0",
                          format_bedrag_invoer(programma::uren_maal_tarief(uren, 9850)),
                          kMedewerkers[teller % 5],
                          "Z-" + std::to_string(jaar) + "-" + std::to_string(10000 + teller)});
      }
    }
  }
  return csv;
}

}  // namespace

Result<void> load_monitoring_demo(DemoLoad& load) {
  DemoVerhaal& verhaal = load.verhaal;
  const DemoKalender& kalender = load.kalender;

  // The catalogue of the years the realisaties fall in, taken over from 2027.
  verhaal.op("2026-09-16T09:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto ingrid, verhaal.als("ingrid.mulder"));
  const std::string van = std::to_string(kalender.jaar(2027));
  for (int j : {2024, 2025, 2026}) {
    REGIE_TRY(verhaal.catalogus().jaar_kopieren(
        ingrid, {{"jaar", std::to_string(kalender.jaar(j))}, {"vanJaar", van}}));
  }
  // This year's programme, vastgesteld last autumn: the plan the dashboard compares with.
  verhaal.op("2025-11-21T16:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto p, maak_demo_programma(load, ingrid, kalender.jaar(2026)));
  REGIE_ASSIGN_OR_RETURN(
      p, verhaal.programmas().vaststellen(ingrid, p.id, p.versie,
                                          {{"vastgesteldDoor", "algemeen_bestuur"},
                                           {"vastgesteldOp", kalender.dag(2025, 11, 21).nl()}}));
  REGIE_ASSIGN_OR_RETURN(auto begroting, begroting_van(load.uow, p));
  // MON-3: the opdracht that carries this year's programme out, given and accepted last
  // autumn; this year's collective afwijkingen show on it.
  verhaal.op("2025-11-24T10:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto naomi, verhaal.als("naomi.bos"));
  const auto invoer = opdrachten::invoer_van(demo_regionale_opdracht(load, 2026));
  REGIE_ASSIGN_OR_RETURN(auto uitvoering,
                         verhaal.opdrachten().create(naomi, invoer.velden, invoer.lijsten));
  load.opdrachten[uitvoering.titel] = uitvoering.id;
  REGIE_TRY(koppel_alle_passende(verhaal, naomi, uitvoering.id));
  REGIE_ASSIGN_OR_RETURN(uitvoering, verhaal.stap(naomi, uitvoering, opdrachten::Stap::kAanbieden));
  verhaal.op("2025-11-28T11:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto youssef, verhaal.als("youssef.elamrani"));
  REGIE_TRY(verhaal.interne_afstemmingen().vastleggen(
      youssef, uitvoering.id,
      {{"teams", "Team toezicht, team handhaving en de juristen"},
       {"capaciteit", "Past binnen de planning van het jaar."},
       {"effecten", "Geen: het programma volgt dat van vorig jaar."},
       {"uitkomst", "uitvoerbaar"}}));
  verhaal.op("2025-12-02T15:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto directie, verhaal.als("directie"));
  REGIE_TRY(verhaal.stap(directie, uitvoering, opdrachten::Stap::kAanvaarden));

  const auto plan = monitoring::planregels(begroting);
  std::map<Id, std::string> namen;
  for (const auto& d : begroting.deelnemers) namen[d.organisatie_id] = d.naam;

  // The bronsysteem and its mapping.
  verhaal.op("2026-01-12T09:00:00Z");
  REGIE_ASSIGN_OR_RETURN(auto daan, verhaal.als("medewerker"));
  std::string zaaktypen;
  for (const auto& z : kZaaktypen) zaaktypen += std::string(z.zaaktype) + " = " + z.code + "\n";
  REGIE_TRY(verhaal.realisaties().create_bron(
      daan, {{"naam", "Zaaksysteem"},
             {"kolomDatum", "Datum"},
             {"kolomDeelnemer", "Gemeente"},
             {"kolomZaaktype", "Zaaktype"},
             {"kolomUren", "Uren"},
             {"kolomAantal", "Aantal"},
             {"kolomBedrag", "Kosten"},
             {"kolomMedewerker", "Medewerker"},
             {"kolomZaaknummer", "Zaaknummer"},
             {"zaaktypen", zaaktypen},
             {"deelnemernamen", "Gem. Lindenwaard = Gemeente Lindenwaard"}}));

  // Last year, whole; then this year up to last month.
  const std::string vorig = export_csv(load, 2025, 12, plan, namen);
  REGIE_TRY(verhaal.realisaties().importeren(
      daan, {"Zaaksysteem", "zaaksysteem-" + std::to_string(kalender.jaar(2025)) + ".csv"},
      opener_van(vorig)));
  verhaal.op("2026-11-30T16:00:00Z");
  const std::string dit = export_csv(load, 2026, 11, plan, namen);
  REGIE_TRY(verhaal.realisaties().importeren(
      daan,
      {"Zaaksysteem", "zaaksysteem-" + std::to_string(kalender.jaar(2026)) + "-t-m-november.csv"},
      opener_van(dit)));

  // MON-6: last year and the first nine months of this year closed, then one correction.
  verhaal.op("2026-11-30T16:30:00Z");
  REGIE_ASSIGN_OR_RETURN(auto marieke, verhaal.als("directie"));
  std::set<monitoring::Maand> gesloten;  // two months written may move into one
  for (int j : {2025, 2026}) {
    for (unsigned m = 1; m <= (j == 2025 ? 12U : 9U); ++m) {
      const auto maand = monitoring::maand_van(kalender.dag(j, m, 1));
      if (!gesloten.insert(maand).second) continue;
      REGIE_TRY(verhaal.realisaties().periode_sluiten(marieke,
                                                      {{"maand", monitoring::maand_iso(maand)}}));
    }
  }
  verhaal.op("2026-11-30T17:00:00Z");
  REGIE_TRY(verhaal.realisaties().corrigeren(
      daan, {{"deelnemerId", std::to_string(load.organisaties.at("Gemeente Beekdal"))},
             {"productcode", "TH-01"},
             {"datum", kalender.dag(2026, 3, 16).nl()},
             {"uren", "-8,5"},
             {"bedrag", "-837,25"},
             {"reden", "Controle in maart twee keer geboekt (zaak Z-2026-10412)."}}));

  // MON-4: this year's indicators measured twice; MON-5: the zaaksysteem's process figures of
  // the regio per month, and Beekdal's backlog.
  const std::string jaar = std::to_string(kalender.jaar(2026));
  for (const auto& [moment, naleving, klachten, termijn] :
       {std::tuple{"2026-03-31T15:00:00Z", "79,5", "14,6", "89"},
        std::tuple{"2026-09-30T15:00:00Z", "81", "13,9", "87,5"}}) {
    verhaal.op(moment);
    const std::string d = kalender.dag_iso(std::string_view(moment).substr(0, 10))->nl();
    REGIE_TRY(verhaal.metingen().indicator_vastleggen(
        ingrid, {{"jaar", jaar},
                 {"doel", "1"},
                 {"indicator", "Naleving bij periodieke controle"},
                 {"peildatum", d},
                 {"waarde", naleving},
                 {"toelichting", "Steekproef van de periodieke controles van het kwartaal."}}));
    REGIE_TRY(verhaal.metingen().indicator_vastleggen(
        ingrid, {{"jaar", jaar},
                 {"doel", "1"},
                 {"indicator", "Milieuklachten per 10.000 inwoners"},
                 {"peildatum", d},
                 {"waarde", klachten}}));
    REGIE_TRY(verhaal.metingen().indicator_vastleggen(
        ingrid, {{"jaar", jaar},
                 {"doel", "2"},
                 {"indicator", "Besluiten binnen de wettelijke termijn"},
                 {"peildatum", d},
                 {"waarde", termijn}}));
  }
  verhaal.op("2026-11-30T17:15:00Z");
  const std::vector<std::tuple<int, const char*, const char*>> proces = {
      {8, "91,2", "38"}, {9, "89,7", "44"}, {10, "92,4", "41"}};
  for (const auto& [maand, tijdig, achterstand] : proces) {
    const std::string m = monitoring::maand_iso(
        monitoring::maand_van(kalender.dag(2026, static_cast<unsigned>(maand), 1)));
    REGIE_TRY(
        verhaal.metingen().proces_vastleggen(marieke, {{"maat", "tijdig_besloten"},
                                                       {"maand", m},
                                                       {"waarde", tijdig},
                                                       {"toelichting", "Uit het zaaksysteem."}}));
    REGIE_TRY(verhaal.metingen().proces_vastleggen(
        marieke, {{"maat", "achterstand"}, {"maand", m}, {"waarde", achterstand}}));
  }
  REGIE_TRY(verhaal.metingen().proces_vastleggen(
      marieke, {{"maat", "achterstand"},
                {"maand", monitoring::maand_iso(monitoring::maand_van(kalender.dag(2026, 10, 1)))},
                {"deelnemerId", std::to_string(load.organisaties.at("Gemeente Beekdal"))},
                {"waarde", "9"},
                {"toelichting", "Vooral meldingen over geluid."}}));

  // MON-3: the import raised afwijkingen; for Beekdal's the accountmanager drafted a
  // bijsturingsvoorstel with its opdrachtgever, which now waits for the decision.
  verhaal.op("2026-11-30T17:30:00Z");
  REGIE_ASSIGN_OR_RETURN(auto thomas, verhaal.als("accountmanager"));
  REGIE_ASSIGN_OR_RETURN(auto signalen,
                         verhaal.afwijkingen().afwijkingen(
                             thomas, {.jaar = kalender.jaar(2026),
                                      .deelnemer = load.organisaties.at("Gemeente Beekdal"),
                                      .alleen_lopend = true}));
  for (const auto& r : signalen) {
    if (!r.mag_voorstellen) continue;
    REGIE_TRY(verhaal.afwijkingen().voorstellen(
        thomas, r.signaal.id, r.signaal.versie,
        {{"maatregel",
          "De extra controles van dit najaar tellen mee in het plan van volgend jaar; in "
          "december geen nieuwe controles buiten het programma."},
         {"gevolgen", "Het aantal controles komt over het jaar binnen de band; geen meerkosten."},
         {"afgestemdMet", "Pieter de Boer"},
         {"meerkosten", "0"}}));
  }
  return Ok();
}

}  // namespace regie::service
