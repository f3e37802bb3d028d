// Rejection: a per-input problem, reported as data so the rest of a batch goes on.
import { Type, type Static } from '@sinclair/typebox';
import { ERROR_CODES, type ErrorCode } from '../errors.js';

export const RejectionSchema = Type.Object({
  code: Type.Unsafe<ErrorCode>(Type.String({ enum: Object.keys(ERROR_CODES) })),
  reason: Type.String({ description: 'One line a user can act on.' }),
  source: Type.String({ description: 'The input it concerns: path, URL, `<file>#<line>`.' }),
});
export type Rejection = Static<typeof RejectionSchema>;

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value && !('kind' in value);
}
