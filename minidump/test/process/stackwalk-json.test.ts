import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stackwalkBytes } from '../../src/cli/stackwalk.js';
import { createSymbolSupplier } from '../../src/symbols/suppliers/standard-supplier.js';
import { amd64Context } from '../../src/writer/contexts.js';
import { MinidumpWriter } from '../../src/writer/minidump-writer.js';
import { startSymbolServer, type SymbolServer } from '../symbols/suppliers/symbol-server.js';

const corpus = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../shared'),
  'minidumps',
);
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable && process.env.CI) throw new Error(`conformance data missing at ${corpus}`);

const MODULE_BASE = 0x7ff600000000n;
/** The code id of the module below: timestamp then size, as Windows prints it. */
const CODE_ID = '5A1B2C3D10000';
const DEBUG_ID = '0123456789ABCDEF0123456789ABCDEF1';

/** A Windows amd64 dump whose only module has no CodeView record (no debug file or id). */
function dumpWithoutDebugInfo(): Uint8Array {
  return new MinidumpWriter()
    .systemInfo({ processorArchitecture: 9, platformId: 2 })
    .thread({ id: 1, context: amd64Context({ rip: MODULE_BASE + 0x1010n, rsp: 0x9000n }) })
    .module({
      base: MODULE_BASE,
      size: 0x10000,
      name: 'C:\\app\\app.dll',
      timeDateStamp: 0x5a1b2c3d,
    })
    .build();
}

interface ModuleJson {
  debug_file: string;
  debug_id: string;
  code_id: string;
  loaded_symbols: boolean;
  corrupt_symbols: boolean;
}

interface StackwalkJson {
  modules: ModuleJson[];
  threads: Array<{ frames: Array<{ function: string | null }> }>;
}

async function walk(
  supplierOptions: Parameters<typeof createSymbolSupplier>[0],
): Promise<StackwalkJson> {
  const result = await stackwalkBytes(
    dumpWithoutDebugInfo(),
    createSymbolSupplier(supplierOptions),
  );
  if (!result.ok) throw new Error(`the dump was refused: ${result.message}`);
  return result.json as unknown as StackwalkJson;
}

let root: string;
let server: SymbolServer | undefined;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cairn-stackwalk-json-'));
  // A symbol server that knows the module by code id and redirects to its debug file / id.
  server = await startSymbolServer({
    [`/symbols/app.dll/${CODE_ID}/app.sym`]: (_, response) => {
      response.statusCode = 302;
      response.setHeader('location', `${server!.baseUrl}/app.pdb/${DEBUG_ID}/app.sym`);
      response.end();
    },
    [`/symbols/app.pdb/${DEBUG_ID}/app.sym`]: (_, response) =>
      response.end(`MODULE windows x86_64 ${DEBUG_ID} app.pdb\nFUNC 1000 100 0 crash_here\n`),
  });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

describe('module debug file and id in the stackwalk JSON', () => {
  it('prints the debug file and id a symbol server supplied from the code id', async () => {
    const json = await walk({
      symbolUrls: [server!.baseUrl],
      cacheDirectory: path.join(root, 'cache'),
    });
    expect(json.modules[0]).toMatchObject({
      debug_file: 'app.pdb',
      debug_id: DEBUG_ID,
      code_id: CODE_ID.toLowerCase(),
      loaded_symbols: true,
      corrupt_symbols: false,
    });
    expect(json.threads[0]?.frames[0]?.function).toBe('crash_here');
  });

  it('keeps the dump’s empty ids when the symbol file they lead to is corrupt', async () => {
    const local = path.join(root, 'local');
    await mkdir(path.join(local, 'app.pdb', DEBUG_ID), { recursive: true });
    await writeFile(path.join(local, 'app.pdb', DEBUG_ID, 'app.sym'), 'FUNC 1000 100 0 f\nJUNK\n');
    const json = await walk({
      symbolPaths: [local],
      symbolUrls: [server!.baseUrl],
      cacheDirectory: path.join(root, 'cache'),
    });
    expect(json.modules[0]).toMatchObject({
      debug_file: '',
      debug_id: '0'.repeat(33),
      loaded_symbols: true,
      corrupt_symbols: true,
    });
  });
});

describe('key order of the stackwalk JSON', () => {
  /** Paths of objects whose keys are not in sorted order. */
  function unsortedObjects(value: unknown, at = '$'): string[] {
    if (Array.isArray(value))
      return value.flatMap((item, index) => unsortedObjects(item, `${at}[${index}]`));
    if (value === null || typeof value !== 'object') return [];
    const keys = Object.keys(value);
    const here = keys.join() === [...keys].sort().join() ? [] : [at];
    return [
      ...here,
      ...keys.flatMap((key) =>
        unsortedObjects((value as Record<string, unknown>)[key], `${at}.${key}`),
      ),
    ];
  }

  it('lists the keys of every object in sorted order, as serde_json prints them', async () => {
    const result = await stackwalkBytes(dumpWithoutDebugInfo(), createSymbolSupplier({}));
    expect(result.ok).toBe(true);
    const json = (result as unknown as { json: { modules: unknown[]; threads: unknown[] } }).json;
    expect(json.modules).toHaveLength(1);
    expect(json.threads).toHaveLength(1);
    expect(unsortedObjects(json)).toEqual([]);
  });

  it.skipIf(!corpusAvailable)(
    'lists the keys in sorted order in every corpus document walked with symbols',
    async () => {
      const supplier = createSymbolSupplier({ symbolPaths: [path.join(corpus, 'symbols')] });
      const names = readdirSync(corpus).filter((name) => name.endsWith('.dmp'));
      let walked = 0;
      for (const name of names) {
        const result = await stackwalkBytes(readFileSync(path.join(corpus, name)), supplier);
        if (!result.ok) continue;
        walked++;
        expect(unsortedObjects(result.json), name).toEqual([]);
      }
      expect(walked).toBeGreaterThan(30);
    },
  );
});
