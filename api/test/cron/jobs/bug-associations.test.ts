import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCronRunner } from '../../../src/cron/cron-runner.js';
import { bugAssociationsJob } from '../../../src/cron/jobs/bug-associations.js';
import { startBugzillaServer, type BugzillaServer } from '../../fixtures/bugzilla-server.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';

/** The reference's own sample answer (its bugassociations tests), as Bugzilla sends it. */
const REFERENCE_SAMPLE = [
  { id: '1', cf_crash_signature: 'This sig, while bogus, has a ] bracket' },
  { id: '2', cf_crash_signature: 'single [@ BogusClass::bogus_sig (const char**) ] signature' },
  { id: '3', cf_crash_signature: '[@ js3250.dll@0x6cb96] [@ valid.sig@0x333333]' },
  { id: '4', cf_crash_signature: '[@ layers::Push@0x123456] [@ layers::Push@0x123456]' },
  {
    id: '5',
    cf_crash_signature: '[@ MWSBAR.DLL@0x2589f] and a broken one [@ sadTrombone.DLL@0xb4s455',
  },
  { id: '6', cf_crash_signature: '' },
  { id: '7', cf_crash_signature: '[@gfx::font(nsTArray<nsRefPtr<FontEntry> > const&)]' },
  { id: '8', cf_crash_signature: '[@ legitimate(sig)] \n junk \n [@ another::legitimate(sig) ]' },
  { id: '42' },
].map((bug) => ({ ...bug, changed: '2024-03-12' }));

let server: BugzillaServer;
let deps: TestCronDependencies;
beforeEach(async () => {
  server = await startBugzillaServer(REFERENCE_SAMPLE);
  deps = await createTestCronDependencies({
    now: new Date('2024-03-13T12:00:00Z'),
    config: { bugzillaUrl: server.url, bugzillaApiKey: 'this_token' },
  });
});
afterEach(async () => {
  await server.close();
  await deps.close();
});

const run = (lastSuccess?: Date) =>
  bugAssociationsJob.run(deps, { runTime: deps.clock.now(), lastSuccess });

async function storedLinks(): Promise<[number, string][]> {
  const rows = await deps.appDb.db
    .selectFrom('bug_associations')
    .selectAll()
    .orderBy('bug_id')
    .orderBy('signature')
    .execute();
  return rows.map((row) => [Number(row.bug_id), row.signature]);
}

const link = (bug_id: number, signature: string) =>
  deps.appDb.db.insertInto('bug_associations').values({ bug_id, signature }).execute();

describe('bugassociations', () => {
  it("stores the links of the reference's sample answer as the reference does", async () => {
    expect(await run()).toBe('9 bugs read, 8 links added, 0 removed, 0 unreadable entries skipped');
    expect(await storedLinks()).toEqual([
      [2, 'BogusClass::bogus_sig (const char**)'],
      [3, 'js3250.dll@0x6cb96'],
      [3, 'valid.sig@0x333333'],
      [4, 'layers::Push@0x123456'],
      [5, 'MWSBAR.DLL@0x2589f'],
      [7, 'gfx::font(nsTArray<nsRefPtr<FontEntry> > const&)'],
      [8, 'another::legitimate(sig)'],
      [8, 'legitimate(sig)'],
    ]);
    expect(server.requests[0]!.apiKey).toBe('this_token');
  });

  it('asks for the changes since the day of the last success, or the day before on the first run', async () => {
    await run();
    await run(new Date('2024-03-10T23:59:00Z'));
    expect(server.requests.map((request) => request.query.get('chfieldfrom'))).toEqual([
      '2024-03-12',
      '2024-03-10',
    ]);
  });

  it('removes links a bug no longer names, all of them when it names none, and keeps the rest', async () => {
    await link(8, '@different');
    await link(8, 'legitimate(sig)');
    await link(6, 'was linked once');
    await link(42, 'also linked once');
    await link(99, 'a bug Bugzilla did not send');
    const summary = await run();
    expect(summary).toBe('9 bugs read, 7 links added, 3 removed, 0 unreadable entries skipped');
    const links = await storedLinks();
    expect(links.filter(([bug]) => bug === 8)).toEqual([
      [8, 'another::legitimate(sig)'],
      [8, 'legitimate(sig)'],
    ]);
    expect(links.filter(([bug]) => bug === 6 || bug === 42)).toEqual([]);
    expect(links).toContainEqual([99, 'a bug Bugzilla did not send']);
  });

  it('keeps the links of entries it cannot read', async () => {
    await link(13, 'kept');
    server.bugs = [
      { id: 13, cf_crash_signature: { not: 'text' }, changed: '2024-03-12' },
      { id: 'not a number', cf_crash_signature: '[@ x]', changed: '2024-03-12' },
      { id: 14, cf_crash_signature: '[@ fine]', changed: '2024-03-12' },
    ];
    expect(await run()).toBe('1 bugs read, 1 links added, 0 removed, 2 unreadable entries skipped');
    expect(await storedLinks()).toEqual([
      [13, 'kept'],
      [14, 'fine'],
    ]);
  });

  it('reads every page of a long answer', async () => {
    server.bugs = Array.from({ length: 1001 }, (_, index) => ({
      id: index + 1,
      cf_crash_signature: `[@ signature ${index + 1}]`,
      changed: '2024-03-12',
    }));
    expect(await run()).toBe(
      '1001 bugs read, 1001 links added, 0 removed, 0 unreadable entries skipped',
    );
    expect(server.requests.map((request) => request.query.get('offset'))).toEqual([
      '0',
      '500',
      '1000',
    ]);
  });

  it('does nothing while no Bugzilla URL is configured', async () => {
    const { bugzillaUrl: _unused, ...withoutUrl } = deps.config;
    const summary = await bugAssociationsJob.run(
      { ...deps, config: withoutUrl },
      { runTime: deps.clock.now(), lastSuccess: undefined },
    );
    expect(summary).toBe('skipped: CAIRN_BUGZILLA_URL is empty');
    expect(server.requests).toEqual([]);
  });

  it('fails when Bugzilla keeps failing, is retried a minute later, and then catches up', async () => {
    const runner = createCronRunner({ jobs: [bugAssociationsJob], deps });
    const outage = { status: 502, body: '<html>Bad Gateway</html>' };
    server.faults.push(outage, outage, outage, outage);
    const [failed] = await runner.runDueJobs();
    expect(failed!.status).toBe('failed');
    expect(failed!.runs[0]!.error).toBe('CairnError BUGZILLA_FAILED: Bugzilla answered HTTP 502');
    expect(await storedLinks()).toEqual([]);
    deps.clock.advance(60_000);
    const [retried] = await runner.runDueJobs();
    expect(retried!.status).toBe('succeeded');
    expect(await storedLinks()).toHaveLength(8);
  });
});
