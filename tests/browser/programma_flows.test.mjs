// The uitvoeringsprogramma (UP-1, UP-2, UP-4), end to end in Chromium against a real server with
// fresh demo data: the regisseur adjusts the vastgesteld programme without JavaScript, and a
// bestuurder reads the begroting of his gemeente.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { login, newContext, screenshot } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, melding, rij, expectText } from './flow_kit.mjs';

const o = flowOmgeving();

test('15. Uitvoeringsprogramma zonder JavaScript: bijstellen, een regel toevoegen en vaststellen', async () => {
  const context = await newContext(o.browser, o.server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'ingrid.mulder');
    await klikEnWacht(page, page.getByRole('link', { name: 'Regio', exact: true }));
    await klikEnWacht(page, page.getByRole('link', { name: "Uitvoeringsprogramma's bekijken" }));
    // The newest year first: next year's programme (this year's is vastgesteld and monitored).
    await klikEnWacht(page, page.getByRole('link', { name: /^Uitvoeringsprogramma VTH 20\d\d$/ }).first());
    const versie1 = pathOf(page);
    assert.match(await page.locator('main').innerText(), /Vastgesteld door het algemeen bestuur op 20-11-20\d\d/);
    // UP-4: vastgesteld, so no line can be added; a bijstelling asks for a reason.
    assert.equal(await page.getByRole('link', { name: 'Regel toevoegen' }).count(), 0);
    await klikEnWacht(page, page.getByRole('link', { name: 'Bijstellen' }));
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Bijstelling maken' }));
    assert.equal(response.status(), 400);
    await page.getByLabel('Reden').fill('Beekdal vraagt bodemadvies bij de nieuwe woonwijk');
    await klikEnWacht(page, page.getByRole('button', { name: 'Bijstelling maken' }));
    assert.notEqual(pathOf(page), versie1);
    await expectText(gegeven(page, 'Versie'), '2');

    // UP-2: a kental line for Beekdal; its hours and amount follow from the catalogue.
    await klikEnWacht(page, page.getByRole('link', { name: 'Regel toevoegen' }));
    await page.getByLabel('Product').selectOption('AD-01');
    await page.getByLabel('Deelnemer').selectOption({ label: 'Gemeente Beekdal' });
    await page.getByLabel('Uren').fill('12');
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.equal(response.status(), 400, 'uren bij een kentalproduct');
    await expectText(page.locator('#veld-uren-fout'), 'de uren van een kentalproduct volgen uit aantal × normuren; laat dit leeg');
    await page.getByLabel('Uren').fill('');
    await page.getByLabel('Aantal').fill('10');
    await screenshot(page, 'flow-15-regel-toevoegen');
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    await expectText(melding(page).first(), 'De regel is toegevoegd.');
    // AD-01: 6 normuren × € 98,50 = € 591,00 per advice; ten of them.
    const regel = page.locator('main tr[id^="regel-"]').filter({ hasText: 'AD-01' }).filter({ hasText: 'Gemeente Beekdal' });
    assert.match(await regel.innerText(), /\t10\t60\t€ 5\.910,00\t/);
    assert.match(await page.locator('#verschillen').locator('..').innerText(), /Toegevoegd/);

    // UP-1: doel 1 sharpened in the concept; the form holds its indicators.
    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigen doel 1' }));
    const titel = page.getByLabel('Titel');
    const oud = await titel.inputValue();
    assert.notEqual(await page.getByLabel('Naam').first().inputValue(), '', 'de indicator staat in het formulier');
    await titel.fill(`${oud} in elke gemeente`);
    await screenshot(page, 'flow-15-doel-wijzigen');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    await expectText(melding(page).first(), 'Het doel is gewijzigd.');
    await expectText(page.locator('#doel-1'), `Doel 1: ${oud} in elke gemeente`);

    await klikEnWacht(page, page.getByRole('link', { name: 'Vaststellen' }));
    await klikEnWacht(page, page.getByRole('button', { name: 'Vaststellen' }));
    await expectText(melding(page).first(), 'Het uitvoeringsprogramma is vastgesteld en staat als product bij stap 4 van de beleidscyclus.');
    await screenshot(page, 'flow-15-bijstelling-vastgesteld');
    await page.goto(versie1);
    assert.match(await page.locator('main').innerText(), /Vervangen door een bijstelling/);
  } finally {
    await context.close();
  }
});

