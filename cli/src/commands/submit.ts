/** `cairn submit`: send a minidump as a crash reporter would. */
import { InvalidArgumentError, type Command } from 'commander';
import { readConfigOrExit } from '../read-config.js';
import { submitCrash } from '../submit-crash.js';

function collectAnnotation(
  value: string,
  previous: Record<string, string>,
): Record<string, string> {
  const separator = value.indexOf('=');
  if (separator <= 0)
    throw new InvalidArgumentError(`expected KEY=VALUE, got ${JSON.stringify(value)}`);
  return { ...previous, [value.slice(0, separator)]: value.slice(separator + 1) };
}

/** Registers `cairn submit`. */
export function registerSubmitCommand(program: Command): void {
  program
    .command('submit')
    .description('Send a minidump as a Breakpad crash report and print the crash id')
    .argument('<dump>', 'minidump file')
    .option('-a, --annotation <KEY=VALUE>', 'an annotation (repeatable)', collectAnnotation, {})
    .option('--url <url>', "collector submit URL (default: this configuration's collector)")
    .action(async (dump: string, options: { annotation: Record<string, string>; url?: string }) => {
      let url = options.url;
      if (!url) {
        const config = readConfigOrExit();
        url = `http://${config.host}:${config.collectorPort}/submit`;
      }
      try {
        console.log(await submitCrash({ dumpFile: dump, annotations: options.annotation, url }));
      } catch (error) {
        console.error(`cairn submit: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    });
}
