/**
 * A crash report of a chosen size, shaped like a Firefox one: about thirty text annotations
 * and one minidump of incompressible bytes making up the rest.
 */
import { randomBytes } from 'node:crypto';

/** The boundary of the bench bodies. */
export const BENCH_BOUNDARY = 'cairnbenchboundary0123456789';

/** A multipart/form-data body of exactly `size` bytes. */
export function buildCrashBody(size: number): Buffer {
  const annotations: [string, string][] = [
    ['ProductName', 'Firefox'],
    ['Version', '140.0'],
    ['BuildID', '20260601000000'],
    ['ReleaseChannel', 'release'],
    ['Throttleable', '0'],
    ...Array.from({ length: 25 }, (_, i): [string, string] => [`Annotation${i}`, 'x'.repeat(40)]),
  ];
  const parts = annotations.map(
    ([name, value]) =>
      `--${BENCH_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${BENCH_BOUNDARY}\r\nContent-Disposition: form-data; ` +
      `name="upload_file_minidump"; filename="crash.dmp"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BENCH_BOUNDARY}--\r\n`);
  const dumpSize = size - head.length - tail.length;
  if (dumpSize <= 0) throw new Error(`a body of ${size} bytes is too small`);
  return Buffer.concat([head, randomBytes(dumpSize), tail]);
}