test('16. Begroting per deelnemer: de bestuurder ziet de bijdrage van zijn gemeente regel voor regel', async () => {
  const context = await newContext(o.browser, o.server.baseURL);
  const page = await context.newPage();
  try {
    await login(page, 'bestuurder');
    await page.goto('/regio/programma');
    await klikEnWacht(page, page.getByRole('link', { name: /^Uitvoeringsprogramma VTH 20\d\d$/ }).first());
    await klikEnWacht(page, page.getByRole('link', { name: 'Begroting per deelnemer' }));
    const overzicht = rij(page, 'Gemeente Beekdal').first();
    const [collectief, specifiek, totaal] = (await overzicht.locator('td').allInnerTexts());
    const euro = (t) => Math.round(Number(t.replace(/[€\s.]/g, '').replace(',', '.')) * 100);
    assert.equal(euro(collectief) + euro(specifiek), euro(totaal));
    await page.getByLabel('Deelnemer', { exact: true }).selectOption({ label: 'Gemeente Beekdal' });
    await klikEnWacht(page, page.getByRole('button', { name: 'Filter toepassen' }));
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Gemeente Dijkstede' }).count(), 0);
    const sectie = page.locator('section', { has: page.getByRole('heading', { name: 'Gemeente Beekdal', level: 2 }) });
    assert.match(await sectie.innerText(), /45\.210 van 471\.915 \(inwonertal\)/);
    assert.match(await sectie.innerText(), /Toezicht op evenementen[\s\S]*240 uur, afgesproken bedrag/);
    await screenshot(page, 'flow-16-begroting-beekdal');
  } finally {
    await context.close();
  }
});

test('17. Programmaregels van een opdracht zonder JavaScript: het verschil zichtbaar, dan passend gekozen', async () => {
  const context = await newContext(o.browser, o.server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'opdrachtgever');
    await page.goto('/opdrachten');
    await klikEnWacht(page, page.getByRole('link', { name: /^Extra toezicht evenementen Beekdal 20\d\d$/ }));
    const sectie = () => page.locator('section', { has: page.getByRole('heading', { name: /regels die deze opdracht uitvoert/ }) });
    // OPD-4: the demo's choice: the maatwerk line, equal to the opdracht's own hours and money.
    assert.match(await sectie().innerText(), /MW-01 Toezicht op evenementen/);
    assert.match(await sectie().innerText(), /Geld: gelijk aan de programmaregels\./);
    await klikEnWacht(page, sectie().getByRole('link', { name: 'Programmaregels kiezen' }));
    const vinkje = page.getByRole('checkbox', { name: /MW-01/ });
    assert.equal(await vinkje.isChecked(), true);
    await vinkje.uncheck();
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    await expectText(melding(page).first(), 'De programmaregels van de opdracht zijn opgeslagen.');
    // Without lines the difference is the opdracht's whole amount, shown and not hidden.
    assert.match(await sectie().innerText(), /Deze opdracht noemt nog geen programmaregels/);
    assert.match(await sectie().innerText(), /Geld: de opdracht noemt € 26\.400,00 meer dan de programmaregels\./);
    await screenshot(page, 'flow-17-programmaregels-verschil');
    await klikEnWacht(page, sectie().getByRole('link', { name: 'Programmaregels kiezen' }));
    await page.getByRole('checkbox', { name: /MW-01/ }).check();
    await screenshot(page, 'flow-17-programmaregels-kiezen');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.match(await sectie().innerText(), /Uren: gelijk aan de programmaregels\./);
    // OPD-7: the doel the line serves.
    assert.match(await sectie().innerText(), /1\. Een gezonde en veilige leefomgeving/);
  } finally {
    await context.close();
  }
});

