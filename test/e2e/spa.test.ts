/**
 * The SPA in real Chromium against `cairn up` (issue 8's acceptance): crashes sent with
 * `cairn submit`, then search, facets, pages, back and forward, a report, a signature, Top
 * Crashers, the data dictionary, logging in and out as a view_pii user, tokens, the quick
 * search box and a crash opened before it was processed. Every page is saved as a screenshot.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCrashId, createCrashStorage, loadConfig } from '@cairn/core';
import {
  currentPath,
  openSpa,
  saveScreenshot,
  textOf,
  visit,
  type TestPage,
} from './spa/page-helpers.js';
import {
  CONFORMANCE_DIR,
  HACKER_EMAIL,
  missingPrerequisite,
  startSpaHarness,
  TEST_PASSWORD,
  type SpaHarness,
} from './spa/spa-harness.js';

const missing = missingPrerequisite();
if (missing && process.env.CI)
  throw new Error(`the SPA browser tests must run under CI: ${missing}`);
if (missing) console.warn(`skipping the SPA browser tests: ${missing}`);

const MAC_SIGNATURE = 'sadness_generator::raise_segfault';

/**
 * Form controls without an accessible name (no label, no aria-label(ledby), a button without
 * text), as the start of their HTML. Page scripts are strings: the tests are typed for Node.
 */
const UNNAMED_CONTROLS_SCRIPT = `[...document.querySelectorAll('input, select, textarea, button')]
  .filter((element) => {
    const labelled = element.labels && element.labels.length > 0;
    const named = element.getAttribute('aria-label') || element.getAttribute('aria-labelledby');
    const text = element.tagName === 'BUTTON' && element.textContent.trim() !== '';
    return !labelled && !named && !text;
  })
  .map((element) => element.outerHTML.slice(0, 80))`;

