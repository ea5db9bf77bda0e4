// THE list of pages that axe-core checks (tests/browser/axe.test.mjs): one line per page.
//
//   naam     Dutch name; also the screenshot's file name (screenshots/<naam>.png)
//   pad      the URL; each placeholder of `bronnen` below ({organisatie}, {persoon}, …) becomes
//            an id found by following the links in that list, never hard-coded
//   account  the demo account to log in with; null: logged out
//   via      (optional) a step in `stappen` below, for a state a plain GET cannot reach
//   status   (optional) the expected HTTP status; 200 when left out
//
// A new page is one new line here.
export const paginas = [
  { naam: 'inloggen', pad: '/inloggen', account: null },
  { naam: 'toegankelijkheid', pad: '/toegankelijkheid', account: null },
  { naam: 'toegankelijkheid-ingelogd', pad: '/toegankelijkheid', account: 'beheerder' },
  { naam: 'start', pad: '/', account: 'beheerder' },
  { naam: 'regio', pad: '/regio', account: 'beheerder' },
  { naam: 'regio-wijzigen', pad: '/regio/bewerken', account: 'beheerder' },
  { naam: 'bevindingen', pad: '/regio/bevindingen', account: 'beheerder' },
  { naam: 'bevindingen-eigen', pad: '/regio/bevindingen', account: 'opdrachtgever' },
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
  // ---- Every delete asks first
  { naam: 'organisatie-verwijderen', pad: '/organisaties/{organisatie}/verwijderen', account: 'beheerder' },
  { naam: 'persoon-verwijderen', pad: '/personen/{persoon}/verwijderen', account: 'beheerder' },
  { naam: 'rol-verwijderen', pad: '/rollen/{rol}/verwijderen', account: 'beheerder' },
  { naam: 'vertegenwoordiging-verwijderen', pad: '/vertegenwoordigingen/{vertegenwoordiging}/verwijderen', account: 'beheerder' },
  // ---- Opdrachten (OPD)
  { naam: 'opdrachten', pad: '/opdrachten', account: 'beheerder' },
  { naam: 'opdrachten-gefilterd', pad: '/opdrachten?status=concept&sorteer=-titel', account: 'opdrachtgever' },
  { naam: 'opdracht', pad: '/opdrachten/{opdracht}', account: 'accountmanager' },
  { naam: 'opdracht-afdrukken', pad: '/opdrachten/{opdracht}/afdrukken', account: 'bestuurder' },
  { naam: 'opdracht-concept', pad: '/opdrachten/{concept}', account: 'opdrachtgever' },
  { naam: 'opdracht-opstellen', pad: '/opdrachten/nieuw', account: 'opdrachtgever' },
  { naam: 'opdracht-opstellen-od', pad: '/opdrachten/nieuw', account: 'accountmanager' },
  { naam: 'opdracht-wijzigen', pad: '/opdrachten/{concept}/bewerken', account: 'opdrachtgever' },
  { naam: 'opdracht-formulier-met-fouten', pad: '/opdrachten/nieuw', account: 'opdrachtgever', via: 'leegVersturen', status: 400 },
  // ---- Versies en wijzigingsverzoeken (OPD-5)
  { naam: 'opdracht-met-wijzigingen', pad: '/opdrachten/{maatwerk}', account: 'opdrachtgever' },
  { naam: 'wijzigingsverzoek-beoordelen', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/{verzoek}', account: 'opdrachtgever' },
  { naam: 'wijzigingsverzoek-od', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/{verzoek}', account: 'accountmanager' },
  { naam: 'wijzigingsverzoek-indienen', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/nieuw', account: 'accountmanager' },
  { naam: 'wijzigingsverzoek-met-fouten', pad: '/opdrachten/{maatwerk}/wijzigingsverzoeken/nieuw', account: 'accountmanager', via: 'leegVersturen', status: 400 },
  { naam: 'opdracht-versie', pad: '/opdrachten/{maatwerk}/versies/1', account: 'bestuurder' },
  { naam: 'opdracht-versies-vergelijken', pad: '/opdrachten/{maatwerk}/vergelijking?van=1&naar=2', account: 'opdrachtgever' },
  // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8), per-organisatie GOV-9
  { naam: 'organisatie-bevindingen', pad: '/organisaties/{organisatie}/bevindingen', account: 'beheerder' },
  { naam: 'vertegenwoordigingen', pad: '/vertegenwoordigingen', account: 'opdrachtgever' },
  { naam: 'vertegenwoordiging', pad: '/vertegenwoordigingen/{vertegenwoordiging}', account: 'beheerder' },
  { naam: 'vertegenwoordiging-toevoegen', pad: '/vertegenwoordigingen/nieuw', account: 'opdrachtgever' },
  { naam: 'vertegenwoordiging-wijzigen', pad: '/vertegenwoordigingen/{vertegenwoordiging}/bewerken', account: 'beheerder' },
  { naam: 'vertegenwoordiging-formulier-met-fouten', pad: '/vertegenwoordigingen/nieuw', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'projectgroep', pad: '/regio/projectgroep', account: 'beheerder' },
  { naam: 'projectgroep-opdrachtgever', pad: '/regio/projectgroep', account: 'opdrachtgever' },
  { naam: 'persoon-met-petten', pad: '/personen/{bestuurder}', account: 'beheerder' },
  { naam: 'organisatie-formulier-met-fouten', pad: '/organisaties/nieuw', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'niet-gevonden', pad: '/organisaties/999999', account: 'beheerder', status: 404 },
  { naam: 'organisatie-conflict', pad: '/organisaties/{organisatie}/bewerken', account: 'beheerder', via: 'conflict', status: 409 },
  // ---- Competenties (COMP)
  { naam: 'mijn-competenties', pad: '/competenties', account: 'opdrachtgever' },
  { naam: 'mijn-competenties-zonder-persoon', pad: '/competenties', account: 'beheerder' },
  { naam: 'zelfbeoordeling-invullen', pad: '/competenties/nieuw?profiel=accountmanager', account: 'accountmanager' },
  { naam: 'zelfbeoordeling-wijzigen', pad: '/competenties/{zelfbeoordeling}', account: 'opdrachtgever' },
  { naam: 'zelfbeoordeling-met-fouten', pad: '/competenties/nieuw?profiel=opdrachtgever&jaar=2020', account: 'opdrachtgever', via: 'leegVersturen', status: 400 },
  { naam: 'competenties-regio', pad: '/regio/competenties', account: 'beheerder' },
  { naam: 'competenties-regio-gesorteerd', pad: '/regio/competenties?sorteer=-gemiddelde', account: 'bestuurder' },
  // ---- Big 8 (B8)
  { naam: 'beleidscyclus', pad: '/regio/beleidscyclus', account: 'beheerder' },
  { naam: 'beleidscyclus-alleen-lezen', pad: '/regio/beleidscyclus', account: 'bestuurder' },
  { naam: 'beleidscyclus-conclusie-met-fouten', pad: '/regio/beleidscyclus', account: 'beheerder', via: 'leegVersturen', status: 400 },
  { naam: 'cyclusstap', pad: '/regio/beleidscyclus/stappen/{cyclusstap}', account: 'beheerder' },
  { naam: 'cyclusstap-alleen-lezen', pad: '/regio/beleidscyclus/stappen/{cyclusstap}', account: 'opdrachtgever' },
  { naam: 'cyclusstap-wijzigen', pad: '/regio/beleidscyclus/stappen/{cyclusstap}/bewerken', account: 'accountmanager' },
  // ---- Signalen (OPD-6): the demo's open signaal on both start pages and on the opdracht
  { naam: 'start-signalen-opdrachtgever', pad: '/', account: 'opdrachtgever' },
  { naam: 'start-signalen-od', pad: '/', account: 'accountmanager' },
  { naam: 'opdracht-signalen-opdrachtgever', pad: '/opdrachten/{opdracht}', account: 'opdrachtgever' },
  { naam: 'signaal-melden-met-fouten', pad: '/opdrachten/{opdracht}', account: 'accountmanager', via: 'signaalLeegMelden', status: 400 },
];

// Where each placeholder's id comes from: the first matching link in that list's table.
const bronnen = {
  organisatie: { lijst: '/organisaties', link: /^\/organisaties\/(\d+)$/ },
  persoon: { lijst: '/personen', link: /^\/personen\/(\d+)$/ },
  rol: { lijst: '/rollen', link: /^\/rollen\/(\d+)$/ },
  vertegenwoordiging: { lijst: '/vertegenwoordigingen', link: /^\/vertegenwoordigingen\/(\d+)$/ },
  // ---- Opdrachten (OPD): the demo's accepted programme and Beekdal's maatwerk concept.
  opdracht: { lijst: '/opdrachten?status=aanvaard', link: /^\/opdrachten\/(\d+)$/ },
  concept: { lijst: '/opdrachten?status=concept', link: /^\/opdrachten\/(\d+)$/ },
  // OPD-5: Beekdal's accepted maatwerk (last by title) and its newest wijzigingsverzoek.
  maatwerk: { lijst: '/opdrachten?status=aanvaard&sorteer=-titel', link: /^\/opdrachten\/(\d+)$/ },
  verzoek: { lijst: '/opdrachten/{maatwerk}', link: /^\/opdrachten\/\d+\/wijzigingsverzoeken\/(\d+)$/ },
  // A bestuurder with two hats (GOV-5/GOV-7): her page shows the pettenscheiding.
  bestuurder: { lijst: '/personen?zoek=Hanneke', link: /^\/personen\/(\d+)$/ },
  // ---- Competenties (COMP): the own self-assessments of the page's account
  zelfbeoordeling: { lijst: '/competenties', link: /^\/competenties\/(\d+)$/ },
  // ---- Big 8 (B8)
  cyclusstap: { lijst: '/regio/beleidscyclus', link: /^\/regio\/beleidscyclus\/stappen\/(\d+)$/ },
};

/** Replaces each placeholder of `bronnen` in `pad` by following the lists' links. */
export async function vulPadIn(page, pad, cache = {}) {
  const namen = [...pad.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  for (const naam of namen) {
    if (!(naam in cache)) {
      const bron = bronnen[naam];
      if (!bron) throw new Error(`onbekende plaatshouder {${naam}} in ${pad}`);
      await page.goto(await vulPadIn(page, bron.lijst, cache));
      const hrefs = await page
        .locator('main table tbody a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const href = hrefs.find((h) => bron.link.test(h));
      if (!href) throw new Error(`geen link naar een ${naam} gevonden op ${bron.lijst}`);
      cache[naam] = href.match(bron.link)[1];
    }
    pad = pad.replace(`{${naam}}`, cache[naam]);
  }
  return pad;
}

// Steps for states that a GET cannot reach. Each gets the page and the resolved path and
// returns the response of the page that is to be checked.
export const stappen = {
  // GET is the default: just open the page.
  async openen(page, pad) {
    return page.goto(pad);
  },

  // Submit the form on `pad` without filling anything in: the form again, with every error.
  // Its save button, not a row button of an opdracht's list part nor the default for Enter.
  async leegVersturen(page, pad) {
    await page.goto(pad);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page
        .locator('main form.regie-form button[type="submit"]:not([name^="rij_"]):not(.regie-standaardknop)')
        .click(),
    ]);
    return response;
  },

  // Someone else saves the edit form on `pad` first; then this tab saves: the conflict form.
  async conflict(page, pad) {
    await page.goto(pad);
    const form = page.locator('main form.regie-form');
    const velden = await form.evaluate((f) => Object.fromEntries(new FormData(f)));
    const actie = await form.getAttribute('action');
    const ander = { ...velden, inwonertal: String(Number(velden.inwonertal || 0) + 1) };
    const opgeslagen = await page.request.post(actie, { form: ander, maxRedirects: 0 });
    if (opgeslagen.status() !== 303) {
      throw new Error(`de andere opslag gaf ${opgeslagen.status()} in plaats van 303`);
    }
    await page.getByLabel('Naam', { exact: true }).fill(`${velden.naam} (eigen invoer)`);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      form.locator('button[type="submit"]').click(),
    ]);
    return response;
  },

  // ---- Signalen (OPD-6): send the form "Signaal melden" on `pad` empty: every error at once.
  async signaalLeegMelden(page, pad) {
    await page.goto(pad);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Signaal melden' }).click(),
    ]);
    return response;
  },
};
