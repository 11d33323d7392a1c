/**
 * The annotations CopyFromRawCrashRule copies, each to its processed-crash key with the type it
 * is coerced to. This is the reference's list (every top-level property of its processed-crash
 * schema with a `source_annotation`, research/socorro-processor.md §1.3); a conformance test
 * compares it with ../shared/socorro-data/processed-crash-fields.json.
 */

/** One copied annotation. */
export interface AnnotationCopy {
  /** The raw crash annotation. */
  readonly annotation: string;
  /** The processed-crash key it is copied to. */
  readonly key: string;
  /** What the text is coerced to. */
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'object';
  /** The value written when the annotation is absent; nothing is written when undefined. */
  readonly defaultValue?: boolean;
}

/** Every copied annotation, in the reference schema's order. */
export const ANNOTATION_COPIES: readonly AnnotationCopy[] = [
  { annotation: 'AdapterDeviceID', key: 'adapter_device_id', type: 'string' },
  { annotation: 'AdapterDriverVersion', key: 'adapter_driver_version', type: 'string' },
  { annotation: 'AdapterSubsysID', key: 'adapter_subsys_id', type: 'string' },
  { annotation: 'AdapterVendorID', key: 'adapter_vendor_id', type: 'string' },
  { annotation: 'AbortMessage', key: 'abort_message', type: 'string' },
  { annotation: 'AccessibilityClient', key: 'accessibility_client', type: 'string' },
  { annotation: 'AccessibilityInProcClient', key: 'accessibility_in_proc_client', type: 'string' },
  { annotation: 'Android_Board', key: 'android_board', type: 'string' },
  { annotation: 'Android_Brand', key: 'android_brand', type: 'string' },
  { annotation: 'Android_CPU_ABI', key: 'android_cpu_abi', type: 'string' },
  { annotation: 'Android_CPU_ABI2', key: 'android_cpu_abi2', type: 'string' },
  { annotation: 'Android_Device', key: 'android_device', type: 'string' },
  { annotation: 'Android_Display', key: 'android_display', type: 'string' },
  { annotation: 'Android_Fingerprint', key: 'android_fingerprint', type: 'string' },
  { annotation: 'Android_Hardware', key: 'android_hardware', type: 'string' },
  { annotation: 'Android_Manufacturer', key: 'android_manufacturer', type: 'string' },
  { annotation: 'Android_Model', key: 'android_model', type: 'string' },
  { annotation: 'Android_PackageName', key: 'android_packagename', type: 'string' },
  { annotation: 'Android_Version', key: 'android_version', type: 'string' },
  { annotation: 'AppInitDLLs', key: 'app_init_dlls', type: 'string' },
  { annotation: 'Notes', key: 'app_notes', type: 'string' },
  { annotation: 'ApplicationBuildID', key: 'application_build_id', type: 'string' },
  { annotation: 'AsyncShutdownTimeout', key: 'async_shutdown_timeout', type: 'string' },
  { annotation: 'AvailablePageFile', key: 'available_page_file', type: 'integer' },
  { annotation: 'AvailablePhysicalMemory', key: 'available_physical_memory', type: 'integer' },
  { annotation: 'AvailableVirtualMemory', key: 'available_virtual_memory', type: 'integer' },
  { annotation: 'BackgroundTaskName', key: 'background_task_name', type: 'string' },
  { annotation: 'BuildID', key: 'build', type: 'string' },
  { annotation: 'CoMarshalInterfaceFailure', key: 'co_marshal_interface_failure', type: 'string' },
  {
    annotation: 'CoUnmarshalInterfaceResult',
    key: 'co_unmarshal_interface_result',
    type: 'string',
  },
  {
    annotation: 'ContentSandboxCapabilities',
    key: 'content_sandbox_capabilities',
    type: 'integer',
  },
  { annotation: 'ContentSandboxCapable', key: 'content_sandbox_capable', type: 'boolean' },
  { annotation: 'ContentSandboxEnabled', key: 'content_sandbox_enabled', type: 'boolean' },
  { annotation: 'ContentSandboxLevel', key: 'content_sandbox_level', type: 'integer' },
  { annotation: 'DOMFissionEnabled', key: 'dom_fission_enabled', type: 'boolean' },
  { annotation: 'DOMIPCEnabled', key: 'dom_ipc_enabled', type: 'boolean' },
  { annotation: 'DumperError', key: 'dumper_error', type: 'string' },
  { annotation: 'EMCheckCompatibility', key: 'em_check_compatibility', type: 'boolean' },
  { annotation: 'GleanClientId', key: 'glean_client_id', type: 'string' },
  { annotation: 'GMPLibraryPath', key: 'gmp_library_path', type: 'string' },
  { annotation: 'GMPPlugin', key: 'gmp_plugin', type: 'boolean' },
  { annotation: 'GraphicsCriticalError', key: 'graphics_critical_error', type: 'string' },
  { annotation: 'GraphicsStartupTest', key: 'graphics_startup_test', type: 'boolean' },
  { annotation: 'Hang', key: 'hang', type: 'string' },
  { annotation: 'HasDeviceTouchScreen', key: 'has_device_touch_screen', type: 'boolean' },
  { annotation: 'InstallTime', key: 'install_time', type: 'integer' },
  { annotation: 'ipc_channel_error', key: 'ipc_channel_error', type: 'string' },
  { annotation: 'IPCFatalErrorMsg', key: 'ipc_fatal_error_msg', type: 'string' },
  { annotation: 'IPCFatalErrorProtocol', key: 'ipc_fatal_error_protocol', type: 'string' },
  { annotation: 'IPCMessageName', key: 'ipc_message_name', type: 'string' },
  { annotation: 'IPCMessageSize', key: 'ipc_message_size', type: 'integer' },
  { annotation: 'IPCShutdownState', key: 'ipc_shutdown_state', type: 'string' },
  { annotation: 'IPCSystemError', key: 'ipc_system_error', type: 'integer' },
  { annotation: 'IsGarbageCollecting', key: 'is_garbage_collecting', type: 'boolean' },
  { annotation: 'JavaException', key: 'java_exception', type: 'object' },
  { annotation: 'JSLargeAllocationFailure', key: 'js_large_allocation_failure', type: 'string' },
  { annotation: 'MacAvailableMemorySysctl', key: 'mac_available_memory_sysctl', type: 'integer' },
  { annotation: 'MacMemoryPressure', key: 'mac_memory_pressure', type: 'string' },
  {
    annotation: 'MacMemoryPressureCriticalTime',
    key: 'mac_memory_pressure_critical_time',
    type: 'string',
  },
  {
    annotation: 'MacMemoryPressureNormalTime',
    key: 'mac_memory_pressure_normal_time',
    type: 'string',
  },
  { annotation: 'MacMemoryPressureSysctl', key: 'mac_memory_pressure_sysctl', type: 'integer' },
  {
    annotation: 'MacMemoryPressureWarningTime',
    key: 'mac_memory_pressure_warning_time',
    type: 'string',
  },
  { annotation: 'Marionette', key: 'marionette', type: 'boolean', defaultValue: false },
  { annotation: 'OOMAllocationSize', key: 'oom_allocation_size', type: 'integer' },
  { annotation: 'ProductName', key: 'product', type: 'string' },
  { annotation: 'ProductID', key: 'productid', type: 'string' },
  {
    annotation: 'QuotaManagerShutdownTimeout',
    key: 'quota_manager_shutdown_timeout',
    type: 'string',
  },
  { annotation: 'ReleaseChannel', key: 'release_channel', type: 'string' },
  { annotation: 'RemoteAgent', key: 'remote_agent', type: 'boolean', defaultValue: false },
  { annotation: 'RemoteType', key: 'remote_type', type: 'string' },
  { annotation: 'SafeMode', key: 'safe_mode', type: 'boolean' },
  { annotation: 'ShutdownProgress', key: 'shutdown_progress', type: 'string' },
  { annotation: 'ShutdownReason', key: 'shutdown_reason', type: 'string' },
  { annotation: 'StartupCrash', key: 'startup_crash', type: 'boolean' },
  { annotation: 'StartupTime', key: 'startup_time', type: 'integer' },
  { annotation: 'SystemMemoryUsePercentage', key: 'system_memory_use_percentage', type: 'integer' },
  { annotation: 'TelemetryEnvironment', key: 'telemetry_environment', type: 'object' },
  { annotation: 'Throttleable', key: 'throttleable', type: 'boolean' },
  { annotation: 'TotalPageFile', key: 'total_page_file', type: 'integer' },
  { annotation: 'TotalPhysicalMemory', key: 'total_physical_memory', type: 'integer' },
  { annotation: 'TotalVirtualMemory', key: 'total_virtual_memory', type: 'integer' },
  { annotation: 'UptimeTS', key: 'uptime_ts', type: 'number' },
  { annotation: 'URL', key: 'url', type: 'string' },
  { annotation: 'Comments', key: 'user_comments', type: 'string' },
  { annotation: 'useragent_locale', key: 'useragent_locale', type: 'string' },
  {
    annotation: 'UtilityProcessSandboxingKind',
    key: 'utility_process_sandboxing_kind',
    type: 'integer',
  },
  { annotation: 'Vendor', key: 'vendor', type: 'string' },
  { annotation: 'Version', key: 'version', type: 'string' },
  { annotation: 'WindowsErrorReporting', key: 'windows_error_reporting', type: 'boolean' },
  { annotation: 'XPCOMSpinEventLoopStack', key: 'xpcom_spin_event_loop_stack', type: 'string' },
];
