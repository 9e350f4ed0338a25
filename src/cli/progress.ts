import cliProgress from 'cli-progress';

/** Shows per-source progress: bars on a terminal, a line every few seconds otherwise (CI logs). */
export class UpdateProgress {
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private readonly multi: cliProgress.MultiBar | undefined;
  private lastLine = 0;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {
    if (out.isTTY) {
      this.multi = new cliProgress.MultiBar(
        {
          stream: out,
          format: '{source} {phase} [{bar}] {percentage}% | {done}/{totalMb} MB | ETA {eta}s',
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
    }
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
    const now = Date.now();
    if (now - this.lastLine >= 2000 || (total > 0 && done >= total)) {
      this.lastLine = now;
      const pct = total > 0 ? ` ${Math.floor((100 * done) / total)}%` : '';
      this.out.write(`${source}: ${phase} ${mb(done)} MB${total > 0 ? ` of ${mb(total)} MB` : ''}${pct}\n`);
    }
  }

  stop(): void {
    this.multi?.stop();
  }
}
