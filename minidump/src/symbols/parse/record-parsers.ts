import { isUtf8 } from 'node:buffer';
import type { SymbolFileBuilder } from './symbol-file-builder.js';
import type { FieldReader } from './field-reader.js';
import { isHexDigit, keywordBytes, MAX_INDEXED_ADDRESS } from './field-reader.js';
import type { InlineRecordReader } from './inline-record.js';

/** Keywords, as bytes. Each must be followed by a separator. */
export const KEYWORDS = {
  module: keywordBytes('MODULE'),
  info: keywordBytes('INFO'),
  infoUrl: keywordBytes('INFO URL'),
  file: keywordBytes('FILE'),
  inlineOrigin: keywordBytes('INLINE_ORIGIN'),
  inline: keywordBytes('INLINE'),
  func: keywordBytes('FUNC'),
  public: keywordBytes('PUBLIC'),
  stackWin: keywordBytes('STACK WIN'),
  stackCfiInit: keywordBytes('STACK CFI INIT'),
  stackCfi: keywordBytes('STACK CFI'),
} as const;

/** True for 0-9 (STACK WIN's has-program flag). */
function isDecimalDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** Why a line was rejected; null means the record was accepted. */
export type RecordResult = string | null;

/**
 * Parses one record at a time into a SymbolFileBuilder. `textIsUtf8` tells whether the bytes
 * being parsed are already known to be valid UTF-8 (the reference rejects names that are not).
 */
export class RecordParsers {
  /** Whether the current bytes are known to be valid UTF-8. */
  textIsUtf8 = true;
  /** Where the free-text field (name, rules, program) of the current line starts. */
  private restStart = 0;
  /** Scratch space for the eight numbers of a STACK WIN record. */
  private readonly winFields = new Float64Array(8);

  constructor(
    readonly reader: FieldReader,
    private readonly builder: SymbolFileBuilder,
    /** Shared with the line-record run, which reads the INLINE records among line records. */
    private readonly inline: InlineRecordReader,
  ) {}

  /** `FILE <id> <name>` or `INLINE_ORIGIN <id> <name>` (keyword already read). */
  parseIdName(table: 'files' | 'inlineOrigins'): RecordResult {
    const reader = this.reader;
    if (!reader.decimal()) return 'bad id';
    const id = reader.value;
    if (!reader.separator()) return 'missing name';
    const reference = this.storeRest();
    if (reference < 0) return 'name is not UTF-8';
    this.builder[table].add(id, reference, reader.end - this.restStart);
    return null;
  }

  /** `PUBLIC [m] <address> <parameter size> <name>` (keyword already read). */
  parsePublic(): RecordResult {
    const reader = this.reader;
    reader.multipleFlag();
    if (!reader.hex(16)) return 'bad address';
    const address = reader.value;
    if (!reader.separator() || !reader.hex(8)) return 'bad parameter size';
    const parameterSize = reader.value;
    if (!reader.separator()) return 'missing name';
    const reference = this.storeRest();
    if (reference < 0) return 'name is not UTF-8';
    if (address > MAX_INDEXED_ADDRESS) this.builder.discardedRecords++;
    else this.builder.publics.add(address, parameterSize, reference, reader.end - this.restStart);
    return null;
  }

  /** `FUNC [m] <address> <size> <parameter size> <name>` (keyword already read). */
  parseFunc(): RecordResult {
    const reader = this.reader;
    reader.multipleFlag();
    if (!reader.hex(16)) return 'bad address';
    const address = reader.value;
    if (!reader.separator() || !reader.hex(8)) return 'bad size';
    const size = reader.value;
    if (!reader.separator() || !reader.hex(8)) return 'bad parameter size';
    const parameterSize = reader.value;
    if (!reader.separator()) return 'missing name';
    const reference = this.storeRest();
    if (reference < 0) return 'name is not UTF-8';
    const end = address + size > MAX_INDEXED_ADDRESS ? address : address + size;
    this.builder.functions.beginFunction(
      address,
      end,
      parameterSize,
      reference,
      reader.end - this.restStart,
    );
    return null;
  }

  /** `<address> <size> <line> <file id>`; the line must end right after (reader.end). */
  parseLineRecord(): RecordResult {
    const reader = this.reader;
    if (!reader.hex(16)) return 'bad address';
    const address = reader.value;
    if (!reader.separator() || !reader.hex(8)) return 'bad size';
    const size = reader.value;
    if (!reader.separator() || !reader.decimal()) return 'bad line number';
    const line = reader.value;
    if (!reader.separator() || !reader.decimal()) return 'bad file id';
    if (!reader.atEnd()) return 'unexpected text after the file id';
    this.builder.functions.addLine(address, address + size, line, reader.value);
    return null;
  }

  /** `INLINE <depth> <call line> <call file> <origin> (<address> <size>)+` (keyword already read). */
  parseInline(): RecordResult {
    const reader = this.reader;
    if (this.inline.read(reader.bytes, reader.position) !== reader.end) return 'bad INLINE record';
    this.inline.store(this.builder.functions);
    return null;
  }

