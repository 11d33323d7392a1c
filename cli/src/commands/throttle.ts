/**
 * `cairn throttle`: runs a crash's annotations through throttle rules and prints the decision
 * with the rule that made it, so operators can see why a crash was kept or rejected.
 */
import { InvalidArgumentError, type Command } from 'commander';
import {
  loadThrottleRuleSet,
  parseIsoTimestamp,
  throttleCrash,
  ThrottleRulesError,
} from '@cairn/collector';
import { parsePythonJson, PythonJsonSyntaxError, type PythonJsonValue } from '@cairn/core';
import { readConfigOrExit } from '../read-config.js';

function parseRandom(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !(number >= 0 && number < 1)) {
    throw new InvalidArgumentError('expected a number from 0 (included) to 1 (excluded)');
  }
  return number;
}

function parseNow(value: string): Date {
  const seconds = parseIsoTimestamp(value);
  if (seconds === undefined) {
    throw new InvalidArgumentError('expected an ISO 8601 time such as 2026-07-01T12:00:00Z');
  }
  return new Date(seconds * 1000);
}

/** Registers `cairn throttle`. */
export function registerThrottleCommand(program: Command): void {
  program
    .command('throttle')
    .description(
      'Read crash annotations (a JSON object) on standard input and print the throttle decision: {result, rule, percentage}',
    )
    .option(
      '--rules <file>',
      'rule file (JSON or YAML), or accept-all / mozilla (default: CAIRN_THROTTLE_RULES)',
    )
    .option('--random <r>', 'the draw for sampled rules, in [0, 1) (default: random)', parseRandom)
    .option('--now <iso>', 'the submission time, for build-age rules (default: now)', parseNow)
    .action(async (options: { rules?: string; random?: number; now?: Date }) => {
      try {
        const rules = options.rules ?? readConfigOrExit().collector.throttleRules;
        const ruleSet = await loadThrottleRuleSet(rules);
        const annotations = parseAnnotations(await readStream(process.stdin));
        const decision = throttleCrash(ruleSet, annotations, {
          now: options.now ?? new Date(),
          random: options.random === undefined ? Math.random : () => options.random!,
        });
        console.log(JSON.stringify(decision));
      } catch (error) {
        if (!(error instanceof ThrottleRulesError || error instanceof InputError)) throw error;
        console.error(`cairn throttle: ${error.message}`);
        process.exitCode = 2;
      }
    });
}

/** Standard input that is not a JSON object of annotations. */
class InputError extends Error {}

function parseAnnotations(text: string): Record<string, PythonJsonValue> {
  let value: PythonJsonValue;
  try {
    value = parsePythonJson(text.trim());
  } catch (error) {
    if (!(error instanceof PythonJsonSyntaxError)) throw error;
    throw new InputError(`standard input is not JSON: ${error.message}`);
  }
  if (value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new InputError('standard input must hold a JSON object of annotations');
  }
  return value as Record<string, PythonJsonValue>;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
