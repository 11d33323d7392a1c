/**
 * The notes of one processing pass. They are public (they appear on the crash report page and
 * in the Telemetry export), so they never carry an exception's message, which could hold
 * private data.
 */
export class ProcessorNotes {
  readonly #notes: string[] = [];

  /** Adds one note. */
  add(note: string): void {
    this.#notes.push(note);
  }

  /** Adds several notes, in order. */
  addAll(notes: Iterable<string>): void {
    for (const note of notes) this.#notes.push(note);
  }

  /** The notes so far, in order. */
  list(): readonly string[] {
    return [...this.#notes];
  }
}
