// Pages of realisaties and monitoring (MON-1 … MON-7).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'monitoring', pad: '/monitoring', account: 'medewerker' },
  { naam: 'monitoring-per-product-opdrachtgever', pad: '/monitoring?niveau=product', account: 'opdrachtgever' },
  { naam: 'monitoring-per-deelnemer', pad: '/monitoring?niveau=deelnemer', account: 'bestuurder' },
  { naam: 'realisaties', pad: '/realisaties', account: 'medewerker' },
  { naam: 'realisatie-import', pad: '/realisaties/imports/{realisatieimport}', account: 'accountmanager' },
  { naam: 'bronsysteem-nieuw', pad: '/realisaties/bronnen/nieuw', account: 'medewerker' },
  { naam: 'bronsysteem-nieuw-fouten', pad: '/realisaties/bronnen/nieuw', account: 'medewerker', via: 'leegVersturen', status: 400 },
  { naam: 'realisatie-correctie', pad: '/realisaties/correctie', account: 'directie' },
  { naam: 'indicatormeting', pad: '/monitoring/indicatormeting?jaar=2026&doel=1&indicator=Naleving%20bij%20periodieke%20controle', account: 'ingrid.mulder' },
  { naam: 'indicatormeting-fouten', pad: '/monitoring/indicatormeting?jaar=2026&doel=1&indicator=Naleving%20bij%20periodieke%20controle', account: 'ingrid.mulder', via: 'leegVersturen', status: 400 },
  { naam: 'procesmeting', pad: '/monitoring/procesmeting', account: 'directie' },
  { naam: 'indicatormeting-verwijderen', pad: '/monitoring/indicatormeting/{indicatormeting}/verwijderen', account: 'ingrid.mulder' },
  { naam: 'procesmeting-verwijderen', pad: '/monitoring/procesmeting/{procesmeting}/verwijderen', account: 'directie' },
];

export const bronnen = {
  realisatieimport: { lijst: '/realisaties', link: /^\/realisaties\/imports\/(\d+)$/ },
  indicatormeting: { lijst: '/monitoring', link: /^\/monitoring\/indicatormeting\/(\d+)\/verwijderen$/, binnen: 'main li a' },
  procesmeting: { lijst: '/monitoring', link: /^\/monitoring\/procesmeting\/(\d+)\/verwijderen$/ },
};
