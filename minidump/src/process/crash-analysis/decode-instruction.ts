import iced from 'iced-x86';

const {
  Decoder,
  DecoderOptions,
  Formatter,
  FormatterSyntax,
  MemorySizeOptions,
  MemorySizeExt,
  Mnemonic,
  OpKind,
  Register,
  Code,
} = iced;

/** The longest x86 instruction is 15 bytes. */
const MAX_INSTRUCTION_BYTES = 15;

/** A memory operand as base + index × scale + displacement (registers by lowercase name). */
export interface MemoryOperand {
  readonly operandIndex: number;
  readonly base: string | undefined;
  readonly index: string | undefined;
  readonly scale: number;
  /** Sign-extended displacement; for rip-relative operands, relative to the instruction's own address. */
  readonly displacement: bigint;
}

/** What the analysis needs from one decoded amd64 instruction. */
export interface DecodedInstruction {
  /** Intel syntax as the reference prints it: `mov dword [rax + rcx * 1], 0x41414141`. */
  readonly text: string;
  /** Lowercase mnemonic (`mov`, `call`, `ret`…). */
  readonly mnemonic: string;
  readonly operandCount: number;
  /** Size in bytes of the instruction's memory access; undefined when it has none. */
  readonly memorySize: number | undefined;
  readonly memoryOperands: readonly MemoryOperand[];
  /** Name of the register operand at index 0, when operand 0 is a register. */
  readonly firstRegisterOperand: string | undefined;
}

let formatter: InstanceType<typeof Formatter> | undefined;

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
  formatter.ripRelativeAddresses = true;
  formatter.memorySizeOptions = MemorySizeOptions.Always;
  return formatter;
}

function registerName(register: number): string | undefined {
  return register === Register.None ? undefined : String(Register[register]).toLowerCase();
}

/** String instructions address memory through rsi/rdi (or their 32/16-bit forms). */
const STRING_OPERAND_BASES: ReadonlyMap<number, string> = new Map([
  [OpKind.MemorySegSI, 'si'],
  [OpKind.MemorySegESI, 'esi'],
  [OpKind.MemorySegRSI, 'rsi'],
  [OpKind.MemorySegDI, 'di'],
  [OpKind.MemorySegEDI, 'edi'],
  [OpKind.MemorySegRDI, 'rdi'],
  [OpKind.MemoryESDI, 'di'],
  [OpKind.MemoryESEDI, 'edi'],
  [OpKind.MemoryESRDI, 'rdi'],
]);

/** Decodes one 64-bit instruction at `address`; undefined when the bytes are not a valid instruction. */
export function decodeInstruction(
  bytes: Uint8Array,
  address: bigint,
): DecodedInstruction | undefined {
  const decoder = new Decoder(64, bytes.subarray(0, MAX_INSTRUCTION_BYTES), DecoderOptions.None);
  decoder.ip = address;
  const instruction = decoder.decode();
  try {
    if (instruction.code === Code.INVALID) return undefined;
    const memoryOperands: MemoryOperand[] = [];
    for (let index = 0; index < instruction.opCount; index++) {
      const kind = instruction.opKind(index);
      if (kind === OpKind.Memory) {
        const base = registerName(instruction.memoryBase);
        const displacement =
          base === 'rip'
            ? BigInt.asIntN(
                64,
                instruction.memoryDisplacement - (address + BigInt(instruction.length)),
              )
            : BigInt.asIntN(64, instruction.memoryDisplacement);
        memoryOperands.push({
          operandIndex: index,
          base,
          index: registerName(instruction.memoryIndex),
          scale: instruction.memoryIndexScale,
          displacement,
        });
      } else if (STRING_OPERAND_BASES.has(kind)) {
        memoryOperands.push({
          operandIndex: index,
          base: STRING_OPERAND_BASES.get(kind),
          index: undefined,
          scale: 1,
          displacement: 0n,
        });
      }
    }
    const size = MemorySizeExt.size(instruction.memorySize);
    const text = formatAbsoluteDisplacement(intelFormatter().format(instruction), memoryOperands);
    return {
      text,
      mnemonic: String(Mnemonic[instruction.mnemonic]).toLowerCase(),
      operandCount: instruction.opCount,
      memorySize: size === 0 ? undefined : size,
      memoryOperands,
      firstRegisterOperand:
        instruction.opCount > 0 && instruction.opKind(0) === OpKind.Register
          ? registerName(instruction.opRegister(0))
          : undefined,
    };
  } finally {
    instruction.free();
    decoder.free();
  }
}

/** A bare `[disp32]` operand prints as the 32-bit displacement (`[0x80000042]`), not sign-extended. */
function formatAbsoluteDisplacement(text: string, operands: readonly MemoryOperand[]): string {
  const absolute = operands.find(
    (operand) => operand.base === undefined && operand.index === undefined,
  );
  if (absolute === undefined) return text;
  const extended = `[0x${BigInt.asUintN(64, absolute.displacement).toString(16)}]`;
  return text.replace(extended, `[0x${BigInt.asUintN(32, absolute.displacement).toString(16)}]`);
}
