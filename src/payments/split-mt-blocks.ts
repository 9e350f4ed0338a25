import type { PaymentIssue } from './types.js';

/**
 * Splits a SWIFT FIN message into its blocks ({1:} basic header, {2:} application header, {3:}
 * user header, {4: ... -} text, {5:} trailer) and block 4 into its fields, keeping line numbers.
 *
 * Written here rather than taken from npm: the MT parsers there (`swift-parser` 0.1.x and its
 * forks) are unmaintained JavaScript without types, need Windows line ends, are non-validating by
 * design and do not report positions, while this needs an error naming the block and line of an
 * unclosed block and a line number for each field.
 * @module
 */

export interface MtBlock {
  id: string;
  /** The text between `{n:` and the closing brace (for block 4, before `-}`). */
  content: string;
  line: number;
}

export interface MtField {
  tag: string;
  /** Lines of the field, the first without its `:tag:`. */
  lines: string[];
  line: number;
}

/** 1-based line of each offset, from the offsets where lines start. */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Finds the brace closing a block whose sub-blocks are `{tag:value}` (blocks 3 and 5). */
function closeOfNested(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function splitMtBlocks(raw: string): { ok: true; blocks: MtBlock[] } | { ok: false; issue: PaymentIssue } {
  const text = raw.replace(/\r\n?/g, '\n');
  const lineAt = lineLocator(text);
  const blocks: MtBlock[] = [];
  let pos = 0;
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos += 1;
    if (pos >= text.length) break;
    const open = /^\{([1-5S]):/.exec(text.slice(pos, pos + 4));
    const line = lineAt(pos);
    if (!open) return { ok: false, issue: { code: 'mt-syntax', line, message: `line ${line}: expected a block such as {1:, {2:, {4: but found ${JSON.stringify(text.slice(pos, pos + 12))}` } };
    const id = open[1]!;
    const start = pos + 3;
    let end: number;
    let next: number;
    if (id === '4') {
      end = text.indexOf('\n-}', start);
      next = end + 3;
    } else if (id === '1' || id === '2') {
      end = text.indexOf('}', start);
      const nested = text.indexOf('{', start);
      if (nested >= 0 && nested < end) end = -1;
      next = end + 1;
    } else {
      end = closeOfNested(text, start);
      next = end + 1;
    }
    if (end < 0) {
      const closing = id === '4' ? 'a line "-}"' : '"}"';
      return { ok: false, issue: { code: 'mt-block-not-closed', block: `{${id}:`, line, message: `line ${line}: block {${id}: is not closed by ${closing}` } };
    }
    blocks.push({ id, content: text.slice(start, end), line });
    pos = next;
  }
  return { ok: true, blocks };
}

/** Block 4's fields: each starts on a line with `:tag:` and runs until the next such line. */
export function splitMtFields(content: string, firstLine: number): { fields: MtField[]; issues: PaymentIssue[] } {
  const fields: MtField[] = [];
  const issues: PaymentIssue[] = [];
  content.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const tag = /^:(\d{2}[A-Z]?):(.*)$/.exec(text);
    if (tag) fields.push({ tag: tag[1]!, lines: [tag[2]!], line });
    else if (fields.length > 0) fields[fields.length - 1]!.lines.push(text);
    else if (text.trim() !== '') issues.push({ code: 'mt-syntax', line, message: `line ${line}: text before the first field tag: ${JSON.stringify(text.slice(0, 40))}` });
  });
  return { fields, issues };
}
