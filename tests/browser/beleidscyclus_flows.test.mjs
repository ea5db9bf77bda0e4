// The Big 8 cycle (B8), end to end in Chromium against a real server with fresh demo data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { login, newContext, screenshot } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, rij, expectText } from './flow_kit.mjs';

const o = flowOmgeving();

test('7. Big 8 zonder JavaScript: de cyclus lezen en een beleidsstap heropenen met reden', async () => {
  const context = await newContext(o.browser, o.server.baseURL, { javaScriptEnabled: false });
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
      'Huidige positie: Stap 4: Planning en control: uitvoeringsprogramma met capaciteit en middelen (2027).',
    );

    // B8-3: without a reason the step is not reopened and the error sits at the field.
    await klikEnWacht(page, page.getByRole('link', { name: /^Strategisch beleidskader/ }));
    const stapPad = pathOf(page);
    const heropenen = page.getByRole('group', { name: 'Stap heropenen' });
    // B8-4: the product of the round, and the later steps a reopening affects, before it.
    assert.match(await gegeven(page, 'Product').innerText(), /^Risicoanalyse: Regionale omgevingsanalyse en risicoanalyse VTH 20\d\d-20\d\d, vastgesteld door het dagelijks bestuur op/);
    assert.match(await page.locator('#heropenen-raakt').innerText(), /Stap 3: Operationeel beleidskader[^\n]*\(afgerond\)[\s\S]*Stap 4: Planning en control[^\n]*\(bezig\)/);
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Stap heropenen' }));
    assert.equal(response.status(), 400);
    await expectText(page.locator('#heropenen-reden-fout'), 'dit veld is verplicht');
    await expectText(page.locator('#heropenen-geplandEind-fout'), 'dit veld is verplicht');
    await heropenen.getByLabel('Reden').fill('Nieuwe landelijke risico’s voor asbest');
    await heropenen.getByLabel('Nieuwe deadline').fill('2027-02-15');
    await screenshot(page, 'flow-7-heropenen-raakt');
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Stap heropenen' }));
    assert.equal(pathOf(page), stapPad);
    await expectText(page.locator('main [role="status"]').first(), 'De stap is heropend met een nieuwe deadline. Kijk of de latere stappen moeten worden bijgesteld.');
    await expectText(gegeven(page, 'Status'), 'Heropend');
    const geschiedenis = rij(page, 'Nieuwe landelijke risico’s voor asbest');
    assert.equal(await geschiedenis.count(), 1, 'de heropening staat in de geschiedenis');
    assert.match(await geschiedenis.innerText(), /accountmanager[\s\S]*Afgerond[\s\S]*2027-2030/);
    await screenshot(page, 'flow-7-heropend');
    // Reopened: the step is the current position again, not late (B8-4: its new deadline), its
    // original planning kept, and it cannot be reopened twice.
    assert.equal(await page.getByRole('button', { name: 'Stap heropenen' }).count(), 0);
    await expectText(gegeven(page, 'Signaal'), 'Huidige positie in de cyclus');
    assert.match(await gegeven(page, 'Gepland').innerText(), /t\/m 15-02-2027 \(verschoven; eerst gepland tot 30-06-20\d\d\)/);
  } finally {
    await context.close();
  }
});
