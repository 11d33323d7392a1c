/** @cairn/minidump: minidump parser, Breakpad symbols and stack walker. */
export const MINIDUMP_PACKAGE = '@cairn/minidump';
