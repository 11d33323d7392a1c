import { StreamType } from '../../format/stream-type.js';
import { MinidumpError } from '../minidump-error.js';
import { findStream, type Minidump } from '../minidump.js';
import { decodeUtf8Lossy } from '../strings.js';

/** One /proc/self/maps line. */
export interface LinuxMapRegion {
  readonly baseAddress: bigint;
  /** Last address of the mapping, inclusive (the reference's reading of the end column). */
  readonly finalAddress: bigint;
  readonly isRead: boolean;
  readonly isWrite: boolean;
  readonly isExec: boolean;
  /** The path or special kind (`[stack]`, `[heap]`…), empty for anonymous maps. */
  readonly pathOrKind: string;
}

const HEX = /^[0-9a-fA-F]{1,16}$/;

/** What a dump's LinuxMaps stream read as, kept because a walk asks for it more than once. */
const readMaps = new WeakMap<Minidump, readonly LinuxMapRegion[] | MinidumpError | undefined>();

/**
 * Reads the LinuxMaps stream with procfs rules: every non-empty line needs an address range,
 * permissions, offset, device and inode; one malformed line (a truncated dump) fails the stream.
 * The answer is remembered per dump (the same array, or the same error, on every call).
 */
export function readLinuxMaps(dump: Minidump): readonly LinuxMapRegion[] | undefined {
  let answer: readonly LinuxMapRegion[] | MinidumpError | undefined;
  if (readMaps.has(dump)) answer = readMaps.get(dump);
  else {
    answer = parseLinuxMaps(dump);
    readMaps.set(dump, answer);
  }
  if (answer instanceof MinidumpError) throw answer;
  return answer;
}

function parseLinuxMaps(dump: Minidump): readonly LinuxMapRegion[] | MinidumpError | undefined {
  const stream = findStream(dump, StreamType.LinuxMaps);
  if (stream === undefined) return undefined;
  const regions: LinuxMapRegion[] = [];
  for (const [index, line] of decodeUtf8Lossy(stream.bytes).split('\n').entries()) {
    const region = parseUsualMapsLine(line) ?? parseMapsLine(line);
    if (region === null) continue;
    if (region === undefined) {
      return new MinidumpError('StreamReadFailure', `LinuxMaps line ${index + 1} is malformed`, {
        streamType: StreamType.LinuxMaps,
      });
    }
    regions.push(region);
  }
  return regions;
}

/** Parses one maps line by the general rules: null for a blank line, undefined when malformed. */
export function parseMapsLine(line: string): LinuxMapRegion | null | undefined {
  if (line.trim() === '') return null;
  const tokens = line.trim().split(/\s+/);
  const range = tokens[0]?.split('-');
  if (range === undefined || range.length !== 2 || !HEX.test(range[0]!) || !HEX.test(range[1]!)) {
    return undefined;
  }
  const [, permissions = '', offset = '', device = '', inode = ''] = tokens;
  if (!/^[rwxsp-]{4}$/.test(permissions) || !HEX.test(offset)) return undefined;
  if (!/^[0-9a-fA-F]+:[0-9a-fA-F]+$/.test(device) || !/^\d+$/.test(inode)) return undefined;
  const pathOrKind = tokens.slice(5).join(' ');
  return {
    baseAddress: BigInt(`0x${range[0]}`),
    finalAddress: BigInt(`0x${range[1]}`),
    isRead: permissions.includes('r'),
    isWrite: permissions.includes('w'),
    isExec: permissions.includes('x'),
    pathOrKind,
  };
}

/** Whitespace other than the ASCII space (tabs, CR, Unicode spaces): left to the general rules. */
const UNUSUAL_WHITESPACE = /[^\S ]/;

const SPACE = 0x20;
const COLON = 0x3a;
const DASH = 0x2d;

