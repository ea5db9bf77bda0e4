// The core flows (logging in, the register, a conflict, the keyboard, the accessibility
// statement, without JavaScript), end to end in Chromium against a real server with fresh demo
// data. The flows of a capability have their own file (<capability>_flows.test.mjs).
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
import {
  expectText,
  focusZichtbaar,
  gefocust,
  gegeven,
  klikEnWacht,
  kop,
  melding,
  pathOf,
  rij,
  verwijderMetBevestiging,
  vulRijenIn,
} from './flow_kit.mjs';

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

test('2. een rol toevoegen, wijzigen (uren vanaf een datum, GOV-3) en verwijderen, met datums als dd-mm-jjjj', async () => {
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
    await expectText(gegeven(page, 'Uren per jaar vanaf 01-03-2026'), '1.200');
    await screenshot(page, 'flow-2-rol-toegevoegd');
    const detail = pathOf(page);

    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen', exact: true }));
    assert.equal(pathOf(page), `${detail}/bewerken`);
    assert.equal(await page.getByLabel('Van', { exact: true }).inputValue(), '2026-03-01');
    await page.getByLabel('Tot en met').fill('2027-06-30');
    await page.getByLabel('Uren per jaar').fill('1500');
    // GOV-3: the new hours start a period; those before it stay.
    await page.getByLabel('Uren gelden vanaf').fill('2027-01-01');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.equal(pathOf(page), detail);
    await expectText(melding(page), 'De wijzigingen zijn opgeslagen.');
    await expectText(gegeven(page, 'Tot en met'), '30-06-2027');
    await expectText(gegeven(page, 'Uren per jaar vanaf 01-03-2026'), '1.200');
    await expectText(gegeven(page, 'Uren per jaar vanaf 01-01-2027'), '1.500');

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
