import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerSignatureCommand } from '../../src/commands/signature.js';

let directory: string;
let printed: string[];
let errors: string[];

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-signature-cli-'));
  printed = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

async function runCommand(...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerSignatureCommand(program);
  await program.parseAsync(['signature', ...args], { from: 'user' });
}

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = path.join(directory, name);
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const RUST_PANIC = {
  crashing_thread: 0,
  threads: [
    {
      frames: [
        { function: 'abort' },
        { function: 'core::panicking::panic_fmt', file: '/rustc/library/core/src/panicking.rs' },
        { function: 'myapp::parse::h0123456789abcdef', file: '/src/parse.rs' },
        { function: 'main' },
      ],
    },
  ],
};

describe('cairn signature', () => {
  it("prints the signature, proto_signature and notes of crash data with Cairn's lists", async () => {
    await runCommand(await writeJson('crash.json', RUST_PANIC));
    expect(JSON.parse(printed.join('\n'))).toEqual({
      signature: 'myapp::parse',
      proto_signature: 'abort | core::panicking::panic_fmt | myapp::parse | main',
      notes: [],
    });
    expect(process.exitCode).toBeUndefined();
  });

  it('reads a processed crash, taking the stack from json_dump', async () => {
    const processed = {
      uuid: '0b794045-87ec-4649-9ce1-73ec10191120',
      hang: 'ui',
      json_dump: { crash_info: { crashing_thread: 0 }, threads: RUST_PANIC.threads },
    };
    await runCommand(await writeJson('processed.json', processed));
    expect(JSON.parse(printed.join('\n')).signature).toBe('hang: ui | myapp::parse');
  });

  it('reads standard input and, with --verbose, prints what each rule did', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(
      Readable.from([JSON.stringify(RUST_PANIC)]) as unknown as typeof process.stdin,
    );
    await runCommand('--verbose');
    const report = JSON.parse(printed.join('\n')) as { signature_debug: string[] };
    expect(report.signature_debug).toContain(
      'SignatureGenerationRule: sentinel; starting at "core::panicking::panic_fmt" index 1',
    );
  });

  it('uses the lists of --siglists', async () => {
    const lists = path.join(directory, 'lists');
    await mkdir(lists);
    await writeFile(path.join(lists, 'irrelevant_signature_re.txt'), 'abort\n');
    await writeFile(path.join(lists, 'prefix_signature_re.txt'), 'core::\n');
    await writeFile(path.join(lists, 'signatures_with_line_numbers_re.txt'), '(?!)\n');
    await writeFile(path.join(lists, 'signature_sentinels.txt'), '');
    await runCommand('--siglists', lists, await writeJson('crash.json', RUST_PANIC));
    expect(JSON.parse(printed.join('\n')).signature).toBe(
      'core::panicking::panic_fmt | myapp::parse',
    );
  });

  it.each([
    ['not json', 'is not JSON'],
    ['[1, 2]', 'must hold a JSON object (crash data or a processed crash), not an array'],
  ])('refuses %j with exit code 2 and the problem named', async (content, problem) => {
    const file = await writeJson('bad.json', content);
    await runCommand(file);
    expect(errors.join('\n')).toContain(`cairn signature: ${file} ${problem}`);
    expect(process.exitCode).toBe(2);
    expect(printed).toEqual([]);
  });

  it('names a list directory it cannot read', async () => {
    await runCommand('--siglists', path.join(directory, 'missing'), await writeJson('c.json', {}));
    expect(errors.join('\n')).toMatch(/^cairn signature: Cannot read signature list .*\(ENOENT\)$/);
    expect(process.exitCode).toBe(2);
  });

  it('names an input file it cannot read', async () => {
    await runCommand(path.join(directory, 'nope.json'));
    expect(errors.join('\n')).toBe(
      `cairn signature: cannot read ${path.join(directory, 'nope.json')} (ENOENT)`,
    );
    expect(process.exitCode).toBe(2);
  });
});

describe('cairn signature --rules', () => {
  it('prints the generated rule reference', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    await runCommand('--rules');
    expect(written.join('')).toMatch(/^# Signature generation\n/);
    expect(written.join('')).toContain('14. **SigTruncate**');
  });
});
