import { createInterface } from 'node:readline';
import { SourceParseError, type ParseContext } from '../types.js';
import { openListFile } from '../read/open-file.js';

export interface JsonLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

/**
 * Streams the non-blank lines of a JSON-lines file, one at a time, so a multi-gigabyte export is
 * never held in memory. A file without a single non-blank line is a fatal `empty-file`.
 */
export async function* readJsonLines(path: string, ctx: ParseContext): AsyncGenerator<JsonLine> {
  const input = await openListFile(path, ctx);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let seen = false;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      seen = true;
      yield { line, text };
    }
  } finally {
    lines.close();
    input.destroy();
  }
  if (!seen) throw new SourceParseError({ code: 'empty-file', file: path });
}
