/**
 * `/api/RawCrash/`: the annotations and collector keys (`format=meta`, public ones only
 * without view_pii) or one dump's bytes (`format=raw`, needs view_rawdump).
 */
import { MAIN_DUMP_NAME } from '@cairn/core';
import {
  dumpFileName,
  readDump,
  readRawCrash,
  requireCrashId,
} from '../../services/crash-service.js';
import type { RestEndpoint } from '../rest-endpoint.js';

/** The raw crash endpoint. */
export const rawCrashEndpoint: RestEndpoint = {
  name: 'RawCrash',
  methods: ['GET'],
  description:
    'The raw crash (format=meta) or a dump (format=raw with name=upload_file_minidump…; needs view_rawdump).',
  parameters: {
    crash_id: { type: 'string', required: true, description: 'The crash id.' },
    format: {
      type: 'string',
      choices: ['meta', 'raw'],
      defaultValue: 'meta',
      description: '`meta` for the JSON document, `raw` for a dump.',
    },
    name: {
      type: 'string',
      defaultValue: MAIN_DUMP_NAME,
      description: 'Which dump, for format=raw.',
    },
  },
  permission: 'view_rawdump',
  response: 'document',
  async handle({ deps, caller, parameters }) {
    const crashId = requireCrashId(String(parameters.crash_id));
    if (parameters.format === 'raw') {
      const name = String(parameters.name);
      const bytes = await readDump(deps, caller, crashId, name);
      return { kind: 'binary', bytes, fileName: dumpFileName(crashId, name) };
    }
    return { kind: 'json', body: await readRawCrash(deps, caller, crashId) };
  },
};
