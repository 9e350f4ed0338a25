import { matcherInService } from '../matcher-in-service.js';
import { phraseIndexFor, scanText } from '../../scan/index.js';
import { describeLocation, parsePaymentMessage, screenPayment, type PaymentIssue, type PaymentScreening } from '../../payments/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { formatTable } from '../format-table.js';
import { readInput } from '../read-input.js';

export interface ScanPaymentOptions {
  json?: boolean;
  /** Score from 0 to 1 at or above which a result is a match. */
  threshold?: number;
  /** Results shown per party or text. */
  limit?: number;
  home?: string | undefined;
}

function issueLines(issues: readonly PaymentIssue[]): string {
  return issues.map((i) => `  ${i.code}: ${i.message}`).join('\n');
}

/** One row per party, country and text, hits first within each; MATCH marks what reached the threshold. */
function formatScreening(screening: PaymentScreening, warnings: readonly PaymentIssue[]): string {
  const out: string[] = [];
  out.push(`${screening.messageType} ${screening.messageId}: ${screening.hitCount} hit(s) at threshold ${screening.threshold.toFixed(2)}`, '');
  const partyRows = screening.parties.map((p) => {
    const best = p.results[0];
    return [
      p.match ? 'MATCH' : '',
      p.role,
      p.schema,
      [...(p.query.properties['name'] ?? []), ...(p.query.properties['swiftBic']?.slice(0, 1) ?? [])].join(' / ').slice(0, 50),
      describeLocation(p.location),
      best ? best.score.toFixed(3) : '',
      best ? `${best.entity.id} ${best.entity.caption}`.slice(0, 60) : '',
    ];
  });
  out.push(formatTable(['', 'role', 'schema', 'screened', 'at', 'score', 'best result'], partyRows));
  if (screening.countries.length > 0) {
    out.push('', 'Sanctioned jurisdictions:');
    const rows = screening.countries.map((c) => [c.country.toUpperCase(), c.role ?? '', c.field, describeLocation(c.location), c.programs.map((p) => `${p.authority}:${p.code}`).join(', ')]);
    out.push(formatTable(['country', 'role', 'field', 'at', 'programmes'], rows));
  }
  if (screening.texts.length > 0) {
    out.push('', 'Free text:');
    const rows = screening.texts.map((t) => [
      t.match ? 'MATCH' : '',
      t.field,
      describeLocation(t.location),
      t.text.replace(/\n/g, ' ').slice(0, 40),
      [...t.mentions.map((m) => `${JSON.stringify(m.text)} ${m.entity.id} ${m.score.toFixed(2)}`), ...t.jurisdictions.map((j) => j.name)].join('; ').slice(0, 80),
    ]);
    out.push(formatTable(['', 'field', 'at', 'text', 'names'], rows));
  }
  if (warnings.length > 0) out.push('', `Warnings (not screened):\n${issueLines(warnings)}`);
  return `${out.join('\n')}\n`;
}

/**
 * `vigil scan --payment FILE|-`: reads a pacs.008, pain.001 or MT103 message, screens every party,
 * country and free-text field against the lists in service, and prints a table (or JSON).
 * A malformed message is a CliError listing each problem with its line or path.
 */
export async function scanPaymentFile(path: string, opts: ScanPaymentOptions = {}): Promise<void> {
  if (opts.threshold !== undefined && !(opts.threshold >= 0 && opts.threshold <= 1)) throw new CliError(`--threshold must be a number from 0 to 1, not ${opts.threshold}`);
  const parsed = parsePaymentMessage(await readInput(path));
  if (!parsed.ok) throw new CliError(`${path}: not a valid payment message:\n${issueLines(parsed.errors)}`);
  const store = openStore(opts.home);
  let screening: PaymentScreening;
  try {
    const matcher = await matcherInService(store, opts.home);
    const index = await phraseIndexFor(matcher, () => store.entities());
    const threshold = opts.threshold ?? matcher.defaultThreshold;
    screening = screenPayment(matcher, parsed.message, { scanText: (text) => scanText(index, text, { threshold }), threshold, ...(opts.limit !== undefined ? { limit: opts.limit } : {}) });
  } finally {
    await store.close();
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ ...screening, warnings: parsed.warnings }, null, 2)}\n`);
  else process.stdout.write(formatScreening(screening, parsed.warnings));
}
