/** SystemInfo.platform_id values (Windows ids plus Breakpad's extensions). */
export const PlatformId = {
  Win32s: 0,
  Win32Windows: 1,
  Win32Nt: 2,
  Win32Ce: 3,
  Unix: 0x8000,
  MacOs: 0x8101,
  Ios: 0x8102,
  Linux: 0x8201,
  Solaris: 0x8202,
  Android: 0x8203,
  Ps3: 0x8204,
  NaCl: 0x8205,
  Fuchsia: 0x8206,
} as const;

/** The operating systems the processor tells apart. */
export type Os =
  'windows' | 'macos' | 'ios' | 'linux' | 'solaris' | 'android' | 'ps3' | 'nacl' | 'unknown';

/** Maps a platform_id to the operating system. */
export function osFromPlatformId(platformId: number): Os {
  switch (platformId) {
    case PlatformId.Win32Windows:
    case PlatformId.Win32Nt:
      return 'windows';
    case PlatformId.MacOs:
      return 'macos';
    case PlatformId.Ios:
      return 'ios';
    case PlatformId.Linux:
      return 'linux';
    case PlatformId.Solaris:
      return 'solaris';
    case PlatformId.Android:
      return 'android';
    case PlatformId.Ps3:
      return 'ps3';
    case PlatformId.NaCl:
      return 'nacl';
    default:
      return 'unknown';
  }
}
