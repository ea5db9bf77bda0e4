// Pages of governance: the findings (GOV-9, also per organisatie), collectief
// opdrachtgeverschap and the projectgroep (GOV-6, GOV-8), a persoon with two hats (GOV-5).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'bevindingen', pad: '/regio/bevindingen', account: 'beheerder' },
  { naam: 'bevindingen-eigen', pad: '/regio/bevindingen', account: 'opdrachtgever' },
  { naam: 'organisatie-bevindingen', pad: '/organisaties/{organisatie}/bevindingen', account: 'beheerder' },
  { naam: 'vertegenwoordigingen', pad: '/vertegenwoordigingen', account: 'opdrachtgever' },
  { naam: 'vertegenwoordiging', pad: '/vertegenwoordigingen/{vertegenwoordiging}', account: 'beheerder' },
  { naam: 'vertegenwoordiging-toevoegen', pad: '/vertegenwoordigingen/nieuw', account: 'opdrachtgever' },
  { naam: 'vertegenwoordiging-wijzigen', pad: '/vertegenwoordigingen/{vertegenwoordiging}/bewerken', account: 'beheerder' },
  { naam: 'vertegenwoordiging-verwijderen', pad: '/vertegenwoordigingen/{vertegenwoordiging}/verwijderen', account: 'beheerder' },
  { naam: 'vertegenwoordiging-formulier-met-fouten', pad: '/vertegenwoordigingen/nieuw', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'projectgroep', pad: '/regio/projectgroep', account: 'beheerder' },
  { naam: 'projectgroep-opdrachtgever', pad: '/regio/projectgroep', account: 'opdrachtgever' },
  { naam: 'persoon-met-petten', pad: '/personen/{bestuurder}', account: 'beheerder' },
];

export const bronnen = {
  vertegenwoordiging: { lijst: '/vertegenwoordigingen', link: /^\/vertegenwoordigingen\/(\d+)$/ },
  // A bestuurder with two hats (GOV-5/GOV-7): her page shows the pettenscheiding.
  bestuurder: { lijst: '/personen?zoek=Hanneke', link: /^\/personen\/(\d+)$/ },
};
