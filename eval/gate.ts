// Compares scores with the floors pinned in eval/baseline.json; a score below its floor is a regression.
import { readFileSync } from 'node:fs';

export type Floors = Record<string, Record<string, number | string>>;

export function readBaseline(): Floors {
  return JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Floors;
}

/** Lists every metric under its floor, as "stage.metric: score < floor". */
export function regressions(stage: string, scores: Record<string, number>, floors: Floors): string[] {
  const out: string[] = [];
  for (const [metric, floor] of Object.entries(floors[stage] ?? {})) {
    if (typeof floor !== 'number') continue;
    const score = scores[metric];
    if (score === undefined || score < floor) out.push(`${stage}.${metric}: ${score?.toFixed(4) ?? 'missing'} < floor ${floor}`);
  }
  return out;
}
