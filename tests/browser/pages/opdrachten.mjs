// Pages of opdrachten (OPD-1..OPD-3).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'opdrachten', pad: '/opdrachten', account: 'beheerder' },
  { naam: 'opdrachten-gefilterd', pad: '/opdrachten?status=concept&sorteer=-titel', account: 'opdrachtgever' },
  { naam: 'opdracht', pad: '/opdrachten/{opdracht}', account: 'accountmanager' },
  { naam: 'opdracht-afdrukken', pad: '/opdrachten/{opdracht}/afdrukken', account: 'bestuurder' },
  { naam: 'opdracht-concept', pad: '/opdrachten/{concept}', account: 'opdrachtgever' },
  { naam: 'opdracht-opstellen', pad: '/opdrachten/nieuw', account: 'opdrachtgever' },
  { naam: 'opdracht-opstellen-od', pad: '/opdrachten/nieuw', account: 'accountmanager' },
  { naam: 'opdracht-wijzigen', pad: '/opdrachten/{concept}/bewerken', account: 'opdrachtgever' },
  { naam: 'opdracht-formulier-met-fouten', pad: '/opdrachten/nieuw', account: 'opdrachtgever', via: 'leegVersturen', status: 400 },
];

export const bronnen = {
  // The demo's accepted programme and Beekdal's maatwerk concept.
  opdracht: { lijst: '/opdrachten?status=aanvaard', link: /^\/opdrachten\/(\d+)$/ },
  concept: { lijst: '/opdrachten?status=concept', link: /^\/opdrachten\/(\d+)$/ },
};
