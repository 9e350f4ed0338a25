import { join } from 'node:path';
import type { Command } from 'commander';
import { refreshOwnershipBlocks } from '../../graph/index.js';
import { describeIssue } from '../../sources/index.js';
import { openStore, resolveHome } from '../../store/index.js';
import { loadSourcesConfig, type SourcesConfig } from '../../update/config.js';
import { DEFAULT_SOURCES } from '../../update/default-sources.js';
import { updateSource, type UpdateResult } from '../../update/update-source.js';
import { formatTable } from '../format-table.js';
import { UpdateProgress } from '../progress.js';
import { CliError } from '../cli-error.js';

const SHOWN_ISSUES = 5;

function timeoutFromEnv(): number | undefined {
  const raw = process.env['VIGIL_FETCH_TIMEOUT_MS'];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new CliError(`VIGIL_FETCH_TIMEOUT_MS must be a positive whole number of milliseconds, not ${JSON.stringify(raw)}`);
  return value;
}

function summarise(results: readonly UpdateResult[]): string {
  const rows = results.map((r) => {
    const v = r.version;
    return [
      r.source,
      r.ok ? v.outcome : 'FAILED',
      v.publishedAt?.slice(0, 10) ?? '-',
      String(v.targetCount ?? '-'),
      String(v.entityCount ?? '-'),
      String(v.added ?? '-'),
      String(v.removed ?? '-'),
      String(v.changed ?? '-'),
      String(r.issues.length),
    ];
  });
  return formatTable(['source', 'outcome', 'list date', 'parties', 'records', 'added', 'removed', 'changed', 'issues'], rows);
}

export function registerUpdate(program: Command): void {
  program
    .command('update')
    .description('fetch the lists, check each new version in full, and put it in service')
    .option('--config <file>', 'sources config (JSON or YAML); default: the official lists')
    .option('--home <dir>', 'data folder (default $VIGIL_HOME or ./.vigil)')
    .option('--source <name>', 'update only this source')
    .option('--from <dir>', 'read the official file names from this folder instead of the network')
    .option('--force', 'accept a version that lost more than half of its parties; re-read unchanged files')
    .action(async (opts: { config?: string; home?: string; source?: string; from?: string; force?: boolean }) => {
      const config: SourcesConfig = opts.config ? await loadSourcesConfig(opts.config) : DEFAULT_SOURCES;
      let sources = config.sources;
      if (opts.source) {
        sources = sources.filter((s) => s.name === opts.source);
        if (sources.length === 0) {
          throw new CliError(`no source named ${opts.source} in ${config.file ?? 'the default config'}; known: ${config.sources.map((s) => s.name).join(', ')}`);
        }
      }
      const timeoutMs = timeoutFromEnv();
      const store = openStore(opts.home);
      const progress = new UpdateProgress();
      const results: UpdateResult[] = [];
      let ownership = '';
      try {
        for (const source of sources) {
          results.push(
            await updateSource(store, source, {
              workDir: join(resolveHome(opts.home), 'downloads'),
              ...(opts.from ? { fromDir: opts.from } : {}),
              ...(opts.force ? { force: true } : {}),
              ...(timeoutMs ? { timeoutMs } : {}),
              onProgress: (name, phase, done, total) => progress.update(name, phase, done, total),
            }),
          );
        }
        // Blocked-by-ownership status follows the lists: recomputed once the new versions are in service.
        const lastChanged = results.filter((r) => r.ok && r.version.outcome === 'ok').at(-1);
        if (lastChanged) {
          const refreshed = await refreshOwnershipBlocks(store, lastChanged.version.id);
          ownership = `ownership rules: ${refreshed.blocked} newly blocked, ${refreshed.cleared} cleared (see vigil changes)\n`;
        }
      } finally {
        progress.stop();
        await store.close();
      }
      process.stdout.write(`${summarise(results)}\n${ownership}`);
      for (const r of results) {
        if (!r.ok) process.stderr.write(`error: ${r.error}\n  the previous version of ${r.source} stays in service\n`);
        if (r.issues.length > 0) {
          process.stderr.write(`${r.source}: ${r.issues.length} issue(s) in the list files${r.issues.length > SHOWN_ISSUES ? `, first ${SHOWN_ISSUES}` : ''}:\n`);
          for (const issue of r.issues.slice(0, SHOWN_ISSUES)) process.stderr.write(`  ${describeIssue(issue)}\n`);
        }
      }
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}