  /** `STACK WIN <type> <rva> <code size> … <has program> <program | allocates bp>` (keyword read). */
  parseStackWin(): RecordResult {
    const reader = this.reader;
    if (!reader.singleByte(isHexDigit) || !reader.separator()) return 'bad STACK WIN type';
    const type = reader.value;
    const fields = this.winFields;
    for (let index = 0; index < 8; index++) {
      if (!reader.hex(index === 0 ? 16 : 8) || !reader.separator()) return 'bad STACK WIN field';
      fields[index] = reader.value;
    }
    if (!reader.singleByte(isDecimalDigit) || !reader.separator()) {
      return 'bad STACK WIN program flag';
    }
    const hasProgramString = reader.value === 0x31;
    if (!this.markRest()) return 'program string is not UTF-8';
    const restLength = reader.end - this.restStart;
    const address = fields[0]!;
    const codeSize = fields[1]!;
    const isFrameData = type === 0x34;
    // Types other than 4 (FrameData) and 0 (FPO), and records whose has-program flag
    // contradicts their type, are discarded like the reference does.
    if (isFrameData !== hasProgramString || (!isFrameData && type !== 0x30)) {
      this.builder.discardedRecords++;
      return null;
    }
    if (address + codeSize > MAX_INDEXED_ADDRESS) {
      this.builder.discardedRecords++;
      return null;
    }
    const allocatesBasePointer =
      !isFrameData && restLength === 1 && reader.bytes[this.restStart] === 0x31;
    (isFrameData ? this.builder.winFrameData : this.builder.winFpo).add({
      address,
      codeSize,
      prologueSize: fields[2]!,
      epilogueSize: fields[3]!,
      parameterSize: fields[4]!,
      savedRegisterSize: fields[5]!,
      localSize: fields[6]!,
      maxStackSize: fields[7]!,
      programReference: isFrameData
        ? this.builder.heap.appendInterned(reader.bytes, this.restStart, reader.end)
        : 0,
      programLength: isFrameData ? restLength : 0,
      allocatesBasePointer,
    });
    return null;
  }

  /** `STACK CFI INIT <address> <size> <rules>` (keyword already read). */
  parseStackCfiInit(): RecordResult {
    const reader = this.reader;
    if (!reader.hex(16)) return 'bad address';
    const address = reader.value;
    if (!reader.separator() || !reader.hex(8)) return 'bad size';
    const size = reader.value;
    if (!reader.separator()) return 'missing rules';
    const reference = this.storeRest(true);
    if (reference < 0) return 'rules are not UTF-8';
    const end = address + size > MAX_INDEXED_ADDRESS ? address : address + size;
    this.builder.cfi.beginInit(address, end, reference, reader.end - this.restStart);
    return null;
  }

  /** `STACK CFI <address> <rules>` (keyword already read). */
  parseStackCfiDelta(): RecordResult {
    const reader = this.reader;
    if (!reader.hex(16)) return 'bad address';
    const address = reader.value;
    if (!reader.separator()) return 'missing rules';
    const reference = this.storeRest(true);
    if (reference < 0) return 'rules are not UTF-8';
    if (address > MAX_INDEXED_ADDRESS) this.builder.discardedRecords++;
    else this.builder.cfi.addDelta(address, reference, reader.end - this.restStart);
    return null;
  }

  /** `MODULE <os> <cpu> <debug id> <name>` (keyword already read). */
  parseModule(): RecordResult {
    const reader = this.reader;
    const bytes = reader.bytes;
    const osStart = reader.nonSpace();
    const os = Buffer.from(bytes.subarray(osStart, reader.position)).toString();
    if (!reader.separator()) return 'bad MODULE os';
    const cpuStart = reader.nonSpace();
    const cpu = Buffer.from(bytes.subarray(cpuStart, reader.position)).toString();
    if (!reader.separator()) return 'bad MODULE cpu';
    const idStart = reader.position;
    while (reader.position < reader.end && isHexDigit(bytes[reader.position]!)) reader.position++;
    const debugId = Buffer.from(bytes.subarray(idStart, reader.position)).toString();
    if (debugId.length === 0 || !reader.separator()) return 'bad MODULE debug id';
    const name = Buffer.from(bytes.subarray(reader.position, reader.end)).toString();
    this.builder.module = { os, cpu, debugId, name };
    return null;
  }

  /** `INFO URL <url>` (keyword already read). */
  parseInfoUrl(): RecordResult {
    const reader = this.reader;
    const text = reader.bytes.subarray(reader.position, reader.end);
    if (!this.textIsUtf8 && !isUtf8(text)) return 'URL is not UTF-8';
    this.builder.infoUrl = Buffer.from(text).toString();
    return null;
  }

  /** Marks the rest of the line as the text field; false when it is not valid UTF-8. */
  private markRest(): boolean {
    const reader = this.reader;
    this.restStart = reader.position;
    return this.textIsUtf8 || isUtf8(reader.bytes.subarray(reader.position, reader.end));
  }

  /** Stores the rest of the line in the heap (once per distinct text when `intern`); -1 when it is not valid UTF-8. */
  private storeRest(intern = false): number {
    if (!this.markRest()) return -1;
    const { bytes, end } = this.reader;
    return intern
      ? this.builder.heap.appendInterned(bytes, this.restStart, end)
      : this.builder.heap.append(bytes, this.restStart, end);
  }
}
