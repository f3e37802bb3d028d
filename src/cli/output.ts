// Terminal output helpers shared by the commands: JSON, rejection lines, the ingest summary.
import type { IngestResult } from '../pipeline/ingest.js';
import type { Rejection } from '../model/rejection.js';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function rejectionLine(r: Rejection): string {
  return `rejected ${r.source}: ${r.reason} [${r.code}]`;
}

export function summaryLine(result: IngestResult): string {
  const c = result.counts;
  return `${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.duplicates} duplicates, ${c.rejected} rejected`;
}

/** Exit status of a batch: 0 when every input succeeded, 1 when some failed. */
export const batchExitCode = (result: Pick<IngestResult, 'rejected'>) => (result.rejected.length > 0 ? 1 : 0);
