import { StreamType } from '../../format/stream-type.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf8Lossy } from '../strings.js';

/**
 * Reads the MozSoftErrors stream: JSON written by the crash reporter about problems it had while
 * writing the dump. Returns null when the text is not valid JSON, undefined when absent.
 */
export function readSoftErrors(dump: Minidump): unknown {
  const stream = findStream(dump, StreamType.MozSoftErrors);
  if (stream === undefined) return undefined;
  try {
    return JSON.parse(decodeUtf8Lossy(stream.bytes)) as unknown;
  } catch {
    return null;
  }
}
