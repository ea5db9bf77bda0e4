// The core flows, end to end in Chromium against a real server with fresh demo data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  launchBrowser,
  loggedInContext,
  login,
  newContext,
  screenshot,
  vulInlogIn,
} from './browser.mjs';
import { startServer } from './server.mjs';

let server;
let browser;
let beheer; // one logged-in beheerder context, reused by the flows that do not log out

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  beheer = await loggedInContext(browser, server.baseURL, 'beheerder');
});

after(async () => {
  await beheer?.close();
  await browser?.close();
  await server?.stop();
});

// ---------------------------------------------------------------- helpers

const pathOf = (page) => new URL(page.url()).pathname;

/** Clicks and waits for the navigation it causes; returns the response. */
async function klikEnWacht(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

/** The text of the <dd> next to the <dt> `label` on a detail page. */
function gegeven(page, label) {
  return page
    .locator('.regie-gegevens__rij')
    .filter({ has: page.locator('dt').getByText(label, { exact: true }) })
    .locator('dd');
}

const melding = (page) => page.locator('main [role="status"]');
const kop = (page) => page.locator('main h1');
const rij = (page, tekst) => page.locator('main table tbody tr').filter({ hasText: tekst });

async function expectText(locator, expected, message) {
  assert.equal((await locator.innerText()).trim(), expected, message);
}

// The columns of the list parts that are selects.
const KEUZEVELDEN = new Set(['kans', 'impact', 'persoonId', 'organisatieId']);

/**
 * Fills the rows of an opdracht's list part: row 1 is there, every next row comes with
 * "Rij toevoegen" (a submit, as without JavaScript). `rijen` is a list of {veld: waarde}.
 */
async function vulRijenIn(page, lijst, rijen, vanaf = 1) {
  for (let i = 0; i < rijen.length; i++) {
    const nummer = vanaf + i;
    if (nummer > 1 && (await page.locator(`#rij-${lijst}-${nummer}`).count()) === 0) {
      await klikEnWacht(page, page.locator(`button[name="rij_toevoegen"][value="${lijst}"]`));
    }
    for (const [veld, waarde] of Object.entries(rijen[i])) {
      const invoer = page.locator(`#veld-${lijst}-${nummer}-${veld}`);
      if (KEUZEVELDEN.has(veld)) {
        await invoer.selectOption(waarde);
      } else {
        await invoer.fill(waarde);
      }
    }
  }
}

/** Deletes through the confirmation page: the link, the question, then Verwijderen. */
async function verwijderMetBevestiging(page, linkNaam, vraag, schermafdruk) {
  await klikEnWacht(page, page.getByRole('link', { name: linkNaam }));
  assert.match(pathOf(page), /\/verwijderen$/);
  assert.match(await page.locator('main').innerText(), vraag);
  if (schermafdruk) await screenshot(page, schermafdruk);
  await klikEnWacht(page, page.getByRole('button', { name: 'Verwijderen', exact: true }));
}

/** The focused element has a visible focus indicator: an outline or a box-shadow. */
async function focusZichtbaar(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const doorzichtig = (kleur) => /^rgba\(.*,\s*0\)$/.test(kleur) || kleur === 'transparent';
    const outline =
      s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !doorzichtig(s.outlineColor);
    // A box-shadow counts when one of its shadows has a colour and a non-zero size.
    const shadows = s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\))/);
    const shadow = shadows.some((sh) => {
      const kleur = sh.match(/rgba?\([^)]*\)/)?.[0] ?? '';
      const maten = (sh.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      return !doorzichtig(kleur) && maten.some((m) => m !== 0);
    });
    return { outline, shadow, stijl: `${s.outlineStyle} ${s.outlineWidth} / ${s.boxShadow}` };
  });
}

async function gefocust(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      tekst: (el.innerText || el.value || '').trim(),
      href: el.getAttribute('href'),
      inMenu: !!el.closest('nav[aria-label="Hoofdmenu"]'),
      inFooter: !!el.closest('footer'),
    };
  });
}

// ---------------------------------------------------------------- 1. inloggen

test('1. inloggen en uitloggen; daarna stuurt / naar de inlogpagina', async () => {
  const context = await newContext(browser, server.baseURL);
  const page = await context.newPage();
  try {
    await page.goto('/organisaties?soort=gemeente');
    assert.equal(pathOf(page), '/inloggen', 'zonder sessie gaat een pagina naar /inloggen');
    await screenshot(page, 'flow-1-inloggen');
    await vulInlogIn(page, 'beheerder');
    const terug = new URL(page.url());
    assert.equal(terug.pathname + terug.search, '/organisaties?soort=gemeente', 'terug naar waar u heen wilde');
    await page.goto('/');
    assert.match(await page.title(), /^Start · regie/);
    await assert.doesNotReject(page.getByRole('button', { name: 'Uitloggen' }).waitFor());
    await screenshot(page, 'flow-1-ingelogd');

    await klikEnWacht(page, page.getByRole('button', { name: 'Uitloggen' }));
    assert.equal(pathOf(page), '/inloggen');
    await expectText(melding(page), 'U bent uitgelogd.');
    await screenshot(page, 'flow-1-uitgelogd');

    await page.goto('/');
    assert.equal(pathOf(page), '/inloggen', 'na uitloggen stuurt / naar /inloggen');
    await page.goto('/organisaties');
    assert.equal(pathOf(page), '/inloggen', 'na uitloggen is /organisaties niet te zien');
  } finally {
    await context.close();
  }
});

