/**
 * A one-line progress counter on stderr for long work (extract, dlq replay), drawn only when stderr is a terminal:
 * piped or logged runs get no carriage-return noise. Redraws at most every 100 ms, so a fast run costs nothing.
 */
export interface Progress {
  update(done: number, total?: number, note?: string): void;
  /** Clears the line (the command prints its own summary). */
  finish(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function terminalProgress(label: string, stream: ProgressStream = process.stderr, now = Date.now): Progress {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total, note) {
      const t = now();
      if (drawn && t - drawnAt < 100 && done !== total) return;
      drawnAt = t;
      drawn = true;
      const count = total === undefined ? `${done}` : `${done}/${total}`;
      const line = `${label}: ${count}${note ? ` ${note}` : ''}`;
      stream.write(`\r\x1b[K${line.slice(0, (stream.columns ?? 100) - 1)}`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
