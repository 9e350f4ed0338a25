import cliProgress from 'cli-progress';

/** Interval between plain progress lines when the output is not a terminal (CI logs, pipes). */
const LINE_INTERVAL_MS = 2000;

/** Writes a progress line at most every LINE_INTERVAL_MS, plus the final one. */
class ThrottledLines {
  private lastLine = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  write(text: string, final: boolean): void {
    const now = Date.now();
    if (final || now - this.lastLine >= LINE_INTERVAL_MS) {
      this.lastLine = now;
      this.out.write(`${text}\n`);
    }
  }
}

function createMultiBar(out: NodeJS.WriteStream, format: string): cliProgress.MultiBar {
  return new cliProgress.MultiBar(
    { stream: out, format, hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
}

/** Shows per-source progress: bars on a terminal, a line every few seconds otherwise (CI logs). */
export class UpdateProgress {
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private readonly multi: cliProgress.MultiBar | undefined;
  private readonly lines: ThrottledLines;

  constructor(out: NodeJS.WriteStream = process.stderr) {
    this.lines = new ThrottledLines(out);
    if (out.isTTY) this.multi = createMultiBar(out, '{source} {phase} [{bar}] {percentage}% | {done}/{totalMb} MB | ETA {eta}s');
  }

  update(source: string, phase: 'download' | 'parse', done: number, total: number): void {
    const mb = (n: number): string => (n / 1e6).toFixed(1);
    if (this.multi) {
      let bar = this.bars.get(source);
      if (!bar) {
        bar = this.multi.create(total || 1, 0, { source: source.padEnd(18), phase, done: '0', totalMb: mb(total) });
        this.bars.set(source, bar);
      }
      bar.setTotal(total || Math.max(done, 1));
      bar.update(done, { phase, done: mb(done), totalMb: mb(total) });
      return;
    }
    const pct = total > 0 ? ` ${Math.floor((100 * done) / total)}%` : '';
    this.lines.write(`${source}: ${phase} ${mb(done)} MB${total > 0 ? ` of ${mb(total)} MB` : ''}${pct}`, total > 0 && done >= total);
  }

  stop(): void {
    this.multi?.stop();
  }
}

export interface BatchCounts {
  rows: number;
  matched: number;
  errors: number;
  /** Input bytes consumed, out of `totalBytes`: the rows' total is unknown until the end. */
  bytes: number;
  totalBytes: number;
}

/**
 * Shows batch screening progress with rows a second and ETA (from the bytes left to read): a bar
 * on a terminal, a line every few seconds otherwise. `log` writes a message without breaking it.
 */
export class BatchProgress {
  private readonly multi: cliProgress.MultiBar | undefined;
  private readonly bar: cliProgress.SingleBar | undefined;
  private readonly lines: ThrottledLines;
  private readonly startMs = Date.now();

  constructor(
    private readonly label: string,
    totalBytes: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.lines = new ThrottledLines(out);
    if (out.isTTY) {
      this.multi = createMultiBar(out, '{label} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | {matched} matched | {errors} errors | ETA {eta_formatted}');
      this.bar = this.multi.create(Math.max(totalBytes, 1), 0, { label, rows: 0, rate: 0, matched: 0, errors: 0 });
    }
  }

  elapsedMs(): number {
    return Date.now() - this.startMs;
  }

  /** Rows a second since the start. */
  rate(rows: number): number {
    const seconds = this.elapsedMs() / 1000;
    return seconds > 0 ? rows / seconds : 0;
  }

  update(counts: BatchCounts): void {
    const rate = Math.round(this.rate(counts.rows));
    if (this.bar) {
      this.bar.update(counts.bytes, { rows: counts.rows, rate, matched: counts.matched, errors: counts.errors });
      return;
    }
    const pct = counts.totalBytes > 0 ? Math.floor((100 * counts.bytes) / counts.totalBytes) : 100;
    const bytesPerMs = counts.bytes / Math.max(Date.now() - this.startMs, 1);
    const etaS = bytesPerMs > 0 ? Math.round((counts.totalBytes - counts.bytes) / bytesPerMs / 1000) : 0;
    this.lines.write(
      `${this.label}: ${counts.rows} rows (${pct}%), ${rate} rows/s, ETA ${etaS} s, ${counts.matched} matched, ${counts.errors} errors`,
      false,
    );
  }

  log(text: string): void {
    if (this.multi) this.multi.log(`${text}\n`);
    else this.out.write(`${text}\n`);
  }

  stop(): void {
    this.multi?.stop();
  }
}
