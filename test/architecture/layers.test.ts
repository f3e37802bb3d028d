// The layer order of src/ (model ← stages ← store ← pipeline ← service ← cli/http/web/export) and the absence of import
// cycles, checked on every `npm test`; a fixture with a wrong-way import shows that a break fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importEdges, layerViolations } from './imports.js';

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
});
