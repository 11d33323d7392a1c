/** The `health` vectors: Dockerflow endpoints, JSON 404/405, and the release name. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatReleaseName } from '@cairn/core';
import { sendRawRequest } from './raw-http.js';
import { compare, readVectorFile, runCases, type GroupReport } from './vector-file.js';
import { startVectorCollector } from './vector-collector.js';
import { ruleSetForSettings } from './vector-rule-sets.js';

interface HealthVector {
  id: string;
  setup?: string;
  function?: string;
  request?: { method: string; path: string };
  cases?: { version_json: Record<string, unknown> | null; expect: string }[];
  expect?: {
    status: number;
    content_type?: string;
    content_type_prefix?: string;
    body?: string;
    json?: unknown;
  };
}

/** Runs every health vector. */
export async function runHealthVectors(dataDir: string): Promise<GroupReport> {
  const { vectors } = await readVectorFile<HealthVector>(dataDir, 'health_vectors.json');
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-health-vector-'));
  try {
    return await runCases('health', vectors, async (vector) => {
      if (vector.function === 'release name for Sentry') {
        return (vector.cases ?? []).flatMap((item) =>
          compare(
            `release of ${JSON.stringify(item.version_json)}`,
            formatReleaseName(item.version_json ?? {}),
            item.expect,
          ),
        );
      }
      if (!vector.request || !vector.expect) return ['neither a request nor a known function'];
      const versionFile = path.join(directory, `${vector.id}.json`);
      const contents = /^BASEDIR\/version\.json contains (.*)$/s.exec(vector.setup ?? '')?.[1];
      if (contents !== undefined) await writeFile(versionFile, contents);
      else if (vector.setup !== undefined && vector.setup !== 'no version.json in BASEDIR') {
        return [`unknown setup ${JSON.stringify(vector.setup)}`];
      }
      const collector = await startVectorCollector({
        ruleSet: await ruleSetForSettings({}),
        settings: {},
        now: new Date().toISOString(),
        random: null,
        versionFile,
      });
      try {
        const response = await sendRawRequest(collector.port, {
          method: vector.request.method,
          path: vector.request.path,
          headers: [],
          body: Buffer.alloc(0),
        });
        const expect = vector.expect;
        const body = response.body.toString('utf8');
        const contentType = response.headers['content-type'] ?? '';
        return [
          ...compare('status', response.status, expect.status),
          ...(expect.content_type === undefined
            ? []
            : compare('content type', contentType, expect.content_type)),
          ...(expect.content_type_prefix !== undefined &&
          !contentType.startsWith(expect.content_type_prefix)
            ? [`content type ${contentType} does not start with ${expect.content_type_prefix}`]
            : []),
          ...(expect.body === undefined ? [] : compare('body', body, expect.body)),
          ...(expect.json === undefined ? [] : compare('json', JSON.parse(body), expect.json)),
        ];
      } finally {
        await collector.close();
      }
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
