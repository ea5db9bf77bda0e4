// axe-core (WCAG 2.0/2.1 A and AA) on every page in pages.mjs, with a screenshot of each.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { launchBrowser, login, newContext, screenshot } from './browser.mjs';
import { paginas, stappen, vulPadIn } from './pages.mjs';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server;
let browser;
const contexts = new Map(); // account (or '') -> logged-in context, reused across pages
const tabs = new Map(); // account (or '') -> the one tab of that context every page opens in
const ids = {};
let gecontroleerd = 0;
let overtredingen = 0;

async function contextVoor(account) {
  const key = account ?? '';
  if (!contexts.has(key)) {
    // bypassCSP: the pages forbid inline scripts; axe is injected as one.
    const context = await newContext(browser, server.baseURL, { bypassCSP: true });
    if (account) {
      const page = await context.newPage();
      await login(page, account);
      await page.close();
    }
    contexts.set(key, context);
  }
  return contexts.get(key);
}

// One tab per account: a new tab per page costs Chromium a renderer process each time, the
// larger part of this file's processor time (decision 40). Every step starts with a goto.
async function tabVoor(account) {
  const key = account ?? '';
  if (!tabs.has(key)) {
    const context = await contextVoor(account);
    tabs.set(key, await context.newPage());
  }
  return tabs.get(key);
}

function beschrijf(violations) {
  return violations
    .map((v) => {
      const elementen = v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n');
      return `  ${v.id} (${v.impact}): ${v.help}\n${elementen}`;
    })
    .join('\n');
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
  await server?.stop();
  console.log(`axe: ${gecontroleerd} pagina's, ${overtredingen} overtredingen`);
});

for (const pagina of paginas) {
  const wie = pagina.account ? `als ${pagina.account}` : 'uitgelogd';
  test(`axe: ${pagina.naam} (${pagina.pad}, ${wie})`, async () => {
    const page = await tabVoor(pagina.account);
    const pad = await vulPadIn(page, pagina.pad, ids);
    const stap = stappen[pagina.via ?? 'openen'];
    assert.ok(stap, `onbekende stap ${pagina.via}`);
    const response = await stap(page, pad);
    assert.equal(response?.status(), pagina.status ?? 200, `HTTP-status van ${pad}`);
    assert.match(await page.title(), / · regie/, 'de pagina heeft de titel van regie');
    await screenshot(page, pagina.naam);

    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      TAGS,
    );
    gecontroleerd += 1;
    overtredingen += result.violations.length;
    assert.equal(
      result.violations.length,
      0,
      `axe vond ${result.violations.length} overtreding(en) op ${pad}:\n${beschrijf(result.violations)}`,
    );
  });
}
