import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TELEMETRY_CRASH_SHAPE } from '../../src/telemetry/telemetry-shape.js';
import type { DataShape } from '../../src/values/data-shape.js';
import { SHARED_DATA_DIR, shouldSkipSharedData } from '../fixtures/shared-data.js';

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  socorroConvertTo?: string;
}

/** The schema node as a DataShape, the way the reference's reducer reads it. */
function toShape(node: SchemaNode, definitions: Record<string, SchemaNode>): DataShape {
  const resolved = node.$ref ? { ...definitions[node.$ref.split('/').pop()!], ...node } : node;
  const types = [resolved.type ?? 'string'].flat();
  const nonNull = types.filter((type) => type !== 'null') as DataShape['type'][];
  return {
    type: nonNull.length === 1 ? nonNull[0]! : (nonNull as DataShape['type']),
    ...(types.includes('null') && { nullable: true }),
    ...(resolved.properties &&
      Object.keys(resolved.properties).length > 0 && {
        properties: Object.fromEntries(
          Object.entries(resolved.properties).map(([key, child]) => [
            key,
            toShape(child, definitions),
          ]),
        ),
      }),
    ...(nonNull.includes('array') && {
      items: toShape(resolved.items ?? { type: 'string' }, definitions),
    }),
    ...(resolved.socorroConvertTo === 'string' && { convertToText: true }),
  };
}

describe.skipIf(shouldSkipSharedData())('the Telemetry export shape', () => {
  it("is the reference schema's: every key, type and text conversion", () => {
    const schema = JSON.parse(
      readFileSync(
        path.join(SHARED_DATA_DIR, 'socorro-data/telemetry_socorro_crash.schema.json'),
        'utf8',
      ),
    ) as SchemaNode & { definitions: Record<string, SchemaNode> };
    expect(TELEMETRY_CRASH_SHAPE).toEqual(toShape(schema, schema.definitions));
  });
});