// Each test drives several pages; on a loaded 2-core machine one can take tens of seconds.
describe.skipIf(missing !== undefined)(
  'the SPA in Chromium against cairn up',
  { timeout: 120_000 },
  () => {
    let harness: SpaHarness;
    let current: TestPage | undefined;

    const open = async (viewport?: { width: number; height: number }) => {
      current = await openSpa(harness.browser, harness.baseUrl, viewport);
      return current.page;
    };
    const logIn = async () => {
      const page = await open();
      await page.getByRole('link', { name: 'Log in' }).click();
      await page.getByLabel('E-mail address').fill(HACKER_EMAIL);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('button', { name: 'Log out' }).waitFor();
      return page;
    };

    beforeAll(async () => {
      harness = await startSpaHarness();
    }, 300_000);

    afterEach(async () => {
      const errors = current?.pageErrors ?? [];
      await current?.context.close();
      current = undefined;
      expect(errors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await harness?.close();
    });

    it('opens deep links (a report, a search) straight from the address bar', async () => {
      const page = await open();
      await page.goto(`/report/index/bp-${harness.crashIds.windowsWrite}`);
      await page.getByRole('heading', { name: /Firefox 121\.0 Crash Report/ }).waitFor();
      await page.goto('/search/?product=Thunderbird');
      await page.getByRole('tab', { name: 'Crash Reports (1)' }).waitFor();
      expect(await textOf(page.locator('.filter-reading'))).toBe(
        'Finds: product matches “Thunderbird”',
      );
    });

    it('lists the products on the home page and charts a product’s crashes per day by version', async () => {
      const page = await open();
      const firefox = page.locator('.product-card', { hasText: 'Firefox' });
      expect(await textOf(firefox)).toContain('4 crashes in the last 60 days');
      expect(await textOf(page.locator('.product-card', { hasText: 'Thunderbird' }))).toContain(
        '1 crashes',
      );
      await saveScreenshot(page, 'home');

      await firefox.getByRole('link', { name: 'Firefox' }).click();
      const chart = page.getByRole('img', { name: 'Firefox crashes per day by version' });
      await chart.waitFor();
      expect(await textOf(page.locator('.chart-legend'))).toMatch(/121\.0.*120\.0/);
      const signatures = page.locator('table', { hasText: 'Top signatures' }).locator('tbody tr');
      expect(await signatures.count()).toBe(4);
      expect(await textOf(signatures.first())).toMatch(/1 25\.00 %$/);
      expect(currentPath(page)).toBe('/home/product/Firefox');
      await saveScreenshot(page, 'product');
    });

    it('searches with the filter builder, facets with percentages, pages, sorts, and goes back and forward', async () => {
      const page = await open();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Super Search' })
        .click();
      await page.getByRole('tab', { name: 'Crash Reports (5)' }).waitFor();

      await page.getByRole('button', { name: 'New line' }).click();
      await page.getByLabel('Filter 1: field').selectOption('product');
      await page.getByLabel('Filter 1: add a value').fill('Firefox');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('tab', { name: 'Crash Reports (4)' }).waitFor();
      expect(currentPath(page)).toBe('/search/?product=Firefox');
      expect(await textOf(page.locator('.filter-reading'))).toBe(
        'Finds: product matches “Firefox”',
      );

      await page.getByRole('tab', { name: 'signature' }).click();
      const facetRows = page.locator('.facet-table tbody tr');
      expect(await facetRows.count()).toBe(4);
      for (const row of await facetRows.all()) expect(await textOf(row)).toMatch(/ 1 25\.00 %$/);
      expect(new URL(page.url()).hash).toBe('#facet-signature');

      await visit(page, '/search/?product=Firefox&_results_number=3');
      await page.getByText('Results 1–3 of 4 (page 1 of 2)').waitFor();
      await page.getByRole('link', { name: 'Next →' }).click();
      await page.getByText('Results 4–4 of 4 (page 2 of 2)').waitFor();
      expect(currentPath(page)).toBe('/search/?product=Firefox&_results_number=3&page=2');

      await page.locator('.results-table thead').getByRole('link', { name: 'signature' }).click();
      await page.getByText('Results 1–3 of 4 (page 1 of 2)').waitFor();
      const firstSignatures = await page
        .locator('.results-table tbody td.signature > a:first-child')
        .allTextContents();
      expect(firstSignatures).toEqual([...firstSignatures].sort());
      expect(currentPath(page)).toBe('/search/?product=Firefox&_sort=signature&_results_number=3');
      await saveScreenshot(page, 'search');

      await page.goBack();
      await page.getByText('Results 4–4 of 4 (page 2 of 2)').waitFor();
      await page.goForward();
      await page.getByText('Results 1–3 of 4 (page 1 of 2)').waitFor();
      expect(currentPath(page)).toContain('_sort=signature');

      await page.getByText('Use this search in a script').click();
      const apiUrl = await page.getByLabel('Crash Stats API URL').inputValue();
      expect(apiUrl.startsWith(`${harness.baseUrl}/api/SuperSearch/?`)).toBe(true);
      const viaRest = (await (await fetch(apiUrl)).json()) as { total: number; hits: unknown[] };
      expect(viaRest.total).toBe(4);
      expect(viaRest.hits).toHaveLength(3);
      expect(JSON.parse(await page.getByLabel('GraphQL variables').inputValue())).toMatchObject({
        query: { resultsNumber: 3, sort: [{ field: 'signature', descending: false }] },
      });
    });

    it('shows nested aggregations, histogram charts and explicit filter groups', async () => {
      const page = await open();
      await visit(page, '/search/?product=Firefox&_facets=platform');
      await page.getByText('More options: facets, aggregations, columns, sort').click();
      await page.getByLabel('Bucket by').selectOption('product');
      await page.getByLabel('then count').selectOption('version');
      await page.getByRole('button', { name: 'Add nested aggregation' }).click();
      await page.getByLabel('Histogram of').selectOption('date');
      await page.getByLabel('split by').selectOption('version');
      await page.getByRole('button', { name: 'Add histogram' }).click();
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL((url) => url.search.includes('_histogram.date=version'));
      expect(currentPath(page)).toBe(
        '/search/?product=Firefox&_facets=platform&_aggs.product=version&_histogram.date=version',
      );
      await page.getByRole('tab', { name: 'product' }).click();
      const nested = page.locator('.nested-aggregation > li').first();
      expect(await textOf(nested.locator('> .bucket-count'))).toBe('4 (100.00 %)');
      expect(await textOf(nested)).toContain('121.0 3 75.00 %');
      await page.getByRole('tab', { name: 'date histogram' }).click();
      await page.getByRole('img', { name: 'date histogram by version' }).waitFor();
      await saveScreenshot(page, 'search-aggregations');

      await visit(
        page,
        '/search/?_group.1=any&_group.1.product=Thunderbird&_group.1.signature=~crashme',
      );
      await page.getByRole('tab', { name: 'Crash Reports (2)' }).waitFor();
      expect(await textOf(page.locator('.filter-reading'))).toBe(
        'Finds: product matches “Thunderbird” OR signature contains “crashme”',
      );
      await page.getByText('Use this search in a script').click();
      await page.getByText('This search has no Crash Stats API URL').waitFor();
    });

    it('opens a report with all threads, inline frames, missing-symbol markers, sources and modules, without protected data', async () => {
      const page = await open();
      await visit(page, '/search/?product=Firefox&version=120.0');
      await page.getByRole('link', { name: harness.crashIds.macInlines }).click();
      await page
        .getByRole('heading', { name: `Firefox 120.0 Crash Report [@ ${MAC_SIGNATURE}]` })
        .waitFor();
      expect(await textOf(page.getByRole('note'))).toBe('You are seeing public data only.');

      const crashing = page.locator('.crashing-thread');
      expect(await textOf(crashing.locator('h3'))).toBe('Thread 0 (main), crashing');
      expect(await textOf(crashing.locator('tr.inline-frame').first())).toContain(
        'inlined core::ptr::write_volatile::<u8>',
      );
      expect(await textOf(crashing.locator('tbody tr').nth(1))).toMatch(
        /^0 crash-client sadness_generator::raise_segfault lib\.rs:133 context$/,
      );
      expect(await crashing.locator('.missing-marker').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-field="url"]').count()).toBe(0);
      expect(await page.getByRole('tab', { name: 'Raw Data and Minidumps' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Reprocess this crash' }).count()).toBe(0);
      await saveScreenshot(page, 'report');

      await page.getByRole('button', { name: 'Show other threads (10)' }).click();
      expect(await page.locator('section.thread').count()).toBe(11);

      await page.getByRole('tab', { name: /^Modules/ }).click();
      expect(new URL(page.url()).hash).toBe('#tab-modules');
      expect(
        await textOf(page.locator('.modules-table tbody tr', { hasText: 'crash-client' }).first()),
      ).toContain('loaded');
      await page.getByRole('tab', { name: 'Crash Annotations' }).click();
      expect(await textOf(page.locator('[data-annotation="ProductName"]'))).toBe(
        'ProductName Firefox',
      );
      expect(await page.locator('[data-annotation="URL"]').count()).toBe(0);
      await page.getByText('Protected data (URLs, comments').waitFor();
    });

    it('opens a signature report with summary facets, crashes over time, reports and bugs', async () => {
      const page = await open();
      await visit(page, `/report/index/${harness.crashIds.macInlines}`);
      await page.getByRole('link', { name: 'More reports' }).click();
      await page.getByRole('heading', { name: `Signature report for ${MAC_SIGNATURE}` }).waitFor();
      expect(currentPath(page)).toBe(
        `/signature/?signature=${encodeURIComponent(MAC_SIGNATURE).replace(/%3A/g, '%3A')}`,
      );
      expect(await textOf(page.locator('table', { hasText: 'Products' }).locator('tbody tr'))).toBe(
        '1 Firefox 1 100.00 %',
      );
      expect(
        await textOf(
          page.locator('table', { hasText: 'Uptime ranges' }).locator('tbody tr').first(),
        ),
      ).toBe('< 1 min 1 100.00 %');
      await saveScreenshot(page, 'signature');
      await page.getByRole('tab', { name: 'Graphs' }).click();
      await page.getByRole('img', { name: 'Crashes per day by product' }).waitFor();
      await page.getByRole('tab', { name: 'Reports' }).click();
      await page.getByRole('link', { name: harness.crashIds.macInlines }).waitFor();
      await page.getByRole('tab', { name: /^Bugzilla/ }).click();
      await page.getByText('No bug is linked to this signature.').waitFor();
    });

    it('shows Top Crashers as the API computes them, with filters in the URL', async () => {
      const page = await open();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Top Crashers' })
        .click();
      await page.getByLabel('Product').selectOption('Firefox');
      await page.getByLabel('Process type').selectOption('any');
      // The default ruleset does not write report_type (a Mozilla rule does), so "crash" finds none.
      await page.getByLabel('Report type').selectOption('any');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.locator('.top-crashers-table').waitFor();
      expect(currentPath(page)).toBe(
        '/topcrashers/?product=Firefox&process_type=any&_report_type=any',
      );
      const api = await harness.graphql<{
        topCrashers: {
          totalCrashes: number;
          crashers: { signature: string; percentOfTotal: number }[];
        };
      }>(
        '{ topCrashers(input: { product: "Firefox", processType: "any", reportType: "any" }) { totalCrashes crashers { signature percentOfTotal } } }',
      );
      const crashers = api.data!.topCrashers.crashers;
      expect(crashers.length).toBeGreaterThan(0);
      const rows = page.locator('.top-crashers-table tbody tr');
      expect(await rows.count()).toBe(crashers.length);
      expect(await page.locator('.top-crashers-table td.signature').allTextContents()).toEqual(
        crashers.map((crasher) => crasher.signature),
      );
      expect(await textOf(page.locator('#top-crashers-summary'))).toContain(
        `of all ${api.data!.topCrashers.totalCrashes} crashes`,
      );
      await saveScreenshot(page, 'top-crashers');
    });

    it('lists every catalog field in the data dictionary and shows one field with example values', async () => {
      const page = await open();
      await page.getByRole('link', { name: 'Data Dictionary' }).click();
      expect(
        await textOf(page.locator('tr', { has: page.locator('code', { hasText: /^url$/ }) })),
      ).toContain('protected: view_pii');
      await saveScreenshot(page, 'data-dictionary');
      await page.getByLabel('Filter fields').fill('uptime');
      expect(await page.locator('.dictionary-table tbody tr').count()).toBe(2);
      await page.getByRole('link', { name: 'uptime', exact: true }).click();
      await page.getByRole('heading', { name: 'uptime' }).waitFor();
      await page.locator('table', { hasText: 'Most common values' }).waitFor();
      expect(currentPath(page)).toBe('/documentation/datadictionary/uptime/');
      await saveScreenshot(page, 'data-dictionary-field');
    });

    it('shows protected fields, annotations and dumps to a view_pii user, and hides them after logging out', async () => {
      const page = await open();
      await page.getByRole('link', { name: 'Log in' }).click();
      await saveScreenshot(page, 'login');
      await page.getByLabel('E-mail address').fill(HACKER_EMAIL);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('button', { name: 'Log out' }).waitFor();

      await visit(page, `/report/index/${harness.crashIds.macInlines}`);
      expect(await textOf(page.getByRole('note'))).toBe(
        'You are seeing public and protected data.',
      );
      expect(await textOf(page.locator('[data-field="url"]'))).toContain(
        'https://private.example/secret-page',
      );
      await page.getByRole('button', { name: 'Reprocess this crash' }).click();
      await page.getByText('Queued for reprocessing').waitFor();
      await page.getByRole('tab', { name: 'Crash Annotations' }).click();
      expect(await textOf(page.locator('[data-annotation="Comments"]'))).toContain(
        'it crashed while I typed my password',
      );
      await page.getByRole('tab', { name: 'Raw Data and Minidumps' }).click();
      const dumpLink = page.getByRole('link', { name: 'upload_file_minidump' });
      const dump = await page.request.get(await dumpLink.getAttribute('href').then(String));
      expect(dump.status()).toBe(200);
      expect((await dump.body()).subarray(0, 4).toString('latin1')).toBe('MDMP');

      await page.getByRole('link', { name: 'Profile' }).click();
      expect(
        await textOf(page.locator('tr', { hasText: 'View Personal Identifiable Information' })),
      ).toMatch(/Yes$/);
      expect(await textOf(page.locator('tr', { hasText: 'Manage Users' }))).toMatch(/No$/);
      await saveScreenshot(page, 'profile');

      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('link', { name: 'Log in' }).waitFor();
      await visit(page, `/report/index/${harness.crashIds.macInlines}`);
      expect(await textOf(page.getByRole('note'))).toBe('You are seeing public data only.');
      expect(await page.locator('[data-field="url"]').count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('private.example');
    });

    it('creates an API token with a chosen permission and expiry, which works until it is revoked', async () => {
      const page = await logIn();
      await page.getByRole('link', { name: 'API Tokens' }).click();
      await page.getByLabel(/View Personal Identifiable Information/).check();
      await page.getByLabel(/Notes/).fill('e2e token');
      await page.getByLabel(/Expires after/).fill('7');
      await page.getByRole('button', { name: 'Create token' }).click();
      const secret = await page.getByLabel('Token', { exact: true }).inputValue();
      expect(secret).toMatch(/^[0-9a-f]{32}$/);
      const row = page.locator('.tokens-table tbody tr', { hasText: 'e2e token' });
      expect(await textOf(row)).toMatch(
        /^[0-9a-f]{8}… view_pii e2e token .* \(in 7 days\) active Revoke$/,
      );
      await saveScreenshot(page, 'tokens');

      const me = await harness.graphql<{ me: { permissions: string[]; authenticatedBy: string } }>(
        '{ me { permissions authenticatedBy } }',
        {},
        { 'Auth-Token': secret },
      );
      expect(me.data?.me).toEqual({ permissions: ['view_pii'], authenticatedBy: 'token' });

      await row.getByRole('button', { name: /Revoke token/ }).click();
      await row.getByText(/^revoked /).waitFor();
      const afterRevoke = await harness.graphql(
        '{ me { permissions } }',
        {},
        { 'Auth-Token': secret },
      );
      expect(afterRevoke.data).toBeUndefined();
      expect(afterRevoke.errors).toBeDefined();
    });

    it('jumps from the quick search box to a bp- crash id or to a signature search', async () => {
      const page = await open();
      const box = page.getByLabel('Find crash ID or signature');
      await box.fill(`bp-${harness.crashIds.linuxOverflow}`);
      await box.press('Enter');
      await page.getByRole('heading', { name: /Firefox 121\.0 Crash Report/ }).waitFor();
      expect(currentPath(page)).toBe(`/report/index/${harness.crashIds.linuxOverflow}`);

      await box.fill('raise_segfault');
      await box.press('Enter');
      await page.getByRole('tab', { name: 'Crash Reports (1)' }).waitFor();
      expect(currentPath(page)).toBe('/search/?signature=%7Eraise_segfault');
    });

    it('asks for priority processing of a crash not processed yet and shows the report when it is ready', async () => {
      const crashId = createCrashId(new Date());
      const storage = createCrashStorage(loadConfig(harness.env));
      const dump = await readFile(path.join(CONFORMANCE_DIR, 'minidumps/linux_overflow.dmp'));
      await storage.saveRawCrash(
        crashId,
        { ProductName: 'Firefox', Version: '122.0', uuid: crashId },
        new Map([['upload_file_minidump', new Uint8Array(dump)]]),
      );
      await storage.close?.();

      const page = await open();
      await visit(page, `/report/index/${crashId}`);
      await page.getByText('This crash was received but is not processed yet.').waitFor();
      await page.getByText('It has been queued for priority processing.').waitFor();
      await saveScreenshot(page, 'report-pending');
      await page
        .getByRole('heading', { name: /Firefox 122\.0 Crash Report/ })
        .waitFor({ timeout: 60_000 });
    });

    it('explains API errors, unknown crashes and pages that failed to load', async () => {
      const page = await open();
      await visit(page, '/search/?_sort=no_such_field');
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'Could not load the search results' });
      await alert.waitFor();
      expect(await textOf(alert.locator('.error-code'))).toMatch(/^[A-Z_]+$/);
      await visit(page, '/report/index/00000000-0000-4000-8000-000000240101');
      await page.getByRole('heading', { name: 'Crash not found' }).waitFor();

      // A page whose code cannot be downloaded (an old tab after a deploy) says so; the header stays.
      await page.route('**/assets/data-dictionary-page-*.js', (route) => route.abort());
      await page.getByRole('link', { name: 'Data Dictionary' }).click();
      await page.getByRole('alert').filter({ hasText: 'This page failed to show.' }).waitFor();
      await page.getByRole('link', { name: 'Super Search' }).click();
      await page.getByRole('heading', { name: 'Super Search' }).waitFor();
    });

    it('gives every form control an accessible name and moves between tabs with the arrow keys', async () => {
      const page = await logIn();
      const unnamed = async () => (await page.evaluate(UNNAMED_CONTROLS_SCRIPT)) as string[];
      await visit(page, '/search/?signature=~a&_group.1=any&_group.1.product=Firefox');
      await page.getByText('More options: facets, aggregations, columns, sort').click();
      expect(await unnamed()).toEqual([]);
      await visit(page, '/tokens/');
      await page.getByRole('button', { name: 'Create token' }).waitFor();
      expect(await unnamed()).toEqual([]);

      await visit(page, `/report/index/${harness.crashIds.macInlines}`);
      await page.getByRole('tab', { name: 'Details' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: /^Modules/ }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await page.keyboard.press('End');
      expect(
        await page
          .getByRole('tab', { name: 'Raw Data and Minidumps' })
          .getAttribute('aria-selected'),
      ).toBe('true');
    });

    it('fits a phone screen without scrolling sideways', async () => {
      const page = await open({ width: 390, height: 844 });
      for (const url of [
        '/search/?product=Firefox',
        `/report/index/${harness.crashIds.macInlines}`,
        '/topcrashers/?product=Firefox&process_type=any&_report_type=any',
      ]) {
        await visit(page, url);
        await page.locator('main table').first().waitFor();
        const overflow = (await page.evaluate(
          'document.documentElement.scrollWidth - window.innerWidth',
        )) as number;
        expect(overflow, url).toBeLessThanOrEqual(0);
      }
      await saveScreenshot(page, 'report-phone');
    });
  },
);
