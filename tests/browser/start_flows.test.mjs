// The start page per kind of user (OPD-3): what waits for me, what waits for the other side and
// who that is, my late Big 8 steps and the findings that concern me. End to end in Chromium
// against a real server with fresh demo data; a screenshot of each start page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, screenshot } from './browser.mjs';
import { flowOmgeving, klikEnWacht, pathOf, gegeven, expectText } from './flow_kit.mjs';

const o = flowOmgeving();

const sectie = (page, kop) => page.locator('main section', { has: page.getByRole('heading', { name: kop, exact: true }) });

async function start(account) {
  const context = await loggedInContext(o.browser, o.server.baseURL, account);
  const page = await context.newPage();
  await page.goto('/');
  return { context, page };
}

test('14. startpagina\'s: wat op wie wacht', async () => {
  // The accountmanager: start what was accepted; the concept waits for Pieter de Boer.
  let { context, page } = await start('accountmanager');
  try {
    const mijn = await sectie(page, 'Wat op u wacht').innerText();
    assert.match(mijn, /Toezicht asbest Beekdal 20\d\d\s+Aanvaard\s+Uitvoering starten/);
    const ander = await sectie(page, 'Wat op de andere kant wacht').innerText();
    assert.match(ander, /Extra toezicht evenementen Beekdal 20\d\d\s+Concept\s+Aanbieden aan de opdrachtnemer\s+Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal/);
    assert.match(await sectie(page, 'Bevindingen').innerText(), /bevindingen in de regio/);
    // B8-4: his late step of the Big 8: the programme of 2027, moved once and still open.
    assert.match(await sectie(page, 'Uw stappen in de beleidscyclus die te laat zijn').innerText(), /Stap 4: Planning en control/);
    await screenshot(page, 'start-accountmanager');
  } finally {
    await context.close();
  }

  // The opdrachtgever: its concept to offer, straight from the list to the opdracht.
  ({ context, page } = await start('opdrachtgever'));
  try {
    const mijn = sectie(page, 'Wat op u wacht');
    assert.match(await mijn.innerText(), /Extra toezicht evenementen Beekdal/);
    assert.match(await sectie(page, 'Wat op de andere kant wacht').innerText(), /Thomas Bakker, accountmanager voor Gemeente Beekdal/);
    await screenshot(page, 'start-opdrachtgever');
    await klikEnWacht(page, mijn.getByRole('link', { name: /Extra toezicht evenementen Beekdal/ }));
    assert.match(pathOf(page), /^\/opdrachten\/\d+$/);
    await expectText(gegeven(page, 'Status'), 'Concept');
    assert.match(await page.locator('#stappen').locator('..').innerText(), /De opdrachtgever is aan zet: aanbieden aan de opdrachtnemer\. U bent een van hen\./);
  } finally {
    await context.close();
  }

  // The bestuurder takes no step itself: no work lists, the findings about Beekdal.
  ({ context, page } = await start('bestuurder'));
  try {
    assert.equal(await sectie(page, 'Wat op u wacht').count(), 0);
    assert.match(await sectie(page, 'Bevindingen').innerText(), /bevindingen over uw organisatie/);
    // Her overview: budgets, verzoeken with their cost, signalen, the coming decisions and her hats.
    const opdrachten = sectie(page, 'Opdrachten van Gemeente Beekdal en de regio');
    assert.match(await opdrachten.innerText(), /Regionaal uitvoeringsprogramma VTH 20\d\d\s+Regionaal\s+Aanvaard\s+€ 1\.854\.065,50/);
    assert.match(await sectie(page, 'Open wijzigingsverzoeken').innerText(), /Toezicht asbest Beekdal 20\d\d: .*€ [\d.]+,\d\d meer/);
    const besluiten = await sectie(page, 'Komende besluiten in de beleidscyclus').innerText();
    assert.match(besluiten, /Uitvoeringsprogramma 20\d\d vaststellen, gepland op \d\d-\d\d-20\d\d \(te laat\)/);
    assert.match(besluiten, /Let op uw petten/);
    await screenshot(page, 'start-bestuurder');
  } finally {
    await context.close();
  }

  // The beheerder: the findings of the regio, one click away.
  ({ context, page } = await start('beheerder'));
  try {
    assert.equal(await sectie(page, 'Wat op u wacht').count(), 0);
    const bevindingen = sectie(page, 'Bevindingen');
    assert.match(await bevindingen.innerText(), /bevindingen in de regio: \d+ fouten en \d+ waarschuwingen/);
    await screenshot(page, 'start-beheerder');
    await klikEnWacht(page, bevindingen.getByRole('link'));
    assert.equal(pathOf(page), '/regio/bevindingen');
  } finally {
    await context.close();
  }

  // The regisseur: her policy round is done, so nothing of the Big 8 is late for her.
  ({ context, page } = await start('ingrid.mulder'));
  try {
    assert.equal(await sectie(page, 'Uw stappen in de beleidscyclus die te laat zijn').count(), 0);
    await screenshot(page, 'start-regisseur');
  } finally {
    await context.close();
  }
});
