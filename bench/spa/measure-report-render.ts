/**
 * Times the crash report page in Chromium: from the moment the crash query's answer has fully
 * arrived (its Resource Timing `responseEnd`) to the first frame painted after the crashing
 * thread is in the page, so the time covers parsing the answer, React rendering and layout,
 * not the network or the API. Then the time from clicking "Show other threads" until every
 * thread is painted.
 */
import type { Browser } from 'playwright-core';

/** One round's times in milliseconds. */
export interface RenderTimes {
  /** Crash answer received → crashing thread painted. */
  readonly reportMs: number;
  /** Navigation started → crashing thread painted (catalog and crash queries included). */
  readonly navigationMs: number;
  /** "Show other threads" clicked → all threads painted. */
  readonly allThreadsMs: number;
  /** Rows of frames (and inlined functions) on the page with every thread shown. */
  readonly rows: number;
}

/** Records, in the page, when the crashing thread is first painted. */
const INIT_SCRIPT = `
  window.__reportPainted = null;
  new MutationObserver(() => {
    if (window.__reportPainted === null && document.querySelector('.crashing-thread')) {
      window.__reportPainted = 0;
      requestAnimationFrame(() => setTimeout(() => { window.__reportPainted = performance.now(); }));
    }
  }).observe(document, { subtree: true, childList: true });
`;

/**
 * When the crashing thread was painted, and when the crash query's answer (the largest GraphQL
 * answer by far) had fully arrived. Page scripts are strings: tsx wraps functions in a helper
 * the page does not have, and this file is typed for Node.
 */
const TIMES_SCRIPT = `(() => {
  const answers = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/graphql'));
  const crashAnswer = answers.sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
  return { painted: window.__reportPainted, responseEnd: crashAnswer.responseEnd };
})()`;

/** Clicks "Show other threads" and resolves with the time until `threads` threads are painted. */
function showAllThreadsScript(threads: number): string {
  return `new Promise((resolve) => {
    const start = performance.now();
    document.querySelector('.toggle-threads').click();
    const check = () => {
      if (document.querySelectorAll('section.thread').length === ${threads}) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  })`;
}

/** Opens the report `rounds` times in fresh pages and times each. */
export async function measureReportRender(
  browser: Browser,
  baseUrl: string,
  crashId: string,
  threads: number,
  rounds: number,
): Promise<RenderTimes[]> {
  const times: RenderTimes[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: baseUrl,
    });
    const page = await context.newPage();
    await page.addInitScript(INIT_SCRIPT);
    await page.goto('/');
    await page.locator('header.site-header').waitFor();
    const navigationStart = (await page.evaluate(
      `(() => {
        const start = performance.now();
        window.history.pushState(null, '', ${JSON.stringify(`/report/index/${crashId}`)});
        window.dispatchEvent(new PopStateEvent('popstate'));
        return start;
      })()`,
    )) as number;
    await page.waitForFunction('window.__reportPainted > 0', null, { timeout: 60_000 });
    const { painted, responseEnd } = (await page.evaluate(TIMES_SCRIPT)) as {
      painted: number;
      responseEnd: number;
    };
    const allThreadsMs = (await page.evaluate(showAllThreadsScript(threads))) as number;
    const rows = await page.locator('.frames-table tbody tr').count();
    times.push({
      reportMs: painted - responseEnd,
      navigationMs: painted - navigationStart,
      allThreadsMs,
      rows,
    });
    await context.close();
  }
  return times;
}
