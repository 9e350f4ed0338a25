import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { formatTable } from '../format-table.js';

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description("each source's version in service, its date and counts, last success and last failure")
    .option('--home <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(async (opts: { home?: string; json?: boolean }) => {
      const store = openStore(opts.home);
      try {
        const statuses = await store.sources();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
          return;
        }
        if (statuses.length === 0) {
          process.stdout.write('no lists loaded yet: run `vigil update`\n');
          return;
        }
        const rows = statuses.map((s) => [
          s.source,
          s.current?.format ?? '-',
          s.current?.publishedAt?.slice(0, 10) ?? '-',
          String(s.current?.targetCount ?? '-'),
          String(s.current?.entityCount ?? '-'),
          s.lastSuccess ? `${s.lastSuccess.finishedAt?.slice(0, 19) ?? ''} (${s.lastSuccess.outcome})` : '-',
          s.lastFailure ? `${s.lastFailure.finishedAt?.slice(0, 19) ?? ''}` : '-',
        ]);
        process.stdout.write(`${formatTable(['source', 'format', 'list date', 'parties', 'records', 'last success', 'last failure'], rows)}\n`);
        for (const s of statuses) {
          if (s.lastFailure && (!s.lastSuccess || s.lastFailure.id > s.lastSuccess.id)) {
            process.stdout.write(`\n${s.source}: last update failed: ${s.lastFailure.error ?? 'unknown reason'}\n`);
          }
        }
      } finally {
        await store.close();
      }
    });
}
