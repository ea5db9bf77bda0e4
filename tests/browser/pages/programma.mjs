// Pages of the uitvoeringsprogramma and its begroting per deelnemer (UP-1, UP-2, UP-4).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'uitvoeringsprogrammas', pad: '/regio/programma', account: 'opdrachtgever' },
  { naam: 'uitvoeringsprogramma', pad: '/regio/programma/{programma}', account: 'opdrachtgever' },
  { naam: 'uitvoeringsprogramma-regisseur', pad: '/regio/programma/{programma}', account: 'ingrid.mulder' },
  { naam: 'begroting-per-deelnemer', pad: '/regio/programma/{programma}/begroting', account: 'bestuurder' },
  { naam: 'programma-bijstellen', pad: '/regio/programma/{programma}/bijstellen', account: 'ingrid.mulder' },
  { naam: 'programma-nieuw', pad: '/regio/programma/nieuw', account: 'ingrid.mulder' },
];

export const bronnen = {
  programma: { lijst: '/regio/programma', link: /^\/regio\/programma\/(\d+)$/ },
};
