// Error → HTTP status and JSON body. Bad input is a 4xx with a code and a message; nothing else reaches the client.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TriangulateError, type ErrorCode } from '../errors.js';

/** The status of each code a response can carry; a code not listed is a server fault (500). */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  USAGE: 400,
  MALFORMED_JSON: 400,
  UNAUTHORIZED: 401,
  CROSS_SITE: 403,
  UNKNOWN_ID: 404,
  UNKNOWN_STORY: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SOURCE_TAKEN: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FORBIDDEN_HOST: 421,
  INVALID_RECORD: 422,
  BUSY: 503,
  REPORT_BUDGET: 503,
};

/** The HTTP status for a code (500 for codes that only a fault produces). */
export const statusOf = (code: ErrorCode): ContentfulStatusCode => STATUS[code] ?? 500;

/** The status of a refused document: 409 when its source is taken, else 422 (the reason is in the body). */
export const rejectionStatus = (code: ErrorCode): ContentfulStatusCode => (code === 'SOURCE_TAKEN' ? 409 : 422);

export function errorBody(code: ErrorCode, message: string): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message } };
}

/** Maps a thrown error to a response; unexpected errors are logged server-side and answered without detail. */
export function toResponse(c: Context, err: unknown): Response {
  if (err instanceof TriangulateError) {
    const status = statusOf(err.code);
    if (status === 500) console.error(err);
    return c.json(errorBody(status === 500 ? 'INTERNAL' : err.code, status === 500 ? 'internal error' : err.message), status);
  }
  console.error(err);
  return c.json(errorBody('INTERNAL', 'internal error'), 500);
}
