/**
 * Decoding a text annotation with the charset its part names, as Python's `bytes.decode`
 * does in the reference (strict errors, Python's codec names and aliases). Browsers' decoders
 * (TextDecoder) differ from Python's in places that matter here: `latin-1` and `ascii` mean
 * windows-1252 to them, and they keep byte-order marks differently, so each codec below is
 * chosen to give Python's answer. Python knows more codecs than these; a charset outside this
 * list is treated like an unknown one (the annotation is dropped with a note), which is
 * recorded in docs/decisions.md.
 */

type Decoder = (bytes: Uint8Array) => string;

const strict = (label: string, ignoreBOM: boolean): Decoder => {
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM });
  return (bytes) => decoder.decode(bytes);
};

const decodeLatin1: Decoder = (bytes) => Buffer.from(bytes).toString('latin1');

const decodeAscii: Decoder = (bytes) => {
  if (bytes.some((byte) => byte > 0x7f)) throw new RangeError('byte outside ASCII');
  return Buffer.from(bytes).toString('latin1');
};

/**
 * Windows-1252's characters for bytes 0x80-0x9f; the five Python leaves undefined are errors.
 * Node's TextDecoder treats this codec as latin-1, so it is decoded here.
 */
const CP1252_HIGH: readonly (string | undefined)[] = [
  '\u20ac',
  undefined,
  '\u201a',
  '\u0192',
  '\u201e',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02c6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  undefined,
  '\u017d',
  undefined,
  undefined,
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02dc',
  '\u2122',
  '\u0161',
  '\u203a',
  '\u0153',
  undefined,
  '\u017e',
  '\u0178',
];
const decodeCp1252: Decoder = (bytes) => {
  let text = '';
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) text += String.fromCharCode(byte);
    else {
      const character = CP1252_HIGH[byte - 0x80];
      if (character === undefined) throw new RangeError('undefined byte');
      text += character;
    }
  }
  return text;
};

/** Python's plain `utf-16`: a byte-order mark picks the order and is dropped; else little-endian. */
const decodeUtf16: Decoder = (bytes) => {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', false)(bytes);
  return strict('utf-16le', false)(bytes);
};

const utf32 =
  (littleEndian: boolean | undefined): Decoder =>
  (bytes) => {
    if (bytes.length % 4 !== 0) throw new RangeError('truncated UTF-32');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let order = littleEndian ?? true;
    let start = 0;
    if (littleEndian === undefined && bytes.length >= 4) {
      if (view.getUint32(0, true) === 0xfeff) start = 4;
      else if (view.getUint32(0, false) === 0xfeff) [order, start] = [false, 4];
    }
    let text = '';
    for (let offset = start; offset < bytes.length; offset += 4) {
      const codePoint = view.getUint32(offset, order);
      if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        throw new RangeError('not a Unicode scalar value');
      }
      text += String.fromCodePoint(codePoint);
    }
    return text;
  };

/** Python codec names (after Python's normalisation) and the decoder each one means. */
const CODECS: ReadonlyMap<string, Decoder> = new Map(
  (
    [
      [['utf_8', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'], strict('utf-8', true)],
      [['utf_8_sig'], strict('utf-8', false)],
      [
        [
          'latin_1',
          'latin1',
          'latin',
          'l1',
          'iso8859_1',
          'iso_8859_1',
          'iso8859',
          '8859',
          'cp819',
          'ibm819',
          'iso_ir_100',
          'csisolatin1',
        ],
        decodeLatin1,
      ],
      [
        [
          'ascii',
          '646',
          'us',
          'us_ascii',
          'cp367',
          'ibm367',
          'csascii',
          'iso646_us',
          'iso_ir_6',
          'ansi_x3.4_1968',
          'ansi_x3_4_1968',
          'ansi_x3.4_1986',
          'iso_646.irv_1991',
        ],
        decodeAscii,
      ],
      [['cp1252', 'windows_1252', '1252'], decodeCp1252],
      [['utf_16', 'u16', 'utf16'], decodeUtf16],
      [['utf_16_le', 'utf_16le', 'unicodelittleunmarked'], strict('utf-16le', true)],
      [['utf_16_be', 'utf_16be', 'unicodebigunmarked'], strict('utf-16be', true)],
      [['utf_32', 'u32', 'utf32'], utf32(undefined)],
      [['utf_32_le', 'utf_32le'], utf32(true)],
      [['utf_32_be', 'utf_32be'], utf32(false)],
    ] as const
  ).flatMap(([names, decoder]) => names.map((name) => [name, decoder] as const)),
);

/** Python's `encodings.normalize_encoding` after lower-casing, as `codecs.lookup` applies it. */
function normalizeCharsetName(charset: string): string {
  let out = '';
  let punctuation = false;
  for (const character of charset.toLowerCase()) {
    if (/^[\p{L}\p{N}.]$/u.test(character)) {
      if (punctuation && out !== '') out += '_';
      if (character.charCodeAt(0) < 0x80) out += character;
      punctuation = false;
    } else {
      punctuation = true;
    }
  }
  return out;
}

/**
 * Decodes `bytes` with a Python charset name; undefined when Python would raise (unknown
 * charset, or bytes that are not valid in it).
 */
export function decodeWithPythonCharset(bytes: Uint8Array, charset: string): string | undefined {
  const decoder = CODECS.get(normalizeCharsetName(charset));
  if (!decoder) return undefined;
  try {
    return decoder(bytes);
  } catch {
    return undefined;
  }
}
