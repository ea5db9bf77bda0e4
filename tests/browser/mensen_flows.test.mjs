// People deciding as who they are (issue 12), end to end in Chromium against a real server with
// fresh demo data: the representative of the collectief decides on its behalf (OPD-2, GOV-6), a
// decision beyond the ambtelijk opdrachtgever's mandate goes to the wethouder (GOV-12), and the
// beheerder makes an account whose person sets the password through a one-time link (GOV-10).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loggedInContext, newContext, screenshot, vulInlogIn } from './browser.mjs';
import { flowOmgeving, pathOf, klikEnWacht, gegeven, melding, expectText, rij } from './flow_kit.mjs';

const o = flowOmgeving();

const NAMENS = 'Gemeente Rivierhoven, Gemeente Molenbroek, Gemeente Beekdal, Gemeente Dijkstede en Provincie Voorbeeldland';

test('11. het collectief: Naomi Bos handelt het signaal af namens wie haar mandaat gaf', async () => {
  const naomi = await loggedInContext(o.browser, o.server.baseURL, 'naomi.bos');
  const og = await loggedInContext(o.browser, o.server.baseURL, 'opdrachtgever');
  const page = await naomi.newPage();
  const ogpage = await og.newPage();
  try {
    await page.goto('/opdrachten?status=aanvaard');
    await klikEnWacht(page, page.getByRole('link', { name: 'Regionaal uitvoeringsprogramma VTH 2027' }));
    const pad = pathOf(page);
    await expectText(gegeven(page, 'Opdrachtgever'), 'De deelnemers gezamenlijk, vertegenwoordigd door Gemeente Rivierhoven');
    await expectText(gegeven(page, 'Besluiten namens'), NAMENS);

    // Beekdal is represented: it reads the signaal but does not handle it.
    await ogpage.goto(pad);
    assert.match(await ogpage.locator('main').innerText(), /BRZO-toezichthouders/);
    assert.equal(await ogpage.getByRole('button', { name: 'Signaal afhandelen' }).count(), 0);

    await page.getByRole('textbox', { name: 'Afhandeling' }).fill('Akkoord: twee inspecties schuiven naar het tweede kwartaal.');
    await klikEnWacht(page, page.getByRole('button', { name: 'Signaal afhandelen' }));
    await expectText(gegeven(page, 'Afgehandeld door'), 'Naomi Bos, ambtelijk opdrachtgever Gemeente Rivierhoven');
    await expectText(gegeven(page, 'Namens'), NAMENS);
    await screenshot(page, 'flow-11-namens-het-collectief');
  } finally {
    await naomi.close();
    await og.close();
  }
});

test('12. boven het mandaat: de ambtelijk opdrachtgever legt voor, de wethouder besluit', async () => {
  const beheerder = await loggedInContext(o.browser, o.server.baseURL, 'beheerder');
  const og = await loggedInContext(o.browser, o.server.baseURL, 'opdrachtgever');
  const bs = await loggedInContext(o.browser, o.server.baseURL, 'bestuurder');
  const bpage = await beheerder.newPage();
  const page = await og.newPage();
  const bspage = await bs.newPage();
  try {
    // GOV-12: the beheerder records Pieter de Boer's mandate as € 10.000.
    await bpage.goto('/rollen?soort=ambtelijk_opdrachtgever');
    await klikEnWacht(bpage, rij(bpage, 'Pieter de Boer').getByRole('link', { name: 'Ambtelijk opdrachtgever' }));
    await klikEnWacht(bpage, bpage.getByRole('link', { name: 'Wijzigen' }));
    await bpage.locator('#veld-beslismandaatBedrag').fill('10.000');
    await klikEnWacht(bpage, bpage.getByRole('button', { name: 'Opslaan' }));
    assert.match(await gegeven(bpage, 'Beslismandaat').innerText(), /beslist zelf tot € 10\.000,00/);

    // The demo's verzoek adds € 17.600: beyond it. No Aanvaarden; he lays it before the wethouder.
    await page.goto('/opdrachten?status=aanvaard');
    await klikEnWacht(page, page.getByRole('link', { name: 'Toezicht asbest Beekdal 2027' }));
    await klikEnWacht(page, page.getByRole('link', { name: 'Wijzigingsverzoek 2' }));
    const verzoekPad = pathOf(page);
    assert.match(await page.locator('main').innerText(), /Meerkosten van dit verzoek: € 17\.600,00\. Uw beslismandaat: tot € 10\.000,00\. Dit gaat buiten uw mandaat/);
    assert.equal(await page.getByRole('button', { name: 'Aanvaarden' }).count(), 0);
    await page.locator('#veld-met').fill('Beleidsafdeling milieu, Sanne de Wit');
    await page.locator('#veld-datum').fill('2026-11-27');
    await page.locator('#veld-uitkomst').fill('Akkoord; past in het milieubeleid.');
    await klikEnWacht(page, page.getByRole('button', { name: 'Afstemming vastleggen' }));
    await page.locator('#veld-beoordeling').fill('Nodig, maar € 17.600 gaat boven mijn mandaat.');
    await klikEnWacht(page, page.getByRole('button', { name: 'Voorleggen aan de bestuurlijk opdrachtgever' }));
    await expectText(melding(page), 'Het wijzigingsverzoek is voorgelegd aan de bestuurlijk opdrachtgever.');
    await expectText(gegeven(page, 'Status'), 'Voorgelegd aan de bestuurlijk opdrachtgever');
    await expectText(gegeven(page, 'Voorgelegd aan de bestuurlijk opdrachtgever door'), 'Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal');
    await screenshot(page, 'flow-12-voorgelegd');

    // The wethouder finds it on her start page and decides.
    await bspage.goto('/');
    const blok = bspage.locator('main section', { has: bspage.getByRole('heading', { name: 'Wijzigingsverzoeken die op een besluit wachten' }) });
    assert.match(await blok.innerText(), /wacht op uw besluit/);
    await klikEnWacht(bspage, blok.getByRole('link', { name: 'Toezicht asbest Beekdal 2027' }));
    assert.equal(pathOf(bspage), verzoekPad);
    // GOV-5: she decides as bestuurlijk opdrachtgever and sits in the AB and DB: the page says so.
    assert.match(await bspage.locator('#verzoek-petten').innerText(), /Let op uw petten: u bent bestuurlijk opdrachtgever en lid van het algemeen bestuur \(eigenaar\) en van het dagelijks bestuur/);
    await bspage.locator('#veld-beoordeling').fill('Akkoord; gedekt in de begroting van Beekdal.');
    await klikEnWacht(bspage, bspage.getByRole('button', { name: 'Aanvaarden' }));
    await expectText(gegeven(bspage, 'Besluit'), 'Aanvaard');
    await expectText(gegeven(bspage, 'Door'), 'Wethouder Hanneke Brouwer, bestuurlijk opdrachtgever Gemeente Beekdal');
    await screenshot(bspage, 'flow-12-besloten-door-de-wethouder');
  } finally {
    await beheerder.close();
    await og.close();
    await bs.close();
  }
});

