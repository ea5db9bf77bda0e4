// What the flow tests share: a fresh server with the demo and a browser per test file, and
// small page helpers.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launchBrowser, screenshot } from './browser.mjs';
import { startServer } from './server.mjs';

/** Starts a server with fresh demo data and a browser before the file's tests; stops both
 * after them. The returned object gets `server` and `browser`. */
export function flowOmgeving() {
  const omgeving = {};
  before(async () => {
    omgeving.server = await startServer();
    omgeving.browser = await launchBrowser();
  });
  after(async () => {
    await omgeving.browser?.close();
    await omgeving.server?.stop();
  });
  return omgeving;
}

export const pathOf = (page) => new URL(page.url()).pathname;

/** Clicks and waits for the navigation it causes; returns the response. */
export async function klikEnWacht(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

/** The text of the <dd> next to the <dt> `label` on a detail page. */
export function gegeven(page, label) {
  return page
    .locator('.regie-gegevens__rij')
    .filter({ has: page.locator('dt').getByText(label, { exact: true }) })
    .locator('dd');
}

export const melding = (page) => page.locator('main [role="status"]');
export const kop = (page) => page.locator('main h1');
export const rij = (page, tekst) => page.locator('main table tbody tr').filter({ hasText: tekst });

export async function expectText(locator, expected, message) {
  assert.equal((await locator.innerText()).trim(), expected, message);
}

/** The focused element has a visible focus indicator: an outline or a box-shadow. */
export async function focusZichtbaar(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const doorzichtig = (kleur) => /^rgba\(.*,\s*0\)$/.test(kleur) || kleur === 'transparent';
    const outline =
      s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !doorzichtig(s.outlineColor);
    // A box-shadow counts when one of its shadows has a colour and a non-zero size.
    const shadows = s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\))/);
    const shadow = shadows.some((sh) => {
      const kleur = sh.match(/rgba?\([^)]*\)/)?.[0] ?? '';
      const maten = (sh.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      return !doorzichtig(kleur) && maten.some((m) => m !== 0);
    });
    return { outline, shadow, stijl: `${s.outlineStyle} ${s.outlineWidth} / ${s.boxShadow}` };
  });
}

export async function gefocust(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      tekst: (el.innerText || el.value || '').trim(),
      href: el.getAttribute('href'),
      inMenu: !!el.closest('nav[aria-label="Hoofdmenu"]'),
      inFooter: !!el.closest('footer'),
    };
  });
}

// The columns of the list parts that are selects.
const KEUZEVELDEN = new Set(['kans', 'impact', 'persoonId', 'organisatieId']);

/**
 * Fills the rows of an opdracht's list part: row 1 is there, every next row comes with
 * "Rij toevoegen" (a submit, as without JavaScript). `rijen` is a list of {veld: waarde}.
 */
export async function vulRijenIn(page, lijst, rijen, vanaf = 1) {
  for (let i = 0; i < rijen.length; i++) {
    const nummer = vanaf + i;
    if (nummer > 1 && (await page.locator(`#rij-${lijst}-${nummer}`).count()) === 0) {
      await klikEnWacht(page, page.locator(`button[name="rij_toevoegen"][value="${lijst}"]`));
    }
    for (const [veld, waarde] of Object.entries(rijen[i])) {
      const invoer = page.locator(`#veld-${lijst}-${nummer}-${veld}`);
      if (KEUZEVELDEN.has(veld)) {
        await invoer.selectOption(waarde);
      } else {
        await invoer.fill(waarde);
      }
    }
  }
}

/** Deletes through the confirmation page: the link, the question, then Verwijderen. */
export async function verwijderMetBevestiging(page, linkNaam, vraag, schermafdruk) {
  await klikEnWacht(page, page.getByRole('link', { name: linkNaam }));
  assert.match(pathOf(page), /\/verwijderen$/);
  assert.match(await page.locator('main').innerText(), vraag);
  if (schermafdruk) await screenshot(page, schermafdruk);
  await klikEnWacht(page, page.getByRole('button', { name: 'Verwijderen', exact: true }));
}
