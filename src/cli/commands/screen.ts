import type { Command } from 'commander';
import { currentOwnershipBlocks, explainOwnershipBlocks, type ExplainedOwnershipBlock } from '../../graph/index.js';
import { type MatchQuery, type MatchResult } from '../../match/index.js';
import { matcherInService } from '../matcher-in-service.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { formatTable } from '../format-table.js';
import { SCHEMA_OF_TYPE } from '../../model/schema-of-type.js';
import { screenFile } from './screen-file.js';

interface ScreenOptions {
  type: string;
  dob?: string[];
  country?: string[];
  id?: string[];
  threshold?: string;
  limit: string;
  explain?: boolean;
  json?: boolean;
  home?: string;
  file?: string;
  out?: string;
  map?: string[];
}

/** Options of the one-name form that mean nothing with --file. */
const SINGLE_NAME_OPTIONS = ['dob', 'country', 'id', 'explain', 'json'] as const;

function schemaOfTypeOption(type: string): string {
  const schema = SCHEMA_OF_TYPE.get(type);
  if (!schema) throw new CliError(`--type must be one of ${[...SCHEMA_OF_TYPE.keys()].join(', ')}, not ${JSON.stringify(type)}`);
  return schema;
}

/** Turns the command line into an FtM query; bad values are errors naming the option. */
export function buildQuery(name: string, opts: ScreenOptions): MatchQuery {
  const schema = schemaOfTypeOption(opts.type);
  if (name.trim() === '' && !(opts.id?.length)) throw new CliError('give a name to screen (or --id)');
  const properties: Record<string, string[]> = {};
  if (name.trim() !== '') properties['name'] = [name];
  if (opts.dob?.length) {
    for (const d of opts.dob) if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) throw new CliError(`--dob must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(d)}`);
    properties['birthDate'] = opts.dob;
  }
  if (opts.country?.length) properties[schema === 'Person' ? 'nationality' : 'country'] = opts.country;
  if (opts.id?.length) {
    const idProp = schema === 'Vessel' ? 'imoNumber' : schema === 'Person' ? 'idNumber' : 'registrationNumber';
    properties[idProp] = opts.id;
    properties['passportNumber'] = schema === 'Person' ? opts.id : [];
    properties['innCode'] = schema === 'Person' ? [] : opts.id;
  }
  return { schema, properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v.length > 0)) };
}

function explanationLines(result: MatchResult): string[] {
  return result.explanations.map((e) => {
    const sign = e.effect >= 0 ? '+' : '';
    const values = e.queryValue !== undefined ? ` ${JSON.stringify(e.queryValue)} ~ ${JSON.stringify(e.listedValue)}` : '';
    return `    ${e.feature.padEnd(12)} ${sign}${e.effect.toFixed(2)}${values}: ${e.detail}`;
  });
}

export function registerScreen(program: Command): void {
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  program
    .command('screen')
    .description('screen a name against the lists in service: best matches with scores and reasons')
    .argument('[name]', 'the name to screen (or --file)', '')
    .option('--type <type>', 'person, company, organization, vessel, aircraft or any', 'any')
    .option('--dob <date>', 'date of birth (repeatable)', collect)
    .option('--country <country>', 'nationality or country, a name or an ISO code (repeatable)', collect)
    .option('--id <number>', 'an identifier: passport, national ID, INN, IMO, ... (repeatable)', collect)
    .option('--threshold <score>', 'score from 0 to 1 at or above which a result is a match')
    .option('--limit <n>', 'results to show', '10')
    .option('--explain', 'show how each result was scored')
    .option('--json', 'print JSON')
    .option('--home <dir>', 'data folder')
    .option('--file <path>', 'screen every row of a .csv (with a header) or .jsonl file instead of one name')
    .option('--out <path>', 'with --file: write one result row per input row to this .csv or .jsonl file')
    .option('--map <column=property>', 'with --file: read a column as this FtM property, or as key, schema or ignore (repeatable)', collect)
    .action(async (name: string, opts: ScreenOptions, command: Command) => {
      if (opts.file === undefined) {
        for (const option of ['out', 'map'] as const) if (opts[option] !== undefined) throw new CliError(`--${option} goes with --file`);
      } else {
        if (name !== '') throw new CliError('give either a name or --file, not both');
        const unused = SINGLE_NAME_OPTIONS.filter((o) => opts[o] !== undefined);
        if (unused.length > 0) throw new CliError(`${unused.map((o) => `--${o}`).join(', ')} cannot be used with --file`);
      }
      const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold);
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new CliError(`--threshold must be a number from 0 to 1, not ${JSON.stringify(opts.threshold)}`);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw new CliError(`--limit must be a positive whole number, not ${JSON.stringify(opts.limit)}`);
      if (opts.file !== undefined) {
        const schema = command.getOptionValueSource('type') === 'default' ? undefined : schemaOfTypeOption(opts.type);
        await screenFile({ file: opts.file, out: opts.out, schema, threshold, limit, map: opts.map ?? [], home: opts.home });
        return;
      }
      const query = buildQuery(name, opts);
      const store = openStore(opts.home);
      let results: MatchResult[];
      let used: number;
      /** Per result, each ownership rule that blocks its entity, explained in one line. */
      let blocked: ExplainedOwnershipBlock[][];
      try {
        const matcher = await matcherInService(store, opts.home);
        used = threshold ?? matcher.defaultThreshold;
        results = matcher.match(query, { threshold: used, limit });
        const blocks = await currentOwnershipBlocks(store);
        blocked = await Promise.all(results.map((r) => explainOwnershipBlocks(store, blocks.of(r.entity.id))));
      } finally {
        await store.close();
      }
      if (opts.json) {
        const annotated = results.map((r, i) => ((blocked[i]?.length ?? 0) > 0 ? { ...r, blockedByOwnership: blocked[i] } : r));
        process.stdout.write(`${JSON.stringify({ query, threshold: used, results: annotated }, null, 2)}\n`);
        return;
      }
      const matches = results.filter((r) => r.match);
      process.stdout.write(`${matches.length} match(es) at threshold ${used.toFixed(2)} for ${query.schema} ${JSON.stringify(name)}\n\n`);
      if (results.length === 0) return;
      const rows = results.map((r, i) => [
        String(i + 1),
        r.match ? 'MATCH' : '',
        r.score.toFixed(3),
        r.entity.id,
        r.entity.schema,
        r.entity.caption.slice(0, 60),
        (r.entity.properties['program'] ?? []).slice(0, 4).join(', '),
        r.entity.datasets.join(', '),
      ]);
      const table = formatTable(['#', '', 'score', 'id', 'schema', 'name', 'programmes', 'lists'], rows).split('\n');
      process.stdout.write(`${table.slice(0, 2).join('\n')}\n`);
      results.forEach((r, i) => {
        process.stdout.write(`${table[i + 2]}\n`);
        for (const b of blocked[i] ?? []) process.stdout.write(`    ${b.explanation}\n`);
        if (opts.explain) process.stdout.write(`${explanationLines(r).join('\n')}\n`);
      });
    });
}
