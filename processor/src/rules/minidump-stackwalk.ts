/** MinidumpStackwalkRule: walks every minidump of the crash. */
import { MAIN_DUMP_NAME } from '@cairn/core';
import type { ProcessorRule, RuleContext } from '../pipeline/processor-rule.js';
import type { StackwalkOutcome } from '../stackwalk/stack-walker.js';
import { isJsonObject, type JsonObject } from '../values/json-object.js';

const NAME = 'MinidumpStackwalkRule';

/** Exit codes the reference's stack-walker process reports, kept for `mdsw_return_code`. */
const EXIT_CODE = { ok: 0, refused: 1, panicked: 101, killed: -9 } as const;

/**
 * Reads every dump whose name starts with `upload_file_minidump`; walks it in-process with
 * @cairn/minidump, with the configured symbols and what is left of the per-crash time limit.
 * The main dump's results go to the top level (`json_dump`, `mdsw_return_code`,
 * `mdsw_status_string`, `mdsw_stderr`, `stackwalk_version`); another dump's go under its name
 * (`upload_file_minidump_browser: {json_dump, …}`) and the name is added to
 * `additional_minidumps`. An empty dump is not walked (`EmptyMinidump`); a refused dump gets an
 * empty `json_dump`, its reason as status and exit code 1; a walk stopped at the time limit
 * gets exit code -9 and a `timeout (SIGKILL)` note, as the reference's killed process does.
 * research/socorro-processor.md §1.4.
 */
export const minidumpStackwalkRule: ProcessorRule = {
  name: NAME,
  description:
    'Walks every upload_file_minidump* dump in-process (symbols and time limit from configuration): the main dump fills json_dump, mdsw_status_string, mdsw_return_code, mdsw_stderr and stackwalk_version; other dumps are stored under their own name and listed in additional_minidumps.',
  writes: [
    'json_dump',
    'mdsw_return_code',
    'mdsw_status_string',
    'mdsw_stderr',
    'stackwalk_version',
    'additional_minidumps',
    'upload_file_minidump_*',
  ],
  async action(context) {
    const { dumps, processedCrash } = context;
    const additional = Array.isArray(processedCrash.additional_minidumps)
      ? (processedCrash.additional_minidumps as unknown[])
      : [];
    processedCrash.additional_minidumps = additional;
    for (const [dumpName, bytes] of [...dumps].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!dumpName.startsWith(MAIN_DUMP_NAME)) continue;
      const { results, jsonText } = await walkOneDump(context, dumpName, bytes);
      if (dumpName === MAIN_DUMP_NAME) {
        Object.assign(processedCrash, results);
        if (jsonText !== undefined) context.jsonTexts.set(results.json_dump as object, jsonText);
      } else {
        if (!additional.includes(dumpName)) additional.push(dumpName);
        const previous = processedCrash[dumpName];
        processedCrash[dumpName] = { ...(isJsonObject(previous) ? previous : {}), ...results };
      }
    }
  },
};

async function walkOneDump(
  { services, notes, deadlineMs }: RuleContext,
  dumpName: string,
  bytes: Uint8Array,
): Promise<{ results: JsonObject; jsonText?: string }> {
  if (bytes.length === 0) {
    notes.add(`${NAME}: ${dumpName} is empty--skipping minidump processing`);
    return {
      results: {
        mdsw_status_string: 'EmptyMinidump',
        mdsw_stderr: 'Shortcut for 0-bytes minidump.',
      },
    };
  }
  const outcome = await services.stackWalker.walk(bytes, {
    timeoutMs: Math.max(1, deadlineMs - Date.now()),
  });
  const results = describeOutcome(outcome);
  const note = failureNote(outcome);
  if (note) notes.add(`${NAME}: minidump-stackwalk: ${note}`);
  return {
    results: { ...results, stackwalk_version: services.stackWalker.version },
    ...(outcome.kind === 'walked' &&
      outcome.jsonText !== undefined && {
        jsonText: outcome.jsonText,
      }),
  };
}

function describeOutcome(outcome: StackwalkOutcome): JsonObject {
  switch (outcome.kind) {
    case 'walked': {
      const status =
        typeof outcome.json.status === 'string' ? outcome.json.status : 'unknown error';
      return {
        json_dump: outcome.json,
        mdsw_return_code: EXIT_CODE.ok,
        mdsw_status_string: status,
        mdsw_stderr: '',
      };
    }
    case 'refused':
      return {
        json_dump: {},
        mdsw_return_code: EXIT_CODE.refused,
        mdsw_status_string: outcome.reason,
        mdsw_stderr: outcome.message,
      };
    case 'timed-out':
      return {
        json_dump: {},
        mdsw_return_code: EXIT_CODE.killed,
        mdsw_status_string: 'unknown error',
        mdsw_stderr: 'the stack walk was stopped at the time limit',
      };
    case 'crashed':
      return {
        json_dump: {},
        mdsw_return_code: EXIT_CODE.panicked,
        mdsw_status_string: 'unknown error',
        mdsw_stderr: `${outcome.errorName}: ${outcome.message}`,
      };
  }
}

function failureNote(outcome: StackwalkOutcome): string | undefined {
  switch (outcome.kind) {
    case 'walked':
      return outcome.json.status === 'OK'
        ? undefined
        : `failed: ${EXIT_CODE.ok}: ${typeof outcome.json.status === 'string' ? outcome.json.status : 'unknown error'}`;
    case 'refused':
      return `failed: ${EXIT_CODE.refused}: ${outcome.reason}`;
    case 'timed-out':
      return 'timeout (SIGKILL)';
    case 'crashed':
      return `failed: ${EXIT_CODE.panicked}: unknown error`;
  }
}
