/**
 * TelemetryStorage: where the processor writes the public Telemetry export of each processed
 * crash, under the reference's key `v1/crash_report/<YYYYMMDD>/<crash id>` (the date from the
 * crash id) in a bucket or directory of its own (research/socorro-processor.md §8). Mozilla's
 * Telemetry pipeline loads that prefix once a day.
 */

/** One exported crash: the processed crash reduced to the Telemetry schema's public fields. */
export type TelemetryCrash = { readonly [key: string]: unknown };

/** The export port. */
export interface TelemetryStorage {
  /** Saves (or replaces) the exported crash. */
  saveTelemetryCrash(crashId: string, telemetryCrash: TelemetryCrash): Promise<void>;
  /**
   * Saves (or replaces) the export's JSON Schema at `telemetry_socorro_crash.json`, where the
   * reference keeps it for the loading side.
   */
  saveTelemetrySchema(schema: { readonly [key: string]: unknown }): Promise<void>;
  /** The exported crash, or undefined when there is none. */
  loadTelemetryCrash(crashId: string): Promise<TelemetryCrash | undefined>;
  /** Resolves when the store can be written and read; rejects with the reason otherwise. */
  checkHealth(): Promise<void>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}
