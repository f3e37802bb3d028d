// The layer order of src/ (model ← stages ← store ← pipeline ← service ← cli/http/web/export) and the absence of import
// cycles, checked on every `npm test`; a fixture with a wrong-way import shows that a break fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { castsIn } from '../../scripts/count-casts.js';
import { longFunctions } from '../../scripts/long-functions.js';
import { cycles, importEdges, layerViolations, SRC } from './imports.js';

describe('architecture', () => {
  it('imports follow the layer order, a stage is reached only through its index.ts, and no backend imports another', () => {
    expect(layerViolations(importEdges())).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(importEdges())).toEqual([]);
  });

  it('reports a wrong-way import and a cycle (a fixture tree with both)', () => {
    const fixture = join(import.meta.dirname, 'fixture', 'src');
    const edges = importEdges(fixture);
    expect(layerViolations(edges)).toEqual(['model/bad.ts → http/app.ts: model may not import http']);
    expect(cycles([...edges, { from: 'http/app.ts', to: 'model/bad.ts', typeOnly: false }])).toHaveLength(1);
  });

  it('has no function over 120 lines in src/', () => {
    expect(longFunctions(120)).toEqual([]);
  });

  it('keeps the store interfaces small (at most 12 methods each)', () => {
    const source = ts.createSourceFile('store.ts', readFileSync(join(SRC, 'store', 'store.ts'), 'utf8'), ts.ScriptTarget.Latest, true);
    const sizes = source.statements.filter(ts.isInterfaceDeclaration).map((i) => [i.name.text, i.members.filter(ts.isMethodSignature).length] as const);
    expect(sizes.filter(([, n]) => n > 12)).toEqual([]);
    expect(sizes.map(([name]) => name)).toEqual(expect.arrayContaining(['ArticleStore', 'StoryStore', 'ReportCache', 'WorkQueue', 'FeedStore', 'LockStore', 'Store']));
  });

  it('reads database rows and stored JSON without unchecked casts (type assertions in src/ stay under 60; there were 180)', () => {
    const total = importEdges()
      .map((e) => e.from)
      .filter((f, i, all) => all.indexOf(f) === i)
      .reduce((n, f) => n + castsIn(join(SRC, f)), 0);
    expect(total).toBeLessThanOrEqual(60);
  });
});
