// Rejection: a per-input problem, reported as data so the rest of a batch goes on.
import type { ErrorCode } from '../errors.js';

export interface Rejection {
  code: ErrorCode;
  /** One line a user can act on. */
  reason: string;
  /** The input it concerns: path, URL, `<file>#<line>`. */
  source: string;
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value && !('kind' in value);
}
