// Pages of the register (GOV-1..GOV-3): the regio, organisaties, personen and rollen, with a
// form sent empty, an unknown page and a conflict.
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'regio', pad: '/regio', account: 'beheerder' },
  { naam: 'regio-wijzigen', pad: '/regio/bewerken', account: 'beheerder' },
  { naam: 'organisaties', pad: '/organisaties', account: 'beheerder' },
  { naam: 'organisaties-gefilterd-en-gesorteerd', pad: '/organisaties?sorteer=-inwonertal&soort=gemeente', account: 'beheerder' },
  { naam: 'organisatie-toevoegen', pad: '/organisaties/nieuw', account: 'beheerder' },
  { naam: 'organisatie', pad: '/organisaties/{organisatie}', account: 'beheerder' },
  { naam: 'organisatie-wijzigen', pad: '/organisaties/{organisatie}/bewerken', account: 'beheerder' },
  { naam: 'personen', pad: '/personen', account: 'beheerder' },
  { naam: 'persoon-toevoegen', pad: '/personen/nieuw', account: 'beheerder' },
  { naam: 'persoon', pad: '/personen/{persoon}', account: 'beheerder' },
  { naam: 'persoon-wijzigen', pad: '/personen/{persoon}/bewerken', account: 'beheerder' },
  { naam: 'rollen', pad: '/rollen', account: 'beheerder' },
  { naam: 'rollen-ab-leden', pad: '/rollen?soort=ab_lid', account: 'beheerder' },
  { naam: 'rol-toevoegen', pad: '/rollen/nieuw', account: 'beheerder' },
  { naam: 'rol', pad: '/rollen/{rol}', account: 'beheerder' },
  { naam: 'rol-wijzigen', pad: '/rollen/{rol}/bewerken', account: 'beheerder' },
  // Every delete asks first.
  { naam: 'organisatie-verwijderen', pad: '/organisaties/{organisatie}/verwijderen', account: 'beheerder' },
  { naam: 'persoon-verwijderen', pad: '/personen/{persoon}/verwijderen', account: 'beheerder' },
  { naam: 'rol-verwijderen', pad: '/rollen/{rol}/verwijderen', account: 'beheerder' },
  { naam: 'organisatie-formulier-met-fouten', pad: '/organisaties/nieuw', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'niet-gevonden', pad: '/organisaties/999999', account: 'beheerder', status: 404 },
  { naam: 'organisatie-conflict', pad: '/organisaties/{organisatie}/bewerken', account: 'beheerder', via: 'conflict', status: 409 },
];

export const bronnen = {
  organisatie: { lijst: '/organisaties', link: /^\/organisaties\/(\d+)$/ },
  persoon: { lijst: '/personen', link: /^\/personen\/(\d+)$/ },
  rol: { lijst: '/rollen', link: /^\/rollen\/(\d+)$/ },
};