test('1. een verkeerd wachtwoord geeft een Nederlandse foutmelding en blijft op de inlogpagina', async () => {
  const context = await newContext(browser, server.baseURL);
  const page = await context.newPage();
  try {
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    const response = await klikEnWacht(page, page.getByRole('button', { name: 'Inloggen' }));
    assert.equal(response.status(), 401);
    assert.equal(pathOf(page), '/inloggen');
    await expectText(
      page.locator('main [role="alert"]'),
      'De combinatie van gebruikersnaam en wachtwoord is onjuist.',
    );
    assert.equal(await page.getByLabel('Gebruikersnaam').inputValue(), 'beheerder');
    assert.equal(await page.getByLabel('Wachtwoord').inputValue(), '', 'wachtwoord niet terug');
    assert.equal((await context.cookies()).filter((c) => c.name === 'regie_sessie').length, 0);
    await screenshot(page, 'flow-1-verkeerd-wachtwoord');
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- 2. beheren

test('2. een organisatie toevoegen, wijzigen en verwijderen', async () => {
  const page = await beheer.newPage();
  try {
    await page.goto('/organisaties');
    await klikEnWacht(page, page.getByRole('link', { name: 'Organisatie toevoegen' }));
    assert.equal(pathOf(page), '/organisaties/nieuw');
    await page.getByLabel('Naam', { exact: true }).fill('Gemeente Testerveen');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Gemeente' });
    await page.getByLabel('Inwonertal').fill('12345');
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.match(pathOf(page), /^\/organisaties\/\d+$/);
    await expectText(melding(page), 'Het is toegevoegd.');
    await expectText(kop(page), 'Gemeente Testerveen');
    await expectText(gegeven(page, 'Soort'), 'Gemeente');
    await expectText(gegeven(page, 'Inwonertal'), '12.345', 'inwonertal met punt');
    await screenshot(page, 'flow-2-organisatie-toegevoegd');
    const detail = pathOf(page);

    await page.goto('/organisaties?zoek=Testerveen');
    await expectText(rij(page, 'Gemeente Testerveen').locator('td').last(), '12.345');

    await page.goto(detail);
    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen', exact: true }));
    assert.equal(pathOf(page), `${detail}/bewerken`);
    assert.equal(await page.getByLabel('Inwonertal').inputValue(), '12345');
    await page.getByLabel('Naam', { exact: true }).fill('Gemeente Testerveen-Noord');
    await page.getByLabel('Inwonertal').fill('23.456');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.equal(pathOf(page), detail);
    await expectText(melding(page), 'De wijzigingen zijn opgeslagen.');
    await expectText(kop(page), 'Gemeente Testerveen-Noord');
    await expectText(gegeven(page, 'Inwonertal'), '23.456');
    await screenshot(page, 'flow-2-organisatie-gewijzigd');

    // Deleting asks first; Annuleren goes back and deletes nothing.
    await klikEnWacht(page, page.getByRole('link', { name: 'Organisatie verwijderen' }));
    await expectText(kop(page), 'Organisatie verwijderen');
    await klikEnWacht(page, page.getByRole('link', { name: 'Annuleren' }));
    assert.equal(pathOf(page), detail);
    await expectText(kop(page), 'Gemeente Testerveen-Noord');
    await verwijderMetBevestiging(page, 'Organisatie verwijderen',
      /Weet u zeker dat u de organisatie Gemeente Testerveen-Noord verwijdert\?/,
      'flow-2-organisatie-verwijderen-bevestigen');
    assert.equal(pathOf(page), '/organisaties');
    await expectText(melding(page), 'Het is verwijderd.');
    assert.equal(await rij(page, 'Testerveen').count(), 0);
    await screenshot(page, 'flow-2-organisatie-verwijderd');
    const weg = await page.goto(detail);
    assert.equal(weg.status(), 404, 'de verwijderde organisatie bestaat niet meer');
  } finally {
    await page.close();
  }
});

test('2. een persoon toevoegen, wijzigen en verwijderen', async () => {
  const page = await beheer.newPage();
  try {
    await page.goto('/personen');
    await klikEnWacht(page, page.getByRole('link', { name: 'Persoon toevoegen' }));
    assert.equal(pathOf(page), '/personen/nieuw');
    await page.getByLabel('Naam', { exact: true }).fill('Joris Testman');
    await page.getByLabel('Functie').fill('Toezichthouder bouw');
    await page.getByLabel('E-mailadres').fill('joris.testman@hoeveland.example');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Hoeveland' });
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.match(pathOf(page), /^\/personen\/\d+$/);
    await expectText(melding(page), 'Het is toegevoegd.');
    await expectText(kop(page), 'Joris Testman');
    await expectText(gegeven(page, 'Functie'), 'Toezichthouder bouw');
    await expectText(gegeven(page, 'E-mailadres'), 'joris.testman@hoeveland.example');
    await expectText(gegeven(page, 'Werkgever'), 'Gemeente Hoeveland');
    await screenshot(page, 'flow-2-persoon-toegevoegd');
    const detail = pathOf(page);

    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen', exact: true }));
    assert.equal(pathOf(page), `${detail}/bewerken`);
    await page.getByLabel('Functie').fill('Senior toezichthouder');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.equal(pathOf(page), detail);
    await expectText(melding(page), 'De wijzigingen zijn opgeslagen.');
    await expectText(gegeven(page, 'Functie'), 'Senior toezichthouder');

    await page.goto('/personen?zoek=Testman');
    const cellen = rij(page, 'Joris Testman').locator('td');
    await expectText(cellen.nth(1), 'Senior toezichthouder');
    await expectText(cellen.nth(2), 'Gemeente Hoeveland');
    await screenshot(page, 'flow-2-persoon-in-lijst');

    await page.goto(detail);
    await verwijderMetBevestiging(page, 'Persoon verwijderen',
      /Weet u zeker dat u Joris Testman verwijdert\?/);
    assert.equal(pathOf(page), '/personen');
    await expectText(melding(page), 'Het is verwijderd.');
    assert.equal(await rij(page, 'Joris Testman').count(), 0);
  } finally {
    await page.close();
  }
});

test('2. een rol toevoegen, wijzigen en verwijderen, met datums als dd-mm-jjjj', async () => {
  const page = await beheer.newPage();
  try {
    await page.goto('/rollen');
    await klikEnWacht(page, page.getByRole('link', { name: 'Rol toevoegen' }));
    assert.equal(pathOf(page), '/rollen/nieuw');
    await page
      .getByLabel('Persoon', { exact: true })
      .selectOption({ label: 'Daan Smit (Omgevingsdienst Regio Voorbeeld)' });
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Coördinator' });
    await page
      .getByLabel('Voor organisatie', { exact: true })
      .selectOption({ label: 'Omgevingsdienst Regio Voorbeeld' });
    await page.getByLabel('Van', { exact: true }).fill('2026-03-01');
    await page.getByLabel('Tot en met').fill('2026-12-31');
    await page.getByLabel('Uren per jaar').fill('1200');
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.match(pathOf(page), /^\/rollen\/\d+$/, `toegevoegd: ${await page.locator('main').innerText()}`);
    await expectText(melding(page), 'Het is toegevoegd.');
    await expectText(kop(page), 'Coördinator: Daan Smit');
    await expectText(gegeven(page, 'Van'), '01-03-2026');
    await expectText(gegeven(page, 'Tot en met'), '31-12-2026');
    await expectText(gegeven(page, 'Uren per jaar'), '1.200');
    await screenshot(page, 'flow-2-rol-toegevoegd');
    const detail = pathOf(page);

    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen', exact: true }));
    assert.equal(pathOf(page), `${detail}/bewerken`);
    assert.equal(await page.getByLabel('Van', { exact: true }).inputValue(), '2026-03-01');
    await page.getByLabel('Tot en met').fill('2027-06-30');
    await page.getByLabel('Uren per jaar').fill('1500');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.equal(pathOf(page), detail);
    await expectText(melding(page), 'De wijzigingen zijn opgeslagen.');
    await expectText(gegeven(page, 'Tot en met'), '30-06-2027');
    await expectText(gegeven(page, 'Uren per jaar'), '1.500');

    await page.goto('/rollen?soort=coordinator');
    const cellen = rij(page, 'Daan Smit').locator('td');
    await expectText(cellen.nth(3), '01-03-2026 t/m 30-06-2027');
    await expectText(cellen.nth(4), '1.500');
    await screenshot(page, 'flow-2-rol-in-lijst');

    await page.goto(detail);
    await verwijderMetBevestiging(page, 'Rol verwijderen',
      /Weet u zeker dat u de rol Coördinator van Daan Smit verwijdert\?/);
    assert.equal(pathOf(page), '/rollen');
    await expectText(melding(page), 'Het is verwijderd.');
    await page.goto('/rollen?soort=coordinator');
    assert.equal(await rij(page, 'Daan Smit').count(), 0);
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- 3. conflict

test('3. gelijktijdig wijzigen in twee tabbladen: conflictmelding, invoer blijft, niets overschreven', async () => {
  const tab1 = await beheer.newPage();
  const tab2 = await beheer.newPage();
  try {
    await tab1.goto('/organisaties');
    await klikEnWacht(tab1, tab1.getByRole('link', { name: 'Gemeente Molenbroek', exact: true }));
    const detail = pathOf(tab1);
    await tab1.goto(`${detail}/bewerken`);
    await tab2.goto(`${detail}/bewerken`);

    await tab1.getByLabel('Inwonertal').fill('40000');
    await klikEnWacht(tab1, tab1.getByRole('button', { name: 'Opslaan' }));
    await expectText(melding(tab1), 'De wijzigingen zijn opgeslagen.');
    await expectText(gegeven(tab1, 'Inwonertal'), '40.000');

    await tab2.getByLabel('Naam', { exact: true }).fill('Gemeente Molenbroek (tab 2)');
    await tab2.getByLabel('Inwonertal').fill('41000');
    const response = await klikEnWacht(tab2, tab2.getByRole('button', { name: 'Opslaan' }));
    assert.equal(response.status(), 409);
    const alert = tab2.locator('main [role="alert"]');
    assert.match(await alert.innerText(), /Iemand anders heeft dit intussen gewijzigd/);
    assert.equal(await tab2.getByLabel('Inwonertal').inputValue(), '41000', 'eigen invoer staat er nog');
    assert.equal(
      await tab2.getByLabel('Naam', { exact: true }).inputValue(),
      'Gemeente Molenbroek (tab 2)',
    );
    await screenshot(tab2, 'flow-3-conflict-tab2');

    await tab1.goto(detail);
    await expectText(kop(tab1), 'Gemeente Molenbroek', 'tab 2 heeft niets overschreven');
    await expectText(gegeven(tab1, 'Inwonertal'), '40.000', 'de waarde van tab 1 staat er');
  } finally {
    await tab1.close();
    await tab2.close();
  }
});

// ---------------------------------------------------------------- 4. toetsenbord

test('4. alleen met het toetsenbord: skiplink, hoofdmenu en zichtbare focus', async () => {
  const page = await beheer.newPage();
  try {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = await gefocust(page);
    assert.equal(skip.tekst, 'Direct naar de inhoud', 'de eerste Tab focust de skiplink');
    const box = await page.locator('a.utrecht-skip-link').boundingBox();
    const viewport = page.viewportSize();
    assert.ok(
      box && box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 &&
        box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
      `de skiplink staat in beeld als hij focus heeft (${JSON.stringify(box)})`,
    );
    const focusSkip = await focusZichtbaar(page);
    assert.ok(focusSkip.outline || focusSkip.shadow, `focus op de skiplink zichtbaar: ${focusSkip.stijl}`);
    await screenshot(page, 'flow-4-skiplink');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'inhoud');
    assert.equal((await gefocust(page)).tag, 'main', 'Enter op de skiplink zet de focus op main');

    const menu = ['Start', 'Regio', 'Beleidscyclus', 'Organisaties', 'Personen', 'Rollen'];
    for (const label of menu) {
      await page.goto('/');
      let huidig;
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        huidig = await gefocust(page);
        const focus = await focusZichtbaar(page);
        assert.ok(
          focus.outline || focus.shadow,
          `geen zichtbare focus op <${huidig.tag}> "${huidig.tekst}": ${focus.stijl}`,
        );
        if (huidig.inMenu && huidig.tekst === label) break;
      }
      assert.ok(huidig.inMenu && huidig.tekst === label, `Tab bereikt menu-item ${label}`);
      if (label === 'Organisaties') await screenshot(page, 'flow-4-focus-menu');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(pathOf(page), huidig.href, `Enter op ${label} opent ${huidig.href}`);
      assert.ok((await page.title()).startsWith(`${label} · regie`), `titel van ${label}: ${await page.title()}`);
      const h1 = (await kop(page).innerText()).trim();
      assert.ok(h1.length > 0, `${label} heeft een h1`);
      if (['Organisaties', 'Personen', 'Rollen'].includes(label)) assert.equal(h1, label);
      assert.equal(
        await page.locator(`nav[aria-label="Hoofdmenu"] a[aria-current="page"]`).innerText(),
        label,
        `${label} is het actieve menu-item`,
      );
    }
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- 5. toegankelijkheidsverklaring

test('5. de footerlink "Toegankelijkheidsverklaring" opent /toegankelijkheid', async () => {
  const page = await beheer.newPage();
  const uitgelogd = await newContext(browser, server.baseURL);
  try {
    for (const [p, start] of [[page, '/organisaties'], [await uitgelogd.newPage(), '/inloggen']]) {
      await p.goto(start);
      const link = p.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' });
      await klikEnWacht(p, link);
      assert.equal(pathOf(p), '/toegankelijkheid');
      await expectText(kop(p), 'Toegankelijkheidsverklaring');
      assert.match(await p.title(), /^Toegankelijkheidsverklaring · regie/);
    }
    await screenshot(page, 'flow-5-toegankelijkheid');
  } finally {
    await page.close();
    await uitgelogd.close();
  }
});

// ---------------------------------------------------------------- 6. zonder JavaScript

test('6. zonder JavaScript: inloggen, organisaties filteren en een organisatie toevoegen', async () => {
  const context = await newContext(browser, server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'beheerder');
    assert.equal(pathOf(page), '/');

    await page.goto('/organisaties');
    const filter = page.getByRole('search', { name: 'Filter Organisaties' });
    await filter.getByLabel('Zoek op naam').fill('Beek');
    await filter.getByLabel('Soort').selectOption({ label: 'Gemeente' });
    await klikEnWacht(page, page.getByRole('button', { name: 'Filter toepassen' }));
    const url = new URL(page.url());
    assert.equal(url.pathname, '/organisaties');
    assert.equal(url.searchParams.get('zoek'), 'Beek');
    assert.equal(url.searchParams.get('soort'), 'gemeente');
    await expectText(page.locator('main table caption'), 'Organisaties: 1 resultaat');
    await expectText(page.locator('main table tbody tr td').first(), 'Gemeente Beekdal');
    await screenshot(page, 'flow-6-zonder-js-gefilterd');

    await klikEnWacht(page, page.getByRole('link', { name: 'Organisatie toevoegen' }));
    await page.getByLabel('Naam', { exact: true }).fill('Natuurcollectief Zonderscript');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Overige partner' });
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.match(pathOf(page), /^\/organisaties\/\d+$/);
    await expectText(melding(page), 'Het is toegevoegd.');
    await expectText(kop(page), 'Natuurcollectief Zonderscript');
    await expectText(gegeven(page, 'Soort'), 'Overige partner');
    await screenshot(page, 'flow-6-zonder-js-toegevoegd');

    // Deleting asks first, also without JavaScript: a link, a page, one form.
    await verwijderMetBevestiging(page, 'Organisatie verwijderen',
      /Weet u zeker dat u de organisatie Natuurcollectief Zonderscript verwijdert\?/);
    assert.equal(pathOf(page), '/organisaties');
    await expectText(melding(page), 'Het is verwijderd.');
  } finally {
    await context.close();
  }
});

test('6. zonder JavaScript: rijen van een opdracht toevoegen en verwijderen', async () => {
  const context = await newContext(browser, server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'opdrachtgever');
    await page.goto('/opdrachten/nieuw');
    await page.locator('#veld-titel').fill('Rijen zonder script');
    await vulRijenIn(page, 'risicos', [
      { omschrijving: 'Eerste risico; met puntkomma', kans: 'laag', impact: 'hoog' },
      { omschrijving: 'Tweede risico', kans: 'hoog', impact: 'laag' },
    ]);
    assert.equal(await page.locator('#veld-titel').inputValue(), 'Rijen zonder script');
    assert.equal(await page.locator('#veld-risicos-1-omschrijving').inputValue(), 'Eerste risico; met puntkomma');
    await screenshot(page, 'flow-6-zonder-js-rij-toegevoegd');
    await klikEnWacht(page, page.getByRole('button', { name: 'Rij verwijderen (risico 1)' }));
    assert.equal(await page.locator('#veld-risicos-1-omschrijving').inputValue(), 'Tweede risico');
    assert.equal(await page.locator('#rij-risicos-2').count(), 0);
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.match(pathOf(page), /^\/opdrachten\/\d+$/);
    assert.match(await page.locator('section[aria-labelledby="deel-risicos"]').innerText(), /Tweede risico/);
    assert.doesNotMatch(await page.locator('section[aria-labelledby="deel-risicos"]').innerText(), /Eerste risico/);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- 7. Big 8 (B8)

test('7. Big 8 zonder JavaScript: de cyclus lezen en een beleidsstap heropenen met reden', async () => {
  const context = await newContext(browser, server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'accountmanager');
    await klikEnWacht(page, page.getByRole('link', { name: 'Beleidscyclus', exact: true }));
    assert.equal(pathOf(page), '/regio/beleidscyclus');
    // B8-1: the circle is an image with a name; the table holds the same steps.
    const cirkel = page.getByRole('img', { name: /De Big 8-cyclus van de regio/ });
    await assert.doesNotReject(cirkel.waitFor());
    assert.equal(await page.locator('main table').first().locator('tbody tr').count(), 8);
    await expectText(
      page.locator('main p', { hasText: /^Huidige positie:/ }),
      'Huidige positie: Stap 3: Operationeel beleidskader: uitvoerings- en handhavingsstrategie (2027-2030).',
    );

    // B8-3: without a reason the step is not reopened and the error sits at the field.
    await klikEnWacht(page, page.getByRole('link', { name: /^Strategisch beleidskader/ }));
    const stapPad = pathOf(page);
    const heropenen = page.getByRole('group', { name: 'Stap heropenen' });
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Stap heropenen' }));
    assert.equal(response.status(), 400);
    await expectText(page.locator('#heropenen-reden-fout'), 'dit veld is verplicht');
    await heropenen.getByLabel('Reden').fill('Nieuwe landelijke risico’s voor asbest');
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Stap heropenen' }));
    assert.equal(pathOf(page), stapPad);
    await expectText(gegeven(page, 'Status'), 'Heropend');
    const geschiedenis = rij(page, 'Nieuwe landelijke risico’s voor asbest');
    assert.equal(await geschiedenis.count(), 1, 'de heropening staat in de geschiedenis');
    assert.match(await geschiedenis.innerText(), /accountmanager[\s\S]*Afgerond[\s\S]*2027-2030/);
    await screenshot(page, 'flow-7-heropend');
    // Reopened: the step is the current position again, late (planned to end on 31-05-2026),
    // and cannot be reopened twice.
    assert.equal(await page.getByRole('button', { name: 'Stap heropenen' }).count(), 0);
    await expectText(gegeven(page, 'Signaal'), 'Huidige positie in de cyclus; Te laat');
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------- 8. opdracht (OPD-1..OPD-3)

test('8. een opdracht van concept tot aanvaard, met één keer terugleggen', async () => {
  const og = await loggedInContext(browser, server.baseURL, 'opdrachtgever');
  const am = await loggedInContext(browser, server.baseURL, 'accountmanager');
  const page = await og.newPage();
  const ampage = await am.newPage();
  try {
    // OPD-1: the opdrachtgever drafts the eleven parts; the checklist says all are in order.
    await page.goto('/opdrachten');
    await klikEnWacht(page, page.getByRole('link', { name: 'Opdracht opstellen' }));
    await page.locator('#veld-titel').fill('Toezicht op asbestsanering 2027');
    await page.locator('#veld-jaar').fill('2027');
    const delen = {
      aanleiding: 'De regionale strategie noemt asbest als hoogste risico voor 2027-2030.',
      scope: 'Alle meldingen van asbestsanering in de negen gemeenten.',
      doel: 'In 2027 is 90% van de saneringen met risicoklasse 2 of hoger gecontroleerd.',
      activiteiten: '- Administratieve controle van elke melding\n- Toezicht ter plaatse',
      resultaat: 'Een rapportage per kwartaal met het aantal controles en overtredingen.',
      sturingsvorm: 'De coördinator toezicht stuurt; de accountmanager is aanspreekpunt.',
      monitoring: 'Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie.',
      governance: 'De opdrachtgevers sturen via het periodiek overleg.',
    };
    for (const [naam, waarde] of Object.entries(delen)) await page.locator(`#veld-${naam}`).fill(waarde);
    // The list parts are rows of fields; a semicolon in a text is just text.
    await vulRijenIn(page, 'planning', [
      { datum: '2027-01-01', omschrijving: 'start' },
      { datum: '2027-07-15', omschrijving: 'halfjaarrapportage' },
    ]);
    assert.equal(await page.locator('#veld-titel').inputValue(), 'Toezicht op asbestsanering 2027', 'Rij toevoegen houdt de invoer vast');
    await vulRijenIn(page, 'bemensing', [{ rol: 'Toezichthouder asbest', uren: '1.600' }]);
    await vulRijenIn(page, 'financien', [{ jaar: '2027', bedrag: '148.000', omschrijving: 'bijdragen deelnemers' }]);
    await vulRijenIn(page, 'stakeholders', [{ naam: 'Inspectie SZW', rol: 'meldingen en samenwerking' }]);
    await vulRijenIn(page, 'risicos', [{
      omschrijving: 'Te weinig gecertificeerde toezichthouders; vooral in de zomer',
      kans: 'middel', impact: 'hoog', beheersmaatregel: 'inhuur', eigenaar: 'directie OD',
    }]);
    await screenshot(page, 'flow-8-opdracht-formulier');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    const opdrachtPad = pathOf(page);
    assert.match(opdrachtPad, /^\/opdrachten\/\d+$/);
    await expectText(gegeven(page, 'Status'), 'Concept');
    await expectText(gegeven(page, 'Totaal begroot'), '€ 148.000,00');
    await expectText(page.locator('main p', { hasText: /onderdelen zijn in orde/ }), '11 van de 11 onderdelen zijn in orde.');
    assert.match(await page.locator('section[aria-labelledby="deel-risicos"]').innerText(), /Te weinig gecertificeerde toezichthouders; vooral in de zomer/);

    // OPD-3: the opdrachtgever offers; the accountmanager sends it back, not without a reason.
    await klikEnWacht(page, page.getByRole('button', { name: 'Aanbieden aan de opdrachtnemer' }));
    await expectText(gegeven(page, 'Status'), 'Aangeboden');
    await ampage.goto(opdrachtPad);
    assert.equal(await ampage.getByRole('button', { name: 'Aanbieden aan de opdrachtnemer' }).count(), 0);
    let response = await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Terugleggen met motivering' }));
    assert.equal(response.status(), 400);
    assert.match(await ampage.locator('#reden-terugleggen-fout').innerText(), /geef een motivering/);
    await ampage.locator('#reden-terugleggen').fill('Er zijn geen uren voor de jurist opgenomen.');
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Terugleggen met motivering' }));
    await expectText(gegeven(ampage, 'Status'), 'Teruggelegd');
    await screenshot(ampage, 'flow-8-teruggelegd');

    // The opdrachtgever revises and offers again; the accountmanager accepts.
    await page.goto(opdrachtPad);
    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen' }));
    await vulRijenIn(page, 'bemensing', [{ rol: 'Jurist', uren: '200' }], 2);
    await screenshot(page, 'flow-8-rij-toegevoegd');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    await expectText(gegeven(page, 'Totaal uren'), '1.800');
    await klikEnWacht(page, page.getByRole('button', { name: 'Aanbieden aan de opdrachtnemer' }));
    await ampage.goto(opdrachtPad);
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Aanvaarden' }));
    await expectText(gegeven(ampage, 'Status'), 'Aanvaard');
    const tijdlijn = ampage.locator('main ol.regie-tijdlijn li');
    assert.equal(await tijdlijn.count(), 4, 'vier stappen in de tijdlijn');
    assert.match(await tijdlijn.nth(1).innerText(), /Terugleggen met motivering door accountmanager: Aangeboden → Teruggelegd\. Motivering: Er zijn geen uren voor de jurist opgenomen\./);
    assert.match(await tijdlijn.nth(3).innerText(), /Aanvaarden door accountmanager: Aangeboden → Aanvaard$/);
    assert.doesNotMatch(await tijdlijn.nth(0).innerText(), /Motivering/, 'geen lege motivering');
    assert.equal(await ampage.getByRole('link', { name: 'Wijzigen' }).count(), 0, 'aanvaard: niet meer te wijzigen');
    await screenshot(ampage, 'flow-8-aanvaard');
  } finally {
    await og.close();
    await am.close();
  }
});

// ---------------------------------------------------------------- 9. signalen (OPD-6)

test('9. een signaal van stagnatie: gemeld, meteen op de startpagina, afgehandeld', async () => {
  const og = await loggedInContext(browser, server.baseURL, 'opdrachtgever');
  const am = await loggedInContext(browser, server.baseURL, 'accountmanager');
  const page = await og.newPage();
  const ampage = await am.newPage();
  try {
    // An opdracht of Beekdal, offered and accepted.
    await page.goto('/opdrachten/nieuw');
    await page.locator('#veld-titel').fill('Handhaving zonnepanelen op daken 2027');
    await page.locator('#veld-jaar').fill('2027');
    const delen = {
      aanleiding: 'Het aantal meldingen over brandveiligheid van zonnepanelen is verdubbeld.',
      scope: 'Bedrijfsdaken met meer dan 100 panelen in Beekdal.',
      doel: 'In 2027 zijn alle 40 daken met meer dan 100 panelen gecontroleerd.',
      activiteiten: '- Controle ter plaatse\n- Advies aan de eigenaar',
      resultaat: 'Een overzicht van de gecontroleerde daken en de genomen maatregelen.',
      sturingsvorm: 'De teamleider toezicht stuurt; de accountmanager is aanspreekpunt.',
      monitoring: 'Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie.',
      governance: 'Het college van Beekdal stuurt via het ambtelijk opdrachtgeverschap.',
    };
    for (const [naam, waarde] of Object.entries(delen)) await page.locator(`#veld-${naam}`).fill(waarde);
    await vulRijenIn(page, 'planning', [
      { datum: '2027-03-01', omschrijving: 'start' },
      { datum: '2027-12-01', omschrijving: 'eindrapportage' },
    ]);
    await vulRijenIn(page, 'bemensing', [{ rol: 'Toezichthouder brandveiligheid', uren: '400' }]);
    await vulRijenIn(page, 'financien', [{ jaar: '2027', bedrag: '44.000,00', omschrijving: 'bijdrage Beekdal' }]);
    await vulRijenIn(page, 'stakeholders', [{ naam: 'Brandweer', rol: 'advies brandveiligheid' }]);
    await vulRijenIn(page, 'risicos', [{
      omschrijving: 'Daken niet toegankelijk', kans: 'middel', impact: 'middel',
      beheersmaatregel: 'afspraak met eigenaar', eigenaar: 'OD',
    }]);
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    const opdrachtPad = pathOf(page);
    assert.match(opdrachtPad, /^\/opdrachten\/\d+$/);
    await klikEnWacht(page, page.getByRole('button', { name: 'Aanbieden aan de opdrachtnemer' }));
    await ampage.goto(opdrachtPad);
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Aanvaarden' }));
    await expectText(gegeven(ampage, 'Status'), 'Aanvaard');

    // OPD-6: the accountmanager reports stagnation; a missing field first, then complete.
    const wat = 'Twaalf daken zijn alleen met een hoogwerker bereikbaar en die is pas in juni vrij.';
    await ampage.getByLabel('Soort signaal').selectOption('stagnatie');
    await ampage.getByLabel('Wat speelt er').fill(wat);
    let response = await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Signaal melden' }));
    assert.equal(response.status(), 400);
    assert.match(await ampage.locator('#signaal-impact-fout').innerText(), /dit veld is verplicht/);
    assert.equal(await ampage.getByLabel('Wat speelt er').inputValue(), wat, 'invoer blijft staan');
    await ampage.getByLabel('Impact').fill('De controles van twaalf daken schuiven drie maanden op.');
    await ampage.getByLabel('Voorgestelde maatregel').fill('Eerst de bereikbare daken; de rest in juni.');
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Signaal melden' }));
    assert.equal(pathOf(ampage), opdrachtPad);
    await expectText(melding(ampage), 'Het is toegevoegd.');
    await screenshot(ampage, 'flow-9-signaal-gemeld');

    // At once on the opdrachtgever's start page, with a link to the signaal.
    await page.goto('/');
    const blok = page.locator('main section', { has: page.getByRole('heading', { name: 'Signalen van de omgevingsdienst' }) });
    assert.match(await blok.innerText(), /hoogwerker/);
    await screenshot(page, 'flow-9-startpagina');
    await klikEnWacht(page, blok.getByRole('link', { name: 'Handhaving zonnepanelen op daken 2027' }));
    assert.equal(pathOf(page), opdrachtPad);

    // The opdrachtgever handles it: not without an afhandeling.
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Signaal afhandelen' }));
    assert.equal(response.status(), 400);
    await page.getByRole('textbox', { name: 'Afhandeling' }).fill('Akkoord: eerst de bereikbare daken.');
    await klikEnWacht(page, page.getByRole('button', { name: 'Signaal afhandelen' }));
    await expectText(melding(page), 'De wijzigingen zijn opgeslagen.');
    await expectText(gegeven(page, 'Afhandeling'), 'Akkoord: eerst de bereikbare daken.');
    assert.equal(await page.getByRole('button', { name: 'Signaal afhandelen' }).count(), 0);
    await page.goto('/');
    assert.doesNotMatch(await page.locator('main').innerText(), /hoogwerker/, 'niet meer open');
  } finally {
    await og.close();
    await am.close();
  }
});

test('10. een wijzigingsverzoek: afstemmen met de beleidsafdeling, aanvaarden, versies vergelijken', async () => {
  const og = await loggedInContext(browser, server.baseURL, 'opdrachtgever');
  const page = await og.newPage();
  try {
    // OPD-5: the demo's maatwerk has an open verzoek of the OD (sanering erbij).
    await page.goto('/opdrachten?status=aanvaard');
    await klikEnWacht(page, page.getByRole('link', { name: 'Toezicht asbest Beekdal 2027' }));
    const opdrachtPad = pathOf(page);
    await expectText(gegeven(page, 'Inhoudsversie'), '2');
    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigingsverzoek 2' }));
    await expectText(gegeven(page, 'Status'), 'Ingediend');

    // Accepting before the alignment is refused, with the reason at the decision form.
    await page.locator('#veld-beoordeling').fill('Nodig: saneringen verlopen nu zonder toezicht.');
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Aanvaarden' }));
    assert.equal(response.status(), 400);
    assert.match(await page.locator('#besluit-fout').innerText(), /leg eerst de afstemming met de beleidsafdeling vast/);

    await page.locator('#veld-met').fill('Beleidsafdeling milieu, Sanne de Wit');
    await page.locator('#veld-datum').fill('2026-11-27');
    await page.locator('#veld-uitkomst').fill('Akkoord; toezicht op sanering past in het milieubeleid.');
    await klikEnWacht(page, page.getByRole('button', { name: 'Afstemming vastleggen' }));
    await expectText(gegeven(page, 'Datum'), '27-11-2026');
    await page.locator('#veld-beoordeling').fill('Nodig: saneringen verlopen nu zonder toezicht.');
    await klikEnWacht(page, page.getByRole('button', { name: 'Aanvaarden' }));
    await expectText(gegeven(page, 'Besluit'), 'Aanvaard');
    assert.equal(await page.getByRole('button', { name: 'Aanvaarden' }).count(), 0, 'besloten: geen knoppen meer');
    await screenshot(page, 'flow-10-verzoek-aanvaard');

    // The opdracht is at version 3; versions 2 and 3 compare part by part.
    await page.goto(opdrachtPad);
    await expectText(gegeven(page, 'Inhoudsversie'), '3');
    await expectText(gegeven(page, 'Extra uren'), '400');
    await page.locator('#veld-van').selectOption('2');
    await page.locator('#veld-naar').selectOption('3');
    await klikEnWacht(page, page.getByRole('button', { name: 'Vergelijken' }));
    const scope = page.locator('main tr', { has: page.locator('th', { hasText: 'Afbakening van de scope' }) });
    assert.match(await scope.innerText(), /Gewijzigd/);
    assert.match(await scope.locator('ins').innerText(), /asbestsanering/);
    const doel = page.locator('main tr', { has: page.locator('th', { hasText: /^Doel$/ }) });
    assert.match(await doel.innerText(), /Ongewijzigd/);
    await screenshot(page, 'flow-10-versies-vergeleken');
  } finally {
    await og.close();
  }
});
