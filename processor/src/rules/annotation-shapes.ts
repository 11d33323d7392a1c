/**
 * Shapes of the annotations that hold JSON objects or lists (research/socorro-processor.md
 * §1.3): the JavaException annotation (an exception chain, each with its stack frames), the
 * Telemetry environment (any object) and breadcrumbs (a list of events before the crash).
 * Values that do not fit are left out of the processed crash with a note.
 */
import type { DataShape } from '../values/data-shape.js';

const optionalText: DataShape = { type: 'string', nullable: true };

/** The JavaException annotation. */
export const JAVA_EXCEPTION_SHAPE: DataShape = {
  type: 'object',
  properties: {
    exception: {
      type: 'object',
      properties: {
        values: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              stacktrace: {
                type: 'object',
                properties: {
                  frames: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        filename: optionalText,
                        function: optionalText,
                        in_app: { type: 'boolean', nullable: true },
                        lineno: { type: 'integer', nullable: true },
                        module: optionalText,
                      },
                    },
                  },
                  module: { type: 'string' },
                  type: { type: 'string' },
                  value: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** The TelemetryEnvironment annotation: any JSON object. */
export const TELEMETRY_ENVIRONMENT_SHAPE: DataShape = { type: 'object' };

/** The Breadcrumbs annotation, once unwrapped from its optional `{values: […]}`. */
export const BREADCRUMBS_SHAPE: DataShape = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      category: { type: 'string' },
      data: { type: 'object' },
      level: { type: 'string' },
      message: { type: 'string' },
      timestamp: { type: 'string' },
      type: { type: 'string' },
    },
  },
};
