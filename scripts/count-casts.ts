// Counts type assertions (`x as T`, `<T>x`; `as const` left out) in src/, per file: `npx tsx scripts/count-casts.ts`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(dir, f)] : []));

/** Type assertions in one file. */
export function castsIn(file: string): number {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let n = 0;
  const visit = (node: ts.Node) => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !(ts.isTypeReferenceNode(node.type) && node.type.getText() === 'const')) n++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = files(SRC).map((f) => [relative(SRC, f), castsIn(f)] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  for (const [f, n] of counts.slice(0, 25)) console.log(String(n).padStart(4), f);
  console.log(String(counts.reduce((s, [, n]) => s + n, 0)).padStart(4), 'in all');
}
