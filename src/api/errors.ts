import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';

/**
 * Errors the API answers with, as yente's `exc.py`: one base with a status, subclasses that fix
 * it, and one handler (`handleApiError`) that turns any of them into `{"detail": ...}`.
 * @module
 */

export class VigilError extends Error {
  readonly status: number;
  constructor(readonly detail: string, status = 500, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'VigilError';
    this.status = status;
  }
}

/** A request that cannot be answered as asked (yente: 400). */
export class BadRequestError extends VigilError {
  constructor(detail: string) {
    super(detail, 400);
  }
}

/** A request whose fields have the wrong types or values (yente/FastAPI: 422). */
export class ValidationError extends VigilError {
  constructor(readonly problems: string[]) {
    super(problems.join('; '), 422);
  }
}

/** No API key, or one that is unknown or revoked. */
export class UnauthorizedError extends VigilError {
  constructor(detail: string) {
    super(detail, 401);
  }
}

/** A valid API key whose role may not call the route. */
export class ForbiddenError extends VigilError {
  constructor(detail: string) {
    super(detail, 403);
  }
}

export class NotFoundError extends VigilError {
  constructor(detail: string) {
    super(detail, 404);
  }
}

export class ConflictError extends VigilError {
  constructor(detail: string) {
    super(detail, 409);
  }
}

export class PayloadTooLargeError extends VigilError {
  constructor(maxBytes: number) {
    super(`body: larger than the limit of ${maxBytes} bytes`, 413);
  }
}

/** The index is not loaded yet (yente's IndexNotReadyError). */
export class NotReadyError extends VigilError {
  constructor(detail = 'the screening index is not loaded yet; try again shortly') {
    super(detail, 503);
  }
}

/** The request ran past its time limit. */
export class RequestTimeoutError extends VigilError {
  constructor(timeoutMs: number) {
    super(`the request took longer than ${timeoutMs} ms and was stopped; send fewer queries per request`, 503);
  }
}

/** Hono's `app.onError`: any error becomes `{detail}` with its status; only 5xx are logged. */
export function handleApiError(logger: Logger) {
  return (error: Error, c: Context): Response => {
    let status: number;
    let detail: string;
    if (error instanceof VigilError) {
      status = error.status;
      detail = error.detail;
    } else if (error instanceof HTTPException) {
      status = error.status;
      detail = error.message || 'request failed';
    } else {
      status = 500;
      detail = 'internal server error';
    }
    if (status >= 500) logger.error({ err: error, method: c.req.method, path: c.req.path, status }, 'request failed');
    return c.json({ detail }, status as 500);
  };
}
