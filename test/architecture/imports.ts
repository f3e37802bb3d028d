// The import graph of src/: which module imports which, and the layer each belongs to.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/**
 * Layers, lowest first: a module may import its own layer's folder, the layers below it, and `errors.ts`. Stages are
 * one layer, and a stage imports another stage only through its `index.ts`.
 */
export const LAYERS: string[][] = [
  ['model'],
  ['ingest', 'extract', 'dedupe', 'language', 'cluster', 'compare'],
  ['store'],
  ['pipeline'],
  ['service'],
  ['export', 'web', 'http', 'cli'],
];
export const STAGES = new Set(LAYERS[1]!);
/** Top-level files: `errors.ts` is below everything; `index.ts` (the library) is above everything. */
const ROOT_FILES: Record<string, number> = { 'errors.ts': -1, 'index.ts': LAYERS.length };
void ROOT_FILES;

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every relative import of every module under `root` (tests left out), as paths relative to `root`. */
export function importEdges(root = SRC): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = resolve(dirname(file), m[2]!).replace(/\.js$/, '.ts');
      edges.push({ from: relative(root, file), to: relative(root, target), typeOnly: Boolean(m[1]) });
    }
  }
  return edges;
}

/** The layer number of a module (its top folder), or undefined for a folder no layer names. */
export function layerOf(path: string): number | undefined {
  const top = path.split('/')[0]!;
  if (top in ROOT_FILES) return ROOT_FILES[top];
  const i = LAYERS.findIndex((l) => l.includes(top));
  return i >= 0 ? i : undefined;
}

/** Layers a layer may import beyond its own: the archive is reached only through pipeline and service. */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  stage: ['model', 'stage'],
  store: ['model'],
  pipeline: ['model', 'stage', 'store'],
  service: ['model', 'stage', 'store', 'pipeline'],
  export: ['model', 'stage', 'service'],
  web: ['model', 'stage', 'service', 'export'],
  http: ['model', 'stage', 'service', 'export', 'web'],
  cli: ['model', 'stage', 'service', 'export', 'http'],
};
const groupOf = (top: string) => (STAGES.has(top) ? 'stage' : top);

/** The imports that break the layer order, each as "from → to: why". */
export function layerViolations(edges: ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const [fromTop, toTop] = [e.from.split('/')[0]!, e.to.split('/')[0]!];
    if (toTop === 'errors.ts' || fromTop === 'index.ts') continue;
    const [from, to] = [groupOf(fromTop), groupOf(toTop)];
    if (!(from in MAY_IMPORT) || !(to in MAY_IMPORT || to === 'index.ts')) {
      out.push(`${e.from} → ${e.to}: a module outside the layers`);
      continue;
    }
    const storeType = e.typeOnly && e.to === 'store/store.ts';
    if (fromTop !== toTop && !MAY_IMPORT[from]!.includes(to) && !(from === to && from !== 'stage') && !storeType) {
      out.push(`${e.from} → ${e.to}: ${from} may not import ${to}`);
    } else if (fromTop !== toTop && to === 'stage' && e.to !== `${toTop}/index.ts`) {
      out.push(`${e.from} → ${e.to}: another stage's internals (import its index.ts)`);
    } else if (fromTop === 'store' && toTop === 'store') {
      const [fb, tb] = [e.from.split('/')[1]!, e.to.split('/')[1]!];
      if (fb !== tb && ['sqlite', 'postgres'].includes(fb) && ['sqlite', 'postgres'].includes(tb)) out.push(`${e.from} → ${e.to}: one store backend importing another's internals`);
    }
  }
  return out;
}

/** Import cycles among modules (type-only imports included, as madge counts them), each as a path. */
export function cycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of next.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of next.keys()) if (!state.has(n)) visit(n);
  return found;
}
