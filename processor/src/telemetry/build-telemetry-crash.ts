/**
 * The Telemetry export of a processed crash (research/socorro-processor.md §8): its public
 * keys only, reduced to the export's shape, plus the reference's five renamed copies
 * (`build` → `build_id`, `date_processed` → `date`, `os_pretty_version` →
 * `platform_pretty_version`, `os_name` → `platform`, `os_version` → `platform_version`).
 */
import type { TelemetryCrash } from '@cairn/core';
import { processedCrashKeyPermission } from '../processed-crash-fields.js';
import type { JsonObject } from '../values/json-object.js';
import { reduceToShape } from './reduce-to-shape.js';
import { TELEMETRY_CRASH_SHAPE } from './telemetry-shape.js';

const RENAMED_COPIES = [
  ['build', 'build_id'],
  ['date_processed', 'date'],
  ['os_pretty_version', 'platform_pretty_version'],
  ['os_name', 'platform'],
  ['os_version', 'platform_version'],
] as const;

/** The export document and the paths of values left out because their type did not fit. */
export interface BuiltTelemetryCrash {
  readonly document: TelemetryCrash;
  readonly droppedPaths: readonly string[];
}

/** Builds the export document of `processedCrash`. */
export function buildTelemetryCrash(processedCrash: JsonObject): BuiltTelemetryCrash {
  const publicCrash: JsonObject = {};
  for (const [key, value] of Object.entries(processedCrash)) {
    if (processedCrashKeyPermission(key) === 'public') publicCrash[key] = value;
  }
  for (const [from, to] of RENAMED_COPIES) {
    if (Object.hasOwn(publicCrash, from)) publicCrash[to] = publicCrash[from];
  }
  const reduced = reduceToShape(publicCrash, TELEMETRY_CRASH_SHAPE);
  return {
    document: (reduced.value ?? {}) as TelemetryCrash,
    droppedPaths: reduced.droppedPaths,
  };
}
