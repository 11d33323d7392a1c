/**
 * The shape of the Telemetry export (research/socorro-processor.md §8): the keys of the
 * reference's telemetry_socorro_crash schema with their types, and the 16 keys the reference
 * converts to text on the way (`socorroConvertTo: string`; booleans become "1"/"0"). A
 * conformance test compares this declaration with ../shared/socorro-data/
 * telemetry_socorro_crash.schema.json. Keys the processed crash never has (`classifications`,
 * `theme`…) are kept so the export stays the reference's shape.
 */
import type { DataShape } from '../values/data-shape.js';

const TEXT: DataShape = { type: 'string', nullable: true };
const REQUIRED_TEXT: DataShape = { type: 'string' };
const AS_TEXT: DataShape = { type: 'string', nullable: true, convertToText: true };
const INTEGER: DataShape = { type: 'integer', nullable: true };
const BOOLEAN: DataShape = { type: 'boolean', nullable: true };
const REQUIRED_BOOLEAN: DataShape = { type: 'boolean' };

/** The export's shape. */
export const TELEMETRY_CRASH_SHAPE: DataShape = {
  type: 'object',
  properties: {
    abort_message: TEXT,
    accessibility: AS_TEXT,
    adapter_device_id: TEXT,
    adapter_driver_version: TEXT,
    adapter_subsys_id: TEXT,
    adapter_vendor_id: TEXT,
    additional_minidumps: {
      type: 'array',
      items: REQUIRED_TEXT,
    },
    addons: {
      type: 'array',
      items: REQUIRED_TEXT,
    },
    addons_checked: BOOLEAN,
    address: TEXT,
    android_board: TEXT,
    android_brand: TEXT,
    android_cpu_abi: TEXT,
    android_cpu_abi2: TEXT,
    android_device: TEXT,
    android_hardware: TEXT,
    android_manufacturer: TEXT,
    android_model: TEXT,
    android_version: TEXT,
    app_init_dlls: TEXT,
    app_notes: TEXT,
    available_virtual_memory: AS_TEXT,
    available_physical_memory: AS_TEXT,
    bios_manufacturer: TEXT,
    build_id: TEXT,
    classifications: {
      type: 'object',
      properties: {
        jit: {
          type: 'object',
          properties: {
            category: TEXT,
            category_return_code: TEXT,
          },
        },
        support: {
          type: 'object',
          properties: {
            classification: TEXT,
            classification_data: TEXT,
            classification_version: TEXT,
          },
        },
        skunk_works: {
          type: 'object',
          properties: {
            classification: TEXT,
            classification_data: TEXT,
            classification_version: TEXT,
          },
        },
      },
    },
    contains_memory_report: AS_TEXT,
    cpu_arch: TEXT,
    cpu_info: TEXT,
    cpu_microcode_version: TEXT,
    crash_id: TEXT,
    date: TEXT,
    dom_fission_enabled: AS_TEXT,
    dom_ipc_enabled: AS_TEXT,
    e10s_cohort: TEXT,
    flash_version: TEXT,
    gmp_plugin: AS_TEXT,
    graphics_critical_error: TEXT,
    graphics_startup_test: AS_TEXT,
    hang_type: INTEGER,
    install_age: INTEGER,
    ipc_channel_error: TEXT,
    ipc_fatal_error_msg: TEXT,
    ipc_fatal_error_protocol: TEXT,
    ipc_message_name: TEXT,
    ipc_system_error: AS_TEXT,
    is_garbage_collecting: AS_TEXT,
    java_stack_trace: TEXT,
    jit_category: TEXT,
    json_dump: {
      type: 'object',
      properties: {
        crash_info: {
          type: 'object',
          properties: {
            address: TEXT,
            crashing_thread: INTEGER,
            type: TEXT,
          },
        },
        crashing_thread: {
          type: 'object',
          properties: {
            threads_index: INTEGER,
            frames: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  frame: INTEGER,
                  module: TEXT,
                  function: TEXT,
                  file: TEXT,
                  line: INTEGER,
                  offset: TEXT,
                  module_offset: TEXT,
                  function_offset: TEXT,
                },
              },
            },
          },
        },
        main_module: INTEGER,
        modules: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              base_addr: REQUIRED_TEXT,
              code_id: REQUIRED_TEXT,
              debug_file: REQUIRED_TEXT,
              debug_id: REQUIRED_TEXT,
              end_addr: REQUIRED_TEXT,
              filename: REQUIRED_TEXT,
              loaded_symbols: BOOLEAN,
              missing_symbols: BOOLEAN,
              symbol_disk_cache_hit: BOOLEAN,
              symbol_url: TEXT,
              version: TEXT,
            },
          },
        },
        pid: INTEGER,
        status: TEXT,
        system_info: {
          type: 'object',
          properties: {
            cpu_arch: TEXT,
            cpu_count: INTEGER,
            cpu_info: TEXT,
            os: TEXT,
            os_ver: TEXT,
          },
        },
        thread_count: INTEGER,
        threads: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              frame_count: INTEGER,
              frames: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    frame: INTEGER,
                    module: TEXT,
                    function: TEXT,
                    file: TEXT,
                    line: INTEGER,
                    offset: TEXT,
                    module_offset: TEXT,
                    function_offset: TEXT,
                  },
                },
              },
            },
          },
        },
      },
    },
    last_crash: INTEGER,
    memory_measures: {
      type: 'object',
      properties: {
        explicit: INTEGER,
        gfx_textures: INTEGER,
        ghost_windows: INTEGER,
        heap_allocated: INTEGER,
        heap_overhead: INTEGER,
        heap_unclassified: INTEGER,
        host_object_urls: INTEGER,
        images: INTEGER,
        js_main_runtime: INTEGER,
        private: INTEGER,
        resident: INTEGER,
        resident_unique: INTEGER,
        system_heap_allocated: INTEGER,
        top_none_detached: INTEGER,
        vsize: INTEGER,
        vsize_max_contiguous: INTEGER,
      },
    },
    memory_report: {
      type: 'object',
      properties: {
        version: INTEGER,
        hasMozMallocUsableSize: REQUIRED_BOOLEAN,
        reports: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              kind: INTEGER,
              description: TEXT,
              process: TEXT,
              amount: INTEGER,
              units: INTEGER,
              path: TEXT,
            },
          },
        },
      },
    },
    minidump_sha256_hash: TEXT,
    moz_crash_reason: TEXT,
    oom_allocation_size: AS_TEXT,
    platform: TEXT,
    platform_pretty_version: TEXT,
    platform_version: TEXT,
    plugin_filename: TEXT,
    plugin_name: TEXT,
    plugin_version: TEXT,
    process_type: TEXT,
    processor_notes: TEXT,
    product: TEXT,
    productid: TEXT,
    proto_signature: TEXT,
    reason: TEXT,
    release_channel: TEXT,
    safe_mode: AS_TEXT,
    signature: TEXT,
    shutdown_progress: TEXT,
    startup_crash: AS_TEXT,
    submitted_from_infobar: AS_TEXT,
    theme: TEXT,
    topmost_filenames: TEXT,
    total_physical_memory: AS_TEXT,
    total_virtual_memory: AS_TEXT,
    uptime: INTEGER,
    useragent_locale: TEXT,
    user_comments: TEXT,
    uuid: TEXT,
    version: TEXT,
    winsock_lsp: TEXT,
  },
};
