/** MinidumpSha256HashRule: the main minidump's checksum. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';

/**
 * Reads `metadata.dump_checksums.upload_file_minidump` (the SHA-256 the collector computed);
 * writes `minidump_sha256_hash`, empty when there is none, so identical dumps can be found.
 * §1.2 rule 11.
 */
export const minidumpSha256HashRule: ProcessorRule = {
  name: 'MinidumpSha256HashRule',
  description:
    "Writes minidump_sha256_hash: the collector's SHA-256 of the main minidump (empty when absent).",
  writes: ['minidump_sha256_hash'],
  action({ rawCrash, processedCrash }) {
    processedCrash.minidump_sha256_hash = readPath(
      rawCrash,
      'metadata.dump_checksums.upload_file_minidump',
      '',
    );
  },
};
