// Pages of the programmaregels of an opdracht (OPD-4, OPD-7). The opdracht pages themselves
// (with the section) are in opdrachten.mjs. The fields of a page: see ../pages.mjs.
export const paginas = [
  { naam: 'programmaregels-maatwerk-kiezen', pad: '/opdrachten/{concept}/programmaregels', account: 'opdrachtgever' },
  { naam: 'programmaregels-collectief-kiezen', pad: '/opdrachten/{opdracht}/programmaregels', account: 'accountmanager' },
];
