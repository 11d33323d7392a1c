import { open } from 'node:fs/promises';
import type { SymbolFile } from '../symbol-file.js';
import { uint8Scratch } from './scratch-arrays.js';
import { createSymbolFileParser } from './symbol-file-parser.js';

/** Bytes read from disk at a time. */
const READ_CHUNK_BYTES = 1 << 20;

/** Parses a symbol file arriving in chunks (a file stream, an HTTP body…). */
export async function parseSymbolStream(
  chunks: AsyncIterable<Uint8Array>,
  sizeHintBytes = 0,
): Promise<SymbolFile> {
  const parser = createSymbolFileParser({ sizeHintBytes });
  for await (const chunk of chunks) parser.write(chunk);
  return parser.finish();
}

/**
 * Reads a symbol file from disk in 1 MiB chunks and parses it as they arrive. One buffer, from
 * the scratch pool, is reused for every read (the parser copies what it keeps): a fresh buffer
 * per chunk, as a read stream allocates, made V8 run a dozen full GCs per 200 MB file for their
 * external memory. I/O errors reject (node's `ENOENT`…).
 */
export async function readSymbolFile(path: string): Promise<SymbolFile> {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    const parser = createSymbolFileParser({ sizeHintBytes: size });
    const buffer = uint8Scratch.take(Math.min(READ_CHUNK_BYTES, Math.max(1, size)));
    try {
      for (;;) {
        const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        parser.write(buffer.subarray(0, bytesRead));
      }
    } finally {
      uint8Scratch.release(buffer);
    }
    return parser.finish();
  } finally {
    await file.close();
  }
}
