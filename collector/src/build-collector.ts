/**
 * The collector as a Fastify app built from its dependencies; the caller decides where it
 * listens (`cairn collector`, `cairn up`, or tests on port 0).
 *
 * Walking-skeleton version: accept the multipart body, make a crash id, save, publish, answer
 * `CrashID=bp-<id>`. The collector issue grows it into the Antenna-compatible collector.
 */
import { createHash } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { Counter } from 'prom-client';
import {
  createCrashId,
  createMetricsRegistry,
  registerServiceRoutes,
  type Clock,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type RandomBytes,
  type RawCrash,
} from '@cairn/core';
import { MalformedReportError, parseMultipartReport, readBoundary } from './multipart.js';

/** What the collector needs. */
export interface CollectorDependencies {
  readonly storage: CrashStorage;
  readonly queue: CrashQueue;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Random source for crash ids. @defaultValue crypto.randomBytes */
  readonly random?: RandomBytes;
  /** Largest accepted request body. @defaultValue 26214400 (25 MiB, the reference's limit) */
  readonly maxBodyBytes?: number;
}

/** Builds the collector app (not listening yet). */
export function buildCollector(dependencies: CollectorDependencies): FastifyInstance {
  const { storage, queue, clock, logger } = dependencies;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: dependencies.maxBodyBytes ?? 25 * 1024 * 1024,
    disableRequestLogging: true,
  });
  const metrics = createMetricsRegistry('collector');
  const accepted = new Counter({
    name: 'cairn_collector_crashes_accepted_total',
    help: 'Crash reports saved and answered with a crash id',
    registers: [metrics],
  });
  const malformed = new Counter({
    name: 'cairn_collector_crashes_malformed_total',
    help: 'Crash reports refused as malformed',
    labelNames: ['reason'],
    registers: [metrics],
  });

  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  registerServiceRoutes(app, {
    service: 'collector',
    metrics,
    healthChecks: { storage: () => storage.checkHealth(), queue: () => queue.checkHealth() },
  });

  app.post('/submit', async (request, reply) => {
    const receivedAt = clock.now();
    let report;
    try {
      report = parseMultipartReport(
        request.body as Buffer,
        readBoundary(request.headers['content-type']),
      );
    } catch (error) {
      if (!(error instanceof MalformedReportError)) throw error;
      malformed.inc({ reason: error.reason });
      return reply.code(400).type('text/plain').send(`Discarded=malformed_${error.reason}`);
    }
    const crashId = createCrashId(receivedAt, 0, dependencies.random);
    const rawCrash: RawCrash = {
      ...report.annotations,
      metadata: {
        collector_notes: [],
        dump_checksums: Object.fromEntries(
          [...report.dumps].map(([name, bytes]) => [
            name,
            createHash('sha256').update(bytes).digest('hex'),
          ]),
        ),
        payload: 'multipart',
        payload_compressed: '0',
        payload_size: Number(request.headers['content-length'] ?? 0),
        throttle_rule: 'accept_everything',
        user_agent: request.headers['user-agent'] ?? 'None',
      },
      submitted_timestamp: receivedAt.toISOString().replace('Z', '000+00:00'),
      uuid: crashId,
      version: 2,
    };
    await storage.saveRawCrash(crashId, rawCrash, report.dumps);
    try {
      await queue.publish('standard', [crashId]);
    } catch (error) {
      // The crash is saved; the verify-processed job finds unpublished ones (as the reference).
      logger.error(
        { crash_id: crashId, err: error },
        'publishing failed; crash left for verify-processed',
      );
    }
    accepted.inc();
    logger.info({ crash_id: crashId }, 'crash accepted');
    return reply.type('text/plain').send(`CrashID=bp-${crashId}\n`);
  });

  return app;
}
