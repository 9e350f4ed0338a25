/**
 * Free-text scanning speed: loads every real list (`config/shared-data.yml`), builds the phrase
 * index, and scans a 10,000-word document made of the Wagner news of 2023-01-21, a Russian
 * paragraph and ordinary news paragraphs, mixed in a fixed pseudo-random order. Reports the index
 * build time and the p50/p95 time per document; then parses and screens each payment message of
 * test/fixtures/payments (every party, country and free-text field) and reports its p50/p95.
 * Run: `npm run bench:scan` (prints markdown).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildMatcher } from '../src/match/index.js';
import type { Entity } from '../src/model/index.js';
import { parsePaymentMessage, screenPayment, type PaymentScreening } from '../src/payments/index.js';
import { buildPhraseIndex, scanText, type PhraseIndex } from '../src/scan/index.js';
import { tokeniseText } from '../src/scan/tokenise-text.js';
import { PROJECT_ROOT } from './eval/eval-paths.js';
import { mulberry32 } from './eval/prng.js';
import { loadScreeningLists } from './eval/screening-lists.js';
import { percentileOf } from './percentile.js';

const DOCUMENT_WORDS = 10_000;
const WARMUP_RUNS = 3;
const TIMED_RUNS = 30;
const INDEX_BUILDS = 3;
const GOAL_MS = 200;
const PAYMENT_FILES = ['pacs008-concord.xml', 'pain001-kwangson.xml', 'mt103-vtb.txt'];

const RUSSIAN =
  'Евгений Пригожин, основатель ЧВК «Вагнер», заявил, что бойцы Вагнера покинули Бахмут. По словам Пригожина, поставки боеприпасов из России задерживаются, а снаряды из КНДР приходят через Крым.';
const FILLER = [
  'The city council met on Tuesday to discuss the new budget for schools and public transport. The mayor said the plan would add three bus lines and repair several bridges before winter.',
  'Local businesses welcomed the news, although some residents worried about higher parking fees and the cost of the new stadium, which the council expects to open in the spring.',
  'Shares in European banks rose on Thursday after the central bank kept interest rates unchanged and said inflation was slowing faster than expected in most member states.',
  'Farmers in the region reported a good harvest of wheat and barley this year, helped by a wet spring, but warned that fertiliser prices remain well above their level of two years ago.',
  'The football club announced that its new coach, a former midfielder, would take charge at the start of the season, with the aim of returning to the first division within three years.',
  'Prosecutors said the Korea Kwangson Banking Corporation had moved funds through front companies, and that payments were settled in several currencies to hide their origin.',
  'Researchers at the university published a study on coastal erosion, showing that storms have removed more sand from the northern beaches than at any time in the last fifty years.',
];

const median = (values: readonly number[]): number => percentileOf(values, 0.5);

/** Median time of `fn` over the timed runs, after the warm-up. */
function timeRuns(fn: () => void): { p50: number; p95: number } {
  for (let i = 0; i < WARMUP_RUNS; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { p50: median(times), p95: percentileOf(times, 0.95) };
}

/** Paragraphs of the news, the Russian text and the filler, drawn in a fixed order until the document has enough words. */
function buildDocument(news: string): string {
  const paragraphs = [...news.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean), RUSSIAN, ...FILLER];
  const random = mulberry32(20230121);
  const out: string[] = [];
  let words = 0;
  while (words < DOCUMENT_WORDS) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)] as string;
    out.push(paragraph);
    words += tokeniseText(paragraph).length;
  }
  return out.join('\n\n');
}

async function main(): Promise<void> {
  let entities: Entity[] = [];
  const lists = await loadScreeningLists(async (stream) => {
    for await (const e of stream) entities.push(e);
    return buildMatcher(entities);
  });
  const builds: number[] = [];
  let index: PhraseIndex | undefined;
  for (let i = 0; i < INDEX_BUILDS; i++) {
    index = await buildPhraseIndex(entities);
    builds.push(index.buildMs);
  }
  if (!index) throw new Error('bench/scan-speed: no index built');
  entities = [];
  const text = buildDocument(readFileSync(join(PROJECT_ROOT, '..', 'shared', 'reference', 'news-2023-01-21-wagner.txt'), 'utf8'));
  const threshold = lists.matcher.defaultThreshold;
  const result = scanText(index, text, { threshold });
  const { p50, p95 } = timeRuns(() => scanText(index, text, { threshold }));
  // Payment messages: parse and screen every party, country and free-text field.
  const payments = PAYMENT_FILES.map((file) => {
    const message = readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'payments', file), 'utf8');
    const screen = (): PaymentScreening => {
      const parsed = parsePaymentMessage(message);
      if (!parsed.ok) throw new Error(`bench/scan-speed: ${file} does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
      return screenPayment(lists.matcher, parsed.message, { scanText: (t) => scanText(index, t, { threshold }), threshold });
    };
    return { file, parties: screen().parties.length, ...timeRuns(screen) };
  });
  const rows: [string, string, string][] = [
    ['lists', lists.sources.join(', '), ''],
    ['listed parties in the phrase index', String(index.parties.length), ''],
    ['phrase index build (median of 3)', `${Math.round(median(builds))} ms`, ''],
    ['document', `${result.words} words, ${text.length} characters`, ''],
    ['mentions found / jurisdictions', `${result.mentions.length} / ${result.jurisdictions.map((j) => j.code).join(', ')}`, ''],
    ['scan p50 per document', `${p50.toFixed(1)} ms`, `<= ${GOAL_MS} ms ${p50 <= GOAL_MS ? 'met' : 'NOT met'}`],
    ['scan p95 per document', `${p95.toFixed(1)} ms`, `<= ${GOAL_MS} ms ${p95 <= GOAL_MS ? 'met' : 'NOT met'}`],
    ...payments.map(({ file, parties, p50: m, p95: q }): [string, string, string] => [`payment ${file} (${parties} parties): p50 / p95`, `${m.toFixed(2)} / ${q.toFixed(2)} ms`, '']),
  ];
  console.log(`Free-text scan speed (${TIMED_RUNS} runs after ${WARMUP_RUNS} warm-up; node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'})\n`);
  console.log('| measure | value | goal |');
  console.log('| --- | --- | --- |');
  for (const [measure, value, goal] of rows) console.log(`| ${measure} | ${value} | ${goal} |`);
}

await main();
