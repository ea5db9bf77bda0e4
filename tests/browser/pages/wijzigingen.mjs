// Pages of versions and wijzigingsverzoeken (OPD-5).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'opdracht-met-wijzigingen', pad: '/opdrachten/{maatwerk}', account: 'opdrachtgever' },
  { naam: 'wijzigingsverzoek-beoordelen', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/{verzoek}', account: 'opdrachtgever' },
  { naam: 'wijzigingsverzoek-od', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/{verzoek}', account: 'accountmanager' },
  { naam: 'wijzigingsverzoek-indienen', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/nieuw', account: 'accountmanager' },
  { naam: 'wijzigingsverzoek-met-fouten', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/nieuw', account: 'accountmanager', via: 'leegVersturen', status: 400 },
  { naam: 'opdracht-versie', pad: '/opdrachten/{maatwerk}/versies/1', account: 'bestuurder' },
  { naam: 'opdracht-versies-vergelijken', pad: '/opdrachten/{maatwerk}/vergelijking?van=1&naar=2', account: 'opdrachtgever' },
];

export const bronnen = {
  // Beekdal's accepted maatwerk (last by title) and its newest wijzigingsverzoek.
  maatwerk: { lijst: '/opdrachten?status=aanvaard&sorteer=-titel', link: /^\/opdrachten\/(\d+)$/ },
  verzoek: { lijst: '/opdrachten/{maatwerk}', link: /^\/opdrachten\/\d+\/wijzigingsverzoeken\/(\d+)$/ },
};
