/** AndroidOSInfoRule: the Android version of crashes without a minidump OS. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

const ANDROID_VERSION = /^\s*(\d+)/;

/**
 * Reads `Android_Version` (the SDK level and release kind, like `23 (REL)`) when `os_name` is
 * `Unknown` or `Android`; writes `os_name` = `Android` and `os_version` = the SDK level as text
 * (`23`), which the minidump of an Android crash does not always provide. §1.2 rule 38.
 */
export const androidOsInfoRule: ProcessorRule = {
  name: 'AndroidOSInfoRule',
  description:
    'For Android crashes whose minidump names no OS version, takes os_name Android and os_version (the SDK level) from Android_Version.',
  writes: ['os_name', 'os_version'],
  predicate: ({ rawCrash, processedCrash }) =>
    (processedCrash.os_name === 'Unknown' || processedCrash.os_name === 'Android') &&
    typeof rawCrash.Android_Version === 'string' &&
    ANDROID_VERSION.test(rawCrash.Android_Version),
  action({ rawCrash, processedCrash }) {
    processedCrash.os_name = 'Android';
    processedCrash.os_version = ANDROID_VERSION.exec(rawCrash.Android_Version as string)![1];
  },
};
