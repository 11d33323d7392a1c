/** A one-line progress bar on standard error, redrawn at most twice a second. */

/** Tracks progress towards `total` and shows it. */
export class ProgressBar {
  private readonly started = performance.now();
  private lastDrawn = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  /** Shows `done` items out of the total. */
  update(done: number): void {
    const now = performance.now();
    if (now - this.lastDrawn < 500 && done < this.total) return;
    this.lastDrawn = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    const rate = done / ((now - this.started) / 1000);
    process.stderr.write(
      `\r${this.label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${((done / this.total) * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${Math.round(rate).toLocaleString('en-US')}/s`,
    );
    if (done >= this.total) process.stderr.write('\n');
  }
}
