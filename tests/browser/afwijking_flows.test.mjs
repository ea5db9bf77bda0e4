// Afwijkingen and bijsturing (MON-3, GOV-12), end to end in Chromium without JavaScript against
// a real server with fresh demo data: the accountmanager finds an afwijking on the start page,
// drafts a bijsturingsvoorstel and sees it on the opdracht of that year; the opdrachtgever finds
// the demo's voorstel on the start page and decides on it within the mandate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, screenshot } from './browser.mjs';
import { flowOmgeving, gegeven, klikEnWacht, melding } from './flow_kit.mjs';

const o = flowOmgeving();

test('20. een afwijking: voorstel van de accountmanager, besluit van de opdrachtgever', async () => {
  const am = await loggedInContext(o.browser, o.server.baseURL, 'accountmanager', { javaScriptEnabled: false });
  const og = await loggedInContext(o.browser, o.server.baseURL, 'opdrachtgever', { javaScriptEnabled: false });
  try {
    const page = await am.newPage();
    await page.goto('/');
    const blok = page.locator('main section').filter({ hasText: 'Afwijkingen van het plan' });
    await assert.doesNotReject(blok.waitFor());
    await screenshot(page, 'flow-20-start-accountmanager');
    await klikEnWacht(page, blok.getByRole('link').filter({ hasText: 'Gemeente Hoeveland' }).first());
    assert.match(await page.locator('main h1').innerText(), /Afwijking Gemeente Hoeveland, collectief 2026/);
    assert.match(await gegeven(page, 'Status').innerText(), /Open, wacht op een bijsturingsvoorstel/);
    // Saving without the required fields names each of them.
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Voorstel vastleggen' }));
    assert.equal(response.status(), 400);
    assert.equal(await page.locator('main .utrecht-form-field-error-message').count(), 3);
    await page.getByLabel('Maatregel').fill('Twee extra inspecteurs in december en januari.');
    await page.getByLabel('Gevolgen').fill('De uren komen in het eerste kwartaal weer binnen de band.');
    await page.getByLabel('Opgesteld met').fill('Anouk Meijer');
    await page.getByLabel('Meerkosten in euro').fill('18.500,00');
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Voorstel vastleggen' }));
    assert.equal(response.status(), 200);
    assert.match(await melding(page).innerText(), /bijsturingsvoorstel is vastgelegd/);
    assert.match(await gegeven(page, 'Meerkosten').innerText(), /€ 18\.500,00/);
    assert.match(await gegeven(page, 'Opgesteld door').innerText(), /Thomas Bakker, accountmanager/);
    await screenshot(page, 'flow-20-voorstel');
    // MON-3: the afwijking shows on the opdracht that carries that year's programme out.
    await page.goto('/opdrachten');
    await klikEnWacht(page, page.getByRole('link', { name: 'Regionaal uitvoeringsprogramma VTH 2026' }));
    const opDeOpdracht = page.locator('main section').filter({ hasText: 'Afwijkingen van het plan' });
    assert.match(await opDeOpdracht.innerText(), /Gemeente Hoeveland, collectief 2026: uren onder de band, bedrag onder de band · Voorstel, wacht op het besluit/);
    await screenshot(page, 'flow-20-op-de-opdracht');

    const ogpage = await og.newPage();
    await ogpage.goto('/');
    const ogblok = ogpage.locator('main section').filter({ hasText: 'Afwijkingen van het plan' });
    assert.match(await ogblok.innerText(), /wacht op uw besluit/);
    await klikEnWacht(ogpage, ogblok.getByRole('link').filter({ hasText: 'Gemeente Beekdal' }).first());
    assert.match(await ogpage.locator('main').innerText(), /U besluit binnen het mandaat van ambtelijk opdrachtgever Gemeente Beekdal \(tot € 50\.000,00\)/);
    await screenshot(ogpage, 'flow-20-besluiten');
    await ogpage.getByRole('combobox', { name: 'Besluit' }).selectOption('akkoord');
    await ogpage.getByLabel('Toelichting').fill('Akkoord: de extra controles tellen mee in het plan van volgend jaar.');
    response = await klikEnWacht(ogpage, ogpage.getByRole('button', { name: 'Besluit vastleggen' }));
    assert.equal(response.status(), 200);
    assert.match(await melding(ogpage).innerText(), /besluit is vastgelegd/);
    assert.match(await gegeven(ogpage, 'Besloten door').innerText(), /Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal/);
    assert.match(await gegeven(ogpage, 'Status').first().innerText(), /Besloten/);
    assert.equal(await ogpage.getByRole('button', { name: 'Besluit vastleggen' }).count(), 0);
    await screenshot(ogpage, 'flow-20-besloten');
    await ogpage.goto('/');
    assert.equal(await ogpage.locator('main section').filter({ hasText: 'Afwijkingen van het plan' }).count(), 0);
  } finally {
    await am.close();
    await og.close();
  }
});
