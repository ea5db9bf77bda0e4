// Pages of every account: logging in, the accessibility statement and the start page.
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'inloggen', pad: '/inloggen', account: null },
  { naam: 'toegankelijkheid', pad: '/toegankelijkheid', account: null },
  { naam: 'toegankelijkheid-ingelogd', pad: '/toegankelijkheid', account: 'beheerder' },
  { naam: 'start', pad: '/', account: 'beheerder' },
];
