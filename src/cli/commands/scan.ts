import type { Command } from 'commander';
import { DEFAULT_THRESHOLD } from '../../match/index.js';
import { buildPhraseIndex, scanText, type PhraseIndex, type ScanResult } from '../../scan/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { formatTable } from '../format-table.js';
import { readInput } from '../read-input.js';
import { scanPaymentFile } from './scan-payment.js';

interface ScanOptions {
  payment?: boolean;
  limit?: string;
  json?: boolean;
  explain?: boolean;
  threshold?: string;
  home?: string;
}

/** Programme codes shown per jurisdiction in the table; --json has them all. */
const PROGRAMS_SHOWN = 8;

/**
 * The phrase index over the lists in service. `vigil screen` builds the matcher from the same
 * store stream; the scan needs only the listed names, so it skips the matcher's profiles.
 */
async function loadPhraseIndex(home: string | undefined): Promise<PhraseIndex> {
  const store = openStore(home);
  try {
    if ((await store.sources()).every((s) => !s.current)) throw new CliError('no lists loaded yet: run `vigil update` first');
    return await buildPhraseIndex(store.entities());
  } finally {
    await store.close();
  }
}

function formatScan(result: ScanResult, explain: boolean): string {
  const out = [`${result.mentions.length} mention(s) of listed parties at threshold ${result.threshold.toFixed(2)} in ${result.words} words`];
  if (result.mentions.length > 0) {
    const rows = result.mentions.map((m) => [
      `${m.start}-${m.end}`,
      m.text.replace(/\s+/g, ' ').slice(0, 40),
      m.confidence,
      m.score.toFixed(2),
      m.entity.id,
      m.entity.schema,
      m.entity.caption.slice(0, 50),
      m.entity.programs.slice(0, 4).join(', '),
      m.entity.datasets.join(', '),
    ]);
    const table = formatTable(['at', 'text', 'sure', 'score', 'id', 'schema', 'name', 'programmes', 'lists'], rows).split('\n');
    out.push('', ...table.slice(0, 2));
    result.mentions.forEach((m, i) => {
      out.push(table[i + 2] ?? '');
      if (explain) out.push(`    ${m.evidence}: ${m.explanation}`);
    });
  }
  out.push('', `${result.jurisdictions.length} sanctioned jurisdiction(s) mentioned`);
  if (result.jurisdictions.length > 0) {
    const rows = result.jurisdictions.map((j) => {
      const written = [...new Set(j.mentions.map((m) => m.text.replace(/\s+/g, ' ')))].join(', ');
      const codes = j.programs.map((p) => `${p.code}${p.comprehensive ? ' (embargo)' : ''}`);
      const shown = codes.length > PROGRAMS_SHOWN ? [...codes.slice(0, PROGRAMS_SHOWN), `+${codes.length - PROGRAMS_SHOWN} more`] : codes;
      return [j.code, j.name.slice(0, 40), String(j.mentions.length), written.slice(0, 40), shown.join(', ')];
    });
    out.push('', formatTable(['code', 'jurisdiction', 'times', 'as written', 'programmes'], rows));
  }
  return `${out.join('\n')}\n`;
}

export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('find the listed parties and sanctioned jurisdictions that a text (an article, a report) mentions')
    .argument('<file>', 'a UTF-8 text file, or - for standard input')
    .option('--threshold <score>', 'score from 0 to 1 at or above which a mention is reported')
    .option('--explain', 'show why each mention names its party')
    .option('--json', 'print JSON')
    .option('--home <dir>', 'data folder')
    .option('--payment', 'the file is a payment message (ISO 20022 pacs.008 or pain.001, SWIFT MT103): screen each party, country and free-text field')
    .option('--limit <n>', 'with --payment: results shown per party or text', '3')
    .action(async (file: string, opts: ScanOptions) => {
      const threshold = opts.threshold === undefined ? DEFAULT_THRESHOLD : Number(opts.threshold);
      if (!(threshold >= 0 && threshold <= 1)) throw new CliError(`--threshold must be a number from 0 to 1, not ${JSON.stringify(opts.threshold)}`);
      if (opts.payment) {
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CliError(`--limit must be a whole number from 1 to 100, not ${JSON.stringify(opts.limit)}`);
        await scanPaymentFile(file, { threshold, limit, home: opts.home, json: opts.json ?? false });
        return;
      }
      const text = await readInput(file);
      if (text.trim() === '') throw new CliError(`${file === '-' ? 'standard input' : file}: no text to scan`);
      const index = await loadPhraseIndex(opts.home);
      const result = scanText(index, text, { threshold });
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatScan(result, opts.explain ?? false));
    });
}
