import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { SourceParseError, type ParseContext } from '../types.js';

/**
 * Opens a list file for streaming and reports read progress. A missing file or an empty one is a
 * fatal issue naming the file.
 */
export async function openListFile(path: string, ctx: ParseContext): Promise<Readable> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch (cause) {
    throw new SourceParseError({ code: 'missing-file', file: path, message: (cause as Error).message }, { cause });
  }
  if (size === 0) throw new SourceParseError({ code: 'empty-file', file: path });
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  let read = 0;
  stream.on('data', (chunk) => {
    read += chunk.length;
    ctx.progress(read, size);
  });
  return stream;
}
