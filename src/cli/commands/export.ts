import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write every entity in service as FtM JSON lines')
    .option('--format <format>', 'output format (only ftm)', 'ftm')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--home <dir>', 'data folder')
    .action(async (opts: { format: string; out?: string; home?: string }) => {
      if (opts.format !== 'ftm') throw new CliError(`--format must be ftm, not ${JSON.stringify(opts.format)}`);
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const store = openStore(opts.home);
      let count = 0;
      try {
        for await (const entity of store.entities()) {
          if (!out.write(`${JSON.stringify(entity)}\n`)) await once(out, 'drain');
          count += 1;
        }
      } finally {
        await store.close();
      }
      if (opts.out) {
        out.end();
        await once(out, 'finish');
        process.stderr.write(`wrote ${count} entities to ${opts.out}\n`);
      }
    });
}
