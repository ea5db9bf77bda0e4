// Realisaties and monitoring (MON-1, MON-2, MON-4), end to end in Chromium against a real server
// with fresh demo data: a medewerker of the omgevingsdienst uploads an export of the zaaksysteem
// without JavaScript, sees the report, and the dashboard — which opens with the outcome — shows
// the new hours; the regisseur removes a wrongly typed measurement and records the right one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { login, newContext, screenshot } from './browser.mjs';
import { flowOmgeving, klikEnWacht, melding, verwijderMetBevestiging } from './flow_kit.mjs';

const o = flowOmgeving();

/** The realised hours of the collectief total on the dashboard (its table "plan, realisatie en prognose"). */
async function gerealiseerdeUren(page) {
  const rij = page.locator('main table').filter({ hasText: 'Collectief: plan, realisatie en prognose' }).locator('tr').filter({ hasText: 'Uren' });
  const cellen = await rij.locator('td').allInnerTexts();
  return cellen[1];
}

test('19. Realisaties inlezen zonder JavaScript en het dashboard ziet het', async () => {
  const context = await newContext(o.browser, o.server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'medewerker');
    await klikEnWacht(page, page.getByRole('link', { name: 'Monitoring', exact: true }));
    const main = await page.locator('main').innerText();
    // MON-4: the outcome before any figure per gemeente.
    assert.ok(main.indexOf('Dragen de resultaten bij aan het beoogde effect?') < main.indexOf('Plan tegen realisatie'));
    await page.getByLabel('Uitsplitsen').selectOption('regio');
    await klikEnWacht(page, page.getByRole('button', { name: 'Tonen' }));
    const voor = await gerealiseerdeUren(page);
    await screenshot(page, 'flow-19-monitoring-voor');

    await klikEnWacht(page, page.getByRole('link', { name: 'ingelezen realisaties' }));
    // A Dutch Excel export: BOM, ';', decimal comma, a quoted ';'.
    const csv = '\ufeffDatum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker;Zaaknummer\r\n' +
      '02-10-2026;Beekdal;Controle milieubedrijf;120,5;1;"11.869,25";"Jansen; P.";Z-1\r\n';
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'extra-oktober.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByLabel('Bronsysteem').selectOption('Zaaksysteem');
    // October already came in with the zaaksysteem's own export of January up to November: a
    // file of only October overlaps it in part and is refused, naming the earlier import.
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Inlezen' }));
    assert.equal(response.status(), 400);
    assert.match(await page.locator('#foutmeldingen').innerText(), /import \d+ \(januari 2026 – november 2026\): deze eerdere import beslaat deels andere maanden/);
    await screenshot(page, 'flow-19-overlap');

    // A bronsysteem of its own for the extra hours: then the file goes in.
    await klikEnWacht(page, page.getByRole('link', { name: 'Bronsysteem toevoegen' }));
    await page.getByLabel('Naam van het bronsysteem').fill('Urenstaat piket');
    await page.getByLabel('Kolom bedrag (kosten)').fill('Kosten');
    await page.getByLabel('Zaaktypen').fill('Controle milieubedrijf = TH-01');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.match(await page.locator('main').innerText(), /Het bronsysteem is toegevoegd\./);
    await page.getByLabel('Bronsysteem').selectOption('Urenstaat piket');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'extra-oktober.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Inlezen' }));
    assert.equal(response.status(), 200);
    assert.match(await page.locator('#verslag').innerText(), /1 regel over oktober 2026: 120,5 uur, 0 producten, € 11\.869,25\./);
    await screenshot(page, 'flow-19-ingelezen');
    await klikEnWacht(page, page.getByRole('link', { name: 'Bekijk de import' }));
    assert.match(await page.locator('main').innerText(), /extra-oktober\.csv/);

    await page.goto('/monitoring?niveau=regio');
    const na = await gerealiseerdeUren(page);
    const getal = (t) => Number(t.replaceAll('.', '').replace(',', '.'));
    assert.equal(getal(na) - getal(voor), 120.5, `${voor} → ${na}`);
    await screenshot(page, 'flow-19-monitoring-na');
  } finally {
    await context.close();
  }
});

