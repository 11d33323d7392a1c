/**
 * Reads the signature lists from a directory holding the reference's four files
 * (irrelevant_signature_re.txt, prefix_signature_re.txt, signatures_with_line_numbers_re.txt,
 * signature_sentinels.txt), so a Socorro siglists directory works unchanged. Cairn's own
 * lists live in ../siglists/ and are used when no directory is configured.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileSignatureList,
  parseSignatureListText,
  SIGNATURE_LIST_FILES,
  SignatureListError,
  type SignatureListName,
  type SignatureLists,
} from './signature-lists.js';

/**
 * Cairn's default lists. The path is the same from src/ and from dist/ (both sit three
 * levels under the package), and the .txt files are not compiled, so both point at the source copy.
 */
export const DEFAULT_SIGLISTS_DIR = fileURLToPath(
  new URL('../../../src/signature/siglists/', import.meta.url),
);

/** Reads and compiles the lists in `directory` (default: Cairn's own lists). */
export async function loadSignatureLists(
  directory: string = DEFAULT_SIGLISTS_DIR,
): Promise<SignatureLists> {
  const read = async (name: SignatureListName) => {
    const file = path.join(directory, SIGNATURE_LIST_FILES[name]);
    try {
      return { file, entries: parseSignatureListText(await readFile(file, 'utf8')) };
    } catch (error) {
      throw new SignatureListError(
        `Cannot read signature list ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        file,
        undefined,
        { cause: error },
      );
    }
  };
  const compile = async (name: SignatureListName) => {
    const { file, entries } = await read(name);
    return compileSignatureList(
      entries.map(({ entry }) => entry),
      file,
      (index) => entries[index]!.line,
    );
  };
  const irrelevant = await compile('irrelevant');
  const prefix = await compile('prefix');
  const lineNumbers = await compile('lineNumbers');
  const sentinels = await read('sentinels');
  return {
    irrelevant,
    prefix,
    lineNumbers,
    sentinels: sentinels.entries.map(({ entry }) => entry),
    source: path.resolve(directory),
  };
}
