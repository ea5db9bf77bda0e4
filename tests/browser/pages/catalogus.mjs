// Pages of the producten- en dienstencatalogus (UP-3).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'productcatalogus', pad: '/regio/catalogus', account: 'opdrachtgever' },
  { naam: 'productcatalogus-toezicht', pad: '/regio/catalogus?taakveld=toezicht&sorteer=-naam', account: 'ingrid.mulder' },
  { naam: 'product-nieuw', pad: '/regio/catalogus/producten/nieuw', account: 'ingrid.mulder' },
  { naam: 'catalogusjaar-kopieren', pad: '/regio/catalogus/jaren/nieuw', account: 'directie' },
  { naam: 'verdeelsleutel-nieuw', pad: '/regio/catalogus/sleutels/nieuw?jaar=2028', account: 'ingrid.mulder' },
  { naam: 'catalogus-importeren', pad: '/regio/catalogus/import', account: 'accountmanager' },
];

export const bronnen = {};
