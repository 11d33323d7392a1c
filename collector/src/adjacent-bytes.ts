/**
 * Joining byte views without copying when they are neighbours in memory. A plain body is
 * received into one buffer (read-body.ts), so the multipart parser's pieces and a part's data
 * are consecutive views of it: joining them is a wider view, and a large dump is never copied.
 * Views from elsewhere (gzip output, tests) are copied as before.
 */

/** Whether `second` starts in memory right where `first` ends. */
export function continuesInMemory(first: Uint8Array, second: Uint8Array): boolean {
  return (
    first.buffer === second.buffer && first.byteOffset + first.byteLength === second.byteOffset
  );
}

/** The bytes of `first` then `second`: a wider view when they are neighbours, else a copy. */
export function joinBytes(first: Buffer, second: Buffer): Buffer {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  if (continuesInMemory(first, second)) {
    return Buffer.from(first.buffer, first.byteOffset, first.length + second.length);
  }
  return Buffer.concat([first, second]);
}
