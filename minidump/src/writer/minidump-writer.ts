import { ByteSink } from './byte-sink.js';
import { minidumpString } from './contexts.js';

/** A CodeView record for a synthetic module. */
export type SyntheticCodeView =
  | {
      readonly kind: 'pdb70';
      readonly guid: Uint8Array;
      readonly age: number;
      readonly pdbFile: string;
    }
  | { readonly kind: 'elf'; readonly buildId: Uint8Array };

/** A loaded module. */
export interface SyntheticModule {
  readonly base: bigint;
  readonly size: number;
  readonly name: string;
  readonly timeDateStamp?: number;
  readonly codeView?: SyntheticCodeView;
}

/** A thread with its raw CONTEXT bytes and stack memory. */
export interface SyntheticThread {
  readonly id: number;
  readonly context: Uint8Array;
  readonly stack?: { readonly base: bigint; readonly bytes: Uint8Array };
  readonly teb?: bigint;
}

/** The Exception stream. */
export interface SyntheticException {
  readonly threadId: number;
  readonly code: number;
  readonly flags?: number;
  readonly address?: bigint;
  readonly parameters?: readonly bigint[];
  readonly context?: Uint8Array;
}

/** The SystemInfo stream. */
export interface SyntheticSystemInfo {
  readonly processorArchitecture: number;
  readonly platformId: number;
  readonly processorLevel?: number;
  readonly processorRevision?: number;
  readonly numberOfProcessors?: number;
  readonly version?: readonly [number, number, number];
  readonly csdVersion?: string;
  /** x86 CPUID vendor (12 ASCII characters). */
  readonly vendor?: string;
}

/** A chunk of file content placed somewhere; `place` returns its RVA. */
type Place = (bytes: Uint8Array) => number;
type StreamBody = (place: Place, littleEndian: boolean) => Uint8Array;

/**
 * Builds synthetic minidumps for tests: add streams, then `build()` lays out the header, the
 * directory, auxiliary data (strings, CodeView records, memory) and the stream bodies.
 */
export class MinidumpWriter {
  private readonly streams: Array<{ type: number; body: StreamBody }> = [];
  private readonly threads: SyntheticThread[] = [];
  private readonly modules: SyntheticModule[] = [];
  private readonly memory: Array<{ base: bigint; bytes: Uint8Array }> = [];

  constructor(readonly littleEndian = true) {}

  /** Adds a stream of any type with the given body. */
  rawStream(type: number, body: Uint8Array | StreamBody): this {
    this.streams.push({ type, body: typeof body === 'function' ? body : () => body });
    return this;
  }

  systemInfo(info: SyntheticSystemInfo): this {
    return this.rawStream(7, (place, littleEndian) => {
      const sink = new ByteSink(littleEndian);
      const [major, minor, build] = info.version ?? [0, 0, 0];
      sink
        .u16(info.processorArchitecture)
        .u16(info.processorLevel ?? 6)
        .u16(info.processorRevision ?? 0);
      sink
        .u8(info.numberOfProcessors ?? 1)
        .u8(0)
        .u32(major)
        .u32(minor)
        .u32(build)
        .u32(info.platformId);
      sink
        .u32(place(minidumpString(info.csdVersion ?? '')))
        .u16(0)
        .u16(0);
      const vendor = new TextEncoder().encode((info.vendor ?? '').padEnd(12, '\0').slice(0, 12));
      sink.bytes(vendor).zeros(12);
      return sink.finish();
    });
  }

  module(module: SyntheticModule): this {
    this.modules.push(module);
    return this;
  }

  thread(thread: SyntheticThread): this {
    this.threads.push(thread);
    return this;
  }

  /** Adds a MemoryList region (stacks are added by `thread`; this is for other memory). */
  memoryRegion(base: bigint, bytes: Uint8Array): this {
    this.memory.push({ base, bytes });
    return this;
  }

  exception(exception: SyntheticException): this {
    return this.rawStream(6, (place, littleEndian) => {
      const sink = new ByteSink(littleEndian);
      const parameters = exception.parameters ?? [];
      sink
        .u32(exception.threadId)
        .u32(0)
        .u32(exception.code)
        .u32(exception.flags ?? 0)
        .u64(0n);
      sink
        .u64(exception.address ?? 0n)
        .u32(parameters.length)
        .u32(0);
      for (let index = 0; index < 15; index++) sink.u64(parameters[index] ?? 0n);
      const context = exception.context;
      sink.u32(context?.length ?? 0).u32(context === undefined ? 0 : place(context));
      return sink.finish();
    });
  }

