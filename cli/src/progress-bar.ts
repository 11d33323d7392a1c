/**
 * A one-line progress bar on standard error for long CLI runs: redrawn in place on a terminal,
 * printed every 10% otherwise (so logs of scripted runs stay short).
 */

/** Reports progress toward `total`. */
export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

/** Starts a progress bar labelled `label`. */
export function startProgressBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressBar {
  const width = 30;
  let lastTenth = -1;
  const render = (done: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * width);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
  };
  return {
    update(done) {
      if (stream.isTTY) {
        stream.write(`\r${render(done)}`);
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${render(done)}\n`);
      }
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
