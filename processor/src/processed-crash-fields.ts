/**
 * Which top-level keys a processed crash may hold, and who may see them. Most are the source of
 * a Super Search field in the field catalog (core/src/fields/), which holds their permission.
 * The rest are stored with the crash but not searchable; they are declared here, with why, so
 * every key a rule writes is accounted for (a test checks the rules' `writes` against both) and
 * the Telemetry export knows which ones are protected.
 */
import { FIELD_CATALOG } from '@cairn/core';

/** Who may see a processed-crash key: everyone, or holders of the PII permission. */
export type ProcessedCrashKeyPermission = 'public' | 'protected';

/** A key stored with the processed crash but not searchable. */
interface StoredOnlyField {
  readonly permission: ProcessedCrashKeyPermission;
  readonly description: string;
}

/**
 * Stored-only keys. `upload_file_minidump_*` stands for the results of each additional minidump
 * (`upload_file_minidump_browser`…), which are shaped like the top-level stack-walk keys.
 */
export const STORED_ONLY_FIELDS: Readonly<Record<string, StoredOnlyField>> = {
  additional_minidumps: {
    permission: 'public',
    description: 'Names of the minidumps besides the main one (searchable through their results).',
  },
  breadcrumbs: { permission: 'protected', description: 'Events before the crash (Sentry format).' },
  client_crash_date: { permission: 'public', description: 'The crash time as ISO text.' },
  completed_datetime: { permission: 'public', description: 'When processing finished.' },
  crash_id: {
    permission: 'public',
    description: 'The crash id again (uuid is the searched copy).',
  },
  crash_time: { permission: 'public', description: 'The crash time in epoch seconds.' },
  co_unmarshal_interface_result: {
    permission: 'public',
    description: 'A Windows COM annotation copied as it is.',
  },
  java_exception: {
    permission: 'public',
    description: 'The parsed JavaException annotation (signatures read it).',
  },
  mac_memory_pressure_critical_time: {
    permission: 'public',
    description: 'A macOS memory-pressure annotation copied as it is.',
  },
  mac_memory_pressure_normal_time: {
    permission: 'public',
    description: 'A macOS memory-pressure annotation copied as it is.',
  },
  mac_memory_pressure_warning_time: {
    permission: 'public',
    description: 'A macOS memory-pressure annotation copied as it is.',
  },
  mdsw_return_code: { permission: 'protected', description: "The stack walker's exit code." },
  mdsw_status_string: {
    permission: 'public',
    description: "The stack walker's status (OK, or why it failed).",
  },
  mdsw_stderr: { permission: 'protected', description: "The stack walker's error output." },
  memory_report: { permission: 'protected', description: 'The parsed memory report.' },
  memory_report_error: {
    permission: 'protected',
    description: 'Why the memory report could not be read.',
  },
  processor_history: {
    permission: 'public',
    description: 'The notes of earlier processing passes, newest first.',
  },
  signature_debug: {
    permission: 'protected',
    description: 'What each signature rule did.',
  },
  started_datetime: { permission: 'public', description: 'When processing started.' },
  success: { permission: 'public', description: 'Whether the rules ran to the end.' },
  submitted_from_infobar: {
    permission: 'protected',
    description: 'Whether the report was sent from the crash infobar.',
  },
  submitted_timestamp: {
    permission: 'public',
    description: 'When the collector accepted the crash (date_processed is the searched copy).',
  },
  telemetry_environment: {
    permission: 'public',
    description: 'The parsed TelemetryEnvironment annotation.',
  },
  'upload_file_minidump_*': {
    permission: 'public',
    description: 'Stack walker results of an additional minidump, by dump name.',
  },
};

const CATALOG_PERMISSIONS: ReadonlyMap<string, ProcessedCrashKeyPermission> = (() => {
  const permissions = new Map<string, ProcessedCrashKeyPermission>();
  for (const field of FIELD_CATALOG.values()) {
    for (const sourcePath of field.sourcePaths) {
      const key = sourcePath.split(/[.[]/)[0]!;
      const permission = field.permission === null ? 'public' : 'protected';
      if (permissions.get(key) !== 'protected') permissions.set(key, permission);
    }
  }
  return permissions;
})();

/** The stored-only declaration a key falls under, wildcards included. */
function findStoredOnlyField(key: string): StoredOnlyField | undefined {
  if (Object.hasOwn(STORED_ONLY_FIELDS, key)) return STORED_ONLY_FIELDS[key];
  return key.startsWith('upload_file_minidump_')
    ? STORED_ONLY_FIELDS['upload_file_minidump_*']
    : undefined;
}

/**
 * Who may see processed-crash key `key`: from the field catalog when a field is built from it,
 * else from the stored-only declarations; undefined for a key Cairn does not know.
 */
export function processedCrashKeyPermission(key: string): ProcessedCrashKeyPermission | undefined {
  return CATALOG_PERMISSIONS.get(key) ?? findStoredOnlyField(key)?.permission;
}
