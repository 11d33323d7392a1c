import { describe, expect, it } from 'vitest';
import { formatTelemetryJsonSchema } from '../../src/telemetry/telemetry-json-schema.js';
import { TELEMETRY_CRASH_SHAPE } from '../../src/telemetry/telemetry-shape.js';
import type { DataShape } from '../../src/values/data-shape.js';

type Node = {
  type: string | string[];
  properties?: Record<string, Node>;
  items?: Node;
  socorroConvertTo?: string;
};

function toShape(node: Node): DataShape {
  const types = [node.type].flat();
  const nonNull = types.filter((type) => type !== 'null') as DataShape['type'][];
  return {
    type: nonNull.length === 1 ? nonNull[0]! : (nonNull as DataShape['type']),
    ...(types.includes('null') && { nullable: true }),
    ...(node.properties && {
      properties: Object.fromEntries(
        Object.entries(node.properties).map(([key, child]) => [key, toShape(child)]),
      ),
    }),
    ...(node.items && { items: toShape(node.items) }),
    ...(node.socorroConvertTo === 'string' && { convertToText: true }),
  };
}

describe('formatTelemetryJsonSchema', () => {
  it('describes exactly the shape the export is reduced to', () => {
    const schema = formatTelemetryJsonSchema() as unknown as Node & { $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(toShape(schema)).toEqual(TELEMETRY_CRASH_SHAPE);
  });

  it('marks the converted keys as the reference does', () => {
    const properties = (formatTelemetryJsonSchema() as unknown as Node).properties!;
    expect(properties.safe_mode).toEqual({ type: ['string', 'null'], socorroConvertTo: 'string' });
    expect(properties.uptime).toEqual({ type: ['integer', 'null'] });
  });
});
