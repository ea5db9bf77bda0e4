// Pages of the Big 8 cycle (B8-1..B8-4).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'beleidscyclus', pad: '/regio/beleidscyclus', account: 'beheerder' },
  { naam: 'beleidscyclus-alleen-lezen', pad: '/regio/beleidscyclus', account: 'bestuurder' },
  { naam: 'beleidscyclus-conclusie-met-fouten', pad: '/regio/beleidscyclus', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'cyclusstap', pad: '/regio/beleidscyclus/stappen/{cyclusstap}', account: 'beheerder' },
  { naam: 'cyclusstap-alleen-lezen', pad: '/regio/beleidscyclus/stappen/{cyclusstap}', account: 'medewerker' },
  // B8-4: the opdrachtgever's bijdrage form; OPD-7: the opdrachten that serve the product.
  { naam: 'cyclusstap-bijdrage', pad: '/regio/beleidscyclus/stappen/{cyclusstap}', account: 'opdrachtgever' },
  { naam: 'cyclusstap-wijzigen', pad: '/regio/beleidscyclus/stappen/{cyclusstap}/bewerken', account: 'accountmanager' },
];

export const bronnen = {
  cyclusstap: { lijst: '/regio/beleidscyclus', link: /^\/regio\/beleidscyclus\/stappen\/(\d+)$/ },
};
