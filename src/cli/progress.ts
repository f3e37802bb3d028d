// A one-line progress bar on a terminal's stderr: done/total, rate, ETA; silent when stderr is not a terminal.
import type { IngestProgress } from '../service/articles.js';

/** Redraw at most this often, so drawing never costs more than the work it reports. */
export const REDRAW_MS = 100;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

/** Formats one progress line (exported for tests). */
export function progressLine(p: IngestProgress, width = 24): string {
  const share = p.inputsTotal ? p.inputsDone / p.inputsTotal : 1;
  const filled = Math.round(share * width);
  const rate = p.elapsedMs > 0 ? (p.inputsDone / p.elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? ((p.inputsTotal - p.inputsDone) / rate) * 1000 : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.inputsDone}/${p.inputsTotal} inputs · ${rate.toFixed(1)}/s · ETA ${duration(eta)} · ${p.articles} articles · ${p.rejected} rejected`;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: IngestProgress) => void; clear: () => void } {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < REDRAW_MS && p.inputsDone < p.inputsTotal) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2K${progressLine(p).slice(0, (stream.columns ?? 120) - 1)}`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
