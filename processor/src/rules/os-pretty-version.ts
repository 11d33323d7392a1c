/** OSPrettyVersionRule: a readable operating system version. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';
import { readPath } from '../values/json-object.js';

const WINDOWS_VERSIONS: Readonly<Record<string, string>> = {
  '3.5': 'Windows NT',
  '4.0': 'Windows NT',
  '4.1': 'Windows 98',
  '4.9': 'Windows Me',
  '5.0': 'Windows 2000',
  '5.1': 'Windows XP',
  '5.2': 'Windows Server 2003',
  '6.0': 'Windows Vista',
  '6.1': 'Windows 7',
  '6.2': 'Windows 8',
  '6.3': 'Windows 8.1',
  '10.0': 'Windows 10',
};
/** Windows 11 still reports 10.0; its builds start at 21996. Compared as text, as the reference does. */
const FIRST_WINDOWS_11 = '10.0.21996';
const MAJOR_MINOR = /^(\d+)\.(\d+)/;

/**
 * Reads `os_name`, `os_version`, `json_dump.lsb_release.description` and the
 * `LinuxLSBDescription` annotation; writes
 * `os_pretty_version`: for Windows the marketing name by major.minor version (`6.1` →
 * `Windows 7`, 10.0 builds from 21996 → `Windows 11`, unknown → `Windows Unknown`); for macOS
 * `macOS <major>` from 11 on and `OS X 10.<minor>` before; for Linux the distribution's
 * description from the dump, else from the annotation, else `Linux`; for Android `Android <SDK level>`; otherwise the OS name. Must
 * run after OSInfoRule. §1.2 rule 41.
 */
export const osPrettyVersionRule: ProcessorRule = {
  name: 'OSPrettyVersionRule',
  description:
    'Writes os_pretty_version: Windows marketing names (Windows 7, 10, 11…), macOS/OS X versions, the Linux distribution description, Android with its SDK level, or the OS name.',
  writes: ['os_pretty_version'],
  action({ rawCrash, processedCrash }) {
    processedCrash.os_pretty_version = null;
    const osName = processedCrash.os_name;
    const osVersion = processedCrash.os_version;
    let pretty: unknown = osName;
    if (typeof osName === 'string' && osName.startsWith('Windows')) {
      pretty = windowsPrettyVersion(osName, osVersion);
    } else if (osName === 'Mac OS X') {
      pretty = macPrettyVersion(osName, osVersion);
    } else if (osName === 'Linux') {
      pretty =
        readPath(processedCrash, 'json_dump.lsb_release.description', '') ||
        rawCrash.LinuxLSBDescription ||
        'Linux';
    } else if (osName === 'Android') {
      pretty = osVersion ? `${osName} ${pythonStr(osVersion)}` : osName;
    }
    processedCrash.os_pretty_version = pretty;
  },
};

function parseMajorMinor(osVersion: unknown): [number, number] | undefined {
  if (typeof osVersion !== 'string') return undefined;
  const match = MAJOR_MINOR.exec(osVersion);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function windowsPrettyVersion(osName: string, osVersion: unknown): string {
  const version = parseMajorMinor(osVersion);
  if (!version) return osName;
  const [major, minor] = version;
  if (major === 10 && minor === 0 && (osVersion as string) >= FIRST_WINDOWS_11) return 'Windows 11';
  return WINDOWS_VERSIONS[`${major}.${minor}`] ?? 'Windows Unknown';
}

function macPrettyVersion(osName: string, osVersion: unknown): string {
  const version = parseMajorMinor(osVersion);
  if (!version) return osName;
  const [major, minor] = version;
  if (major >= 11) return `macOS ${major}`;
  if (major >= 10) return `OS X ${major}.${minor}`;
  return 'OS X Unknown';
}
