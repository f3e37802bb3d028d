// Retrying work that failed because the database connection was lost (server restart, failover, network blip).

export interface RetryOptions {
  /** How long to keep retrying a lost connection before giving up. */
  retryForMs: number;
  /** Told about each retry (the worker logs it). */
  onRetry?: (err: Error, attempt: number) => void;
}

/** SQLSTATE classes and socket errors that mean "the connection or server went away", not "the query is wrong". */
const TRANSIENT_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN']);

export function isTransient(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && TRANSIENT_CODES.has(e.code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|server closed the connection/i.test(e.message ?? '');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn`, and again after a growing pause (0.2 s up to 2 s) while it fails with a transient error, for up to `retryForMs`. */
export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || Date.now() - started > o.retryForMs) throw err;
      o.onRetry?.(err as Error, attempt);
      await sleep(Math.min(2_000, 200 * attempt));
    }
  }
}
