// Error → HTTP status and JSON body. Bad input is a 4xx with a code and a message; nothing else reaches the client.
import type { Context } from 'hono';
import { TriangulateError, type ErrorCode } from '../errors.js';

const STATUS: Partial<Record<ErrorCode, 400 | 404 | 413 | 422>> = {
  USAGE: 400,
  MALFORMED_JSON: 400,
  INVALID_RECORD: 422,
  UNKNOWN_ID: 404,
  TOO_LARGE: 413,
};

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Maps a thrown error to a response; unexpected errors are logged server-side and answered without detail. */
export function toResponse(c: Context, err: unknown): Response {
  if (err instanceof TriangulateError) {
    const status = STATUS[err.code] ?? 500;
    if (status === 500) console.error(err);
    return c.json(errorBody(err.code, status === 500 ? 'internal error' : err.message), status);
  }
  console.error(err);
  return c.json(errorBody('INTERNAL', 'internal error'), 500);
}
