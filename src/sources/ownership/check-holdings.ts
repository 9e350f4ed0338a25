import { parseDate, parsePercentage } from '../../model/index.js';
import { SourceParseError, type ParseContext, type ParseIssue } from '../types.js';

/** The facts of one holding once checked: its share (when stated) and its dates. */
export interface HoldingFacts {
  percentage?: number;
  startDate?: string;
  endDate?: string;
}

/** A checked holding, for the per-asset total: the asset as text (an id or a name). */
export interface CheckedHolding extends HoldingFacts {
  line: number;
  asset: string;
}

/**
 * The checks that user ownership data (CSV or FtM JSON lines) must pass before anything of it is
 * imported. Each bad line is reported with its line; `finish` then rejects the whole file with a
 * fatal `malformed` issue naming the lines, so nothing is half-imported.
 */
export class HoldingChecks {
  readonly #bad: ParseIssue[] = [];

  constructor(
    readonly file: string,
    readonly ctx: ParseContext,
  ) {}

  report(issue: ParseIssue): void {
    this.#bad.push(issue);
    this.ctx.issue(issue);
  }

  /**
   * Checks owner and asset (present), the percentage (a number from 0 to 100; required unless
   * `percentageOptional`) and the dates; the field names are the file's own. Returns undefined
   * after reporting each problem.
   */
  holding(
    line: number,
    fields: { owner: [string, string]; asset: [string, string]; percentage: [string, string]; start: [string, string]; end: [string, string] },
    options: { percentageOptional?: boolean } = {},
  ): HoldingFacts | undefined {
    const before = this.#bad.length;
    for (const [name, value] of [fields.owner, fields.asset]) {
      if (!value.trim()) this.report({ code: 'missing-field', file: this.file, line, field: name });
    }
    const [percentField, percentText] = fields.percentage;
    const facts: HoldingFacts = {};
    if (percentText.trim() || !options.percentageOptional) {
      const percentage = parsePercentage(percentText);
      if (percentage === undefined) {
        this.report({ code: 'bad-value', file: this.file, line, field: percentField, value: percentText, message: 'not a number' });
      } else if (percentage < 0 || percentage > 100) {
        this.report({ code: 'bad-value', file: this.file, line, field: percentField, value: percentText, message: 'must be between 0 and 100' });
      } else {
        facts.percentage = percentage;
      }
    }
    for (const [[field, text], prop] of [[fields.start, 'startDate'], [fields.end, 'endDate']] as const) {
      if (!text.trim()) continue;
      const date = parseDate(text.trim());
      if (date === null) this.report({ code: 'bad-date', file: this.file, line, field, value: text });
      else facts[prop] = date;
    }
    return this.#bad.length > before ? undefined : facts;
  }

  /** Current holdings of one asset must not add up to more than 100%. */
  totals(holdings: readonly CheckedHolding[], percentField: string): void {
    const now = new Date().toISOString().slice(0, 10);
    const byAsset = new Map<string, CheckedHolding[]>();
    for (const h of holdings) {
      if (h.percentage === undefined || (h.endDate && h.endDate < now.slice(0, h.endDate.length))) continue;
      byAsset.set(h.asset, [...(byAsset.get(h.asset) ?? []), h]);
    }
    for (const [asset, held] of byAsset) {
      const total = Math.round(held.reduce((t, h) => t + (h.percentage ?? 0), 0) * 1e6) / 1e6;
      if (total <= 100) continue;
      const lines = held.map((h) => h.line);
      this.report({
        code: 'bad-value', file: this.file, line: lines[0] ?? 0, field: percentField, value: String(total),
        message: `current holdings of ${asset} add up to more than 100% (lines ${lines.join(', ')})`,
      });
    }
  }

  /** Rejects the file as a whole when any line was bad. */
  finish(): void {
    if (this.#bad.length === 0) return;
    const lines = [...new Set(this.#bad.map((i) => ('line' in i ? i.line ?? 0 : 0)))].sort((a, b) => a - b);
    throw new SourceParseError({
      code: 'malformed', file: this.file, line: lines[0] ?? 0,
      message: `${this.#bad.length} bad row(s) in the ownership file (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}); nothing imported`,
    });
  }
}
