/** Small helpers for driving the SPA in Chromium: pages, in-app navigation and screenshots. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where screenshots go: var/screenshots (ignored by git) unless CAIRN_SCREENSHOT_DIR says
 * otherwise; `CAIRN_SCREENSHOT_DIR=docs/screenshots` refreshes the ones the README shows.
 */
export const SCREENSHOT_DIR = path.resolve(
  REPO_ROOT,
  process.env.CAIRN_SCREENSHOT_DIR ?? 'var/screenshots',
);

/** A page and the uncaught errors it raised. */
export interface TestPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pageErrors: string[];
}

/** Opens a fresh browser context (its own cookies) on the SPA's home page. */
export async function openSpa(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1200, height: 800 },
): Promise<TestPage> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await page.locator('header.site-header').waitFor();
  return { context, page, pageErrors };
}

/**
 * Opens an SPA path the way a link inside the app does (history.pushState and a popstate
 * event). Used for URLs typed by people; links are clicked.
 */
export async function visit(page: Page, pathAndQuery: string): Promise<void> {
  await page.evaluate(
    `window.history.pushState(null, '', ${JSON.stringify(pathAndQuery)});
     window.dispatchEvent(new PopStateEvent('popstate'));`,
  );
}

/** Saves a screenshot of the visible page as `<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The element's rendered text (cells apart) with runs of white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** The current URL's path and query. */
export function currentPath(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}
