// Unknown data (a request body, a stored JSON column, a cached report) → a value of a declared type, or an error that
// says what is wrong and where. The check is compiled once per schema.
import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { TriangulateError, type ErrorCode } from '../errors.js';

/**
 * A checker for one schema: returns the value typed, or throws `code` (default INVALID_RECORD) naming the first problem.
 *
 * @example const readReport = validator(ReportSchema, 'cached report'); const report = readReport(JSON.parse(text));
 */
export function validator<T extends TSchema>(schema: T, what: string, code: ErrorCode = 'INVALID_RECORD'): (value: unknown) => Static<T> {
  const check = TypeCompiler.Compile(schema);
  return (value) => {
    if (check.Check(value)) return value;
    const first = check.Errors(value).First();
    throw new TriangulateError(code, `${what}: ${first ? `${first.path || '/'} ${first.message}` : 'does not match its schema'}`);
  };
}
