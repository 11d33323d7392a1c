import type { ByteView } from '../byte-view.js';

/** A module's CodeView record, which says where its debug information is. */
export type CodeView =
  | {
      readonly kind: 'pdb70';
      readonly guid: Uint8Array;
      readonly age: number;
      readonly pdbFileName: Uint8Array;
    }
  | {
      readonly kind: 'pdb20';
      readonly signature: number;
      readonly age: number;
      readonly pdbFileName: Uint8Array;
    }
  | { readonly kind: 'elf'; readonly buildId: Uint8Array }
  | { readonly kind: 'unknown'; readonly bytes: Uint8Array };

const SIGNATURE_PDB70 = 0x53445352;
const SIGNATURE_PDB20 = 0x3031424e;
const SIGNATURE_ELF = 0x4270454c;

/**
 * Parses a CodeView record. Returns undefined when it is too short for its signature's fixed
 * fields (the caller reports `CodeViewReadFailure`). The GUID is kept as its 16 raw bytes in the
 * dump's byte order.
 */
export function parseCodeView(record: ByteView): CodeView | undefined {
  if (record.length < 4) return undefined;
  const signature = record.u32(0);
  const bytes = record.bytes;
  switch (signature) {
    case SIGNATURE_PDB70:
      if (record.length < 24) return undefined;
      return {
        kind: 'pdb70',
        guid: bytes.subarray(4, 20),
        age: record.u32(20),
        pdbFileName: bytes.subarray(24),
      };
    case SIGNATURE_PDB20:
      if (record.length < 16) return undefined;
      return {
        kind: 'pdb20',
        signature: record.u32(8),
        age: record.u32(12),
        pdbFileName: bytes.subarray(16),
      };
    case SIGNATURE_ELF:
      return { kind: 'elf', buildId: bytes.subarray(4) };
    default:
      return { kind: 'unknown', bytes };
  }
}
