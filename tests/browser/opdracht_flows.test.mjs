// An opdracht (OPD-1..OPD-3), end to end in Chromium against a real server with fresh demo data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, screenshot } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, expectText } from './flow_kit.mjs';

const o = flowOmgeving();

test('8. een opdracht van concept tot aanvaard, met één keer terugleggen', async () => {
  const og = await loggedInContext(o.browser, o.server.baseURL, 'opdrachtgever');
  const am = await loggedInContext(o.browser, o.server.baseURL, 'accountmanager');
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
      planning: '01-01-2027; start\n15-07-2027; halfjaarrapportage',
      bemensing: 'Toezichthouder asbest; 1.600',
      sturingsvorm: 'De coördinator toezicht stuurt; de accountmanager is aanspreekpunt.',
      financien: '2027; 148.000,00; bijdragen deelnemers',
      monitoring: 'Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie.',
      stakeholders: 'Inspectie SZW; meldingen en samenwerking',
      governance: 'De opdrachtgevers sturen via het periodiek overleg.',
      risicos: 'Te weinig gecertificeerde toezichthouders; middel; hoog; inhuur; directie OD',
    };
    for (const [naam, waarde] of Object.entries(delen)) await page.locator(`#veld-${naam}`).fill(waarde);
    await screenshot(page, 'flow-8-opdracht-formulier');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    const opdrachtPad = pathOf(page);
    assert.match(opdrachtPad, /^\/opdrachten\/\d+$/);
    await expectText(gegeven(page, 'Status'), 'Concept');
    await expectText(gegeven(page, 'Totaal begroot'), '€ 148.000,00');
    await expectText(page.locator('main p', { hasText: /onderdelen zijn in orde/ }), '11 van de 11 onderdelen zijn in orde.');

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
    await page.locator('#veld-bemensing').fill('Toezichthouder asbest; 1.600\nJurist; 200');
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
