/** Fields about the crash itself: identity, time, signature, reason and how it was processed. */
import {
  boolField,
  dateField,
  enumField,
  integerField,
  keywordField,
  semicolonListField,
  textField,
} from '../define-field.js';

/** The crash's identity, grouping and cause. */
export const CRASH_FIELDS = [
  enumField(
    'uuid',
    'The crash id: a UUID whose last digits encode the day it was received.',
    'keyword',
  ),
  dateField(
    'date',
    'When the processor handled the crash report, in UTC (Socorro’s `date_processed`); it decides which weekly index holds the crash.',
    { source: 'date_processed', isFrequentFilter: true },
  ),
  textField(
    'signature',
    'The crash signature: the interesting frames of the crashing stack, normalized, with tags. Crashes with the same signature form one group.',
    { isFrequentFilter: true },
  ),
  textField(
    'proto_signature',
    'Every normalized frame of the crashing thread joined with ` | `, before signature rules pick the interesting ones.',
  ),
  textField(
    'reason',
    'The exception kind of the crash as the operating system reported it, such as `SIGSEGV` or `EXCEPTION_ACCESS_VIOLATION_READ`.',
  ),
  keywordField(
    'address',
    'The memory address involved in the crash, as hexadecimal text; meaningful only for bad memory accesses.',
  ),
  integerField('crashing_thread', 'Index of the thread that crashed.', 'integer'),
  integerField('thread_count', 'Number of threads the crashing process had.', 'integer'),
  keywordField('crashing_thread_name', 'Name of the thread that crashed, when it had one.'),
  keywordField(
    'last_error_value',
    'The Windows `GetLastError()` code of the crashing thread, when there was one.',
  ),
  textField(
    'moz_crash_reason',
    'The message given to `MOZ_CRASH`, `MOZ_RELEASE_ASSERT` and related macros, with sensitive parts redacted.',
  ),
  textField(
    'moz_crash_reason_raw',
    'The message given to `MOZ_CRASH` and related macros as the client sent it; it may hold private data.',
    { permission: 'view_pii' },
  ),
  textField('abort_message', 'The message passed to `NS_DebugBreak()` before the abort.'),
  keywordField('report_type', 'Whether the report is a `crash` (the usual case) or a `hang`.'),
  keywordField(
    'hang',
    'The kind of hang that led to the report, `ui` or `shutdown`; absent for ordinary crashes.',
  ),
  keywordField(
    'crash_inconsistencies',
    'Disagreements the stack walker found between the reported crash reason or address and the crashing instruction and memory.',
    { isList: true },
  ),
  integerField(
    'possible_bit_flips_max_confidence',
    'The stack walker’s highest confidence, as a percentage, that the crash address differs from a valid one by a single flipped bit.',
    'integer',
  ),
  boolField(
    'has_guard_page_access',
    'True when at least one memory access of the crash fell in what looks like a guard page.',
    { permission: 'view_pii' },
  ),
  textField(
    'minidump_sha256_hash',
    'SHA-256 of the main minidump as received; an empty minidump hashes to `e3b0c442…b855`.',
  ),
  textField(
    'processor_notes',
    'Notes the processor wrote while processing the report the last time.',
  ),
  keywordField('stackwalk_version', 'Version of the stack walker that walked the main minidump.'),
  keywordField(
    'soft_errors',
    'Errors the minidump writer hit but survived, as JSON taken from the minidump.',
    { permission: 'view_pii' },
  ),
  textField(
    'dumper_error',
    'The minidump writer’s error message when writing the minidump failed.',
    { permission: 'view_pii' },
  ),
  textField('collector_notes', 'Notes the collector recorded while accepting the report.', {
    source: 'collector_metadata.collector_notes',
    permission: 'view_pii',
  }),
  keywordField('crash_report_keys', 'Names of every annotation and file in the submitted report.', {
    isList: true,
  }),
  semicolonListField(
    'missing_symbols',
    '`;`-separated `module/version/debugid[/codeid]` entries for the modules the stack walker found no symbols for.',
  ),
  semicolonListField(
    'modules_in_stack',
    '`;`-separated `module/debugid` entries for the modules with frames on the crashing thread’s stack.',
  ),
  semicolonListField(
    'topmost_filenames',
    'Source file of the topmost frame of the crashing thread that has one.',
  ),
];
