// Pages of afwijkingen and bijsturing (MON-3, GOV-12).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'afwijkingen', pad: '/afwijkingen', account: 'accountmanager' },
  { naam: 'afwijkingen-alle-opdrachtgever', pad: '/afwijkingen?status=alle', account: 'opdrachtgever' },
  { naam: 'afwijking-voorstel', pad: '/afwijkingen/{afwijking}', account: 'accountmanager' },
  // Resolved as the opdrachtgever: Beekdal's afwijking, whose voorstel waits for Pieter.
  { naam: 'afwijking-besluit', pad: '/afwijkingen/{afwijkingbeekdal}', account: 'opdrachtgever' },
  { naam: 'afwijking-besluit-fouten', pad: '/afwijkingen/{afwijkingbeekdal}', account: 'opdrachtgever', via: 'leegVersturen', status: 400 },
];

export const bronnen = {
  afwijking: { lijst: '/afwijkingen', link: /^\/afwijkingen\/(\d+)$/ },
  afwijkingbeekdal: { lijst: '/afwijkingen', link: /^\/afwijkingen\/(\d+)$/ },
};
