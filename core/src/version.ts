/** Cairn's version, shown by /__version__ and `cairn --version`. */
export const CAIRN_VERSION = '0.1.0';
