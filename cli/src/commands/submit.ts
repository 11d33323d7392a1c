/** `cairn submit`: send minidumps and annotations as a crash reporter would. */
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { readConfigOrExit } from '../read-config.js';
import { submitCrash } from '../submit-crash.js';

function collectPair(what: string) {
  return (value: string, previous: [string, string][]): [string, string][] => {
    const separator = value.indexOf('=');
    if (separator <= 0) {
      throw new InvalidArgumentError(`expected ${what}, got ${JSON.stringify(value)}`);
    }
    return [...previous, [value.slice(0, separator), value.slice(separator + 1)]];
  };
}

/** Annotations from a JSON file such as Firefox's `.extra` files: an object of strings. */
async function readAnnotationsFile(file: string): Promise<Record<string, string>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read annotations from ${file}: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file} must hold a JSON object of annotations`);
  }
  const nonString = Object.entries(value).find(([, item]) => typeof item !== 'string');
  if (nonString) throw new Error(`${file}: annotation ${nonString[0]} is not a string`);
  return value as Record<string, string>;
}

/** Registers `cairn submit`. */
export function registerSubmitCommand(program: Command): void {
  program
    .command('submit')
    .description('Send a crash report (minidumps and annotations) and print the crash id')
    .argument('[dump]', 'the main minidump (sent as upload_file_minidump)')
    .option(
      '-a, --annotation <KEY=VALUE>',
      'an annotation (repeatable)',
      collectPair('KEY=VALUE'),
      [],
    )
    .option(
      '--annotations <file>',
      'annotations from a JSON object file (e.g. a Firefox .extra file)',
    )
    .option(
      '-d, --dump <NAME=FILE>',
      'another dump, by name (repeatable)',
      collectPair('NAME=FILE'),
      [],
    )
    .option('--json', 'send the annotations as one JSON part, as Firefox does')
    .option('--gzip', 'gzip the request body')
    .option('--url <url>', "collector submit URL (default: this configuration's collector)")
    .action(
      async (
        dump: string | undefined,
        options: {
          annotation: [string, string][];
          annotations?: string;
          dump: [string, string][];
          json?: boolean;
          gzip?: boolean;
          url?: string;
        },
      ) => {
        let url = options.url;
        if (!url) {
          const config = readConfigOrExit();
          url = `http://${config.host}:${config.collectorPort}/submit`;
        }
        try {
          const annotations = {
            ...(options.annotations ? await readAnnotationsFile(options.annotations) : {}),
            ...Object.fromEntries(options.annotation),
          };
          const dumpFiles = new Map<string, string>(options.dump);
          if (dump) dumpFiles.set('upload_file_minidump', dump);
          console.log(
            await submitCrash({
              dumpFiles,
              annotations,
              url,
              annotationsAsJson: options.json ?? false,
              gzip: options.gzip ?? false,
            }),
          );
        } catch (error) {
          console.error(`cairn submit: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 1;
        }
      },
    );
}
