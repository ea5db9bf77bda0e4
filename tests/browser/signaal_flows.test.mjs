// Signalen (OPD-6), end to end in Chromium against a real server with fresh demo data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, screenshot } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, melding, expectText, vulRijenIn } from './flow_kit.mjs';

const o = flowOmgeving();

test('9. een signaal van stagnatie: gemeld, meteen op de startpagina, afgehandeld', async () => {
  const og = await loggedInContext(o.browser, o.server.baseURL, 'opdrachtgever');
  const am = await loggedInContext(o.browser, o.server.baseURL, 'accountmanager');
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
    // OPD-8: the interne afstemming first.
    await ampage.locator('#afstemming-teams').fill('Team toezicht');
    await ampage.locator('#afstemming-capaciteit').fill('Twee toezichthouders vrij in het voorjaar.');
    await ampage.locator('#afstemming-effecten').fill('Geen.');
    await ampage.locator('#afstemming-uitkomst').selectOption('uitvoerbaar');
    await klikEnWacht(ampage, ampage.getByRole('button', { name: 'Interne afstemming vastleggen' }));
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
    await expectText(melding(ampage), 'Het signaal is gemeld; de opdrachtgever ziet het meteen op de startpagina.');
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
    await expectText(melding(page), 'Het signaal is afgehandeld.');
    await expectText(gegeven(page, 'Afhandeling'), 'Akkoord: eerst de bereikbare daken.');
    assert.equal(await page.getByRole('button', { name: 'Signaal afhandelen' }).count(), 0);
    await page.goto('/');
    assert.doesNotMatch(await page.locator('main').innerText(), /hoogwerker/, 'niet meer open');
  } finally {
    await og.close();
    await am.close();
  }
});
