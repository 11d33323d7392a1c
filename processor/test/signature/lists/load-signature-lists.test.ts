import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIGLISTS_DIR,
  loadSignatureLists,
} from '../../../src/signature/lists/load-signature-lists.js';
import { SignatureListError } from '../../../src/signature/lists/signature-lists.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-siglists-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function writeLists(files: Record<string, string>): Promise<void> {
  const all = {
    'irrelevant_signature_re.txt': 'ignored\n',
    'prefix_signature_re.txt': 'malloc\n',
    'signatures_with_line_numbers_re.txt': 'js_Interpret\n',
    'signature_sentinels.txt': '# sentinels\n_purecall\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    await writeFile(path.join(directory, name), text);
  }
}

describe('loadSignatureLists', () => {
  it("reads the reference's four files from a directory", async () => {
    await writeLists({});
    const lists = await loadSignatureLists(directory);
    expect(lists.irrelevant.lines).toEqual(['ignored']);
    expect(lists.prefix.matches('malloc_usable_size')).toBe(true);
    expect(lists.lineNumbers.matches('js_Interpret')).toBe(true);
    expect(lists.sentinels).toEqual(['_purecall']);
    expect(lists.source).toBe(path.resolve(directory));
  });

  it('names the missing file', async () => {
    await writeLists({});
    await rm(path.join(directory, 'prefix_signature_re.txt'));
    await expect(loadSignatureLists(directory)).rejects.toThrow(
      `Cannot read signature list ${path.join(directory, 'prefix_signature_re.txt')} (ENOENT)`,
    );
  });

  it('names the file and line of a bad regular expression', async () => {
    await writeLists({ 'irrelevant_signature_re.txt': '# comment\n\nok\nbroken[\n' });
    const error = await loadSignatureLists(directory).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SignatureListError);
    expect(error).toMatchObject({
      file: path.join(directory, 'irrelevant_signature_re.txt'),
      line: 4,
    });
  });

  it("loads Cairn's own lists by default, with a line-number list that matches nothing", async () => {
    const lists = await loadSignatureLists();
    expect(lists.source).toBe(path.resolve(DEFAULT_SIGLISTS_DIR));
    expect(lists.sentinels).toContain('core::panicking::panic_fmt');
    expect(lists.irrelevant.matches('std::panicking::rust_panic_with_hook')).toBe(true);
    expect(lists.prefix.matches('malloc')).toBe(true);
    expect(lists.lineNumbers.matches('main')).toBe(false);
  });
});
