/** The GraphQL type of one crash report. */
import type { ProcessedCrash, RawCrash } from '@cairn/core';
import { Field, ObjectType } from 'type-graphql';
import { CrashFields } from '../catalog/crash-fields-type.js';

@ObjectType({ description: 'A crash annotation (raw crash key) and its value as JSON text.' })
export class Annotation {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Strings as they are; other values as JSON.' })
  value!: string;
}

@ObjectType({ description: 'A dump of the crash, with its download link.' })
export class DumpLink {
  @Field(() => String, { description: 'The dump’s name (upload_file_minidump…).' })
  name!: string;

  @Field(() => String, { description: 'Download URL (the Crash Stats RawCrash endpoint).' })
  url!: string;
}

@ObjectType({ description: 'One crash report.' })
export class Crash {
  @Field(() => String, { description: 'The crash id (without the bp- prefix).' })
  crashId!: string;

  @Field(() => Boolean, {
    description:
      'False while the crash is collected but not processed yet; ask for requestPriorityProcessing and poll.',
  })
  isProcessed!: boolean;

  @Field(() => CrashFields, {
    nullable: true,
    description: 'Catalog fields of the processed crash.',
  })
  fields!: CrashFields | null;

  /** The processed crash, reduced to what the caller may read. */
  processed!: ProcessedCrash | null;

  /** The raw crash (annotations), whole: the annotation fields split it by permission. */
  raw!: RawCrash | null;
}
