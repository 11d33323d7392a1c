import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { SymbolFile } from '../symbol-file.js';
import { createSymbolFileParser } from './symbol-file-parser.js';

/** Parses a symbol file arriving in chunks (a file stream, an HTTP body…). */
export async function parseSymbolStream(
  chunks: AsyncIterable<Uint8Array>,
  sizeHintBytes = 0,
): Promise<SymbolFile> {
  const parser = createSymbolFileParser({ sizeHintBytes });
  for await (const chunk of chunks) parser.write(chunk);
  return parser.finish();
}

/** Streams a symbol file from disk and parses it. I/O errors reject (node's `ENOENT`…). */
export async function readSymbolFile(path: string): Promise<SymbolFile> {
  const { size } = await stat(path);
  return parseSymbolStream(createReadStream(path, { highWaterMark: 1 << 20 }), size);
}