test('18. Productcatalogus zonder JavaScript: een nieuw jaar als kopie, een product erbij en gewijzigd, een eigen verdeelsleutel', async () => {
  const context = await newContext(o.browser, o.server.baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await login(page, 'ingrid.mulder');
    await page.goto('/regio/catalogus');
    // UP-4: the year of the vastgesteld programme offers no forms.
    assert.match(await page.locator('main').innerText(), /is vastgesteld: de catalogus van dit jaar blijft zoals hij is/);
    assert.equal(await page.getByRole('link', { name: 'Product toevoegen' }).count(), 0);
    await klikEnWacht(page, page.getByRole('link', { name: 'Catalogus naar een nieuw jaar kopiëren' }));
    const nieuwJaar = await page.getByLabel('Nieuw jaar').inputValue();
    await klikEnWacht(page, page.getByRole('button', { name: 'Kopiëren' }));
    await expectText(melding(page).first(), 'De catalogus is naar dit jaar gekopieerd; de producten zijn nu per stuk te wijzigen.');
    await expectText(page.locator('main h1'), `Productcatalogus ${nieuwJaar}`);

    // UP-3: a kental product; a missing norm is named at its field, then priced in Dutch.
    await klikEnWacht(page, page.getByRole('link', { name: 'Product toevoegen' }));
    await page.getByLabel('Code').fill('TH-09');
    await page.getByLabel('Naam').fill('Controle vuurwerkopslag');
    await page.getByLabel('Taakveld').selectOption('toezicht');
    await page.getByLabel('Basistaak of plustaak').selectOption('plustaak');
    await page.getByLabel('Afrekenwijze').selectOption('kental');
    await page.getByLabel('Uurtarief').fill('98,50');
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.equal(response.status(), 400);
    await expectText(page.locator('#veld-normuren-fout'), 'dit veld is verplicht');
    await page.getByLabel('Normuren per stuk').fill('2,5');
    await screenshot(page, 'flow-18-product-toevoegen');
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    await expectText(melding(page).first(), 'Het product is toegevoegd.');
    // 2,5 hours × € 98,50 = € 246,25 per piece.
    assert.match(await rij(page, 'TH-09').innerText(), /2,5\t€ 98,50\t€ 246,25/);

    await klikEnWacht(page, rij(page, 'TH-09').getByRole('link', { name: 'TH-09' }));
    assert.equal(await page.getByLabel('Normuren per stuk').inputValue(), '2,5');
    await page.getByLabel('Uurtarief').fill('100');
    await klikEnWacht(page, page.getByRole('button', { name: 'Opslaan' }));
    await expectText(melding(page).first(), 'Het product is gewijzigd.');
    assert.match(await rij(page, 'TH-09').innerText(), /€ 100,00\t€ 250,00/);
    await screenshot(page, 'flow-18-catalogus-nieuw-jaar');

    // The catalogue as a CSV from Excel, uploaded as Chromium sends a file: first only checked,
    // then a file with a bad line is refused as a whole, naming the line.
    await klikEnWacht(page, page.getByRole('link', { name: 'Catalogus importeren uit Excel of CSV' }));
    await page.getByLabel('Jaar').fill(nieuwJaar);
    const kop = 'code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\r\n';
    const bestand = (regels) => ({ name: 'catalogus.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${kop}${regels}`) });
    await page.getByLabel('Bestand').setInputFiles(bestand('TH-09;Controle vuurwerkopslag;toezicht;plustaak;kental;3;110,00\r\n'));
    await page.getByLabel('Alleen controleren (niets opslaan)').check();
    await klikEnWacht(page, page.getByRole('button', { name: 'Importeren' }));
    await expectText(page.locator('#verslag h2'), 'Gecontroleerd: het bestand is in orde; er is niets opgeslagen');
    assert.match(await page.locator('#verslag').innerText(), /0 nieuwe producten, 1 gewijzigd, 0 ongewijzigd; 10 producten staan niet in het bestand/);
    await page.getByLabel('Bestand').setInputFiles(bestand('TH-09;Controle;toezicht;plustaak;kental;drie;110,00\r\n'));
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Importeren' }));
    assert.equal(response.status(), 400);
    assert.match(await page.locator('#foutmeldingen').innerText(), /Regel 2, kolom normuren: /);
    await screenshot(page, 'flow-18-catalogus-importeren');

    // UP-3 (decision 44): a key of the regio's own, a fixed percentage table; one that does not
    // add up to 100 is refused with the input kept; then a regionaal product split by it.
    await page.goto(`/regio/catalogus?jaar=${nieuwJaar}`);
    await klikEnWacht(page, page.getByRole('link', { name: 'Verdeelsleutel toevoegen (vast percentage of eigen gewicht)' }));
    await page.getByLabel('Sleutelcode').fill('vast-aandeel');
    await page.getByLabel('Naam', { exact: true }).fill('Vast aandeel');
    await page.getByLabel('Soort', { exact: true }).selectOption('percentage');
    await page.getByLabel('Gemeente Beekdal').fill('62,5');
    await page.getByLabel('Gemeente Dijkstede').fill('37');
    response = await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.equal(response.status(), 400);
    assert.match(await page.locator('main').innerText(), /de percentages moeten samen precies 100 zijn/);
    assert.equal(await page.getByLabel('Gemeente Beekdal').inputValue(), '62,5');
    await page.getByLabel('Gemeente Dijkstede').fill('37,5');
    await screenshot(page, 'flow-18-verdeelsleutel-toevoegen');
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    await expectText(melding(page).first(), 'De verdeelsleutel is toegevoegd.');
    const sleutels = page.locator('section', { has: page.locator('#verdeelsleutels') });
    assert.match(await sleutels.innerText(), /Vast aandeel \(sleutel vast-aandeel, vast percentage per deelnemer\)/);
    assert.match(await sleutels.innerText(), /Gemeente Beekdal\t62,50 %\t62,50 %/);
    await klikEnWacht(page, page.getByRole('link', { name: 'Product toevoegen' }));
    await page.getByLabel('Code').fill('AD-09');
    await page.getByLabel('Naam').fill('Regionaal expertisecentrum');
    await page.getByLabel('Taakveld').selectOption('advies');
    await page.getByLabel('Basistaak of plustaak').selectOption('basistaak');
    await page.getByLabel('Afrekenwijze').selectOption('regionaal');
    await page.getByLabel('Uurtarief').fill('98,50');
    await page.getByLabel('Verdeelsleutel').selectOption({ label: 'Vast aandeel' });
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    await expectText(melding(page).first(), 'Het product is toegevoegd.');
    assert.match(await rij(page, 'AD-09').innerText(), /vast-aandeel/);
    await screenshot(page, 'flow-18-verdeelsleutels');
  } finally {
    await context.close();
  }
});
