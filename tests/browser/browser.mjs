// Shared helpers for the browser tests: Debian's Chromium, Dutch contexts, login, screenshots.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const WACHTWOORD = 'regie-demo-2026';

export const outputDir = process.env.REGIE_TEST_OUTPUT || join(tmpdir(), 'regie-test-output');
export const screenshotDir = join(outputDir, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.REGIE_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A Dutch browser context at 1280 wide. */
export function newContext(browser, baseURL, options = {}) {
  return browser.newContext({
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
}

/** Logs in through the login form; ends on the start page. */
export async function login(page, naam, wachtwoord = WACHTWOORD) {
  await page.goto('/inloggen');
  await vulInlogIn(page, naam, wachtwoord);
}

/** Fills in and submits the login form on the current page; waits until it has left it. */
export async function vulInlogIn(page, naam, wachtwoord = WACHTWOORD) {
  await page.getByLabel('Gebruikersnaam').fill(naam);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/inloggen'),
    page.getByRole('button', { name: 'Inloggen' }).click(),
  ]);
}

/** A context logged in as `naam` (one login; the session cookie is reused afterwards). */
export async function loggedInContext(browser, baseURL, naam, options = {}) {
  const context = await newContext(browser, baseURL, options);
  const page = await context.newPage();
  await login(page, naam);
  await page.close();
  return context;
}

export async function screenshot(page, naam) {
  const path = join(screenshotDir, `${naam}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The status of the last main-frame navigation response. */
export function statusOf(response) {
  return response ? response.status() : null;
}