test('21. Een groot bestand inlezen met JavaScript: de voortgang en daarna het dashboard', async () => {
  const context = await newContext(o.browser, o.server.baseURL);
  const page = await context.newPage();
  try {
    await login(page, 'medewerker');
    await page.goto('/monitoring?niveau=regio');
    const voor = await gerealiseerdeUren(page);
    // 40.000 rows of October for the bronsysteem of test 19: it replaces that one-row file.
    const regels = ['Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten'];
    for (let i = 0; i < 40000; i++) regels.push(`${String(1 + (i % 28)).padStart(2, '0')}-10-2026;Beekdal;Controle milieubedrijf;0,5;0;10`);
    const csv = regels.join('\r\n') + '\r\n';
    await page.goto('/realisaties');
    await page.getByLabel('Bronsysteem').selectOption('Urenstaat piket');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'piket-oktober.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const gezien = [];
    await page.exposeFunction('meldVoortgang', (t) => gezien.push(t));
    await page.evaluate(() => {
      const tekst = document.getElementById('voortgang-tekst');
      new MutationObserver(() => window.meldVoortgang(tekst.textContent)).observe(tekst, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.locator('#voortgang').waitFor({ state: 'visible' });
    const token = await page.locator('form[data-voortgang] input[name="voortgang"]').inputValue();
    await screenshot(page, 'flow-21-voortgang');
    await page.locator('#verslag').waitFor({ timeout: 120000 });
    assert.ok(gezien.some((t) => /wordt verstuurd: \d+ %/.test(t)), gezien.join(' | '));
    assert.ok(gezien.some((t) => /is ontvangen; regie controleert/.test(t)), gezien.join(' | '));
    assert.match(await page.locator('#verslag').innerText(), /40\.000 regels over oktober 2026: 20\.000 uur/);
    // The upload named itself with a token; regie kept how far its import came: all rows.
    assert.match(token, /^[0-9a-f]{32}$/);
    const stand = await page.request.get(`/realisaties/voortgang/${token}`);
    assert.equal(stand.status(), 200);
    assert.deepEqual(await stand.json(), { procent: 100, regels: 40000, klaar: true });
    await screenshot(page, 'flow-21-ingelezen');
    await page.goto('/monitoring?niveau=regio');
    const na = await gerealiseerdeUren(page);
    const getal = (t) => Number(t.replaceAll('.', '').replace(',', '.'));
    // The file of test 19 (120,5 hours) is replaced by this one.
    assert.equal(Math.round((getal(na) - getal(voor)) * 100) / 100, 20000 - 120.5, `${voor} → ${na}`);
  } finally {
    await context.close();
  }
});

test('22. Een verkeerd getypte meting verwijderen en de juiste vastleggen', async () => {
  const context = await newContext(o.browser, o.server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  const indicator = 'Besluiten binnen de wettelijke termijn';
  const metingen = () => page.locator('main li').filter({ hasText: `${indicator}: van` }).locator('li');
  try {
    await login(page, 'ingrid.mulder');
    await page.goto('/monitoring?jaar=2026');
    const meten = async (waarde) => {
      await klikEnWacht(page, page.getByRole('link', { name: `Meting vastleggen voor ${indicator}` }));
      await page.getByLabel('Peildatum').fill('2026-11-30');
      await page.getByLabel(/^Waarde/).fill(waarde);
      await klikEnWacht(page, page.getByRole('button', { name: 'Vastleggen' }));
      assert.match(await melding(page).innerText(), /De meting is vastgelegd\./);
    };
    await meten('39');  // meant: 93
    assert.match((await metingen().allInnerTexts()).join(' | '), /30-11-2026: 39 %/);
    // MON-4: asked first, then removed; the right value takes its place.
    await verwijderMetBevestiging(page, `Verwijderen (meting van 30-11-2026, ${indicator})`,
      new RegExp(`Weet u zeker dat u de meting van 30-11-2026 van ${indicator} verwijdert\\?`), 'flow-22-verwijderen');
    assert.match(await melding(page).innerText(), /De meting is verwijderd\. Was de waarde verkeerd, leg dan de juiste opnieuw vast\./);
    assert.doesNotMatch((await metingen().allInnerTexts()).join(' | '), /30-11-2026/);
    await meten('93');
    assert.match((await metingen().allInnerTexts()).join(' | '), /30-11-2026: 93 %/);
    await screenshot(page, 'flow-22-juiste-meting');
  } finally {
    await context.close();
  }
});
