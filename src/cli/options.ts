// Options shared by every command: the global ones and the value parsers.
import { InvalidArgumentError } from 'commander';

export interface GlobalOptions {
  db: string;
  json?: boolean;
}

/** A whole number ≥ 0 given on the command line. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}
