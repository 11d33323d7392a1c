import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerThrottleCommand } from '../../src/commands/throttle.js';

let printed: string[];
let errors: string[];
let directory: string | undefined;

beforeEach(() => {
  printed = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  if (directory) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

async function throttle(stdin: string, ...args: string[]): Promise<void> {
  vi.spyOn(process, 'stdin', 'get').mockReturnValue(
    Readable.from([stdin]) as unknown as typeof process.stdin,
  );
  const program = new Command().exitOverride();
  registerThrottleCommand(program);
  await program.parseAsync(['throttle', ...args], { from: 'user' });
}

describe('cairn throttle', () => {
  it('prints the decision and the rule that made it', async () => {
    await throttle(
      '{"ProductName": "Firefox", "ReleaseChannel": "release"}',
      '--rules',
      'mozilla',
      '--random',
      '0.5',
    );
    expect(printed).toEqual(['{"result":"REJECT","rule":"is_firefox_desktop","percentage":10}']);
  });

  it('uses --now for build-age rules', async () => {
    const crash = '{"ProductName": "Firefox", "BuildID": "20240101000000"}';
    await throttle(crash, '--rules', 'mozilla', '--now', '2024-06-01T00:00:00Z');
    await throttle(crash, '--rules', 'mozilla', '--now', '2027-06-01T00:00:00Z');
    expect(printed).toEqual([
      '{"result":"ACCEPT","rule":"accept_everything","percentage":100}',
      '{"result":"REJECT","rule":"has_old_buildid","percentage":100}',
    ]);
  });

  it('reads a rule file', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'cairn-throttle-cli-'));
    const file = path.join(directory, 'rules.yaml');
    await writeFile(
      file,
      'rules:\n  - name: keep_comments\n    key: Comments\n    result: ACCEPT\n',
    );
    await throttle('{"Comments": ""}', '--rules', file);
    await throttle('{}', '--rules', file);
    expect(printed).toEqual([
      '{"result":"ACCEPT","rule":"keep_comments","percentage":100}',
      '{"result":"REJECT","rule":"NO_MATCH","percentage":0}',
    ]);
  });

  it.each([
    ['[1]', 'cairn throttle: standard input must hold a JSON object of annotations'],
    [
      '{nope',
      'cairn throttle: standard input is not JSON: Expecting property name enclosed in double quotes at position 1',
    ],
  ])('explains bad input %j and exits with 2', async (stdin, message) => {
    await throttle(stdin, '--rules', 'accept-all');
    expect([errors, process.exitCode]).toEqual([[message], 2]);
  });

  it('refuses a draw outside [0, 1)', async () => {
    expect.assertions(1);
    try {
      await throttle('{}', '--random', '1');
    } catch (error) {
      expect((error as Error).message).toContain(
        'expected a number from 0 (included) to 1 (excluded)',
      );
    }
  });
});
