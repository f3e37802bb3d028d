// Lists functions in src/ longer than a limit (default 120 lines): `npx tsx scripts/long-functions.ts [limit]`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(dir, f)] : []));

/** Every function of src/ with more than `limit` lines, as "file:line name (n lines)". */
export function longFunctions(limit = 120): string[] {
  const out: string[] = [];
  for (const file of files(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (end - start + 1 > limit) out.push(`${relative(SRC, file)}:${start + 1} ${ts.isFunctionDeclaration(node) && node.name ? node.name.text : '(function)'} (${end - start + 1} lines)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(longFunctions(Number(process.argv[2] ?? 120)).join('\n') || 'none');
