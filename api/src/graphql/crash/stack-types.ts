/** Threads, frames, inline frames and modules, read from the stack walker's `json_dump`. */
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A function inlined into a frame.' })
export class InlineFrame {
  @Field(() => String, { nullable: true })
  function!: string | null;

  @Field(() => String, { nullable: true })
  file!: string | null;

  @Field(() => Int, { nullable: true })
  line!: number | null;
}

@ObjectType({ description: 'One stack frame.' })
export class StackFrame {
  @Field(() => Int, { description: 'Position in the stack, 0 at the top.' })
  frame!: number;

  @Field(() => String, { nullable: true })
  module!: string | null;

  @Field(() => String, { nullable: true })
  function!: string | null;

  @Field(() => String, { nullable: true })
  file!: string | null;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'Instruction address (hex).' })
  offset!: string | null;

  @Field(() => String, { nullable: true })
  moduleOffset!: string | null;

  @Field(() => String, { nullable: true })
  functionOffset!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the frame was found: context, cfi, frame_pointer, scan, …',
  })
  trust!: string | null;

  @Field(() => Boolean, { description: 'The frame’s module had no symbols.' })
  missingSymbols!: boolean;

  @Field(() => [InlineFrame])
  inlines!: InlineFrame[];
}

@ObjectType({ description: 'One thread of the crashed process.' })
export class StackThread {
  @Field(() => Int)
  index!: number;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Boolean)
  isCrashingThread!: boolean;

  @Field(() => Int, { description: 'Frames the walker found (the list may be truncated).' })
  frameCount!: number;

  @Field(() => String, { nullable: true })
  lastErrorValue!: string | null;

  @Field(() => [StackFrame])
  frames!: StackFrame[];
}

@ObjectType({ description: 'A module loaded in the crashed process.' })
export class LoadedModule {
  @Field(() => String, { nullable: true })
  filename!: string | null;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => String, { nullable: true })
  debugFile!: string | null;

  @Field(() => String, { nullable: true })
  debugId!: string | null;

  @Field(() => String, { nullable: true })
  codeId!: string | null;

  @Field(() => String, { nullable: true })
  baseAddress!: string | null;

  @Field(() => String, { nullable: true })
  endAddress!: string | null;

  @Field(() => Boolean, { description: 'No symbols were found for the module.' })
  missingSymbols!: boolean;

  @Field(() => Boolean, { description: 'Symbols were loaded for the module.' })
  loadedSymbols!: boolean;

  @Field(() => Boolean, { description: 'The module’s symbol file was corrupt.' })
  corruptSymbols!: boolean;

  @Field(() => Float, { description: 'Frames on the crashing thread in this module.' })
  framesOnCrashingThread!: number;
}
