import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** A download that failed, with the URL and what went wrong in words an operator can act on. */
export class DownloadError extends Error {
  constructor(readonly url: string, message: string, options?: { cause?: unknown }) {
    super(`${url}: ${message}`, options);
    this.name = 'DownloadError';
  }
}

export interface DownloadOptions {
  /** Whole-download limit; a stalled server must not hang an update forever. */
  timeoutMs: number;
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

/**
 * Streams a URL to a file (Node's built-in fetch; no body is held in memory). Fails on a non-2xx
 * status, on a timeout, and on a body shorter than its Content-Length or cut off mid-stream.
 */
/** What a download brought: its size, and the server's Last-Modified date when it sent one. */
export interface Downloaded {
  bytes: number;
  lastModified: string | null;
}

export async function downloadFile(url: string, dest: string, options: DownloadOptions): Promise<Downloaded> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': 'vigil-sanctions-screening' } });
  } catch (cause) {
    throw new DownloadError(url, describeFetchFailure(cause, options.timeoutMs), { cause });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new DownloadError(url, `the server answered ${response.status} ${response.statusText}`.trim());
  }
  if (!response.body) throw new DownloadError(url, 'the server sent no body');
  const expected = Number(response.headers.get('content-length') ?? NaN);
  let received = 0;
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
    options.onProgress?.(received, Number.isFinite(expected) ? expected : 0);
  });
  try {
    await pipeline(body, createWriteStream(dest));
  } catch (cause) {
    throw new DownloadError(url, `${describeFetchFailure(cause, options.timeoutMs)} after ${received} bytes`, { cause });
  }
  if (Number.isFinite(expected) && received !== expected) {
    throw new DownloadError(url, `the body was cut short: got ${received} of ${expected} bytes`);
  }
  const lastModified = Date.parse(response.headers.get('last-modified') ?? '');
  return { bytes: received, lastModified: Number.isNaN(lastModified) ? null : new Date(lastModified).toISOString() };
}

function describeFetchFailure(cause: unknown, timeoutMs: number): string {
  const error = cause as Error & { cause?: Error & { code?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const inner = error.cause;
  if (inner?.code === 'UND_ERR_SOCKET' || /terminated|other side closed/i.test(`${error.message} ${inner?.message ?? ''}`)) {
    return 'the connection closed before the body was complete';
  }
  return inner?.message ? `${error.message} (${inner.message})` : error.message;
}
