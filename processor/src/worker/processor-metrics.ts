/** The processor's Prometheus metrics, registered once on the service's registry. */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Every metric the processor updates. */
export interface ProcessorMetrics {
  /** Messages handled, by outcome: processed, not_found, failed, dead_letter, dropped. */
  readonly crashes: Counter<'outcome'>;
  /** Dead letters recorded, by reason. */
  readonly deadLetters: Counter<'reason'>;
  /** Time to process one crash (load, rules, save), by rule set. */
  readonly crashSeconds: Histogram<'ruleset'>;
  /** Time each rule took. */
  readonly ruleSeconds: Histogram<'rule'>;
  /** Rules that failed (each becomes a note on the crash). */
  readonly ruleFailures: Counter<'rule'>;
  /** From collection (submitted_timestamp) to the first processed crash being saved. */
  readonly ingestionSeconds: Histogram;
  /** Crashes being processed now. */
  readonly inFlight: Gauge;
  /** 1 while a dependency answers, 0 during an outage. */
  readonly dependencyUp: Gauge<'dependency'>;
  /** Values left out of the Telemetry export because their type did not fit its shape. */
  readonly telemetryDroppedValues: Counter;
}

/** Registers the processor's metrics on `registry`. */
export function createProcessorMetrics(registry: Registry): ProcessorMetrics {
  const registers = [registry];
  return {
    crashes: new Counter({
      name: 'cairn_processor_crashes_total',
      help: 'Crash messages handled, by outcome',
      labelNames: ['outcome'],
      registers,
    }),
    deadLetters: new Counter({
      name: 'cairn_processor_dead_letters_total',
      help: 'Crashes given up on and recorded as dead letters, by reason',
      labelNames: ['reason'],
      registers,
    }),
    crashSeconds: new Histogram({
      name: 'cairn_processor_crash_seconds',
      help: 'Time to process one crash: load, rules and saves',
      labelNames: ['ruleset'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
      registers,
    }),
    ruleSeconds: new Histogram({
      name: 'cairn_processor_rule_seconds',
      help: 'Time each processor rule took',
      labelNames: ['rule'],
      buckets: [0.0001, 0.001, 0.01, 0.1, 1, 10],
      registers,
    }),
    ruleFailures: new Counter({
      name: 'cairn_processor_rule_failures_total',
      help: 'Processor rules that failed (each becomes a note on the crash)',
      labelNames: ['rule'],
      registers,
    }),
    ingestionSeconds: new Histogram({
      name: 'cairn_processor_ingestion_seconds',
      help: 'Time from collection to the first processed crash being saved',
      buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 300, 1800, 3600, 86400],
      registers,
    }),
    inFlight: new Gauge({
      name: 'cairn_processor_in_flight',
      help: 'Crashes being processed now',
      registers,
    }),
    dependencyUp: new Gauge({
      name: 'cairn_processor_dependency_up',
      help: '1 while a dependency (storage, queue, search, telemetry, database) answers, 0 during an outage',
      labelNames: ['dependency'],
      registers,
    }),
    telemetryDroppedValues: new Counter({
      name: 'cairn_processor_telemetry_dropped_values_total',
      help: 'Values left out of the Telemetry export because their type did not fit its shape',
      registers,
    }),
  };
}
