// Pages of signalen (OPD-6): the demo's open signaal on both start pages and on the opdracht.
// The fields of a page and of a source: see ../pages.mjs.
export const paginas = [
  { naam: 'start-signalen-opdrachtgever', pad: '/', account: 'opdrachtgever' },
  { naam: 'start-signalen-od', pad: '/', account: 'accountmanager' },
  { naam: 'opdracht-signalen-opdrachtgever', pad: '/opdrachten/{opdracht}', account: 'opdrachtgever' },
  { naam: 'signaal-melden-met-fouten', pad: '/opdrachten/{opdracht}', account: 'accountmanager', via: 'signaalLeegMelden', status: 400 },
];

export const stappen = {
  // Send the form "Signaal melden" on `pad` empty: every error at once.
  async signaalLeegMelden(page, pad) {
    await page.goto(pad);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Signaal melden' }).click(),
    ]);
    return response;
  },
};