/**
 * The fast path for the lines a kernel writes (fields separated by ASCII spaces only, a path
 * without double spaces): the same region as `parseMapsLine`, or undefined to leave the line
 * to it (blank, malformed or unusual lines), without splitting or regular expressions per field.
 */
export function parseUsualMapsLine(line: string): LinuxMapRegion | undefined {
  if (UNUSUAL_WHITESPACE.test(line)) return undefined;
  const end = line.length;
  const baseStart = skipSpaces(line, 0);
  const baseEnd = skipHex(line, baseStart);
  if (baseEnd === baseStart || baseEnd - baseStart > 16 || line.charCodeAt(baseEnd) !== DASH) {
    return undefined;
  }
  const finalStart = baseEnd + 1;
  const finalEnd = skipHex(line, finalStart);
  if (finalEnd === finalStart || finalEnd - finalStart > 16) return undefined;
  if (line.charCodeAt(finalEnd) !== SPACE) return undefined;
  const permissionsStart = skipSpaces(line, finalEnd);
  if (!isPermissions(line, permissionsStart)) return undefined;
  if (line.charCodeAt(permissionsStart + 4) !== SPACE) return undefined;
  const offsetStart = skipSpaces(line, permissionsStart + 4);
  const offsetEnd = skipHex(line, offsetStart);
  if (offsetEnd === offsetStart || offsetEnd - offsetStart > 16) return undefined;
  if (line.charCodeAt(offsetEnd) !== SPACE) return undefined;
  const deviceStart = skipSpaces(line, offsetEnd);
  const majorEnd = skipHex(line, deviceStart);
  if (majorEnd === deviceStart || line.charCodeAt(majorEnd) !== COLON) return undefined;
  const minorEnd = skipHex(line, majorEnd + 1);
  if (minorEnd === majorEnd + 1 || line.charCodeAt(minorEnd) !== SPACE) return undefined;
  const inodeStart = skipSpaces(line, minorEnd);
  const inodeEnd = skipDecimal(line, inodeStart);
  if (inodeEnd === inodeStart || (inodeEnd < end && line.charCodeAt(inodeEnd) !== SPACE)) {
    return undefined;
  }
  const pathStart = skipSpaces(line, inodeEnd);
  let pathEnd = end;
  while (pathEnd > pathStart && line.charCodeAt(pathEnd - 1) === SPACE) pathEnd--;
  const pathOrKind = line.slice(pathStart, pathEnd);
  if (pathOrKind.includes('  ')) return undefined;
  return {
    baseAddress: BigInt(`0x${line.slice(baseStart, baseEnd)}`),
    finalAddress: BigInt(`0x${line.slice(finalStart, finalEnd)}`),
    isRead: permissionsHave(line, permissionsStart, 0x72),
    isWrite: permissionsHave(line, permissionsStart, 0x77),
    isExec: permissionsHave(line, permissionsStart, 0x78),
    pathOrKind,
  };
}

function skipSpaces(line: string, at: number): number {
  while (line.charCodeAt(at) === SPACE) at++;
  return at;
}

function skipHex(line: string, at: number): number {
  for (;;) {
    const code = line.charCodeAt(at);
    if (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x46) ||
      (code >= 0x61 && code <= 0x66)
    )
      at++;
    else return at;
  }
}

function skipDecimal(line: string, at: number): number {
  for (;;) {
    const code = line.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) at++;
    else return at;
  }
}

/** Four characters of `rwxsp-` at `at`. */
function isPermissions(line: string, at: number): boolean {
  for (let index = at; index < at + 4; index++) {
    const code = line.charCodeAt(index);
    const allowed =
      code === 0x72 || code === 0x77 || code === 0x78 || code === 0x73 || code === 0x70;
    if (!allowed && code !== DASH) return false;
  }
  return true;
}

function permissionsHave(line: string, at: number, letter: number): boolean {
  for (let index = at; index < at + 4; index++) if (line.charCodeAt(index) === letter) return true;
  return false;
}
