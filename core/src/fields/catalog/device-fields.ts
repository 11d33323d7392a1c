/** Fields only some platforms report: Android device details and macOS system state. */
import { boolField, enumField, integerField, keywordField, textField } from '../define-field.js';

/** Android devices and builds. */
export const ANDROID_FIELDS = [
  enumField('android_board', 'Board name of the Android device, such as `k68v1_64`.', 'text'),
  enumField('android_brand', 'Consumer brand of the Android device, such as `vivo`.', 'text'),
  enumField(
    'android_cpu_abi',
    'Primary CPU ABI in use on Android, such as `arm64-v8a`.',
    'keyword',
  ),
  enumField('android_cpu_abi2', 'Secondary CPU ABI on Android, such as `armeabi-v7a`.', 'keyword'),
  enumField('android_device', 'Device name of the Android device.', 'keyword'),
  enumField('android_display', 'Display form of the Android build id.', 'text'),
  enumField('android_fingerprint', 'String that identifies the Android build uniquely.', 'text'),
  enumField('android_hardware', 'Hardware name from the Android kernel, such as `mt6768`.', 'text'),
  enumField('android_manufacturer', 'Manufacturer of the Android device.', 'keyword'),
  textField('android_model', 'Model name of the Android device as users see it.'),
  keywordField(
    'android_packagename',
    'Package name of the Android application, such as `org.mozilla.firefox`.',
  ),
  keywordField(
    'android_version',
    'Android SDK level with the codename, or `REL` for release builds, such as `31 (REL)`.',
  ),
];

/** macOS. */
export const MAC_FIELDS = [
  textField(
    'mac_boot_args',
    'macOS boot arguments read from the minidump; they can identify a machine.',
    { permission: 'view_pii' },
  ),
  boolField('has_mac_boot_args', 'True when the minidump held non-empty macOS boot arguments.'),
  textField('mac_crash_info', 'The macOS `__crash_info` records from the minidump, as JSON.'),
  integerField(
    'mac_available_memory_sysctl',
    'Available memory level from `kern.memorystatus_level`, in percent.',
    'integer',
  ),
  keywordField('mac_memory_pressure', 'Memory pressure state from the macOS dispatch source.', {
    choices: ['Normal', 'Unset', 'Warning', 'Critical', 'Unexpected'],
  }),
  integerField(
    'mac_memory_pressure_sysctl',
    'Memory pressure level from `kern.memorystatus_vm_pressure_level`: 0 normal, 2 warning, 4 critical.',
    'integer',
  ),
];