  breakpadInfo(dumpThreadId: number | undefined, requestingThreadId: number | undefined): this {
    const validity =
      (dumpThreadId === undefined ? 0 : 1) | (requestingThreadId === undefined ? 0 : 2);
    return this.rawStream(0x47670001, (_place, littleEndian) =>
      new ByteSink(littleEndian)
        .u32(validity)
        .u32(dumpThreadId ?? 0)
        .u32(requestingThreadId ?? 0)
        .finish(),
    );
  }

  /** Lays everything out and returns the file's bytes. */
  build(): Uint8Array {
    const bodies = [...this.streams];
    if (this.threads.length > 0)
      bodies.push({ type: 3, body: (place, le) => this.threadList(place, le) });
    if (this.modules.length > 0)
      bodies.push({ type: 4, body: (place, le) => this.moduleList(place, le) });
    if (this.memory.length > 0)
      bodies.push({ type: 5, body: (place, le) => this.memoryList(place, le) });
    const file = new ByteSink(this.littleEndian);
    file.u32(0x504d444d).u32(0xa793).u32(bodies.length).u32(32).u32(0).u32(0).u64(0n);
    const directory = file.length;
    file.zeros(bodies.length * 12);
    const place: Place = (bytes) => {
      while (file.length % 4 !== 0) file.u8(0);
      const rva = file.length;
      file.bytes(bytes);
      return rva;
    };
    bodies.forEach(({ type, body }, index) => {
      const content = body(place, this.littleEndian);
      const rva = place(content);
      file.patchU32(directory + index * 12, type);
      file.patchU32(directory + index * 12 + 4, content.length);
      file.patchU32(directory + index * 12 + 8, rva);
    });
    return file.finish();
  }

  private threadList(place: Place, littleEndian: boolean): Uint8Array {
    const sink = new ByteSink(littleEndian).u32(this.threads.length);
    for (const thread of this.threads) {
      const stackRva = thread.stack === undefined ? 0 : place(thread.stack.bytes);
      const contextRva = place(thread.context);
      sink
        .u32(thread.id)
        .u32(0)
        .u32(0)
        .u32(0)
        .u64(thread.teb ?? 0n);
      sink
        .u64(thread.stack?.base ?? 0n)
        .u32(thread.stack?.bytes.length ?? 0)
        .u32(stackRva);
      sink.u32(thread.context.length).u32(contextRva);
    }
    return sink.finish();
  }

  private moduleList(place: Place, littleEndian: boolean): Uint8Array {
    const sink = new ByteSink(littleEndian).u32(this.modules.length);
    for (const module of this.modules) {
      const nameRva = place(minidumpString(module.name));
      const codeView =
        module.codeView === undefined ? undefined : codeViewBytes(module.codeView, littleEndian);
      const codeViewRva = codeView === undefined ? 0 : place(codeView);
      sink
        .u64(module.base)
        .u32(module.size)
        .u32(0)
        .u32(module.timeDateStamp ?? 0)
        .u32(nameRva);
      sink.zeros(52);
      sink
        .u32(codeView?.length ?? 0)
        .u32(codeViewRva)
        .u32(0)
        .u32(0)
        .zeros(16);
    }
    return sink.finish();
  }

  private memoryList(place: Place, littleEndian: boolean): Uint8Array {
    const sink = new ByteSink(littleEndian).u32(this.memory.length);
    for (const region of this.memory) {
      const rva = place(region.bytes);
      sink.u64(region.base).u32(region.bytes.length).u32(rva);
    }
    return sink.finish();
  }
}

function codeViewBytes(codeView: SyntheticCodeView, littleEndian: boolean): Uint8Array {
  const sink = new ByteSink(littleEndian);
  if (codeView.kind === 'elf') return sink.u32(0x4270454c).bytes(codeView.buildId).finish();
  sink.u32(0x53445352).bytes(codeView.guid).u32(codeView.age);
  return sink.bytes(new TextEncoder().encode(`${codeView.pdbFile}\0`)).finish();
}
