// Pages of account management (GOV-10): the beheerder's list, form and account page, a form with
// errors, and the page of a one-time link (logged out; a link that does not work).
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'accounts', pad: '/gebruikers', account: 'beheerder' },
  { naam: 'account-toevoegen', pad: '/gebruikers/nieuw', account: 'beheerder' },
  { naam: 'account', pad: '/gebruikers/{gebruiker}', account: 'beheerder' },
  { naam: 'account-formulier-met-fouten', pad: '/gebruikers/nieuw', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'wachtwoord-instellen-ongeldig', pad: '/wachtwoord-instellen?code=onbekend', account: null },
];

export const bronnen = {
  gebruiker: { lijst: '/gebruikers', link: /^\/gebruikers\/(\d+)$/ },
};