test('13. een account voor Esther Kramer: de link werkt één keer, uitzetten sluit haar buiten', async () => {
  const beheerder = await loggedInContext(o.browser, o.server.baseURL, 'beheerder');
  const esther = await newContext(o.browser, o.server.baseURL);
  const page = await beheerder.newPage();
  const epage = await esther.newPage();
  try {
    await page.goto('/regio');
    await klikEnWacht(page, page.getByRole('link', { name: 'Accounts beheren' }));
    await klikEnWacht(page, page.getByRole('link', { name: 'Account toevoegen' }));
    // Neither a persoon nor technical beheer: refused, with the reason at the field.
    await page.locator('#veld-naam').fill('esther.kramer');
    let response = await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.equal(response.status(), 400);
    assert.match(await page.locator('main').innerText(), /kies de persoon uit het register/);
    const waarde = await page.locator('#veld-persoonId option', { hasText: 'Esther Kramer' }).getAttribute('value');
    await page.locator('#veld-persoonId').selectOption(waarde);
    await klikEnWacht(page, page.getByRole('button', { name: 'Toevoegen' }));
    const link = (await gegeven(page, 'Link om het wachtwoord in te stellen').innerText()).trim();
    assert.match(link, /\/wachtwoord-instellen\?code=[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'flow-13-link-eenmalig');

    await epage.goto(link);
    await epage.getByLabel('Wachtwoord', { exact: true }).fill('Molenbroek-2027');
    await epage.getByLabel('Herhaal het wachtwoord').fill('Molenbroek-2027');
    await klikEnWacht(epage, epage.getByRole('button', { name: 'Wachtwoord instellen' }));
    await expectText(melding(epage), 'Uw wachtwoord is ingesteld. U kunt nu inloggen.');
    await vulInlogIn(epage, 'esther.kramer', 'Molenbroek-2027');
    assert.match(await epage.locator('header').innerText(), /Esther Kramer/);

    // The link worked once.
    const tweede = await newContext(o.browser, o.server.baseURL);
    const tpage = await tweede.newPage();
    await tpage.goto(link);
    assert.match(await tpage.locator('main').innerText(), /deze link werkt niet \(meer\)/);
    await tweede.close();

    // Switched off: her next page is the login.
    await page.goto('/gebruikers');
    await klikEnWacht(page, page.getByRole('link', { name: 'esther.kramer' }));
    await page.locator('#status-actief').selectOption('nee');
    await klikEnWacht(page, page.getByRole('button', { name: 'Status opslaan' }));
    await expectText(gegeven(page, 'Status'), 'uitgezet');
    response = await epage.goto('/');
    assert.equal(pathOf(epage), '/inloggen');
  } finally {
    await beheerder.close();
    await esther.close();
  }
});
