/** Fields about the machine: operating system, processor, graphics and accessibility. */
import { boolField, enumField, integerField, keywordField, textField } from '../define-field.js';

/** The operating system and hardware the crash happened on. */
export const PLATFORM_FIELDS = [
  enumField(
    'platform',
    'Operating system family, such as `Windows NT`, `Mac OS X` or `Linux`, from the minidump or else the `OS` annotation.',
    'text',
    { source: 'os_name', isFrequentFilter: true },
  ),
  textField(
    'platform_version',
    'Operating system version from the minidump or else the `OSVersion` annotation; on Android, the SDK version.',
    { source: 'os_version' },
  ),
  textField(
    'platform_pretty_version',
    'Operating system name with a readable version, such as `Windows 10` or `macOS 14.2`.',
    { source: 'os_pretty_version' },
  ),
  enumField(
    'cpu_arch',
    'Processor architecture of the build, usually `x86`, `amd64`, `arm` or `arm64`.',
    'keyword',
  ),
  integerField('cpu_count', 'Number of processors or cores.', 'short', {
    source: ['json_dump.system_info.cpu_count', 'cpu_count'],
  }),
  textField(
    'cpu_info',
    'Processor description (vendor, family, model, stepping) from the minidump or else the annotations.',
  ),
  enumField('cpu_microcode_version', 'Microcode version of the processor.', 'text'),
  keywordField('adapter_vendor_id', 'Graphics adapter vendor, a name or a PCI id like `0x10de`.'),
  keywordField('adapter_device_id', 'Graphics adapter device id.'),
  textField('adapter_subsys_id', 'Graphics adapter subsystem id.'),
  textField('adapter_driver_version', 'Graphics driver version.'),
  textField('graphics_critical_error', 'Log of critical graphics errors before the crash.'),
  boolField(
    'graphics_startup_test',
    'True when the crash happened inside the graphics driver crash guard at startup.',
  ),
  boolField(
    'has_device_touch_screen',
    'True when the desktop machine had a touch screen (mobile devices are assumed to have one).',
  ),
  boolField('accessibility', 'True when an accessibility service was active.'),
  keywordField(
    'accessibility_client',
    'Name and version of the out-of-process accessibility client.',
  ),
  keywordField(
    'accessibility_in_proc_client',
    'What was detected about in-process accessibility clients.',
  ),
  boolField(
    'windows_error_reporting',
    'True when Windows Error Reporting intercepted the crash through Firefox’s runtime exception module.',
  ),
];
