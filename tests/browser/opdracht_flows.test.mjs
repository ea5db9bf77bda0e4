// An opdracht (OPD-1..OPD-3), end to end in Chromium against a real server with fresh demo data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, screenshot } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, melding, expectText, vulRijenIn } from './flow_kit.mjs';

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
    await expectText(melding(page), 'De opdracht is aangeboden aan de omgevingsdienst.');
    await ampage.goto(opdrachtPad);
    assert.equal(await ampage.getByRole('button', { name: 'Aanbieden aan de opdrachtnemer' }).count(), 0);
    let response = await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Terugleggen met motivering' }));
    assert.equal(response.status(), 400);
    assert.match(await ampage.locator('#reden-terugleggen-fout').innerText(), /geef een motivering/);
    await ampage.locator('#reden-terugleggen').fill('Er zijn geen uren voor de jurist opgenomen.');
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Terugleggen met motivering' }));
    await expectText(gegeven(ampage, 'Status'), 'Teruggelegd');
    await expectText(melding(ampage), 'De opdracht is met uw motivering teruggelegd bij de opdrachtgever.');
    await screenshot(ampage, 'flow-8-teruggelegd');

    // The opdrachtgever reads why next to the status, revises and offers again; the accountmanager
    // accepts.
    await page.goto(opdrachtPad);
    assert.match(await gegeven(page, 'Laatst teruggelegd').innerText(), /door Thomas Bakker, accountmanager voor Gemeente Beekdal: Er zijn geen uren voor de jurist opgenomen\./);
    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen' }));
    await vulRijenIn(page, 'bemensing', [{ rol: 'Jurist', uren: '200' }], 2);
    await screenshot(page, 'flow-8-rij-toegevoegd');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    await expectText(gegeven(page, 'Totaal uren'), '1.800');
    await klikEnWacht(page, page.getByRole('button', { name: 'Aanbieden aan de opdrachtnemer' }));
    await ampage.goto(opdrachtPad);
    // OPD-8: no Aanvaarden before the interne afstemming with the teams; the page says why.
    assert.equal(await ampage.getByRole('button', { name: 'Aanvaarden' }).count(), 0);
    await expectText(ampage.locator('#aanvaarden-wacht'), 'Aanvaarden kan pas als de omgevingsdienst de interne afstemming met de teams heeft vastgelegd, na de laatste keer dat de opdracht is aangeboden.');
    response = await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Interne afstemming vastleggen' }));
    assert.equal(response.status(), 400);
    assert.match(await ampage.locator('#afstemming-teams-fout').innerText(), /verplicht/);
    await screenshot(ampage, 'flow-8-interne-afstemming-fouten');
    await ampage.locator('#afstemming-teams').fill('Team toezicht en de jurist');
    await ampage.locator('#afstemming-capaciteit').fill('1.600 uur toezicht en 200 uur jurist zijn vrij in 2027.');
    await ampage.locator('#afstemming-effecten').fill('Geen verschuiving van lopend werk.');
    await ampage.locator('#afstemming-uitkomst').selectOption('uitvoerbaar');
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Interne afstemming vastleggen' }));
    await expectText(melding(ampage), 'De interne afstemming is vastgelegd. De omgevingsdienst kan de opdracht nu aanvaarden of terugleggen.');
    await screenshot(ampage, 'flow-8-interne-afstemming');
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Aanvaarden' }));
    await expectText(gegeven(ampage, 'Status'), 'Aanvaard');
    const tijdlijn = ampage.locator('main ol.regie-tijdlijn li');
    assert.equal(await tijdlijn.count(), 5, 'vier stappen en één wijziging in de tijdlijn');
    assert.match(await tijdlijn.nth(1).innerText(), /Terugleggen met motivering door Thomas Bakker, accountmanager voor Gemeente Beekdal: Aangeboden → Teruggelegd\. Motivering: Er zijn geen uren voor de jurist opgenomen\./);
    // OPD-3: the edit while teruggelegd left its trace: who, and which part.
    assert.match(await tijdlijn.nth(2).innerText(), /Gewijzigd door Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal \(status teruggelegd\): Bemensing, rolverdeling en sturingsvorm$/);
    assert.match(await tijdlijn.nth(4).innerText(), /Aanvaarden door Thomas Bakker, accountmanager voor Gemeente Beekdal: Aangeboden → Aanvaard$/);
    assert.doesNotMatch(await tijdlijn.nth(0).innerText(), /Motivering/, 'geen lege motivering');
    assert.equal(await ampage.getByRole('link', { name: 'Wijzigen' }).count(), 0, 'aanvaard: niet meer te wijzigen');
    await screenshot(ampage, 'flow-8-aanvaard');
  } finally {
    await og.close();
    await am.close();
  }
});
