/**
 * The Telemetry export's JSON Schema, written next to the exported crashes (as the reference
 * keeps `telemetry_socorro_crash.json` in its telemetry bucket) so the loading side knows the
 * shape: generated from the same declaration the export is reduced to, so it cannot disagree.
 */
import type { DataShape } from '../values/data-shape.js';
import { TELEMETRY_CRASH_SHAPE } from './telemetry-shape.js';

/** One schema node. */
type SchemaNode = { [key: string]: unknown };

function toSchemaNode(shape: DataShape): SchemaNode {
  const types = Array.isArray(shape.type) ? [...shape.type] : [shape.type];
  if (shape.nullable) types.push('null');
  return {
    type: types.length === 1 ? types[0] : types,
    ...(shape.convertToText && { socorroConvertTo: 'string' }),
    ...(shape.properties && {
      properties: Object.fromEntries(
        Object.entries(shape.properties).map(([key, child]) => [key, toSchemaNode(child)]),
      ),
    }),
    ...(shape.items && { items: toSchemaNode(shape.items) }),
  };
}

/** The export's JSON Schema. */
export function formatTelemetryJsonSchema(): SchemaNode {
  return {
    $schema: 'http://json-schema.org/draft-04/schema#',
    description:
      "Crash data exported by Cairn for Telemetry: the public fields of a processed crash, in the shape of Socorro's telemetry_socorro_crash schema.",
    ...toSchemaNode(TELEMETRY_CRASH_SHAPE),
  };
}
