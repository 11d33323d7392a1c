/**
 * The collector's Prometheus metrics: the reference's statsd metrics
 * (shared/antenna-data/statsd_metrics.json) under Prometheus names, plus the outbox and the
 * admission limit that the reference does not have.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The collector's metrics. */
export type CollectorMetrics = ReturnType<typeof createCollectorMetrics>;

/** Registers the collector's metrics in `registry`. */
export function createCollectorMetrics(
  registry: Registry,
  gauges: { readonly outboxSize: () => number; readonly inflightBytes: () => number },
) {
  const registers = [registry];
  return {
    incoming: new Counter({
      name: 'cairn_collector_incoming_crashes_total',
      help: 'Crash reports that parsed and reached the throttler',
      registers,
    }),
    malformed: new Counter({
      name: 'cairn_collector_malformed_crashes_total',
      help: 'Crash reports refused as malformed, by reason',
      labelNames: ['reason'],
      registers,
    }),
    rejections: new Counter({
      name: 'cairn_collector_refused_submissions_total',
      help: 'Submissions refused before throttling, by code (malformed, unauthorized_uuid, …)',
      labelNames: ['code'],
      registers,
    }),
    throttle: new Counter({
      name: 'cairn_collector_throttle_results_total',
      help: 'Throttle decisions, by result and rule',
      labelNames: ['result', 'rule'],
      registers,
    }),
    gzipped: new Counter({
      name: 'cairn_collector_gzipped_crashes_total',
      help: 'Crash reports sent with Content-Encoding: gzip',
      registers,
    }),
    crashSizeBytes: new Histogram({
      name: 'cairn_collector_crash_size_bytes',
      help: 'Crash report size (after decompression for gzip bodies)',
      labelNames: ['payload'],
      buckets: [1e4, 1e5, 4e5, 1e6, 1.5e6, 3e6, 1e7, 2.6e7],
      registers,
    }),
    submitSeconds: new Histogram({
      name: 'cairn_collector_submit_seconds',
      help: 'Time to answer POST /submit',
      registers,
    }),
    crashSaveSeconds: new Histogram({
      name: 'cairn_collector_crash_save_seconds',
      help: 'Time to save a crash, retries included',
      registers,
    }),
    crashPublishSeconds: new Histogram({
      name: 'cairn_collector_crash_publish_seconds',
      help: 'Time to publish a crash id, retries included',
      registers,
    }),
    retries: new Counter({
      name: 'cairn_collector_retries_total',
      help: 'Failed save or publish attempts that were retried or given up',
      labelNames: ['step'],
      registers,
    }),
    saved: new Counter({
      name: 'cairn_collector_saved_crashes_total',
      help: 'Crashes saved and published',
      registers,
    }),
    saveDropped: new Counter({
      name: 'cairn_collector_save_failures_total',
      help: 'Crashes answered 503 because storage kept failing',
      registers,
    }),
    outboxed: new Counter({
      name: 'cairn_collector_outboxed_crashes_total',
      help: 'Saved crashes whose id went to the outbox because the queue kept failing',
      registers,
    }),
    publishDropped: new Counter({
      name: 'cairn_collector_publish_dropped_total',
      help: 'Saved crashes neither published nor recorded in the outbox',
      registers,
    }),
    overloaded: new Counter({
      name: 'cairn_collector_overloaded_total',
      help: 'Submissions answered 503 because the in-flight memory budget was used up',
      registers,
    }),
    outboxSize: new Gauge({
      name: 'cairn_collector_outbox_size',
      help: 'Crash ids waiting in the outbox to be published',
      registers,
      collect() {
        this.set(gauges.outboxSize());
      },
    }),
    inflightBytes: new Gauge({
      name: 'cairn_collector_inflight_bytes',
      help: 'Bytes of the memory budget held by submissions being handled',
      registers,
      collect() {
        this.set(gauges.inflightBytes());
      },
    }),
  };
}
