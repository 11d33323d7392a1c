/** Fields about processes: process kind, sandboxing, plugins, IPC and shutdown. */
import { boolField, enumField, integerField, keywordField, textField } from '../define-field.js';

/** The crashing process and its dealings with other processes. */
export const PROCESS_FIELDS = [
  keywordField(
    'process_type',
    'Kind of process that crashed; `parent` when the report names none.',
    {
      choices: ['content', 'gpu', 'parent', 'plugin', 'rdd', 'socket', 'utility'],
      isFrequentFilter: true,
    },
  ),
  enumField(
    'remote_type',
    'Kind of content process, such as `web`, `file` or `extension`.',
    'keyword',
    { permission: 'view_pii' },
  ),
  boolField(
    'dom_fission_enabled',
    'True when site isolation (Fission) could load subframes in separate processes.',
  ),
  boolField('dom_ipc_enabled', 'True when tabs ran in content processes.'),
  integerField(
    'content_sandbox_capabilities',
    'Bit set of the content sandbox capabilities the client had.',
    'integer',
  ),
  boolField('content_sandbox_capable', 'True when the client could sandbox content processes.'),
  boolField('content_sandbox_enabled', 'True when content processes were sandboxed.'),
  integerField('content_sandbox_level', 'Level of the content process sandbox.', 'short'),
  keywordField('utility_actors_name', 'IPC actors that ran in the crashing utility process.', {
    isList: true,
  }),
  integerField(
    'utility_process_sandboxing_kind',
    'Sandboxing kind the utility process was started with.',
    'integer',
  ),
  keywordField('gmp_library_path', 'Path of the media plugin (GMP) library on the user’s disk.', {
    permission: 'view_pii',
  }),
  boolField('gmp_plugin', 'True when a media plugin (GMP) process crashed.'),
  enumField(
    'plugin_filename',
    'File name of the plugin loaded in a crashed plugin process.',
    'text',
  ),
  enumField('plugin_name', 'Name of the plugin loaded in a crashed plugin process.', 'text'),
  enumField('plugin_version', 'Version of the plugin loaded in a crashed plugin process.', 'text'),
  textField('ipc_channel_error', 'Error reported by the IPC channel.'),
  textField('ipc_fatal_error_msg', 'Message of a fatal IPC error.'),
  textField('ipc_fatal_error_protocol', 'IPC protocol in use when a fatal error happened.'),
  textField('ipc_message_name', 'Name of the IPC message involved in the crash.'),
  integerField('ipc_message_size', 'Size in bytes of an IPC message too large to send.', 'long'),
  enumField(
    'ipc_shutdown_state',
    'How far a content process got in its IPC shutdown: `RecvShutdown` or `SendFinishShutdown`.',
    'keyword',
  ),
  integerField('ipc_system_error', 'Last system error code seen by IPC.', 'integer'),
  enumField(
    'co_marshal_interface_failure',
    'Error from `CoMarshalInterface` while building an IPC proxy stream (Windows).',
    'text',
  ),
  textField(
    'async_shutdown_timeout',
    'The shutdown blockers still pending when the browser gave up waiting and crashed on purpose.',
  ),
  textField(
    'quota_manager_shutdown_timeout',
    'State of the quota manager and its clients when their shutdown took too long.',
  ),
  keywordField(
    'xpcom_spin_event_loop_stack',
    'Stack of nested annotations of code spinning the main thread’s event loop when the crash happened.',
  ),
  textField(
    'shutdown_progress',
    'Shutdown phase reached when the crash happened, such as `profile-before-change`.',
  ),
  keywordField(
    'shutdown_reason',
    'Why the application was shutting down: `AppClose`, `AppRestart`, `OSShutdown`….',
  ),
];
