// THE list of pages that axe-core checks (tests/browser/axe.test.mjs), gathered from one file
// per capability in pages/ (each exports `paginas`, and where it needs them `bronnen` and
// `stappen`). A new page is one new line in its capability's file; a new capability is a new
// file and its name in `delen` below.
//
// A page:
//   naam     Dutch name; also the screenshot's file name (screenshots/<naam>.png)
//   pad      the URL; each placeholder of a `bronnen` entry ({organisatie}, {persoon}, …)
//            becomes an id found by following the links in that list, never hard-coded
//   account  the demo account to log in with; null: logged out
//   via      (optional) a step in `stappen`, for a state a plain GET cannot reach
//   status   (optional) the expected HTTP status; 200 when left out
// A source (`bronnen`): the list page and the link whose first match gives the id; `binnen`
// (optional) where the links are, when not in a table of the page.

// The capabilities, in the order their pages are checked.
const delen = await Promise.all(
  ['start', 'register', 'opdrachten', 'wijzigingen', 'governance', 'competenties', 'beleidscyclus',
    'signalen', 'accounts', 'catalogus', 'programma', 'koppelingen', 'monitoring', 'afwijkingen'].map((naam) => import(`./pages/${naam}.mjs`)),
);

// The entries of every capability under one name each; a name used twice is an error.
function samen(soort, lijsten) {
  const out = {};
  for (const lijst of lijsten) {
    for (const [naam, waarde] of Object.entries(lijst ?? {})) {
      if (naam in out) throw new Error(`${soort} '${naam}' staat in twee bestanden van pages/`);
      out[naam] = waarde;
    }
  }
  return out;
}

export const paginas = delen.flatMap((deel) => deel.paginas);
samen('pagina', paginas.map((p) => ({ [p.naam]: p })));

// Where each placeholder's id comes from: the first matching link in that list's table.
const bronnen = samen('bron', delen.map((deel) => deel.bronnen));

/** Replaces each placeholder of `bronnen` in `pad` by following the lists' links. */
export async function vulPadIn(page, pad, cache = {}) {
  const namen = [...pad.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  for (const naam of namen) {
    if (!(naam in cache)) {
      const bron = bronnen[naam];
      if (!bron) throw new Error(`onbekende plaatshouder {${naam}} in ${pad}`);
      await page.goto(await vulPadIn(page, bron.lijst, cache));
      const hrefs = await page
        .locator(bron.binnen ?? 'main table tbody a')
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
const gedeeldeStappen = {
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
};

export const stappen = samen('stap', [gedeeldeStappen, ...delen.map((deel) => deel.stappen)]);
