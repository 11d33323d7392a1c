/**
 * The collector as a Fastify app built from its dependencies; the caller decides where it
 * listens (`cairn collector`, `cairn up`, or tests on port 0). Start-up (Fastify's ready)
 * checks storage and queue the way the reference does and starts the outbox; close stops it.
 */
import { setTimeout as sleepMs } from 'node:timers/promises';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
} from 'fastify';
import {
  createMetricsRegistry,
  formatReleaseName,
  readVersionFile,
  registerServiceRoutes,
  toCairnError,
  type Clock,
  type CollectorConfig,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type RandomBytes,
} from '@cairn/core';
import { createAdmissionBudget } from './admission.js';
import { answerClientError, closeIdleConnection } from './client-error.js';
import { createCollectorMetrics } from './collector-metrics.js';
import { handleSubmission, type SubmissionAnswer } from './handle-submission.js';
import { createCrashOutbox } from './outbox.js';
import { createPublishBatcher } from './publish-batcher.js';
import type { Sleep } from './retry.js';
import { verifyCollectorDependencies } from './startup-checks.js';
import type { MicrosecondClock } from './submission-time.js';
import type { ThrottleRuleSet } from './throttle/rule-set.js';
import type { RandomSource } from './throttle/throttler.js';

/** What the collector needs. */
export interface CollectorDependencies {
  readonly storage: CrashStorage;
  readonly queue: CrashQueue;
  /** Submission times; a MicrosecondClock gives `submitted_timestamp` full precision. */
  readonly clock: Clock | MicrosecondClock;
  readonly logger: Logger;
  readonly config: CollectorConfig;
  /** The loaded throttle rules (see loadThrottleRuleSet). */
  readonly ruleSet: ThrottleRuleSet;
  /** Draws for sampled throttle rules, in [0, 1). @defaultValue Math.random */
  readonly random?: RandomSource;
  /** Random bytes for new crash ids. @defaultValue crypto.randomBytes */
  readonly randomBytes?: RandomBytes;
  /** Waits between save and publish retries. @defaultValue a real timer */
  readonly sleep?: Sleep;
  /** A Dockerflow version.json for /__version__. @defaultValue Cairn's own version */
  readonly versionFile?: string;
}

/** Builds the collector app (not listening yet). */
export function buildCollector(dependencies: CollectorDependencies): FastifyInstance {
  const { storage, queue, logger, config } = dependencies;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    connectionTimeout: config.idleTimeoutMs,
    clientErrorHandler: answerClientError,
  });
  const outbox = createCrashOutbox({ directory: config.outboxDir, queue, logger });
  const registry = createMetricsRegistry('collector');
  const budget = createAdmissionBudget(config.memoryBudgetBytes);
  const metrics = createCollectorMetrics(registry, {
    outboxSize: () => outbox.pendingCount(),
    inflightBytes: () => budget.inUse(),
  });
  const context = {
    storage,
    publisher: createPublishBatcher(queue),
    outbox,
    logger,
    metrics,
    clock: dependencies.clock,
    random: dependencies.random ?? Math.random,
    ...(dependencies.randomBytes ? { randomBytes: dependencies.randomBytes } : {}),
    ruleSet: dependencies.ruleSet,
    budget,
    limits: {
      maxBodyBytes: config.maxBodyBytes,
      maxDecompressedBytes: config.maxDecompressedBytes,
      bearerToken: config.bearerToken,
    },
    policy: {
      attempts: config.saveAttempts,
      retrySleepMs: config.retrySleepMs,
      sleep: dependencies.sleep ?? ((ms: number) => sleepMs(ms)),
    },
  };

  registerServiceRoutes(app, {
    service: 'collector',
    metrics: registry,
    healthChecks: { storage: () => storage.checkHealth(), queue: () => queue.checkHealth() },
    ...(dependencies.versionFile ? { versionFile: dependencies.versionFile } : {}),
  });
  app.setErrorHandler((error, request, reply) => {
    const cairnError = toCairnError(error);
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(cairnError.status)
      .send({ error: { code: cairnError.code, message: cairnError.message } });
  });

  // Fastify answers 415 by itself for an empty or unreadable Content-Type, where the reference
  // answers 400 Discarded=malformed_…; so the body is left to the collector, whatever its type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));
  app.post('/submit', {
    onRequest: async (request) => {
      request.submissionContentType = request.headers['content-type'];
      delete request.headers['content-type'];
    },
    handler: async (request, reply) => {
      const stopTimer = metrics.submitSeconds.startTimer();
      const headers = { ...request.headers, 'content-type': request.submissionContentType };
      const answer = await handleSubmission(context, { headers, body: request.raw });
      stopTimer();
      return sendAnswer(reply, answer, config.retryAfterSeconds);
    },
  });
  app.decorateRequest('submissionContentType', undefined);

  app.server.on('timeout', closeIdleConnection);

  app.addHook('onReady', async () => {
    await verifyCollectorDependencies(storage, queue);
    await outbox.republish();
    outbox.start(config.outboxRetryMs);
    const release = formatReleaseName(
      dependencies.versionFile ? await readVersionFile(dependencies.versionFile) : {},
    );
    logger.info(
      { release, rules: dependencies.ruleSet.source, outbox: outbox.pendingCount() },
      'collector ready',
    );
  });
  app.addHook('onClose', async () => {
    await outbox.stop();
  });
  return app;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The Content-Type of a submission, kept away from Fastify's body parsing. */
    submissionContentType: string | undefined;
  }
}

/** Writes a submission's answer as the reference does: text/plain, no charset. */
function sendAnswer(reply: FastifyReply, answer: SubmissionAnswer, retryAfterSeconds: number) {
  switch (answer.kind) {
    case 'crash-id':
      return reply.type('text/plain').send(`CrashID=bp-${answer.crashId}\n`);
    case 'discarded-by-rule':
      return reply.type('text/plain').send(`Discarded=rule_${answer.rule}`);
    case 'rejected': {
      const rejection = answer.rejection;
      if (rejection.body === 'json') {
        return reply
          .code(rejection.status)
          .send({ error: { code: 'BAD_REQUEST', message: rejection.detail ?? rejection.code } });
      }
      // A body too large is not read: closing the connection spares the client sending it.
      if (rejection.code === 'payload_too_large') reply.header('connection', 'close');
      return reply.code(rejection.status).type('text/plain').send(`Discarded=${rejection.code}`);
    }
    case 'abandoned':
      return reply.code(408).header('connection', 'close').send('');
    case 'unavailable':
      if (answer.reason === 'overloaded') reply.header('connection', 'close');
      return reply
        .code(503)
        .header('retry-after', String(retryAfterSeconds))
        .type('text/plain')
        .send('');
  }
}
