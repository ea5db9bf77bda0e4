// Pages of competenties (COMP).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'mijn-competenties', pad: '/competenties', account: 'opdrachtgever' },
  { naam: 'mijn-competenties-zonder-persoon', pad: '/competenties', account: 'beheerder' },
  { naam: 'zelfbeoordeling-invullen', pad: '/competenties/nieuw?profiel=accountmanager', account: 'accountmanager' },
  { naam: 'zelfbeoordeling-wijzigen', pad: '/competenties/{zelfbeoordeling}', account: 'opdrachtgever' },
  { naam: 'zelfbeoordeling-met-fouten', pad: '/competenties/nieuw?profiel=opdrachtgever&jaar=2020', account: 'opdrachtgever', via: 'leegVersturen', status: 400 },
  { naam: 'competenties-regio', pad: '/regio/competenties', account: 'beheerder' },
  { naam: 'competenties-regio-gesorteerd', pad: '/regio/competenties?sorteer=-gemiddelde', account: 'bestuurder' },
];

export const bronnen = {
  // The own self-assessments of the page's account.
  zelfbeoordeling: { lijst: '/competenties', link: /^\/competenties\/(\d+)$/ },
};
