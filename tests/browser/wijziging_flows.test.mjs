// Wijzigingsverzoeken and versions (OPD-5), end to end in Chromium against a real server with
// fresh demo data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, screenshot } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, expectText } from './flow_kit.mjs';

const o = flowOmgeving();

test('10. een wijzigingsverzoek: afstemmen met de beleidsafdeling, aanvaarden, versies vergelijken', async () => {
  const og = await loggedInContext(o.browser, o.server.baseURL, 'opdrachtgever');
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
