/** `cairn signature`: the signature of crash data or a processed crash, as the processor makes it. */
import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import type { Command } from 'commander';
import {
  buildSignatureCrashData,
  formatSignatureRulesMarkdown,
  generateSignature,
  loadSignatureLists,
  SignatureListError,
  type SignatureCrashData,
} from '@cairn/processor';
import { readConfigOrExit } from '../read-config.js';

/** Keys only a processed crash has; crash data (the generator's input) has none of them. */
const PROCESSED_CRASH_KEYS = ['json_dump', 'uuid', 'crash_id', 'processor_notes'];

interface SignatureOptions {
  readonly siglists?: string;
  readonly verbose?: boolean;
  readonly rules?: boolean;
}

/** Registers `cairn signature`. */
export function registerSignatureCommand(program: Command): void {
  program
    .command('signature')
    .description(
      'Print {signature, proto_signature, notes} for crash data (the input of signature ' +
        'generation) or a processed crash (recognized by json_dump, uuid, crash_id or ' +
        'processor_notes), given as JSON',
    )
    .argument('[file]', 'JSON file; - or nothing reads standard input')
    .option(
      '--siglists <dir>',
      "signature lists directory, in Socorro's file names and syntax " +
        "(default: CAIRN_SIGLISTS_DIR, else Cairn's own lists)",
    )
    .option('--verbose', 'also print signature_debug: what each rule did')
    .option('--rules', 'print the signature rules and lists, in order, as Markdown, and exit')
    .action(async (file: string | undefined, options: SignatureOptions) => {
      if (options.rules) {
        process.stdout.write(formatSignatureRulesMarkdown());
        return;
      }
      try {
        const crashData = toCrashData(await readInput(file), file ?? '-');
        const lists = await loadSignatureLists(
          options.siglists ?? readConfigOrExit().siglistsDir ?? undefined,
        );
        const generated = generateSignature(crashData, lists);
        const report = {
          signature: generated.signature,
          proto_signature: generated.protoSignature,
          notes: generated.notes,
          ...(options.verbose && { signature_debug: generated.debugLog }),
        };
        console.log(JSON.stringify(report, null, 2));
      } catch (error) {
        if (!(error instanceof InputError || error instanceof SignatureListError)) throw error;
        console.error(`cairn signature: ${error.message}`);
        process.exitCode = 2;
      }
    });
}

/** Input that cannot be read as crash data. */
class InputError extends Error {}

async function readInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') return readStream(process.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

function toCrashData(text: string, source: string): SignatureCrashData {
  const where = source === '-' ? 'standard input' : source;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where} is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      `${where} must hold a JSON object (crash data or a processed crash), not ${
        Array.isArray(value) ? 'an array' : JSON.stringify(value)
      }`,
    );
  }
  const object = value as Record<string, unknown>;
  return PROCESSED_CRASH_KEYS.some((key) => key in object)
    ? buildSignatureCrashData(object)
    : object;
}
